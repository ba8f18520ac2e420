/**
 * Our own cases (tests/cases/py, tests/cases/js): every expectation is produced here and
 * now by a real runtime — Node for JavaScript under `js` (both of Node's ways of running a
 * file: as an ES module, `program.mjs`, and — unless the program has module-only syntax such
 * as top-level await — as a CommonJS script, `program.cjs`), CPython 3.14 (pyodide) for
 * Python under `python` and `python-eager` — never written by hand. The engine must
 * match stdout, the uncaught error, the warnings (as a multiset) and what the program wrote to
 * stderr, and under the Python models the final virtual time.
 */
import { describe, it, expect } from 'vitest';

import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { runProgram } from '../../src/engine/engine';
import { runInNode } from '../oracle/node-oracle';
import { runInCPython } from '../oracle/pyodide-oracle';
import type { ModelName } from '../../src/engine/names';
import type { JsMode } from '../../src/engine/api';
import { detectJsMode } from '../../src/engine/syntax/index';
import { comparableStderr, hideAddresses } from '../support/normalize';

const DIR = fileURLToPath(new URL('.', import.meta.url));
const allowed = new Map(
  (JSON.parse(readFileSync(join(DIR, 'allow-list.json'), 'utf8')).entries as { run: string; reason: string }[]).map((e) => [
    e.run,
    e.reason,
  ]),
);
const files = (sub: string) =>
  readdirSync(join(DIR, sub))
    .filter((f) => /\.(py|js)$/.test(f))
    .sort();

function engine(source: string, lang: 'py' | 'js', model: ModelName, jsMode: JsMode = 'module') {
  const r = runProgram(source, { lang, model, recordEvents: false, jsMode });
  return {
    stdout: r.stdout,
    error: hideAddresses(r.error),
    warnings: r.warnings.map((w) => hideAddresses(w)).sort(),
    stderr: comparableStderr(r.stderr),
    ...(model === 'js' ? {} : { virtual_time: Math.round(r.virtualTime * 1000) / 1000 }),
  };
}

function check(id: string, body: () => Promise<void> | void) {
  const reason = allowed.get(id);
  if (reason) it.fails(`${id} [known difference: ${reason}]`, body);
  else it(id, body);
}

describe('own JavaScript cases vs real Node', () => {
  for (const f of files('js')) {
    const source = readFileSync(join(DIR, 'js', f), 'utf8');
    check(`js/${f} under js`, () => {
      const real = runInNode(source);
      expect(engine(source, 'js', 'js')).toEqual({
        stdout: real.stdout,
        error: real.error,
        warnings: [...real.warnings].sort(),
        stderr: comparableStderr(real.stderr),
      });
    });
    if (detectJsMode(source).mode === 'commonjs') {
      check(`js/${f} under js (commonjs)`, () => {
        const real = runInNode(source, undefined, 20_000, 'commonjs');
        expect(engine(source, 'js', 'js', 'commonjs')).toEqual({
          stdout: real.stdout,
          error: real.error,
          warnings: [...real.warnings].sort(),
          stderr: comparableStderr(real.stderr),
        });
      });
    }
  }
});

describe('own Python cases vs real CPython 3.14', () => {
  for (const f of files('py')) {
    const source = readFileSync(join(DIR, 'py', f), 'utf8');
    for (const model of ['python', 'python-eager'] as const) {
      check(`py/${f} under ${model}`, async () => {
        const real = await runInCPython(source, { eager: model === 'python-eager' });
        expect(engine(source, 'py', model)).toEqual({
          stdout: real.stdout,
          error: real.error,
          warnings: [...real.warnings].sort(),
          stderr: comparableStderr(real.stderr),
          virtual_time: real.virtual_time,
        });
      });
    }
  }
});

describe('the oracles themselves', () => {
  it('Node and CPython really ran (a case whose output is known to differ between the models)', async () => {
    const js = runInNode('setTimeout(() => console.log("b"), 0); console.log("a");');
    expect(js.stdout).toEqual(['a', 'b']);
    const py = await runInCPython('import asyncio\nasync def f():\n    print("f")\nc = f()\nprint("made")\nawait c\n');
    expect(py.stdout).toEqual(['made', 'f']);
  });
});
