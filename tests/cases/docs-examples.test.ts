/**
 * The published asyncio examples of CPython's documentation (Doc/library/asyncio-*.rst in
 * github.com/python/cpython), kept as test inputs in tests/cases/docs/ — one whole program per
 * file, its first line citing the .rst file and section. Each runs under the engine and under
 * real CPython 3.14 (pyodide; eager_task_factory for `python-eager`), and the engine must match
 * stdout, the uncaught error, the warnings (as a multiset) and the final virtual time, as
 * tests/cases/own-cases.test.ts checks our own cases. Programs that print wall-clock times are
 * comparable because the oracle harness (tests/oracle/pyodide_harness.py, `_VirtualTime`) puts
 * `time` and `datetime` on the same virtual clock as the engine.
 *
 * Pyodide has no threads, so the examples that use `asyncio.to_thread` are also run on native
 * CPython 3.12 / 3.13 (tests/oracle/native-cpython.ts, as tests/cases/thread-cases.test.ts does).
 * That oracle runs on the real clock, so there only stdout and the error are compared, with the
 * `time.strftime('%X')` clock readings (HH:MM:SS) masked: the order of the lines is what is checked.
 *
 * Known differences are listed, with the reason, in docs-allow-list.json; each listed run is an
 * `it.fails`, so an engine fix that makes it match fails the suite until its entry is removed.
 */
import { describe, it, expect } from 'vitest';

import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { runProgram } from '../../src/engine/engine';
import { runInCPython } from '../oracle/pyodide-oracle';
import { hasNativePython, runInNativeCPython } from '../oracle/native-cpython';
import type { ModelName } from '../../src/engine/names';
import { hideAddresses } from '../support/normalize';

const DIR = fileURLToPath(new URL('.', import.meta.url));
const allowed = new Map(
  (JSON.parse(readFileSync(join(DIR, 'docs-allow-list.json'), 'utf8')).entries as { run: string; reason: string }[]).map((e) => [
    e.run,
    e.reason,
  ]),
);
const programs = readdirSync(join(DIR, 'docs'))
  .filter((f) => f.endsWith('.py'))
  .sort();

function engine(source: string, model: ModelName) {
  const r = runProgram(source, { lang: 'py', model, recordEvents: false });
  return {
    stdout: r.stdout.map((line) => hideAddresses(line)),
    error: hideAddresses(r.error),
    warnings: r.warnings.map((w) => hideAddresses(w)).sort(),
    virtual_time: Math.round(r.virtualTime * 1000) / 1000,
  };
}

describe('CPython documentation asyncio examples vs real CPython 3.14', () => {
  it('found the examples', () => {
    expect(programs.length).toBeGreaterThan(0);
  });
  for (const f of programs) {
    const source = readFileSync(join(DIR, 'docs', f), 'utf8');
    for (const model of ['python', 'python-eager'] as const) {
      const id = `docs/${f} under ${model}`;
      const body = async () => {
        const real = await runInCPython(source, { eager: model === 'python-eager' });
        expect(engine(source, model)).toEqual({
          stdout: real.stdout.map((line) => hideAddresses(line)),
          error: real.error,
          warnings: [...real.warnings].sort(),
          virtual_time: real.virtual_time,
        });
      };
      const reason = allowed.get(id);
      if (reason) it.fails(`${id} [known difference: ${reason}]`, body);
      else it(id, body);
    }
  }
});

/** A wall-clock reading as `time.strftime('%X')` prints it; the native oracle's come from the real clock. */
const maskClock = (line: string) => line.replace(/\b\d\d:\d\d:\d\d\b/g, 'HH:MM:SS');

describe('CPython documentation asyncio examples with threads vs native CPython 3.12 / 3.13', () => {
  const threaded = programs.filter((f) => /\bto_thread\b|\brun_in_executor\b/.test(readFileSync(join(DIR, 'docs', f), 'utf8')));
  it('found the threaded examples', () => {
    expect(threaded.length).toBeGreaterThan(0);
  });
  for (const f of threaded) {
    const source = readFileSync(join(DIR, 'docs', f), 'utf8');
    for (const model of ['python', 'python-eager'] as const) {
      for (const version of ['3.12', '3.13']) {
        it.skipIf(!hasNativePython(version))(`docs/${f} under ${model} vs CPython ${version} (clock readings masked)`, () => {
          const real = runInNativeCPython(version, source, { eager: model === 'python-eager' });
          const r = engine(source, model);
          expect({ stdout: r.stdout.map(maskClock), error: r.error }).toEqual({ stdout: real.stdout.map(maskClock), error: real.error });
        });
      }
    }
  }
});
