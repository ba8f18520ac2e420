/**
 * The engine against the real runtimes: every run listed by corpus.ts must reproduce
 * the recorded stdout, error and warnings exactly (warnings as a multiset: the oracle's
 * README says end-of-run garbage-collection warnings have no defined order), and under
 * the Python models the final virtual time.
 *
 * The corpus recorded every JavaScript program as an ES module (`node FILE.mjs`), so those
 * runs use jsMode 'module'. Node's other way of running a file, CommonJS (`node FILE.js`),
 * is checked here too, against real Node run now (tests/oracle/node-oracle.ts), for every
 * JavaScript text that can be a script (no top-level await, import or export).
 */
import { describe, it, expect } from 'vitest';

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runProgram } from '../../src/engine/engine';
import { conformanceRuns, readCaseFile, CONFORMANCE_DIR, type ConformanceRun } from './corpus';
import { runInNode } from '../oracle/node-oracle';
import { detectJsMode } from '../../src/engine/syntax/index';
import type { JsMode } from '../../src/engine/api';
import { hideAddresses } from '../support/normalize';

const allow = JSON.parse(readFileSync(join(CONFORMANCE_DIR, 'allow-list.json'), 'utf8')) as {
  entries: { run: string; reason: string }[];
};
const allowed = new Map(allow.entries.map((e) => [e.run, e.reason]));

export function runConformance(r: ConformanceRun, jsMode: JsMode = 'module') {
  const source = readCaseFile(r.file);
  const prelude = r.prelude ? { source: readCaseFile(r.prelude.file), lang: r.prelude.lang, name: r.prelude.file } : undefined;
  const result = runProgram(source, { lang: r.lang, model: r.model, prelude, recordEvents: false, jsMode });
  return {
    stdout: result.stdout,
    error: hideAddresses(result.error),
    warnings: result.warnings.map((w) => hideAddresses(w)).sort(),
    ...(r.model === 'js' ? {} : { virtual_time: Math.round(result.virtualTime * 1000) / 1000 }),
  };
}

function expectedOf(r: ConformanceRun) {
  const e = r.expected;
  return {
    stdout: e.stdout,
    error: e.error,
    warnings: [...e.warnings].sort(),
    ...(r.model === 'js' ? {} : { virtual_time: e.virtual_time }),
  };
}

const runs = conformanceRuns();

for (const scope of ['same-language', 'every-model'] as const) {
  describe(`conformance (${scope})`, () => {
    for (const r of runs.filter((x) => x.scope === scope)) {
      const reason = allowed.get(r.id);
      if (reason) {
        it.fails(`${r.id} [known difference: ${reason}]`, () => {
          expect(runConformance(r)).toEqual(expectedOf(r));
        });
      } else {
        it(r.id, () => {
          expect(runConformance(r)).toEqual(expectedOf(r));
        });
      }
    }
  });
}

describe('conformance js programs as CommonJS scripts (real Node now)', () => {
  for (const r of runs.filter((x) => x.scope === 'same-language' && x.model === 'js')) {
    const source = readCaseFile(r.file);
    const prelude = r.prelude ? readCaseFile(r.prelude.file) : undefined;
    const text = prelude ? `${prelude}\n${source}` : source;
    if (detectJsMode(text).mode !== 'commonjs') continue;
    const id = `${r.id} (commonjs)`;
    const body = () => {
      const real = runInNode(source, prelude, 20_000, 'commonjs');
      expect(runConformance(r, 'commonjs')).toEqual({ stdout: real.stdout, error: real.error, warnings: [...real.warnings].sort() });
    };
    const reason = allowed.get(id);
    if (reason) it.fails(`${id} [known difference: ${reason}]`, body);
    else it(id, body);
  }
});

describe('allow-list', () => {
  it('names only runs that exist', () => {
    const ids = new Set(runs.flatMap((r) => (r.model === 'js' ? [r.id, `${r.id} (commonjs)`] : [r.id])));
    for (const e of allow.entries) expect(ids.has(e.run), e.run).toBe(true);
  });
});
