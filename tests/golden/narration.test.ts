/**
 * Golden narrations: the five playground examples (src/ui/example-snippets) under every
 * model, rendered one caption per line (`seq: text`, src/engine/events/narration.ts).
 * No real runtime narrates, so these are the engine's own sentences; each file was read
 * against docs/semantics.md when it was written (issue 8: captions must be true of what
 * the model recorded), and tests/events/narration-truth.test.ts checks every caption's
 * claims against its events mechanically.
 *
 * UPDATE_GOLDEN=1 rewrites the files (then review the diff by eye).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runProgram } from '../../src/engine/engine';
import { formatNarrationLine, hintsFor, narrate } from '../../src/engine/api';
import { MODEL_NAMES } from '../../src/engine/names';

const DIR = fileURLToPath(new URL('./narration/', import.meta.url));
const SNIPPETS = fileURLToPath(new URL('../../src/ui/example-snippets/', import.meta.url));
/** The playground's five examples (src/ui/examples.ts). */
const NARRATED_EXAMPLES = [
  'lazy_call_then_await.py',
  'comment_thread_puzzle.py',
  'forgotten_await.py',
  'create_task_order.py',
  'timers_vs_microtasks.js',
];

describe('golden narrations of the playground examples', () => {
  for (const file of NARRATED_EXAMPLES)
    for (const model of MODEL_NAMES) {
      const golden = `${DIR}${file.replace(/\.(py|js)$/, '')}.${model}.txt`;
      it(`${file} under ${model}`, () => {
        const source = readFileSync(SNIPPETS + file, 'utf8');
        const run = runProgram(source, { lang: file.endsWith('.py') ? 'py' : 'js', model, jsMode: 'auto' });
        const text = [
          ...narrate(run.events, model).map(formatNarrationLine),
          ...hintsFor({ model, source, events: run.events }).map((h) => `hint (line ${h.loc.line}): ${h.message}`),
        ].join('\n');
        if (process.env.UPDATE_GOLDEN || !existsSync(golden)) {
          if (!process.env.UPDATE_GOLDEN) throw new Error(`missing golden ${golden}: run with UPDATE_GOLDEN=1 and review it`);
          writeFileSync(golden, text + '\n');
          return;
        }
        expect(text + '\n').toBe(readFileSync(golden, 'utf8'));
      });
    }
});
