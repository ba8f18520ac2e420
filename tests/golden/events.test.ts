/**
 * Golden event traces, in the style of Lezer's `.txt` test trees: each file in
 * tests/golden/events/ holds a snippet, the model to run it under, and the expected
 * event trace. These are the engine's own recordings (no real runtime records events),
 * so each golden was read line by line against docs/semantics.md when it was written; the
 * output lines inside a trace are also checked by the conformance and oracle suites.
 *
 *   # title
 *   model: js | python | python-eager | promisio
 *   lang: js | py
 *   ---
 *   <snippet>
 *   ==>
 *   <trace>
 *
 * UPDATE_GOLDEN=1 rewrites the traces (then review the diff by eye).
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { runProgram } from '../../src/engine/engine';
import { isModelName } from '../../src/engine/names';
import { renderTrace } from './trace';

const DIR = fileURLToPath(new URL('./events/', import.meta.url));

interface Golden {
  title: string;
  model: string;
  lang: 'py' | 'js';
  source: string;
  trace: string;
}

function parseGolden(text: string): Golden {
  const [head = '', rest = ''] = text.split(/^---$/m);
  const [source = '', trace] = rest.split(/^==>$/m);
  const field = (k: string) => new RegExp(`^${k}:\\s*(.+)$`, 'm').exec(head)?.[1]?.trim() ?? '';
  return {
    title: /^#\s*(.+)$/m.exec(head)?.[1] ?? '',
    model: field('model'),
    lang: field('lang') as 'py' | 'js',
    source: source.replace(/^\n/, ''),
    trace: (trace ?? '').trim(),
  };
}

describe('golden event traces', () => {
  for (const f of readdirSync(DIR).filter((x) => x.endsWith('.txt')).sort()) {
    const path = join(DIR, f);
    const g = parseGolden(readFileSync(path, 'utf8'));
    it(`${f}: ${g.title}`, () => {
      if (!isModelName(g.model)) throw new Error(`bad model in ${f}`);
      const r = runProgram(g.source, { lang: g.lang, model: g.model });
      const trace = renderTrace(r.events);
      if (process.env.UPDATE_GOLDEN) {
        const text = readFileSync(path, 'utf8');
        writeFileSync(path, text.replace(/^==>[\s\S]*$/m, `==>\n${trace}\n`));
        return;
      }
      expect(trace).toBe(g.trace);
    });
  }
});
