/**
 * Runs share what never changes — parsed programs (engine.ts parseSource), compiled
 * preludes — and build everything a program can mutate afresh, lazily (issue 10: a run
 * starts fast; runtime/realm.ts `need`, runtime/module-registry.ts). A program that patches
 * built-ins, modules and globals must not see another run's patches: every run of the same
 * text prints what a fresh process of the real runtime prints, however many ran before.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/engine/engine';
import { MODEL_NAMES, type ModelName } from '../../src/engine/names';
import { runInNode } from '../oracle/node-oracle';
import { runInCPython } from '../oracle/pyodide-oracle';

const JS_PATCHER = `
console.log(typeof Array.prototype.marker, typeof Object.prototype.marker, Math.max(1, 2), JSON.stringify([1]));
Array.prototype.marker = 1;
Object.prototype.marker = 2;
Math.max = () => 0;
JSON.stringify = () => 'patched';
console.log(typeof Array.prototype.marker, typeof ({}).marker, Math.max(1, 2), JSON.stringify([1]));
`;

const PY_PATCHER = `
import math, json, asyncio, collections, functools
print(hasattr(math, 'marker'), math.pi, json.dumps([1]), hasattr(asyncio, 'marker'), asyncio.sleep.__name__)
math.marker = 1
math.pi = 3
json.dumps = len
asyncio.marker = 1
asyncio.sleep = print
collections.deque = list
try:
    int.marker = 1
except TypeError as e:
    print('TypeError', e)
print(hasattr(math, 'marker'), math.pi, json.dumps([1]), asyncio.sleep.__name__, collections.deque.__name__)
`;

const stdoutOf = (source: string, lang: 'py' | 'js', model: ModelName) => runProgram(source, { lang, model, recordEvents: false }).stdout;

describe('runs do not share what a program can change', () => {
  it("a JavaScript program's patches to built-ins are its own (Node, fresh process, is the reference under js)", () => {
    const real = runInNode(JS_PATCHER);
    expect(real.error).toBeNull();
    for (let i = 0; i < 3; i++) expect(stdoutOf(JS_PATCHER, 'js', 'js')).toEqual(real.stdout);
  });

  it("a Python program's patches to modules are its own (CPython, fresh interpreter, is the reference)", async () => {
    const real = await runInCPython(PY_PATCHER);
    expect(real.error).toBeNull();
    for (const model of ['python', 'python-eager'] as const) {
      for (let i = 0; i < 3; i++) expect(stdoutOf(PY_PATCHER, 'py', model)).toEqual(real.stdout);
    }
  });

  it.each(MODEL_NAMES)('under %s, every run of a patching program prints what the first printed', (model) => {
    for (const [source, lang] of [
      [JS_PATCHER, 'js'],
      [PY_PATCHER, 'py'],
    ] as const) {
      const first = stdoutOf(source, lang, model);
      expect(first.length).toBeGreaterThan(1);
      // Interleaved with the other language's run, so a leak through either runtime shows.
      for (let i = 0; i < 2; i++) {
        stdoutOf(lang === 'js' ? PY_PATCHER : JS_PATCHER, lang === 'js' ? 'py' : 'js', model);
        expect(stdoutOf(source, lang, model)).toEqual(first);
      }
    }
  });
});
