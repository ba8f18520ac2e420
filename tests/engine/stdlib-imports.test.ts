/**
 * An import of a standard-library module the engine does not implement is reported as
 * unsupported, with its position (runtime/python/stdlib-modules.ts); any other missing
 * module is CPython's ModuleNotFoundError, which the program can catch.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/engine/engine';
import { STDLIB_MODULES } from '../../src/engine/runtime/python/index';
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
    const dotted = runProgram('from concurrent.futures import ThreadPoolExecutor\n', { lang: 'py', model: 'python-eager' });
    expect(dotted.error).toBe("Unsupported: the standard library module 'concurrent.futures' (1:0)");
  });

  it('any other module is a ModuleNotFoundError the program catches', () => {
    const r = runProgram('try:\n    import uvloop\nexcept ModuleNotFoundError as e:\n    print(e)\n', { lang: 'py', model: 'python' });
    expect(r.stdout).toEqual(["No module named 'uvloop'"]);
  });

  it('the list is CPython 3.14’s public standard-library modules', async () => {
    const real = await runInCPython('import sys\nprint(",".join(sorted(n for n in sys.stdlib_module_names if not n.startswith("_"))))\n');
    expect([...STDLIB_MODULES].sort()).toEqual(real.stdout[0]!.split(','));
  });
});
