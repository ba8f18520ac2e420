/**
 * Python front-end: explicit IR shapes per construct area, f-string edge cases,
 * qualnames, positions, and the conformance corpus. Syntax/compile errors live in
 * python-errors.test.ts; whole-tree goldens in python-golden.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePython } from '../../src/engine/syntax/python';
import type { Expr, FunctionDef, Node, Program, Stmt, Template } from '../../src/engine/ir/nodes';

const parse = (src: string): Program => parsePython(src);
/** The expression of a one-line program `x = <expr>` or `<expr>`. */
function expr(src: string): Expr {
  const stmt = parse(src).body[0]!;
  if (stmt.kind === 'Assign') return stmt.value;
  if (stmt.kind === 'ExprStmt') return stmt.expr;
  throw new Error(`unexpected ${stmt.kind}`);
}
function template(src: string): Template {
  const e = expr(src);
  if (e.kind !== 'Template') throw new Error(`expected Template, got ${e.kind}`);
  return e;
}

/** Every FunctionDef in a program, in source order. */
function functions(node: unknown, out: FunctionDef[] = []): FunctionDef[] {
  if (Array.isArray(node)) node.forEach((n) => functions(n, out));
  else if (node && typeof node === 'object') {
    const rec = node as Record<string, unknown>;
    if (rec.kind === 'FunctionDef') out.push(rec as unknown as FunctionDef);
    for (const [k, v] of Object.entries(rec)) if (k !== 'loc') functions(v, out);
  }
  return out;
}
function qualnames(src: string): string[] {
  return functions(parse(src)).map((f) => f.qualname);
}

describe('literals', () => {
  it('ints in every base, with underscores', () => {
    const e = expr('x = 0xFF, 0o17, 0b1010, 1_000');
    expect(e.kind === 'Tuple' && e.elements.map((n) => (n.kind === 'Num' ? [n.value, n.isFloat] : null))).toEqual([
      [255, false],
      [15, false],
      [10, false],
      [1000, false],
    ]);
  });

  it('keeps the digits of ints beyond 2**53 (also from hex)', () => {
    expect(expr('2**53 + 1')).toMatchObject({ kind: 'BinOp' });
    expect(expr('x = 9007199254740993')).toMatchObject({ kind: 'Num', big: '9007199254740993', isFloat: false });
    expect(expr('x = 0x20000000000001')).toMatchObject({ kind: 'Num', big: '9007199254740993' });
    expect(expr('x = 9007199254740991')).not.toHaveProperty('big');
  });

  it('floats, including 1. and .5', () => {
    for (const [src, value] of [
      ['1.5', 1.5],
      ['1e3', 1000],
      ['.5', 0.5],
      ['1.', 1],
      ['2E-2', 0.02],
      ['1_0.0_1', 10.01],
    ] as const) {
      expect(expr(`x = ${src}`)).toMatchObject({ kind: 'Num', value, isFloat: true });
    }
  });

  it('strings: quotes, raw, escapes, implicit concatenation', () => {
    expect(expr(`x = 'a' "b" '''c''' """d"""`)).toMatchObject({ kind: 'Str', value: 'abcd' });
    expect(expr(String.raw`x = r'\n\'' + R"\d"`)).toMatchObject({
      left: { value: "\\n\\'" },
      right: { value: '\\d' },
    });
    expect(expr(String.raw`x = '\x41\u00e9\U0001F600\101\0\a\q\\'`)).toMatchObject({
      value: 'Aé😀A\0\x07\\q\\',
    });
    expect(expr("x = 'a\\\nb'")).toMatchObject({ value: 'ab' });
  });

  it("escapes back to back (parse.ts spells them otherwise in Lezer's copy): values, string ends and errors unchanged", () => {
    // Values as CPython 3.12 gives them.
    expect(expr(String.raw`x = 'a\n\t\x41\u00e9\\n\101\b' + r"\n\t\"\n" + '\n' * 3`)).toMatchObject({
      left: { left: { value: 'a\n\tAé\\nA\b' }, right: { value: '\\n\\t\\"\\n' } },
      right: { left: { value: '\n' } },
    });
    const chain = '\\n'.repeat(50_000);
    expect(expr(`x = "${chain}"`)).toMatchObject({ kind: 'Str', value: '\n'.repeat(50_000) });
    expect(expr(`x = f"{1}${chain}{2}"`)).toMatchObject({ kind: 'Template' });
    // Outside a string the first backslash is still where the error is.
    const outcome = (src: string) => {
      try {
        parsePython(src);
      } catch (e) {
        return String(e);
      }
      return 'parsed';
    };
    expect(outcome(`x = 1${chain}\n`)).toBe(outcome('x = 1\\n\n'));
    expect(outcome(`x = 1${chain}\n`)).not.toBe('parsed');
  });

  it('True False None and ...', () => {
    const e = expr('x = True, False, None, ...');
    expect(e).toMatchObject({
      kind: 'Tuple',
      elements: [{ kind: 'Bool', value: true }, { kind: 'Bool', value: false }, { kind: 'None' }, { kind: 'Name', id: 'Ellipsis' }],
    });
  });
});

