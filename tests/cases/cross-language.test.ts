/**
 * Our own cross-language cases (tests/cases/cross): a snippet in one language run under
 * the other language's models. As in the shared corpus, each has a line-by-line twin in
 * the model's language; the expectation is what a real runtime printed for the twin with
 * the shim prelude — Node for `NAME.py` under js (shims/asyncio.js + NAME.as.js), CPython
 * 3.14 for `NAME.js` under python / python-eager (shims/js.py + NAME.as.py).
 *
 * promisio cannot be installed here, so the Python side runs shims/js.py without its
 * `from promisio import ...` line; these programs never touch Promise, so that line is
 * dead code for them (the test checks that the twin does not mention Promise).
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { runProgram } from '../../src/engine/engine';
import { SHIM_ASYNCIO_JS, SHIM_JS_PY } from '../../src/engine/shims';
import { runInNode } from '../oracle/node-oracle';
import { runInCPython } from '../oracle/pyodide-oracle';
import { hideAddresses } from '../support/normalize';

const DIR = fileURLToPath(new URL('./cross/', import.meta.url));
const read = (f: string) => readFileSync(join(DIR, f), 'utf8');
const SHIM_JS_PY_WITHOUT_PROMISIO = SHIM_JS_PY.replace(/^from promisio import .*\n/m, '');

function engine(file: string, model: 'js' | 'python' | 'python-eager') {
  const lang = file.endsWith('.py') ? 'py' : 'js';
  const r = runProgram(read(file), { lang, model, recordEvents: false });
  return { stdout: r.stdout, error: hideAddresses(r.error), warnings: r.warnings.map((w) => hideAddresses(w)).sort() };
}

describe('Python snippets under js (expectation: Node running shims/asyncio.js + the JS twin)', () => {
  for (const f of readdirSync(DIR).filter((x) => x.endsWith('.py') && !x.endsWith('.as.py'))) {
    it(`${f} under js`, () => {
      const real = runInNode(read(f.replace(/\.py$/, '.as.js')), SHIM_ASYNCIO_JS);
      expect(engine(f, 'js')).toEqual({ stdout: real.stdout, error: real.error, warnings: [...real.warnings].sort() });
    });
  }
});

describe('JavaScript snippets under the Python models (expectation: CPython running shims/js.py + the Python twin)', () => {
  it('the reduced shim differs from shims/js.py by the promisio import only', () => {
    expect(SHIM_JS_PY.split('\n').length - SHIM_JS_PY_WITHOUT_PROMISIO.split('\n').length).toBe(1);
  });
  for (const f of readdirSync(DIR).filter((x) => x.endsWith('.js') && !x.endsWith('.as.js'))) {
    for (const model of ['python', 'python-eager'] as const) {
      it(`${f} under ${model}`, async () => {
        const twin = read(f.replace(/\.js$/, '.as.py'));
        expect(twin).not.toMatch(/\bPromise\b/);
        const real = await runInCPython(twin, { eager: model === 'python-eager', prelude: SHIM_JS_PY_WITHOUT_PROMISIO });
        expect(engine(f, model)).toEqual({ stdout: real.stdout, error: real.error, warnings: [...real.warnings].sort() });
      });
    }
  }
});

/**
 * What the twin cannot write has no Node answer to compare with: a Python keyword argument to
 * a function of shims/asyncio.js. Dropping it answered for another program (print ending its
 * line, gather rejecting at the first failure), so the run stops naming it (interp/calls.ts).
 */
describe('Python keyword arguments to the asyncio shim under js stop the run, naming the keyword', () => {
  const cases: [string, string, string][] = [
    ['print("a", end="")', 'end', 'print'],
    ['print("a", "b", sep="-")', 'sep', 'print'],
    ['await asyncio.gather(asyncio.sleep(0.01), return_exceptions=True)', 'return_exceptions', 'asyncio.gather'],
    ['await asyncio.sleep(0.01, result=5)', 'result', 'asyncio.sleep'],
    // flush= is dropped (tests/cases/cross/keywords_that_change_nothing.py), not another keyword with it.
    ['print("a", end="", flush=True)', 'end', 'print'],
  ];
  for (const [line, keyword, callee] of cases) {
    it(line, () => {
      const source = `import asyncio\nasync def main():\n    print("start")\n    ${line}\nasyncio.run(main())\n`;
      const r = runProgram(source, { lang: 'py', model: 'js', recordEvents: false });
      expect(r.stdout).toEqual(['start']);
      expect(r.errorKind).toBe('unsupported');
      expect(r.error).toContain(`Unsupported: the keyword argument ${keyword}= in a call of ${callee}:`);
      expect(r.errorPos?.line).toBe(4);
    });
  }
});

/** A JS class cannot extend shims/js.py's Python Error: the run stops naming it (interp/classes-js.ts). */
describe('a JS class extending the Python shim Error under the Python models stops the run, naming it', () => {
  for (const model of ['python', 'python-eager'] as const) {
    it(model, () => {
      const source = 'console.log("start");\nclass AppError extends Error {}\nthrow new AppError("x");\n';
      const r = runProgram(source, { lang: 'js', model, recordEvents: false });
      expect(r.stdout).toEqual(['start']);
      expect(r.errorKind).toBe('unsupported');
      expect(r.error).toContain('Unsupported: a JavaScript class extending the Python class Error (class AppError extends Error)');
      expect(r.errorPos).toEqual({ line: 2, col: 0 });
    });
  }
});

/** `except asyncio.TimeoutError:` names what shims/asyncio.js lacks, when an exception reaches it (interp/try-support.ts). */
describe('an except clause naming an asyncio class the shim lacks stops the run under js, naming it', () => {
  for (const awaits of [false, true]) {
    it(awaits ? 'in a try that awaits' : 'in a plain try', () => {
      const body = awaits ? 'await asyncio.sleep(0.01)\n        raise ValueError("v")' : 'raise ValueError("v")';
      const source = `import asyncio\nasync def main():\n    try:\n        ${body}\n    except asyncio.TimeoutError:\n        print("timeout")\nasyncio.run(main())\n`;
      const r = runProgram(source, { lang: 'py', model: 'js', recordEvents: false });
      expect(r.errorKind).toBe('unsupported');
      expect(r.error).toContain(
        'Unsupported: except asyncio.TimeoutError: under js, shims/asyncio.js does not define asyncio.TimeoutError',
      );
      expect(r.errorPos?.line).toBe(awaits ? 6 : 5);
    });
  }
});
