/**
 * Our own thread cases (tests/cases/py-threads): programs that use worker threads
 * (`asyncio.to_thread`, `loop.run_in_executor`). Pyodide has no threads, so their
 * expectations come from native CPython 3.12 and 3.13 (tests/oracle/native-cpython.ts),
 * produced here and now; the engine's stdout and uncaught error must match both, under
 * `python` and `python-eager`. The model's rule for threads: src/engine/models/python/threads.ts.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { runProgram } from '../../src/engine/engine';
import { hasNativePython, runInNativeCPython } from '../oracle/native-cpython';

const DIR = fileURLToPath(new URL('./py-threads/', import.meta.url));
const hideAddresses = (s: string | null) => (s === null ? null : s.replace(/ at 0x[0-9a-fA-F]+/g, ' at 0x...'));

describe('own thread cases vs native CPython 3.12 / 3.13', () => {
  for (const f of readdirSync(DIR)
    .filter((x) => x.endsWith('.py'))
    .sort()) {
    const source = readFileSync(join(DIR, f), 'utf8');
    for (const model of ['python', 'python-eager'] as const) {
      for (const version of ['3.12', '3.13']) {
        it.skipIf(!hasNativePython(version))(`py-threads/${f} under ${model} vs CPython ${version}`, () => {
          const real = runInNativeCPython(version, source, { eager: model === 'python-eager' });
          const r = runProgram(source, { lang: 'py', model, recordEvents: false });
          expect({ stdout: r.stdout, error: hideAddresses(r.error) }).toEqual({ stdout: real.stdout, error: real.error });
        });
      }
    }
  }
});
