/**
 * Whole Python programs (synchronous code: the object model, exceptions, builtins)
 * run through the engine under the `python` model, compared with CPython 3.14.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../../src/engine/engine';
import { runPyPrograms } from './oracle';

const dir = join(__dirname, 'programs');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.py'))
  .sort();

describe('Python programs against CPython', () => {
  it('print the same lines and end with the same error', async () => {
    const sources = files.map((f) => readFileSync(join(dir, f), 'utf8'));
    const expected = await runPyPrograms(sources);
    const actual = sources.map((src) => {
      const r = runProgram(src, { lang: 'py', model: 'python', recordEvents: false });
      return { stdout: r.stdout, error: r.error };
    });
    for (let i = 0; i < files.length; i++) {
      expect({ file: files[i], ...actual[i] }).toEqual({ file: files[i], ...expected[i] });
    }
  }, 60_000);
});
