/**
 * Under promisio (and the other Python models) a JavaScript `await null` / `await undefined`
 * awaits the Python value they stand for, None, and fails as CPython does on `await None`.
 * promisio cannot be installed, but this twin never touches a Promise: CPython runs it with
 * shims/js.py minus its promisio import, and its output is the expectation.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runProgram } from '../../../src/engine/engine';
import { SHIM_JS_PY } from '../../../src/engine/shims';
import { runInCPython } from '../../oracle/pyodide-oracle';

const CROSS = fileURLToPath(new URL('../../cases/cross/', import.meta.url));
const source = readFileSync(CROSS + 'await_none_error.js', 'utf8');
const twin = readFileSync(CROSS + 'await_none_error.as.py', 'utf8');

describe('await null under promisio', () => {
  it("fails with CPython's TypeError: 'NoneType' object can't be awaited", async () => {
    const real = await runInCPython(twin, { prelude: SHIM_JS_PY.replace(/^from promisio import .*\n/m, '') });
    expect(real.stdout[0]).toContain("'NoneType' object can't be awaited");
    const r = runProgram(source, { lang: 'js', model: 'promisio', recordEvents: false });
    expect({ stdout: r.stdout, error: r.error }).toEqual({ stdout: real.stdout, error: real.error });
  });
});
