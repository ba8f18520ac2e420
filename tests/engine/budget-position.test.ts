/**
 * Where a budget error is placed (issue 10: every error ends with `(line:col)`). A loop's
 * steps are counted where they run; a native's or an operator's work is counted in one
 * `Budget.charge`, which knows no position, so the error is placed by the code that did the
 * work: the native's call (interp/calls.ts `callNative`, `callClassAt`) or the operator
 * (interp/compile-ops.ts `binaryAt`, runtime/js/operators.ts for BigInt). Before, such an
 * error had no position (`set(range(10**7))`), or the position of whichever native had been
 * called last, a line that had long finished (`print("a")` then `7 ** 10**6`: line 1).
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/engine/engine';
import { MODEL_NAMES } from '../../src/engine/names';

const BUDGET = 20_000;

/** promisio has no `asyncio.run`: its programs await `main()` at top level (the model's REPL mode). */
const forModel = (source: string, model: string) => (model === 'promisio' ? source.replace('asyncio.run(main())', 'await main()') : source);
const STEP_BUDGET = /^Step budget exhausted: the program ran 20,000 steps without finishing/;

/** Each case: the program, then the line and column of the construct whose work ran out. */
const PY: [string, string, number, number][] = [
  ['a built-in class consuming a range', 'x = 1\ns = set(range(10**7))\nprint(len(s))\n', 2, 4],
  ['nested built-in classes', 'x = list(zip(range(10**7), range(10**7)))\n', 1, 4],
  ['a native function', 'print("a")\nx = 1\ny = sorted(range(10**7))\n', 3, 4],
  ['a native inside an async body', 'import asyncio\nasync def main():\n    x = 1\n    s = sum(range(10**8))\nasyncio.run(main())\n', 4, 8],
  ['an int power after a print', 'print("a")\nx = 1\ny = 7 ** (10**6)\n', 3, 4],
  ['a list repeated after a print', 'print("a")\nx = [1] * 10**7\n', 2, 4],
  ['an augmented assignment', 'print("a")\ny = 3\ny **= 10**6\n', 3, 0],
  [
    'an operator after an await',
    'import asyncio\nasync def main():\n    await asyncio.sleep(0)\n    y = (await asyncio.sleep(0, 7)) ** (10**6)\nasyncio.run(main())\n',
    4,
    8,
  ],
];

const JS: [string, string, number, number][] = [
  ['a native method', 'console.log("a");\nlet s = "ab".repeat(2**19);\nlet t = s.split("");\n', 3, 8],
  ['a walk over a sparse array', 'const a = [];\na[2**32 - 2] = 1;\nconsole.log(a.indexOf(5));\n', 3, 12],
  ['a BigInt power', 'console.log("a");\nlet y = 7n ** 1000000n;\n', 2, 8],
  ['a BigInt compound assignment', 'let y = 1n;\ny *= 7n ** 300000n;\n', 2, 5],
  [
    'an object spread',
    'const o = {};\nfor (let i = 0; i < 5000; i++) o["k" + i] = i;\nlet n = 0;\nwhile (true) { const c = { ...o }; n++; }\n',
    4,
    25,
  ],
];

/** Under every model, `source` stops at the step budget with an error ending `(line:col)`. */
function expectPlaced(source: string, lang: 'py' | 'js', line: number, col: number): void {
  for (const model of MODEL_NAMES) {
    const r = runProgram(lang === 'py' ? forModel(source, model) : source, { lang, model, budget: BUDGET });
    expect(r.error, model).toMatch(STEP_BUDGET);
    expect(r.error?.endsWith(` (${line}:${col})`), `${model}: ${r.error}`).toBe(true);
  }
}

describe('a budget error is placed at the construct whose work ran out', () => {
  it.each(PY)('Python: %s', (_name, source, line, col) => expectPlaced(source, 'py', line, col));
  it.each(JS)('JavaScript: %s', (_name, source, line, col) => expectPlaced(source, 'js', line, col));

  it('an error a program catches is not re-placed: a MemoryError keeps its own position', () => {
    const source = 'try:\n    x = "x" * 10**10\nexcept MemoryError:\n    print("caught")\nprint(sum(range(10**8)))\n';
    for (const model of MODEL_NAMES) {
      const r = runProgram(source, { lang: 'py', model, budget: BUDGET });
      expect(r.stdout, model).toEqual(['caught']);
      expect(r.error?.endsWith(' (5:6)'), `${model}: ${r.error}`).toBe(true);
    }
  });
});
