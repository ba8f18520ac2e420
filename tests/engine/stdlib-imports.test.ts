/**
 * An import of a standard-library module the engine does not implement is reported as
 * unsupported, with its position (runtime/python/stdlib-modules.ts); any other missing
 * module is CPython's ModuleNotFoundError, which the program can catch.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/engine/engine';
import { cpythonBuiltins, STDLIB_MODULES, STDLIB_NAMED_MODULES, stdlibNames } from '../../src/engine/runtime/python/index';
import { runInCPython } from '../oracle/pyodide-oracle';

describe('imports of modules the engine lacks', () => {
  it('a standard-library module is unsupported, at its line and column', () => {
    const r = runProgram('import asyncio\ntry:\n    import re\nexcept ImportError:\n    print("caught")\n', {
      lang: 'py',
      model: 'python',
    });
    expect(r.stdout).toEqual([]);
    expect(r.errorKind).toBe('unsupported');
    expect(r.error).toBe("Unsupported: the standard library module 're' (3:4)");
    const dotted = runProgram('from xml.dom import minidom\n', { lang: 'py', model: 'python-eager' });
    expect(dotted.error).toBe("Unsupported: the standard library module 'xml.dom' (1:0)");
  });

  it('any other module is a ModuleNotFoundError the program catches', () => {
    const r = runProgram('try:\n    import uvloop\nexcept ModuleNotFoundError as e:\n    print(e)\n', { lang: 'py', model: 'python' });
    expect(r.stdout).toEqual(["No module named 'uvloop'"]);
  });

  it('the list is CPython 3.14’s public standard-library modules', async () => {
    const real = await runInCPython('import sys\nprint(",".join(sorted(n for n in sys.stdlib_module_names if not n.startswith("_"))))\n');
    expect([...STDLIB_MODULES].sort()).toEqual(real.stdout[0]!.split(','));
  });

  it('a name CPython has in a module the engine implements, and the engine lacks, is unsupported', () => {
    const attr = runProgram('import random\nprint(random.random() < 1)\nrandom.betavariate(1, 2)\n', { lang: 'py', model: 'python' });
    expect(attr.stdout).toEqual(['True']);
    expect(attr.errorKind).toBe('unsupported');
    expect(attr.error).toBe("Unsupported: 'random.betavariate' of the standard library (3:0)");
    const from = runProgram('from collections import deque, ChainMap\n', { lang: 'py', model: 'python' });
    expect(from.error).toBe("Unsupported: 'collections.ChainMap' of the standard library (1:0)");
    // A name CPython does not have either stays CPython's own error, which the program catches.
    const missing = runProgram('import math\ntry:\n    math.nope\nexcept AttributeError as e:\n    print(e)\n', {
      lang: 'py',
      model: 'python',
    });
    expect(missing.stdout).toEqual(["module 'math' has no attribute 'nope'"]);
  });

  it('the names are CPython 3.14’s, for every standard-library module the engine implements', async () => {
    // The top-level modules, and the submodules the engine implements (`concurrent.futures`).
    const implemented = [...STDLIB_MODULES, ...STDLIB_NAMED_MODULES.filter((m) => m.includes('.'))]
      .filter((m) => runProgram(`import ${m}\n`, { lang: 'py', model: 'python' }).error === null)
      .sort();
    expect([...STDLIB_NAMED_MODULES].sort()).toEqual(implemented);
    const real = await runInCPython(
      `import importlib\nfor n in ${JSON.stringify(implemented)}:\n    m = importlib.import_module(n)\n    print(n, " ".join(sorted(a for a in dir(m) if not a.startswith("_"))))\n`,
    );
    for (const line of real.stdout) {
      const [module, ...names] = line.split(' ');
      expect(stdlibNames(module!), module).toEqual(names);
      const src = `import ${module}\n` + names.map((n) => `try:\n    ${module}.${n}\nexcept BaseException:\n    pass\n`).join('');
      // Every CPython name is either there or reported as unsupported: never an AttributeError.
      const r = runProgram(src, { lang: 'py', model: 'python' });
      expect(r.errorKind === null || r.errorKind === 'unsupported', `${module}: ${r.error}`).toBe(true);
    }
  });

  it('a builtin CPython has and the engine lacks is unsupported, not a NameError', async () => {
    const real = await runInCPython(
      'import builtins\nskip = {"__doc__", "__loader__", "__package__", "__spec__", "__name__", "___EvalCodeResultException"}\nprint(" ".join(sorted(n for n in dir(builtins) if n not in skip)))\n',
    );
    expect(cpythonBuiltins()).toEqual(real.stdout[0]!.split(' '));
    const lacking: string[] = [];
    for (const name of cpythonBuiltins()) {
      const r = runProgram(`x = ${name}\n`, { lang: 'py', model: 'python', recordEvents: false });
      if (r.errorKind === null) continue;
      expect(r.error).toBe(`Unsupported: the builtin '${name}' (1:4)`);
      lacking.push(name);
    }
    // The list is what the README says the engine lacks; a NameError stays catchable.
    expect(lacking).toContain('bytes');
    const caught = runProgram('try:\n    nope\nexcept NameError as e:\n    print(e)\n', { lang: 'py', model: 'python' });
    expect(caught.stdout).toEqual(["name 'nope' is not defined"]);
  });
});

describe("logging's format fields the engine cannot say", () => {
  it('a format naming the caller’s file, function, thread or process stops the run as unsupported, at the call', () => {
    for (const field of ['funcName', 'filename', 'threadName', 'process']) {
      const r = runProgram(`import logging\nlogging.basicConfig(format="%(${field})s %(message)s")\nlogging.warning("x")\n`, {
        lang: 'py',
        model: 'python',
      });
      expect(r.error).toBe(`Unsupported: logging's %(${field})s (the engine has no source file, thread or process to name) (2:0)`);
      expect(r.stderr).toEqual([]);
    }
  });

  it('another style than % is unsupported; the fields it has format with widths', () => {
    const style = runProgram('import logging\nlogging.basicConfig(format="{message}", style="{")\n', { lang: 'py', model: 'python' });
    expect(style.error).toBe("Unsupported: logging's '{' format style (2:0)");
    const r = runProgram(
      'import logging\nlogging.basicConfig(format="%(levelname)-8s|%(levelno)3d|%(lineno)d|%(message)s")\nlogging.warning("x")\n',
      {
        lang: 'py',
        model: 'python',
      },
    );
    expect(r.stderr).toEqual(['WARNING | 30|3|x']);
  });
});
