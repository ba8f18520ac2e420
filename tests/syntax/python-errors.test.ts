/**
 * Syntax errors, compile-time errors and unsupported constructs of the Python front-end.
 * Every message and position below was checked against CPython 3.14 (`compile()` with
 * PyCF_ALLOW_TOP_LEVEL_AWAIT, via pyodide) — columns are 0-based (CPython's offset - 1) —
 * except the indentation positions, which point at the offending statement's first
 * character rather than CPython's end-of-line offset.
 */
import { describe, expect, it } from 'vitest';
import { parsePython } from '../../src/engine/syntax/python';
import { EngineError } from '../../src/engine/errors';

function failure(src: string): EngineError {
  try {
    parsePython(src);
  } catch (e) {
    if (e instanceof EngineError) return e;
    throw e;
  }
  throw new Error(`expected ${JSON.stringify(src)} to fail`);
}

describe('syntax errors in CPython words, with (line:col)', () => {
  it.each([
    ['if x\n    pass\n', "expected ':' (1:4)"],
    ['x = 1\nif x = 1:\n    pass\n', "invalid syntax. Maybe you meant '==' or ':=' instead of '='? (2:3)"],
    ['while x = 3:\n    pass\n', "invalid syntax. Maybe you meant '==' or ':=' instead of '='? (1:6)"],
    ['if x:\n    pass\nelif y = 2:\n    pass\n', "invalid syntax. Maybe you meant '==' or ':=' instead of '='? (3:5)"],
    ['x = 1 if True\n', "expected 'else' after 'if' expression (1:4)"],
    ['def f:\n    pass\n', "expected '(' (1:5)"],
    ['def f x():\n    pass\n', "expected '(' (1:6)"],
    ['x = 1\nif x:\n    pass\nelse if x:\n    pass\n', "expected ':' (4:5)"],
    ['if 1:\n    pass\nelse:\n    pass\nelif 2:\n    pass\n', "'elif' block follows an 'else' block (5:0)"],
    ['1st = 3\n', 'invalid decimal literal (1:0)'],
    ['x = 12abc\n', 'invalid decimal literal (1:5)'],
    ['y = 0x1g\n', 'invalid hexadecimal literal (1:6)'],
    ['print(3rd)\n', 'invalid decimal literal (1:6)'],
    ['d = {"a": }\n', "expression expected after dictionary key and ':' (1:8)"],
    ['d = {"a": 1, "b": }\n', "expression expected after dictionary key and ':' (1:16)"],
    ['x = [1, 2)\n', "closing parenthesis ')' does not match opening parenthesis '[' (1:9)"],
    ['x = (1,\n 2]\n', "closing parenthesis ']' does not match opening parenthesis '(' on line 1 (2:2)"],
    ['x = 1\nprint(f"{x")\n', "f-string: expecting '}' (2:10)"],
    ['print(f"{}")\n', "f-string: valid expression required before '}' (1:9)"],
    ['print("hi"\nx = 1\n', "'(' was never closed (1:5)"],
    ["print('it's')\n", 'unterminated string literal (detected at line 1) (1:11)'],
    ['while True\n    pass\n', "expected ':' (1:10)"],
    ['for x in range(3)\n  pass\n', "expected ':' (1:17)"],
    ['def f()\n  pass\n', "expected ':' (1:7)"],
    ['class A\n  pass\n', "expected ':' (1:7)"],
    ['x = (1,\ny = 2\n', "'(' was never closed (1:4)"],
    ['x = [1, 2\n', "'[' was never closed (1:4)"],
    ["x = {'a': 1\n", "'{' was never closed (1:4)"],
    ['f(1\nx = 2\n', "'(' was never closed (1:1)"],
    ['x = [i for i in range(3)\n', "'[' was never closed (1:4)"],
    ['def f(:\n  pass\n', 'invalid syntax (1:6)'],
    ['print(1))\n', "unmatched ')' (1:8)"],
    ['def f():\n    return\nx = )\n', "unmatched ')' (3:4)"],
    ['s = "abc\nx=1\n', 'unterminated string literal (detected at line 1) (1:4)'],
    ["x = '''abc\n\ny\n", 'unterminated triple-quoted string literal (detected at line 3) (1:4)'],
    ['f(a b)\n', 'invalid syntax. Perhaps you forgot a comma? (1:2)'],
    ['x = (1 2)\n', 'invalid syntax. Perhaps you forgot a comma? (1:5)'],
    ['a b\n', 'invalid syntax (1:2)'],
    ['x = = 1\n', 'invalid syntax (1:4)'],
    ['x = 1 +\n', 'invalid syntax (1:7)'],
    ['async def f():\n    await\n', 'invalid syntax (2:9)'],
    ['except E: pass\n', 'invalid syntax (1:0)'],
    ['elif x: pass\n', 'invalid syntax (1:0)'],
    ['await -a\n', 'invalid syntax (1:6)'],
    ['x = a < not b\n', 'invalid syntax (1:8)'],
    ['x = {1: 2, 3}\n', "':' expected after dictionary key (1:11)"],
    ['if x:\npass\n', "expected an indented block after 'if' statement on line 1 (2:0)"],
    ["print 'hi'\n", "Missing parentheses in call to 'print'. Did you mean print(...)? (1:0)"],
    ['if a:\n    print x, y\n', "Missing parentheses in call to 'print'. Did you mean print(...)? (2:4)"],
    ['x = 010\n', 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers (1:4)'],
    ['x = f"{a!x}"\n', "f-string: invalid conversion character 'x': expected 's', 'r', or 'a' (1:9)"],
    ['x = f"a}"\n', "f-string: single '}' is not allowed (1:7)"],
    ['try:\n  x\nexcept:\n  pass\nexcept E:\n  pass\n', "default 'except:' must be last (3:0)"],
    ['try:\n  pass\n', "expected 'except' or 'finally' block (2:6)"],
    ['x = (', "'(' was never closed (1:4)"],
    ['if', 'invalid syntax (1:2)'],
    ['for x in', 'invalid syntax (1:8)'],
    ['x = 1__0\n', 'invalid decimal literal (1:5)'],
    ['x = 1_\n', 'invalid decimal literal (1:5)'],
    ['f(a=1, a=2)\n', 'keyword argument repeated: a (1:7)'],
  ])('%j', (src, message) => {
    const e = failure(src);
    expect(e.kind).toBe('syntax');
    expect(e.message).toBe(message);
  });

  it('reports the position as fields too', () => {
    const e = failure('x = 1\nif x\n    pass\n');
    expect([e.line, e.col, e.bare]).toEqual([2, 4, "expected ':'"]);
  });

  it('never leaks Lezer wording', () => {
    for (const src of ['x = (', 'def', ')', 'if', 'for x in', 'x = [1,, 2]', 'lambda', '@\n', 'class', 'f(**)']) {
      expect(failure(src).message).not.toMatch(/No parse|⚠/);
    }
  });
});

describe('indentation', () => {
  it.each([
    ['  x = 1\n', 'unexpected indent (1:2)'],
    ['def f():\n    x = 1\n      y = 2\n', 'unexpected indent (3:6)'],
    ['def f():\n    x = 1\n  y = 2\n', 'unindent does not match any outer indentation level (3:2)'],
    ['if True:\n    x = 1\n   y = 2\n', 'unindent does not match any outer indentation level (3:3)'],
  ])('%j', (src, message) => {
    expect(failure(src).message).toBe(message);
  });

  it('accepts comments and blank lines at any indentation, and dedents to any outer level', () => {
    expect(() =>
      parsePython('def f():\n        x = 1\n# col 0\n\n   # col 3\n        return x\nif a:\n    if b:\n        pass\nx = 1\n'),
    ).not.toThrow();
  });
});

describe("compile-time errors CPython's compiler raises", () => {
  it.each([
    ['return 1\n', "'return' outside function (1:0)"],
    ['class A:\n  return 1\n', "'return' outside function (2:2)"],
    ['break\n', "'break' outside loop (1:0)"],
    ['for x in y:\n  pass\nelse:\n  break\n', "'break' outside loop (4:2)"],
    ['while x:\n  def g():\n    continue\n', "'continue' not properly in loop (3:4)"],
    ['nonlocal x\n', 'nonlocal declaration not allowed at module level (1:0)'],
    ['def f():\n    await x\n', "'await' outside async function (2:4)"],
    ['f = lambda: await x\n', "'await' outside async function (1:12)"],
    ['class A:\n  await x\n', "'await' outside function (2:2)"],
    ['def f():\n  async for x in y: pass\n', "'async for' outside async function (2:2)"],
    ['class A:\n  async for x in y: pass\n', "'async for' outside async function (2:2)"],
    ['def f():\n    async with x:\n        pass\n', "'async with' outside async function (2:4)"],
    ['class A:\n    async with x:\n        pass\n', "'async with' outside async function (2:4)"],
    ['with (a as b) as c:\n    pass\n', 'invalid syntax (1:14)'],
    ['with a as b, :\n    pass\n', 'invalid syntax (1:13)'],
    ['with a, b,:\n    pass\n', 'invalid syntax (1:10)'],
    ['with a as b as c:\n    pass\n', 'invalid syntax (1:12)'],
    ['with a as 1:\n    pass\n', 'cannot assign to literal (1:10)'],
    ['with a as f():\n  pass\n', 'cannot assign to function call (1:10)'],
    [
      'try:\n  pass\nexcept* ValueError:\n  pass\nexcept TypeError:\n  pass\n',
      "cannot have both 'except' and 'except*' on the same 'try' (5:0)",
    ],
    [
      'try:\n  pass\nexcept ValueError:\n  pass\nexcept* TypeError:\n  pass\n',
      "cannot have both 'except' and 'except*' on the same 'try' (5:0)",
    ],
    ['try:\n  pass\nexcept*:\n  pass\n', 'expected one or more exception types (3:7)'],
    [
      'for x in y:\n  try:\n    pass\n  except* ValueError:\n    break\n',
      "'break', 'continue' and 'return' cannot appear in an except* block (5:4)",
    ],
    [
      'for x in y:\n  try:\n    pass\n  except* ValueError:\n    continue\n',
      "'break', 'continue' and 'return' cannot appear in an except* block (5:4)",
    ],
    [
      'def f():\n  try:\n    pass\n  except* ValueError:\n    return 1\n',
      "'break', 'continue' and 'return' cannot appear in an except* block (5:11)",
    ],
    [
      'def f():\n  try:\n    pass\n  except* ValueError:\n    return a + b\n',
      "'break', 'continue' and 'return' cannot appear in an except* block (5:4)",
    ],
    [
      'def f():\n  try:\n    pass\n  except* ValueError:\n    if x:\n      return (a, b)\n',
      "'break', 'continue' and 'return' cannot appear in an except* block (6:6)",
    ],
    ['try:\n  pass\nexcept* A, B as e:\n  pass\n', "multiple exception types must be parenthesized when using 'as' (3:8)"],
    ['match x:\n  case y:\n    pass\n  case 1:\n    pass\n', "name capture 'y' makes remaining patterns unreachable (2:7)"],
    ['match x:\n  case _:\n    pass\n  case 1:\n    pass\n', 'wildcard makes remaining patterns unreachable (2:7)'],
    ['match x:\n  case y | 1:\n    pass\n', "name capture 'y' makes remaining patterns unreachable (2:7)"],
    ['match x:\n  case (y):\n    pass\n  case 1:\n    pass\n', "name capture 'y' makes remaining patterns unreachable (2:8)"],
    ['match x:\n  case y as z:\n    pass\n  case 1:\n    pass\n', "name capture 'y' makes remaining patterns unreachable (2:7)"],
    ['match x:\n  case [a, a]:\n    pass\n', "multiple assignments to name 'a' in pattern (2:11)"],
    ['match x:\n  case [a] | [b]:\n    pass\n', 'alternative patterns bind different names (2:7)'],
    ['match x:\n  case [*a, *b]:\n    pass\n', 'multiple starred names in sequence pattern (2:7)'],
    ['match x:\n  case C(x=1, x=2):\n    pass\n', 'attribute name repeated in class pattern: x (2:16)'],
    ['match x:\n  case {\"a\": 1, \"a\": 2}:\n    pass\n', "mapping pattern checks duplicate key ('a') (2:7)"],
    ['match x:\n  case C(x=1, 2):\n    pass\n', 'positional patterns follow keyword patterns (2:14)'],
    ['match x:\n  case 1 + 1:\n    pass\n', 'imaginary number required in complex literal (2:11)'],
    ['match x:\n  case {**rest, \"a\": 1}:\n    pass\n', 'invalid syntax (2:16)'],
    ['match x:\n  case a as _:\n    pass\n', "cannot use '_' as a target (2:12)"],
    ['match x:\n  case {a: 1}:\n    pass\n', 'invalid syntax (2:9)'],
    ['match x:\n  case {**_}:\n    pass\n', 'invalid syntax (2:10)'],
    ['match x:\n  case -a:\n    pass\n', 'invalid syntax (2:8)'],
    ['def f():\n  [await x for x in y]\n', 'asynchronous comprehension outside of an asynchronous function (2:2)'],
    ['yield 1\n', "'yield' outside function (1:0)"],
    ['async def f():\n  yield\n  return 1\n', "'return' with value in async generator (3:2)"],
    ['async def f():\n  yield from x\n', "'yield from' inside async function (2:2)"],
    ['def f(a=1, b): pass\n', 'parameter without a default follows parameter with a default (1:11)'],
    ['def f(*):\n  pass\n', 'named arguments must follow bare * (1:6)'],
    ['def f(a, a): pass\n', "duplicate argument 'a' in function definition (1:9)"],
    ['f(a=1, 2)\n', 'positional argument follows keyword argument (1:7)'],
    ['f(**x, *y)\n', 'iterable argument unpacking follows keyword argument unpacking (1:7)'],
    ['a + 1 = 2\n', "cannot assign to expression here. Maybe you meant '==' instead of '='? (1:0)"],
    ['f() = 1\n', "cannot assign to function call here. Maybe you meant '==' instead of '='? (1:0)"],
    ['del f()\n', 'cannot delete function call (1:4)'],
    ['a, *b, *c = d\n', 'multiple starred expressions in assignment (1:0)'],
    ['None = 1\n', 'cannot assign to None (1:0)'],
    ['def f():\n  return [(yield x) for x in y]\n', "'yield' inside list comprehension (2:11)"],
    ['def f():\n  return {(yield x) for x in y}\n', "'yield' inside set comprehension (2:11)"],
    ['def f():\n  return ((yield x) for x in y)\n', "'yield' inside generator expression (2:11)"],
    ['try:\n  pass\nexcept A, B as e:\n  pass\n', "multiple exception types must be parenthesized when using 'as' (3:7)"],
  ])('%j', (src, message) => {
    const e = failure(src);
    expect(e.kind).toBe('syntax');
    expect(e.message).toBe(message);
  });

  it('accepts what CPython accepts around those rules', () => {
    for (const src of [
      'async def f():\n    return [await x for x in y]\n',
      'def f():\n    return (await x for x in y)\n',
      'await x\n',
      '[x async for x in y]\n',
      'lambda: (yield)\n',
      'def g():\n  x = yield\n',
      'while x:\n    for y in z:\n        continue\n    break\n',
    ]) {
      expect(() => parsePython(src)).not.toThrow();
    }
  });
});

describe('unsupported constructs are named, never skipped', () => {
  it.each([
    ['class A(B, metaclass=M):\n    pass\n', 'metaclasses (metaclass=...)', 1, 7],
    ['x = 1j\n', 'complex number literals', 1, 4],
    ["x = b'abc'\n", 'bytes literals', 1, 4],
    ['from m import *\n', "'from ... import *'", 1, 14],
    ['type X = int\n', "'type' alias statements", 1, 0],
    ['def f[T](x): pass\n', 'type parameter lists (def f[T]())', 1, 5],
    ['@x[0]\ndef f(): pass\n', 'decorators other than a dotted name with optional call arguments', 1, 2],
    ["x = '\\N{BULLET}'\n", '\\N{...} escapes in strings', 1, 5],
    ['match x, y:\n    case (1, 2):\n        pass\n', 'an unparenthesised tuple as the match subject (write match (a, b):)', 1, 7],
    ['match x:\n    case "a" "b":\n        pass\n', 'adjacent string literals in a case pattern', 2, 9],
    ['match x:\n    case {C.RED: v}:\n        pass\n', 'a dotted name as a mapping pattern key', 2, 10],
  ])('%j', (src, construct, line, col) => {
    const e = failure(src);
    expect(e.kind).toBe('unsupported');
    expect(e.message).toBe(`Unsupported: ${construct} (${line}:${col})`);
  });
});
