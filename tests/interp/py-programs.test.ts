import { describe, expect, it } from 'vitest';
import { run } from './double';

const py = (src: string) => run(src, 'py');

describe('Python scoping', () => {
  it('closures, nonlocal, global', () => {
    const r = py(`
count = 0
def bump():
    global count
    count += 1
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    inc(); inc()
    return n
bump(); bump()
print(count, outer())
`);
    expect(r.stdout).toEqual(['2 2']);
  });

  it('UnboundLocalError and free-variable NameError with CPython wording', () => {
    expect(
      py(`
def f():
    print(y)
    y = 1
f()`).error,
    ).toBe("UnboundLocalError: cannot access local variable 'y' where it is not associated with a value");
    expect(
      py(`
def f():
    def g(): return y
    g()
    y = 1
f()`).error,
    ).toBe("NameError: cannot access free variable 'y' where it is not associated with a value in enclosing scope");
    expect(py('print(zz)').error).toBe("NameError: name 'zz' is not defined");
  });

  it('class bodies are namespaces that methods do not see', () => {
    const r = py(`
x = 'global'
class A:
    x = 'class'
    y = x + '!'
    def m(self):
        return x
print(A.y, A().m())
`);
    expect(r.stdout).toEqual(['class! global']);
  });

  it('comprehension variables do not leak; the first iterable is evaluated outside', () => {
    const r = py(`
i = 'outer'
xs = [i * 2 for i in range(3)]
pairs = [(a, b) for a in range(2) for b in range(a)]
d = {k: k * k for k in range(3)}
print(xs, i, pairs, d, sum(x for x in range(4)))
`);
    expect(r.stdout).toEqual(['[0, 2, 4] outer [(1, 0)] {0: 0, 1: 1, 2: 4} 6']);
  });

  it('lambdas in a comprehension capture their own iteration scope', () => {
    const r = py(`
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
`);
    // Python closures see the variable's final value (late binding).
    expect(r.stdout).toEqual(['[2, 2, 2]']);
  });

  it('walrus binds in the enclosing function', () => {
    expect(
      py(`
ys = [y := 5, y ** 2]
print(y, ys)`).stdout,
    ).toEqual(['5 [5, 25]']);
  });

  it('except-as unbinds the name after the block', () => {
    const r = py(`
try:
    raise ValueError('v')
except ValueError as e:
    pass
print(e)`);
    expect(r.error).toBe("NameError: name 'e' is not defined");
  });
});

describe('Python calls', () => {
  const err = (src: string) => py(src).error;
  it('binds defaults (evaluated at def time), *args, **kwargs, keyword-only', () => {
    const r = py(`
d = 1
def f(a, b=d, *rest, k=3, **kw):
    return [a, b, rest, k, kw]
d = 100
print(f(0), f(0, 2, 4, 5, k=6, z=7))
`);
    expect(r.stdout).toEqual(["[0, 1, (), 3, {}] [0, 2, (4, 5), 6, {'z': 7}]"]);
  });

  it("argument errors word as CPython 3.14's", () => {
    expect(err('def f(x): pass\nf()')).toBe("TypeError: f() missing 1 required positional argument: 'x'");
    expect(err('def f(x, y, z): pass\nf()')).toBe("TypeError: f() missing 3 required positional arguments: 'x', 'y', and 'z'");
    expect(err('def f(x): pass\nf(1, 2)')).toBe('TypeError: f() takes 1 positional argument but 2 were given');
    expect(err('def f(x, y=1): pass\nf(1, 2, 3)')).toBe('TypeError: f() takes from 1 to 2 positional arguments but 3 were given');
    expect(err('def f(): pass\nf(1)')).toBe('TypeError: f() takes 0 positional arguments but 1 was given');
    expect(err('def f(x): pass\nf(1, y=2)')).toBe("TypeError: f() got an unexpected keyword argument 'y'");
    expect(err('def f(x): pass\nf(1, x=2)')).toBe("TypeError: f() got multiple values for argument 'x'");
    expect(err('def f(*, k): pass\nf()')).toBe("TypeError: f() missing 1 required keyword-only argument: 'k'");
    expect(err('def o():\n def f(x): pass\n f()\no()')).toBe("TypeError: o.<locals>.f() missing 1 required positional argument: 'x'");
    expect(err('class A:\n def m(self, x): pass\nA().m()')).toBe("TypeError: A.m() missing 1 required positional argument: 'x'");
    expect(err('f = lambda x: x\nf()')).toBe("TypeError: <lambda>() missing 1 required positional argument: 'x'");
    expect(err('def f(a, /): pass\nf(a=1)')).toBe("TypeError: f() got some positional-only arguments passed as keyword arguments: 'a'");
    expect(err('x = 5\nx()')).toBe("TypeError: 'int' object is not callable");
  });

  it('decorators apply bottom-up after being evaluated top-down', () => {
    const r = py(`
def tag(name):
    print('make', name)
    def deco(f):
        print('apply', name)
        return lambda: name + '(' + f() + ')'
    return deco
@tag('a')
@tag('b')
def g():
    return 'g'
print(g())
`);
    expect(r.stdout).toEqual(['make a', 'make b', 'apply b', 'apply a', 'a(b(g))']);
  });

  it('recursion beyond 1000 frames is a RecursionError', () => {
    expect(py('def f(n): return f(n + 1)\nf(0)').error).toBe('RecursionError: maximum recursion depth exceeded');
    expect(py('def f(n): return 0 if n == 0 else 1 + f(n - 1)\nprint(f(950))').stdout).toEqual(['950']);
  });
});

