/**
 * A float's precision and an int's `%.Nd` make a text that long (issue 10): `'%.*f' % (10**7,
 * 1.5)` ran for seconds inside one step (its digits made by multiplying by 10**(10**7)), a
 * precision past V8's BigInt size was an internal error, and `'%.*d'` padded past the string
 * cap. Each is now charged as a string of its length and refused past the cap with CPython's
 * `MemoryError`; 'g' without '#', whose zeros are stripped, stays short whatever the precision.
 * Every expression is compared with CPython in tests/runtime/python/programs/format_precision.py
 * where Pyodide can hold the text. So is json.dumps's indent (runtime/python/json.ts):
 * tests/runtime/python/programs/json_indent.py.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/engine/engine';

const run = (src: string, budget = 20_000) => runProgram(src, { lang: 'py', model: 'python', budget, recordEvents: false });

describe('formatting with a large precision', () => {
  it.each([
    "'%.*f' % (10**7, 1.5)",
    "'%.*e' % (10**7, 1.5)",
    "'%#.*g' % (10**7, 1.5)",
    "format(1.5, f'.{10**7}f')",
    "f'{0.1:.{10**7}%}'",
    "'%.*d' % (10**7, 5)",
  ])('%s meets a 20,000-step budget', (expr) => {
    const r = run(`s = ${expr}\nprint(len(s))\n`);
    expect(r.stdout).toEqual([]);
    expect(r.errorKind).toBe('budget');
    expect(r.error).toMatch(/^Step budget exhausted/);
  });

  it.each([
    ["'%.*f' % (2**31 - 1, 1.5)", 'MemoryError'],
    ["'%.*e' % (10**9, 1.5)", 'MemoryError'],
    ["'%.*d' % (2**31 - 4, 5)", 'MemoryError'],
    ["format(1.5, '.2147483647f')", 'MemoryError'],
    ["'%.*f' % (2**31, 1.5)", 'OverflowError: Python int too large to convert to C int'],
    ["'%.*f' % (0.5, 1.5)", 'TypeError: * wants int'],
    ["'%*d' % (2**63, 1)", 'OverflowError: Python int too large to convert to C ssize_t'],
    // A 64-bit CPython's (Pyodide, 32-bit, stops these at its Py_ssize_t).
    ["format(1.5, '.2147483648%')", 'ValueError: precision too big'],
    ["'{:.{}}'.format(1.5, 2**31)", 'ValueError: precision too big'],
    ["format(1.5, '.3000000000e')", 'ValueError: precision too big'],
    ["format('ab', '.2147483648') + '!'", 'ab!'],
  ])('%s is %s', (expr, error) => {
    const r = run(
      `try:\n    s = ${expr}\nexcept Exception as e:\n    print(type(e).__name__ + (': ' + str(e) if str(e) else ''))\nelse:\n    print(s)\n`,
      100_000_000,
    );
    expect(r.error).toBeNull();
    expect(r.stdout).toEqual([error]);
  });

  it("'g' with any precision makes the short text CPython makes", () => {
    const r = run("print(format(1.5, '.2147483647g'), '%.*g' % (10**9, 0.1), '%.*G' % (2**31 - 1, 1e300))\n");
    expect(r.error).toBeNull();
    // CPython 3.12's output: 1e300's 301 digits in fixed form, as the precision exceeds its exponent.
    const e300 =
      '1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160';
    expect(r.stdout).toEqual([`1.5 0.1000000000000000055511151231257827021181583404541015625 ${e300}`]);
  });
});

describe('json.dumps with a large indent', () => {
  it('is a MemoryError when the indent repeated per level would pass the cap, before it is made', () => {
    // 600 levels of a megabyte's indent: the innermost pad alone would be past V8's longest string.
    const r = run(
      "import json\na = []\nfor i in range(600):\n    a = [a]\ntry:\n    json.dumps(a, indent=10**6)\nexcept MemoryError:\n    print('MemoryError')\n",
    );
    expect(r.error).toBeNull();
    expect(r.stdout).toEqual(['MemoryError']);
  });

  it('is a MemoryError past the string cap', () => {
    const r = run("import json\ntry:\n    json.dumps([[1]], indent=2**31)\nexcept MemoryError:\n    print('MemoryError')\n");
    expect(r.stdout).toEqual(['MemoryError']);
  });
});
