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

/**
 * The shapes whose recursion passes through the runtime between two Python frames (a
 * property, `__getattr__`, `repr()`, `yield from`, a generator expression consumed by a
 * builtin, eager tasks), at the default limit: the frame counter, not the interpreter's host
 * stack, must end them (issue 10). pyodide's own WebAssembly stack gives out before CPython's
 * limit on these, so native CPython 3.13 is the oracle (3.12 also counts the C calls of
 * property and repr). Each shape runs alone; its line says how deep it got.
 */
const SHAPES: Record<string, { setup: string; start: string; eager?: boolean }> = {
  'yield from': {
    setup: `def delegating(n):\n    reached[0] = n\n    yield from delegating(n + 1)\n    yield n\n`,
    start: 'list(delegating(1))',
  },
  property: {
    setup: `class Deep:\n    @property\n    def deeper(self):\n        reached[0] += 1\n        return self.deeper\n`,
    start: 'Deep().deeper',
  },
  __getattr__: {
    setup: `class Deep:\n    def __getattr__(self, name):\n        reached[0] += 1\n        return self.missing\n`,
    start: 'Deep().missing',
  },
  __repr__: {
    setup: `class Deep:\n    def __repr__(self):\n        reached[0] += 1\n        return repr(self)\n`,
    start: 'repr(Deep())',
  },
  'generator expression': {
    setup: `def summing(n):\n    reached[0] = n\n    return sum(summing(n + 1) for _ in range(1))\n`,
    start: 'summing(1)',
  },
  'await asyncio.create_task(...) under eager tasks': {
    setup: `import asyncio\n\n\nasync def spawning(n):\n    reached[0] = n\n    return 1 + await asyncio.create_task(spawning(n + 1))\n`,
    start: 'asyncio.run(spawning(1))',
    eager: true,
  },
  'await loop.create_task(...) under eager tasks': {
    setup: `import asyncio\n\n\nasync def spawning(n):\n    reached[0] = n\n    return 1 + await asyncio.get_running_loop().create_task(spawning(n + 1))\n`,
    start: 'asyncio.run(spawning(1))',
    eager: true,
  },
};

/**
 * Shapes that still meet the host's stack limit first in Node (the depth the engine reached
 * there, against CPython's): each costs more host stack per level than a plain call
 * (README "Recursion depth"). A shape that reaches CPython's depth must leave this list.
 */
const SHORT_OF_CPYTHON: Record<string, string> = {
  property: 'about 870 levels of 998 (7 host frames per level)',
  __getattr__: '700-870 levels of 998 (7 host frames per level)',
  __repr__: 'about 600 levels of 998 (10 host frames per level)',
  'generator expression': 'about 455 levels of 499 (13 host frames per level)',
};

const shapeProgram = (name: string, limit: number) => `import sys

sys.setrecursionlimit(${limit})
reached = [0]
${SHAPES[name]!.setup}

try:
    ${SHAPES[name]!.start}
except RecursionError as e:
    print("${name}: RecursionError at", reached[0], e)
`;

describe('Python recursion depth at the default limit, shapes through the runtime (native CPython 3.13)', () => {
  for (const name of Object.keys(SHAPES)) {
    const short = SHORT_OF_CPYTHON[name];
    const test = !hasNativePython('3.13') ? it.skip : short ? it.fails : it;
    test(`${name} recursion stops where CPython stops${short ? ` [known: ${short}]` : ''}`, () => {
      const eager = SHAPES[name]!.eager === true;
      // native_harness.py runs the program one frame deeper than the engine's harness.
      const real = runInNativeCPython('3.13', shapeProgram(name, 1001), { eager });
      const engine = runProgram(shapeProgram(name, 1000), { lang: 'py', model: eager ? 'python-eager' : 'python', recordEvents: false });
      console.log(`${name}: CPython 3.13 ${real.stdout.join('; ')}; engine ${engine.stdout.join('; ')}`);
      expect(real.stdout).toHaveLength(1);
      expect(engine.stdout).toEqual(real.stdout);
    });
  }
});