describe('Python classes and exceptions', () => {
  it('inheritance with zero-argument super()', () => {
    const r = py(`
class A:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
class B(A):
    def __init__(self, v):
        super().__init__(v + 1)
    def get(self):
        return super().get() * 10
print(B(4).get(), isinstance(B(1), A))
`);
    expect(r.stdout).toEqual(['50 True']);
  });

  it('try/except/else/finally order, bare raise, raise from, context', () => {
    const r = py(`
def f(x):
    try:
        if x:
            raise ValueError('bad')
    except ValueError as e:
        print('except', e)
    else:
        print('else')
    finally:
        print('finally')
f(True)
f(False)
try:
    try:
        raise KeyError('k')
    except KeyError:
        raise
except KeyError as e:
    print('reraised', repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError('wrapped') from z
except ValueError as e:
    print(e, repr(e.__cause__), repr(e.__context__))
try:
    try:
        raise KeyError('first')
    except KeyError:
        raise ValueError('second')
except ValueError as e:
    print(repr(e.__context__))
`);
    expect(r.stdout).toEqual([
      'except bad',
      'finally',
      'else',
      'finally',
      "reraised KeyError('k')",
      "wrapped ZeroDivisionError('division by zero') ZeroDivisionError('division by zero')",
      "KeyError('first')",
    ]);
  });

  it('finally that returns overrides the exception; loops with break in finally', () => {
    const r = py(`
def f():
    try:
        raise ValueError('x')
    finally:
        return 'finally wins'
def g():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return 'end'
print(f(), g())
`);
    // i == 0: `continue` in finally cancels the return; i == 1 returns.
    expect(r.stdout).toEqual(['finally wins 1']);
  });

  it('assert and bare raise without an active exception', () => {
    expect(py('assert 1 == 2').error).toBe('AssertionError');
    expect(py("assert 1 == 2, 'msg'").error).toBe('AssertionError: msg');
    expect(py('raise').error).toBe('RuntimeError: No active exception to reraise');
  });

  it('unpacking messages', () => {
    expect(py('a, b = [1]').error).toBe('ValueError: not enough values to unpack (expected 2, got 1)');
    expect(py('a, b = [1, 2, 3]').error).toBe('ValueError: too many values to unpack (expected 2, got 3)');
    expect(py('a, *b, c = [1]').error).toBe('ValueError: not enough values to unpack (expected at least 2, got 1)');
    expect(py('a, b = 1').error).toBe('TypeError: cannot unpack non-iterable int object');
    expect(py('a, *b, c = [1, 2, 3, 4]\nprint(a, b, c)').stdout).toEqual(['1 [2, 3] 4']);
  });
});

describe('Python control flow', () => {
  it('for/while else, break, continue, chained comparison evaluates operands once', () => {
    const r = py(`
for i in range(3):
    if i == 1:
        continue
    print('i', i)
else:
    print('for-else')
n = 0
while n < 10:
    n += 1
    if n == 2:
        break
else:
    print('not printed')
def mid():
    print('mid')
    return 5
print(1 < mid() < 10, 9 < mid() < 10)
xs = [1]
ys = xs
xs += [2]
print(ys)
`);
    expect(r.stdout).toEqual(['i 0', 'i 2', 'for-else', 'mid', 'mid', 'True False', '[1, 2]']);
  });

  it('an infinite loop ends with the budget error', () => {
    expect(() => run('while True:\n    pass', 'py', { budget: 10_000 })).toThrow(/Step budget exhausted.*\(2:4\)/);
  });
});