describe('f-strings', () => {
  it('conversion and format spec', () => {
    const t = template('f"a{x!r:>10}b"');
    expect(t.quasis).toEqual(['a', 'b']);
    expect(t.parts[0]).toMatchObject({ expr: { kind: 'Name', id: 'x' }, conversion: 'r', formatSpec: { quasis: ['>10'], parts: [] } });
  });

  it('nested replacement fields inside the spec', () => {
    const t = template("f'{x:{w}.{p}f}'");
    expect(t.parts[0]!.formatSpec).toMatchObject({ quasis: ['', '.', 'f'], parts: [{ expr: { id: 'w' } }, { expr: { id: 'p' } }] });
  });

  it('brace escapes', () => {
    expect(template('f"{{a}} {b} }}"').quasis).toEqual(['{a} ', ' }']);
  });

  it('self-documenting fields keep their text and default to repr', () => {
    const t = template('f"{x=} {y = } {z=!s} {w=:>5}"');
    expect(t.parts.map((p) => [p.selfDoc, p.conversion])).toEqual([
      ['x=', 'r'],
      ['y = ', 'r'],
      ['z=', 's'],
      ['w=', undefined],
    ]);
  });

  it('nested quotes and expressions', () => {
    const t = template(`f"{d['k']}{'a' if c else 'b'}{f(1, 2)}"`);
    expect(t.parts.map((p) => p.expr.kind)).toEqual(['Index', 'Cond', 'Call']);
  });

  it('multi-line triple-quoted f-strings', () => {
    const t = template("f'''one {a}\ntwo {b}\n'''");
    expect(t.quasis).toEqual(['one ', '\ntwo ', '\n']);
  });

  it('raw f-strings keep backslashes, plain ones decode them', () => {
    expect(template(String.raw`rf'\n{x}'`).quasis).toEqual(['\\n', '']);
    expect(template(String.raw`f'\t{x}\n'`).quasis).toEqual(['\t', '\n']);
  });

  it('concatenation with plain strings makes one Template', () => {
    const t = template("x = 'a{' f'{b}' '}c' f'{d}' 'e'");
    expect(t.quasis).toEqual(['a{', '}c', 'e']);
    expect(t.parts.map((p) => (p.expr.kind === 'Name' ? p.expr.id : '?'))).toEqual(['b', 'd']);
  });

  it('empty f-string', () => {
    expect(template("f''")).toMatchObject({ quasis: [''], parts: [] });
  });
});

