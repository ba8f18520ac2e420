/**
 * Where recursion stops (issue 10: "RecursionError at the real depth"). The engine counts the
 * Python frames CPython counts against sys.getrecursionlimit() (src/engine/runtime/call-stack.ts);
 * tests/cases/py/robust_recursion_depth*.py check the asyncio and harness frames against
 * CPython 3.14 (pyodide) in the own-cases suite. Generator recursion overflows pyodide's own
 * WebAssembly stack, so it is checked here against native CPython 3.12 and 3.13, under a limit
 * low enough that neither host stack is what stops it. native_harness.py runs the program one
 * frame deeper than pyodide_harness.py (its `main()`), so the native run gets a limit one higher.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/engine/engine';
import { hasNativePython, runInNativeCPython } from '../oracle/native-cpython';
import { runInCPython } from '../oracle/pyodide-oracle';

const LIMIT = 300;

const program = (limit: number) => `import sys

sys.setrecursionlimit(${limit})


def measure(name, start):
    reached = [0]
    try:
        start(reached)
    except RecursionError:
        pass
    print(name, reached[0])


def nexting(reached, n=1):
    reached[0] = n
    next(nexting_gen(reached, n + 1))


def nexting_gen(reached, n):
    nexting(reached, n)
    yield


def delegating(reached, n=1):
    reached[0] = n
    yield from delegating(reached, n + 1)


def looping(reached, n=1):
    reached[0] = n
    for x in looping(reached, n + 1):
        yield x


def plain(reached, n=1):
    reached[0] = n
    plain(reached, n + 1)


measure("plain recursion", plain)
measure("next() of a generator that recurses", nexting)
measure("yield from recursion", lambda r: list(delegating(r)))
measure("for-loop over a recursive generator", lambda r: list(looping(r)))
print("limit", sys.getrecursionlimit() - ${limit - LIMIT})
`;

describe('Python recursion depth: every generator resume is a frame, as in CPython', () => {
  for (const version of ['3.12', '3.13']) {
    it.skipIf(!hasNativePython(version))(`generator recursion stops where CPython ${version} stops`, () => {
      const real = runInNativeCPython(version, program(LIMIT + 1));
      const engine = runProgram(program(LIMIT), { lang: 'py', model: 'python', recordEvents: false });
      console.log(`CPython ${version}: ${real.stdout.join('; ')}`);
      expect(engine.error).toBeNull();
      expect(engine.stdout).toEqual(real.stdout);
      // Each level of next() recursion holds three frames (the caller, the generator, the callee).
      expect(engine.stdout[1]).toBe(`next() of a generator that recurses ${Math.floor((LIMIT - 2) / 2)}`);
    });
  }

  it('sys.setrecursionlimit checks its argument as CPython 3.14 does', async () => {
    const source = `import sys
for bad in (0, 2**31, 1.5):
    try:
        sys.setrecursionlimit(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(sys.getrecursionlimit())
`;
    const real = await runInCPython(source);
    const engine = runProgram(source, { lang: 'py', model: 'python', recordEvents: false });
    expect(real.stdout).toHaveLength(4);
    expect(engine.stdout).toEqual(real.stdout);
  }, 60_000);
});
