/**
 * An uncaught exception whose text cannot be read (issue 10: fuzz seed 34001 found a Python
 * exception with a broken `__str__` escaping the engine as `Internal engine error: [object
 * Object]`, tests/fuzz/crashers/internal-py-js-54f10aa29d.json). A Python exception's summary
 * is CPython's `Type: <exception str() failed>` (the last line native CPython 3.13 prints for
 * each program below); a JavaScript error whose `name` or `message` throws keeps the parts
 * that could be read.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/engine/engine';
import { MODEL_NAMES } from '../../src/engine/names';

/** promisio has no `asyncio.run`: its programs await `main()` at top level (the model's REPL mode). */
const forModel = (source: string, model: string) => (model === 'promisio' ? source.replace('asyncio.run(main())', 'await main()') : source);

const BROKEN_STR: [string, string][] = [
  ['raises', '    def __str__(self):\n        raise ValueError("no")\n'],
  ['takes no self', '    def __str__():\n        return "a"\n'],
  ['returns a non-string', '    def __str__(self):\n        return 5\n'],
];

describe('an uncaught exception whose str() fails', () => {
  for (const model of MODEL_NAMES)
    for (const [how, method] of BROKEN_STR) {
      const cls = `class E(Exception):\n${method}\n`;
      it(`${model}: __str__ ${how}, raised at top level and in a coroutine`, () => {
        const top = runProgram(`${cls}print("before")\nraise E(5)\n`, { lang: 'py', model });
        expect(top.errorKind).not.toBe('internal');
        expect(top.stdout).toEqual(['before']);
        expect(top.error).toMatch(/^E: <exception str\(\) failed>/);
        const inTask = runProgram(forModel(`import asyncio\n${cls}async def main():\n    raise E(5)\n\nasyncio.run(main())\n`, model), {
          lang: 'py',
          model,
        });
        expect(inTask.errorKind).not.toBe('internal');
        expect(inTask.error).toMatch(/^E: <exception str\(\) failed>/);
      });
    }
});

describe('an uncaught JavaScript error whose name or message throws', () => {
  const CASES: [string, string, RegExp][] = [
    [
      'a message getter that throws',
      'class E extends Error { get message() { throw new Error("no"); } }\nthrow new E();\n',
      /^Error( \(|$)/,
    ],
    [
      'a name getter that throws, rejected',
      'const e = new Error("x");\nObject.defineProperty(e, "name", { get() { throw 1; } });\nPromise.reject(e);\n',
      /^Error: x/,
    ],
    ['a message whose toString throws', 'const e = new Error("x");\ne.message = { toString() { throw 2; } };\nthrow e;\n', /^Error( \(|$)/],
  ];
  for (const [name, source, summary] of CASES)
    it(name, () => {
      const r = runProgram(source, { lang: 'js', model: 'js' });
      expect(r.errorKind).not.toBe('internal');
      expect(r.error).toMatch(summary);
    });
});