describe('expressions', () => {
  it('chained comparisons flatten; parenthesised ones do not', () => {
    expect(expr('a < b <= c is not d not in e')).toMatchObject({
      kind: 'Compare',
      ops: ['<', '<=', 'is not', 'not in'],
      comparators: [{ id: 'b' }, { id: 'c' }, { id: 'd' }, { id: 'e' }],
    });
    expect(expr('(a < b) < c')).toMatchObject({ kind: 'Compare', left: { kind: 'Compare' }, ops: ['<'] });
  });

  it('boolean operators, not, conditional', () => {
    expect(expr('not a or b and c')).toMatchObject({
      kind: 'Logical',
      op: 'or',
      left: { kind: 'Unary', op: 'not' },
      right: { kind: 'Logical', op: 'and' },
    });
    expect(expr('a if b else c')).toMatchObject({ kind: 'Cond', then: { id: 'a' }, test: { id: 'b' }, else: { id: 'c' } });
  });

  it('await binds to a primary, inside unary and binary operators', () => {
    expect(expr('-await a * b')).toMatchObject({
      kind: 'BinOp',
      op: '*',
      left: { kind: 'Unary', op: '-', operand: { kind: 'Await', value: { id: 'a' } } },
      right: { id: 'b' },
    });
    expect(expr('await a ** 2 + 1')).toMatchObject({
      op: '+',
      left: { kind: 'BinOp', op: '**', left: { kind: 'Await' } },
    });
    expect(expr('await f(x).y')).toMatchObject({ kind: 'Await', value: { kind: 'Member', property: 'y' } });
  });

  it('power binds tighter than unary minus on its left', () => {
    expect(expr('-a ** b')).toMatchObject({ kind: 'Unary', op: '-', operand: { kind: 'BinOp', op: '**' } });
  });

  it('calls with every argument kind', () => {
    expect(expr('f(1, *a, k=2, **kw)')).toMatchObject({
      kind: 'Call',
      args: [
        { kind: 'pos', value: { value: 1 } },
        { kind: 'star', value: { id: 'a' } },
        { kind: 'kw', name: 'k', value: { value: 2 } },
        { kind: 'starstar', value: { id: 'kw' } },
      ],
    });
  });

  it('subscripts and slices', () => {
    expect(expr('a[::-1]')).toMatchObject({ kind: 'Index', index: { kind: 'Slice', step: { kind: 'Unary' } } });
    expect(expr('a[1:2:3]')).toMatchObject({ index: { kind: 'Slice', lower: { value: 1 }, upper: { value: 2 }, step: { value: 3 } } });
    expect(expr('a[i, j]')).toMatchObject({ index: { kind: 'Tuple', elements: [{ id: 'i' }, { id: 'j' }] } });
    const whole = expr('a[:]');
    expect(whole).toMatchObject({ index: { kind: 'Slice' } });
    expect(whole.kind === 'Index' && Object.keys(whole.index)).toEqual(['kind', 'loc']);
  });

  it('displays with unpacking', () => {
    expect(expr('[1, *a]')).toMatchObject({ kind: 'List', elements: [{ kind: 'Num' }, { kind: 'Starred', value: { id: 'a' } }] });
    expect(expr('{**a, "k": 1}')).toMatchObject({ kind: 'Dict', entries: [{ value: { id: 'a' } }, { key: { value: 'k' } }] });
    expect(expr('{1, 2}')).toMatchObject({ kind: 'Set' });
    expect(expr('()')).toMatchObject({ kind: 'Tuple', elements: [] });
    expect(expr('(1,)')).toMatchObject({ kind: 'Tuple', elements: [{ value: 1 }] });
    expect(expr('(1)')).toMatchObject({ kind: 'Num', value: 1 });
  });

  it('comprehensions with nested for and if', () => {
    expect(expr('[x for a in b if a for x in a]')).toMatchObject({
      kind: 'Comprehension',
      type: 'list',
      generators: [
        { target: { id: 'a' }, iter: { id: 'b' }, ifs: [{ id: 'a' }], isAsync: false },
        { target: { id: 'x' }, iter: { id: 'a' }, ifs: [], isAsync: false },
      ],
    });
    expect(expr('{k: v for k, v in d}')).toMatchObject({ type: 'dict', key: { id: 'k' }, elt: { id: 'v' } });
    expect(expr('(x for x in y)')).toMatchObject({ type: 'generator' });
    expect(expr('f(x for a, b in y)')).toMatchObject({
      args: [{ kind: 'pos', value: { type: 'generator', generators: [{ target: { kind: 'ArrayPattern' } }] } }],
    });
  });

  it('walrus, await, super', () => {
    expect(expr('(n := 5)')).toMatchObject({ kind: 'AssignExpr', op: '=', target: { id: 'n' }, value: { value: 5 } });
    expect(expr('await f()')).toMatchObject({ kind: 'Await', value: { kind: 'Call' } });
    expect(expr('super().__init__(x)')).toMatchObject({
      kind: 'Call',
      callee: { kind: 'SuperMember', property: '__init__' },
      args: [{ kind: 'pos', value: { id: 'x' } }],
    });
  });
});

