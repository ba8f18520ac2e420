import { describe, it, expect } from 'vitest';
import { runProgram } from '../../src/engine/engine';

describe('engine errors always carry a position', () => {
  it('an unsupported builtin is placed at its call', () => {
    const r = runProgram('print("a")\nx = eval("1+1")\n', { lang: 'py', model: 'python' });
    expect(r.errorKind).toBe('unsupported');
    expect(r.error).toMatch(/eval builtin.*\(2:4\)$/);
    expect(r.errorPos).toEqual({ line: 2, col: 4 });
    expect(r.stdout).toEqual(['a']);
  });

  it('a subclass of Array is unsupported at its super() call, not an array that lost its methods', () => {
    const src =
      'class Stack extends Array {\n  constructor() {\n    console.log("ctor");\n    super();\n  }\n  peek() {}\n}\nnew Stack();\n';
    const r = runProgram(src, { lang: 'js', model: 'js' });
    expect(r.errorKind).toBe('unsupported');
    expect(r.error).toBe('Unsupported: subclassing the built-in Array (class … extends Array) (4:4)');
    expect(r.stdout).toEqual(['ctor']);
    // Without a constructor of its own, at the class (its implicit constructor's super call).
    const implicit = runProgram('console.log(1);\nclass B extends Array {}\nnew B();\n', { lang: 'js', model: 'js' });
    expect(implicit.error).toBe('Unsupported: subclassing the built-in Array (class … extends Array) (2:0)');
  });

  it('Array.from / Array.of on an Array subclass are unsupported at the call, not a plain array', () => {
    const head =
      'class MyArr extends Array {}\nclass Deeper extends MyArr {}\nconsole.log(Array.from([1]), Array.of(2), Array.from.call(undefined, [3]));\n';
    for (const [call, col] of [
      ['MyArr.from([1, 2])', 12],
      ['MyArr.of(3)', 12],
      ['Deeper.of(4)', 12],
      ['Deeper.from("ab", (c) => c)', 12],
    ] as const) {
      const r = runProgram(`${head}  const a = ${call};\n`, { lang: 'js', model: 'js' });
      expect(r.errorKind).toBe('unsupported');
      expect(r.error).toBe(`Unsupported: subclassing the built-in Array (class … extends Array) (4:${col})`);
      expect(r.stdout).toEqual(['[ 1 ] [ 2 ] [ 3 ]']);
    }
  });

  it('an error that ends a module with top-level await is placed where it was thrown', () => {
    const r = runProgram('await 0;\nnull.x;\n', { lang: 'js', model: 'js' });
    expect(r.error).toBe("TypeError: Cannot read properties of null (reading 'x')");
    expect(r.errorPos).toEqual({ line: 2, col: 0 });
  });

  it('a Python error inside a coroutine is placed where it was raised, not at asyncio.run', () => {
    const src =
      'import asyncio\n\nasync def helper(x):\n    return x.missing\n\nasync def main():\n    await asyncio.create_task(helper(1))\n\nasyncio.run(main())\n';
    for (const model of ['python', 'python-eager'] as const) {
      const r = runProgram(src, { lang: 'py', model });
      expect(r.error).toBe("AttributeError: 'int' object has no attribute 'missing'");
      expect(r.errorPos).toEqual({ line: 4, col: 4 });
    }
    // A bare `raise` keeps the first raise's line, as CPython's traceback does.
    const reraised = runProgram('try:\n    {}["k"]\nexcept KeyError:\n    print("log")\n    raise\n', { lang: 'py', model: 'python' });
    expect(reraised.errorPos).toEqual({ line: 2, col: 4 });
  });

  it('an unsupported construct is reported at load, before anything runs', () => {
    const r = runProgram('console.log("a");\nconst r = import("./m.js");\n', { lang: 'js', model: 'js' });
    expect(r.errorKind).toBe('unsupported');
    expect(r.error).toMatch(/\(2:\d+\)$/);
    expect(r.stdout).toEqual([]);
  });

  it("a Node library module's name the playground lacks is unsupported at the expression that reads it", () => {
    const cjs = runProgram('const util = require("util");\nconsole.log(1);\nif (util.isDeepStrictEqual(1, 1)) {}\n', {
      lang: 'js',
      model: 'js',
      jsMode: 'commonjs',
    });
    expect(cjs.errorKind).toBe('unsupported');
    expect(cjs.error).toBe("Unsupported: 'isDeepStrictEqual' of Node's util module (3:4)");
    expect(cjs.stdout).toEqual(['1']);
    const esm = runProgram('import { getEventListeners } from "node:events";\n', { lang: 'js', model: 'js' });
    expect(esm.error).toBe("Unsupported: 'getEventListeners' of Node's events module (1:9)");
    const other = runProgram('const fs = require("fs");\n', { lang: 'js', model: 'js', jsMode: 'commonjs' });
    expect(other.error).toMatch(/^Unsupported: require\('fs'\) .*\(1:11\)$/);
    const py = runProgram('import { EventEmitter } from "events";\n', { lang: 'js', model: 'python' });
    expect(py.errorKind).toBe('unsupported');
    expect(py.error).toMatch(/^Unsupported: import from 'events' under a Python model/);
    // A CommonJS snippet's require says the same under every Python model, with its position;
    // an ES module under js has none, as in Node.
    for (const model of ['python', 'python-eager', 'promisio'] as const) {
      const cjs = runProgram("const x = 1;\nconst EventEmitter = require('events');\n", { lang: 'js', model, jsMode: 'commonjs' });
      expect(cjs.errorKind).toBe('unsupported');
      expect(cjs.error).toBe("Unsupported: require('events') under a Python model (Node's library modules exist under js) (2:21)");
    }
    // A global or a process name Node has and the playground lacks says so where it is read,
    // rather than a ReferenceError or an undefined that would say Node lacks it.
    for (const [source, error] of [
      ["console.log(1);\nconst b = Buffer.from('x');\n", 'Unsupported: Buffer (a global of Node the playground does not have) (2:10)'],
      ['if (typeof fetch === "function") {}\n', 'Unsupported: fetch (a global of Node the playground does not have) (1:11)'],
      [
        'const used =\n  process.memoryUsage();\n',
        "Unsupported: process.memoryUsage (Node's process, outside what a snippet's run models) (2:2)",
      ],
    ] as const) {
      for (const jsMode of ['commonjs', 'module'] as const) {
        const r = runProgram(source, { lang: 'js', model: 'js', jsMode });
        expect(r.errorKind, source).toBe('unsupported');
        expect(r.error, source).toBe(error);
      }
    }
    const esmRequire = runProgram("const EventEmitter = require('events');\n", { lang: 'js', model: 'js', jsMode: 'module' });
    expect(esmRequire.error).toMatch(/^ReferenceError: require is not defined in ES module scope/);
  });

  it("a member CPython's event loop has and the model's lacks is unsupported, not an AttributeError", () => {
    const r = runProgram(
      'import asyncio\nasync def main():\n    loop = asyncio.get_running_loop()\n    await loop.create_server(None)\nasyncio.run(main())\n',
      {
        lang: 'py',
        model: 'python',
      },
    );
    expect(r.errorKind).toBe('unsupported');
    expect(r.error).toBe("Unsupported: 'create_server' of asyncio's event loop (4:10)");
    const missing = runProgram('import asyncio\nasync def main():\n    asyncio.get_running_loop().no_such_thing\nasyncio.run(main())\n', {
      lang: 'py',
      model: 'python',
    });
    expect(missing.error).toMatch(/^AttributeError: '_VirtualEventLoop' object has no attribute 'no_such_thing'/);
  });
});