describe('statements', () => {
  const first = (src: string): Stmt => parse(src).body[0]!;

  it('print is an ordinary name (the Python 2 print statement of the grammar is disabled)', () => {
    expect(first('print = log')).toMatchObject({ kind: 'Assign', targets: [{ id: 'print' }], value: { id: 'log' } });
    expect(first('print, x = a, b')).toMatchObject({ targets: [{ kind: 'ArrayPattern', elements: [{ id: 'print' }, { id: 'x' }] }] });
    expect(expr('print[0]')).toMatchObject({ kind: 'Index', object: { id: 'print' } });
    expect(expr('print')).toMatchObject({ kind: 'Name', id: 'print' });
    expect(expr('"print x"')).toMatchObject({ kind: 'Str', value: 'print x' });
    expect(expr('o.print(1)')).toMatchObject({ callee: { kind: 'Member', property: 'print' } });
  });

  it('assignment forms', () => {
    expect(first('a = b = 1')).toMatchObject({ kind: 'Assign', targets: [{ id: 'a' }, { id: 'b' }], value: { value: 1 } });
    expect(first('a, *b = c')).toMatchObject({
      targets: [{ kind: 'ArrayPattern', elements: [{ id: 'a' }, { kind: 'RestPattern', target: { id: 'b' } }] }],
    });
    expect(first('x.y, z[0] = 1, 2')).toMatchObject({
      targets: [{ kind: 'ArrayPattern', elements: [{ kind: 'Member' }, { kind: 'Index' }] }],
      value: { kind: 'Tuple' },
    });
    expect(first('x: int')).toMatchObject({ kind: 'Pass' });
    expect(first('x: int = 5')).toMatchObject({ kind: 'Assign', targets: [{ id: 'x' }], value: { value: 5 } });
  });

  it('every augmented operator', () => {
    const ops = ['+', '-', '*', '/', '//', '%', '**', '@', '<<', '>>', '&', '|', '^'];
    const prog = parse(ops.map((op) => `x ${op}= 1`).join('\n'));
    expect(prog.body.map((s) => (s.kind === 'AugAssign' ? s.op : s.kind))).toEqual(ops);
  });

  it('loops with else, break and continue', () => {
    expect(first('while x:\n    break\nelse:\n    pass')).toMatchObject({
      kind: 'While',
      body: [{ kind: 'Break' }],
      orelse: [{ kind: 'Pass' }],
    });
    expect(first('for k, v in d:\n    continue\nelse:\n    pass')).toMatchObject({
      kind: 'ForOf',
      target: { kind: 'ArrayPattern' },
      body: [{ kind: 'Continue' }],
      orelse: [{ kind: 'Pass' }],
      isAsync: false,
    });
    expect(first('async for x in y:\n    pass')).toMatchObject({ kind: 'ForOf', isAsync: true });
  });

  it('elif chains nest in orelse', () => {
    expect(first('if a:\n    pass\nelif b:\n    pass\nelse:\n    x = 1')).toMatchObject({
      kind: 'If',
      test: { id: 'a' },
      orelse: [{ kind: 'If', test: { id: 'b' }, orelse: [{ kind: 'Assign' }] }],
    });
  });

  it('try with typed, tuple, named and bare handlers', () => {
    const t = first(
      'try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nexcept C:\n    raise\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass',
    );
    expect(t).toMatchObject({
      kind: 'Try',
      handlers: [
        { type: { kind: 'Tuple' }, target: { id: 'e' }, body: [{ kind: 'Throw', value: { id: 'X' }, cause: { id: 'e' } }] },
        { type: { id: 'C' }, body: [{ kind: 'Throw' }] },
        { body: [{ kind: 'Pass' }] },
      ],
      orelse: [{ kind: 'Pass' }],
      finalbody: [{ kind: 'Pass' }],
    });
    expect(first('try:\n    pass\nexcept E:\n    pass')).not.toHaveProperty('finalbody');
    // PEP 758 (Python 3.14): unparenthesised types without `as`.
    expect(first('try:\n    pass\nexcept A, B:\n    pass')).toMatchObject({
      handlers: [{ type: { kind: 'Tuple', elements: [{ id: 'A' }, { id: 'B' }] } }],
    });
  });

  it('imports, global, nonlocal, del, assert', () => {
    expect(first('import a.b as c, d')).toMatchObject({ kind: 'Import', names: [{ name: 'a.b', asname: 'c' }, { name: 'd' }] });
    expect(first('from ..m import (x as y, z)')).toMatchObject({ from: '..m', names: [{ name: 'x', asname: 'y' }, { name: 'z' }] });
    expect(first('global a, b')).toMatchObject({ kind: 'Global', names: ['a', 'b'] });
    expect(parse('def f():\n    nonlocal a').body[0]).toMatchObject({ fn: { body: [{ kind: 'Nonlocal', names: ['a'] }] } });
    expect(first('del a, b[0]')).toMatchObject({ kind: 'Delete', targets: [{ id: 'a' }, { kind: 'Index' }] });
    expect(first('assert x, "m"')).toMatchObject({ kind: 'Assert', test: { id: 'x' }, msg: { value: 'm' } });
  });
});

describe('functions and classes', () => {
  it('parameters of every kind', () => {
    const fn = functions(parse('def f(a, b=1, /, c=2, *args, d, e=3, **kw): pass'))[0]!;
    expect(fn.params.map((p) => [p.name, p.kind, p.default ? 'default' : ''])).toEqual([
      ['a', 'posonly', ''],
      ['b', 'posonly', 'default'],
      ['c', 'normal', 'default'],
      ['args', 'varargs', ''],
      ['d', 'kwonly', ''],
      ['e', 'kwonly', 'default'],
      ['kw', 'kwargs', ''],
    ]);
  });

  it('lambdas: empty name, expression body as Return', () => {
    const fn = functions(parse('f = lambda x, *, y=1: x + y'))[0]!;
    expect(fn).toMatchObject({ name: '', flavor: 'lambda', qualname: '<lambda>', body: [{ kind: 'Return', value: { kind: 'BinOp' } }] });
    expect(fn.params.map((p) => p.kind)).toEqual(['normal', 'kwonly']);
  });

  it('decorators outermost first', () => {
    const fn = functions(parse('@a\n@b.c(1)\nasync def f():\n    pass'))[0]!;
    expect(fn.isAsync).toBe(true);
    expect(fn.decorators).toMatchObject([
      { kind: 'Name', id: 'a' },
      { kind: 'Call', callee: { kind: 'Member', property: 'c' } },
    ]);
  });

  it('classes with bases; methods', () => {
    const stmt = parse('class A(B, C):\n    def m(self):\n        pass').body[0]!;
    expect(stmt).toMatchObject({
      kind: 'ClassDecl',
      cls: { kind: 'ClassDef', lang: 'py', name: 'A', bases: [{ id: 'B' }, { id: 'C' }], members: [], body: [{ kind: 'FunctionDecl' }] },
    });
  });

  it('yield marks the enclosing def as a generator, not its parent', () => {
    const [outer, inner] = functions(parse('def outer():\n    def inner():\n        yield 1\n    return inner'));
    expect(outer!.isGenerator).toBe(false);
    expect(inner!.isGenerator).toBe(true);
  });
});

describe('qualnames (as CPython __qualname__)', () => {
  it('top level, nested, methods, classes in functions', () => {
    expect(
      qualnames(
        'def f(): pass\ndef main():\n    def f(): pass\n    class C:\n        def m(self):\n            def inner(): pass\nclass A:\n    def m(self): pass\n    class B:\n        async def n(self): pass',
      ),
    ).toEqual(['f', 'main', 'main.<locals>.f', 'main.<locals>.C.m', 'main.<locals>.C.m.<locals>.inner', 'A.m', 'A.B.n']);
  });

  it('lambdas, including inside comprehensions and generator expressions', () => {
    expect(
      qualnames('def main():\n    a = lambda: 0\n    b = [lambda: 0 for _ in x]\n    c = (lambda: 0 for _ in x)\nd = lambda: lambda: 0'),
    ).toEqual([
      'main',
      'main.<locals>.<lambda>',
      'main.<locals>.<lambda>',
      'main.<locals>.<genexpr>.<lambda>',
      '<lambda>',
      '<lambda>.<locals>.<lambda>',
    ]);
  });

  it('a def whose name the parent declared global is top-level named', () => {
    expect(qualnames('def outer():\n    global g\n    def g(): pass')).toEqual(['outer', 'g']);
  });

  it('classes nested in functions', () => {
    const cls = parse('def f():\n    class C:\n        pass').body[0]!;
    expect(cls).toMatchObject({ fn: { body: [{ kind: 'ClassDecl', cls: { qualname: 'f.<locals>.C' } }] } });
  });
});

describe('hasTopLevelAwait', () => {
  it.each([
    ['await x', true],
    ['async for x in y:\n    pass', true],
    ['x = [await y for y in z]', true],
    ['x = (await y for y in z)', true],
    ['async def f():\n    await x', false],
    ['print(1)', false],
  ])('%j → %s', (src, expected) => {
    expect(parse(src).hasTopLevelAwait).toBe(expected);
  });
});

describe('positions', () => {
  it('statements and expressions carry 1-based lines and 0-based columns', () => {
    const prog = parse('x = 1\nif x:\n    y = f(x,\n          2)\n');
    const iff = prog.body[1]!;
    expect(prog.body[0]!.loc).toEqual({ line: 1, col: 0, endLine: 1, endCol: 5 });
    expect(iff.loc).toMatchObject({ line: 2, col: 0, endLine: 4, endCol: 12 });
    const assign = iff.kind === 'If' ? iff.body[0]! : undefined;
    expect(assign?.loc).toEqual({ line: 3, col: 4, endLine: 4, endCol: 12 });
    const call = assign?.kind === 'Assign' ? assign.value : undefined;
    expect(call?.loc).toEqual({ line: 3, col: 8, endLine: 4, endCol: 12 });
    const arg2 = call?.kind === 'Call' ? call.args[1] : undefined;
    expect(arg2?.value.loc).toEqual({ line: 4, col: 10, endLine: 4, endCol: 11 });
  });

  it('f-string parts point into the string', () => {
    const t = template('s = f"ab{x}"');
    expect(t.parts[0]!.expr.loc).toEqual({ line: 1, col: 9, endLine: 1, endCol: 10 });
  });

  it('function defs start at def (or async)', () => {
    const fns = functions(parse('@d\nasync def f():\n    pass'));
    expect(fns[0]!.loc).toMatchObject({ line: 2, col: 0 });
  });
});

describe('conformance corpus', () => {
  const root = join(__dirname, '..', 'conformance');
  const files = [
    ...readdirSync(join(root, 'cases'))
      .filter((f) => f.endsWith('.py'))
      .map((f) => join(root, 'cases', f)),
    join(root, 'shims', 'js.py'),
  ];
  const load = (name: string): Program => parsePython(readFileSync(join(root, 'cases', name), 'utf8'));

  it('has Python files', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(files.map((f) => [f.slice(root.length + 1), f]))('%s parses', (_name, file) => {
    const prog = parsePython(readFileSync(file, 'utf8'));
    expect(prog.kind).toBe('Program');
    expect(prog.body.length).toBeGreaterThan(0);
  });

  it('comment_thread_puzzle.py awaits at top level', () => {
    const prog = load('comment_thread_puzzle.py');
    expect(prog.hasTopLevelAwait).toBe(true);
    expect(prog.body.at(-1)).toMatchObject({ kind: 'ExprStmt', expr: { kind: 'Await', value: { id: 'p' } } });
  });

  it('asyncio_run_main.py has no top-level await and two async defs', () => {
    const prog = load('asyncio_run_main.py');
    expect(prog.hasTopLevelAwait).toBe(false);
    expect(functions(prog).map((f) => [f.qualname, f.isAsync])).toEqual([
      ['greet', true],
      ['main', true],
    ]);
  });

  it('async_methods_class.py: qualified method names', () => {
    const names = functions(load('async_methods_class.py')).map((f) => f.qualname);
    expect(names).toContain('Account.deposit');
    expect(names).toContain('Account.__init__');
  });

  it('shims/js.py: decorated methods and a varargs default', () => {
    const prog = parsePython(readFileSync(join(root, 'shims', 'js.py'), 'utf8'));
    const fns = functions(prog);
    expect(fns.find((f) => f.qualname === 'Error.message')?.decorators).toMatchObject([{ kind: 'Name', id: 'property' }]);
    expect(fns.find((f) => f.name === 'setTimeout')?.params.map((p) => p.kind)).toEqual(['normal', 'normal', 'varargs']);
  });
});

describe('output is plain data', () => {
  it('survives a JSON round trip (no class instances, no cycles)', () => {
    const prog = parse('async def f(a=1):\n    return [x async for x in a]\nprint(f"{f!r}")');
    const copy = JSON.parse(JSON.stringify(prog)) as Node;
    expect(copy).toEqual(prog);
  });
});
