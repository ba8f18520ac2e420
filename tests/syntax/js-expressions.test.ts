import { describe, expect, it } from 'vitest';
import { parseJs } from '../../src/engine/syntax/js';
import type { Expr } from '../../src/engine/ir/nodes';
import { stripLocs } from '../support/normalize';

/** The expression of a one-expression-statement program. */
function expr(source: string): Expr {
  const body = stripLocs(parseJs(source).body);
  expect(body).toHaveLength(1);
  const stmt = body[0]!;
  if (stmt.kind !== 'ExprStmt') throw new Error(`expected ExprStmt, got ${stmt.kind}`);
  return stmt.expr;
}

const n = (id: string) => ({ kind: 'Name', id });
const num = (value: number) => ({ kind: 'Num', value, isFloat: false });
const str = (value: string) => ({ kind: 'Str', value });
const pos = (value: unknown) => ({ kind: 'pos', value });

describe('literals', () => {
  it('numbers are never floats; strings, booleans, null, undefined', () => {
    expect(expr('1.5')).toEqual({ kind: 'Num', value: 1.5, isFloat: false });
    expect(expr('0x10')).toEqual(num(16));
    expect(expr('1_000')).toEqual(num(1000));
    expect(expr('"a\\nb"')).toEqual(str('a\nb'));
    expect(expr('true')).toEqual({ kind: 'Bool', value: true });
    expect(expr('null')).toEqual({ kind: 'Null' });
    expect(expr('undefined')).toEqual({ kind: 'Undefined' });
  });

  it('undefined as a property name or binding stays a name', () => {
    expect(expr('o.undefined')).toEqual({ kind: 'Member', object: n('o'), property: 'undefined' });
    expect(expr('({ undefined: 1 })')).toEqual({ kind: 'Object', props: [{ kind: 'init', key: 'undefined', value: num(1) }] });
  });

  it('regex literals keep pattern and flags; BigInt literals keep their digits in decimal', () => {
    expect(expr('/a+\\//gi')).toEqual({ kind: 'RegExp', pattern: 'a+\\/', flags: 'gi' });
    expect(expr('10n')).toEqual({ kind: 'Num', value: 10, isFloat: false, big: '10' });
    expect(expr('0x1_fn')).toEqual({ kind: 'Num', value: 31, isFloat: false, big: '31' });
  });

  it('arrays with holes and spread', () => {
    expect(expr('[1, , ...xs]')).toEqual({
      kind: 'List',
      elements: [num(1), { kind: 'Undefined' }, { kind: 'Spread', value: n('xs') }],
      holes: [1],
    });
  });

  it("template literals keep cooked quasis; a tagged template is a call with the site's strings", () => {
    expect(expr('`a ${x} b\\t${await y}`')).toEqual({
      kind: 'Template',
      quasis: ['a ', ' b\t', ''],
      parts: [{ expr: n('x') }, { expr: { kind: 'Await', value: n('y') } }],
    });
    expect(expr('o.tag`a\\n${x}\\u{zz}`')).toEqual({
      kind: 'Call',
      callee: { kind: 'Member', object: n('o'), property: 'tag' },
      args: [
        { kind: 'pos', value: { kind: 'TemplateObject', cooked: ['a\n', null], raw: ['a\\n', '\\u{zz}'] } },
        { kind: 'pos', value: n('x') },
      ],
    });
  });
});

describe('object literals', () => {
  it('shorthand, computed, numeric and string keys, spread', () => {
    expect(expr('({ a, [k]: 1, 2: "two", "s-t": 3, ...rest })')).toEqual({
      kind: 'Object',
      props: [
        { kind: 'init', key: 'a', value: n('a') },
        { kind: 'init', key: '', computedKey: n('k'), value: num(1) },
        { kind: 'init', key: '2', value: str('two') },
        { kind: 'init', key: 's-t', value: num(3) },
        { kind: 'spread', key: '', value: n('rest') },
      ],
    });
  });

  it('methods, getters and setters become FunctionExprs with the right flavor', () => {
    const o = expr('({ async m(a) {}, get x() { return 1; }, set x(v) {} })');
    if (o.kind !== 'Object') throw new Error(o.kind);
    expect(o.props.map((p) => p.kind)).toEqual(['method', 'get', 'set']);
    const fns = o.props.map((p) => (p.value.kind === 'FunctionExpr' ? p.value.fn : undefined));
    expect(fns.map((f) => [f?.name, f?.flavor, f?.isAsync])).toEqual([
      ['m', 'method', true],
      ['x', 'getter', false],
      ['x', 'setter', false],
    ]);
  });

  it('__proto__: value is unsupported (it sets the prototype)', () => {
    expect(() => parseJs('({ __proto__: p })')).toThrow('Unsupported: __proto__ in an object literal (1:3)');
  });
});

describe('operators', () => {
  it('arithmetic and bitwise become BinOp', () => {
    for (const op of ['+', '-', '*', '/', '%', '**', '<<', '>>', '>>>', '&', '|', '^']) {
      expect(expr(`a ${op} b`)).toEqual({ kind: 'BinOp', op, left: n('a'), right: n('b') });
    }
  });

  it('comparisons, instanceof and in become a one-op Compare', () => {
    for (const op of ['==', '!=', '===', '!==', '<', '<=', '>', '>=', 'instanceof', 'in']) {
      expect(expr(`a ${op} b`)).toEqual({ kind: 'Compare', left: n('a'), ops: [op], comparators: [n('b')] });
    }
  });

  it("precedence is acorn's", () => {
    expect(expr('a + b * c')).toEqual({
      kind: 'BinOp',
      op: '+',
      left: n('a'),
      right: { kind: 'BinOp', op: '*', left: n('b'), right: n('c') },
    });
  });

  it('logical operators', () => {
    expect(expr('a && b')).toEqual({ kind: 'Logical', op: 'and', left: n('a'), right: n('b') });
    expect(expr('a || b')).toEqual({ kind: 'Logical', op: 'or', left: n('a'), right: n('b') });
    expect(expr('a ?? b')).toEqual({ kind: 'Logical', op: '??', left: n('a'), right: n('b') });
  });

  it('unary operators; ! is not', () => {
    expect(expr('!a')).toEqual({ kind: 'Unary', op: 'not', operand: n('a') });
    for (const op of ['-', '+', '~']) expect(expr(`${op}a`)).toEqual({ kind: 'Unary', op, operand: n('a') });
    for (const op of ['typeof', 'void']) expect(expr(`${op} a`)).toEqual({ kind: 'Unary', op, operand: n('a') });
    expect(expr('delete o.p')).toEqual({ kind: 'Unary', op: 'delete', operand: { kind: 'Member', object: n('o'), property: 'p' } });
  });

  it('update expressions', () => {
    expect(expr('++o[i]')).toEqual({ kind: 'Update', op: '++', prefix: true, target: { kind: 'Index', object: n('o'), index: n('i') } });
    expect(expr('x--')).toEqual({ kind: 'Update', op: '--', prefix: false, target: n('x') });
  });

  it('all assignment operators', () => {
    const ops = ['=', '+=', '-=', '*=', '/=', '%=', '**=', '<<=', '>>=', '>>>=', '&=', '|=', '^=', '&&=', '||=', '??='];
    for (const op of ops) expect(expr(`x ${op} 1`)).toEqual({ kind: 'AssignExpr', op, target: n('x'), value: num(1) });
  });

  it('destructuring assignment', () => {
    expect(expr('[a, b] = [b, a]')).toEqual({
      kind: 'AssignExpr',
      op: '=',
      target: { kind: 'ArrayPattern', elements: [n('a'), n('b')] },
      value: { kind: 'List', elements: [n('b'), n('a')] },
    });
    expect(expr('({ a, b: o.c = 1 } = src)')).toEqual({
      kind: 'AssignExpr',
      op: '=',
      target: {
        kind: 'ObjectPattern',
        props: [
          { key: 'a', value: n('a') },
          { key: 'b', value: { kind: 'DefaultPattern', target: { kind: 'Member', object: n('o'), property: 'c' }, default: num(1) } },
        ],
      },
      value: n('src'),
    });
  });

  it('conditional and sequence', () => {
    expect(expr('a ? b : c')).toEqual({ kind: 'Cond', test: n('a'), then: n('b'), else: n('c') });
    expect(expr('a, b, c')).toEqual({ kind: 'Sequence', exprs: [n('a'), n('b'), n('c')] });
  });

  it('o.#x is an Index keyed by a PrivateName; #x in o compares a PrivateName', () => {
    const decl = parseJs('class A { #x; static f(o) { return [o.#x, #x in o]; } }').body[0] as unknown as {
      cls: { members: { fn?: { body: { value: unknown }[] } }[] };
    };
    expect(decl.cls.members[1]!.fn!.body[0]!.value).toMatchObject({
      kind: 'List',
      elements: [
        { kind: 'Index', object: { kind: 'Name', id: 'o' }, index: { kind: 'PrivateName', name: '#x' } },
        { kind: 'Compare', left: { kind: 'PrivateName', name: '#x' }, ops: ['in'] },
      ],
    });
  });
});

describe('calls, members, new, this', () => {
  it('calls with spread arguments and member callees', () => {
    expect(expr('o.f(a, ...b)')).toEqual({
      kind: 'Call',
      callee: { kind: 'Member', object: n('o'), property: 'f' },
      args: [pos(n('a')), { kind: 'star', value: n('b') }],
    });
  });

  it('new with and without arguments', () => {
    expect(expr('new C')).toEqual({ kind: 'New', callee: n('C'), args: [] });
    expect(expr('new ns.C(1)')).toEqual({ kind: 'New', callee: { kind: 'Member', object: n('ns'), property: 'C' }, args: [pos(num(1))] });
  });

  it('this and computed members', () => {
    expect(expr('this.items[0]')).toEqual({
      kind: 'Index',
      object: { kind: 'Member', object: { kind: 'This' }, property: 'items' },
      index: num(0),
    });
  });

  it('new.target lowers to NewTarget; import.meta and import() are unsupported', () => {
    const f = parseJs('function f() { return new.target; }').body[0] as unknown as { fn: { body: { value: unknown }[] } };
    expect(f.fn.body[0]!.value).toMatchObject({ kind: 'NewTarget' });
    expect(() => parseJs('import.meta')).toThrow('Unsupported: import.meta (1:0)');
    expect(() => parseJs('import("x")')).toThrow('Unsupported: dynamic import() (1:0)');
  });
});

describe('optional chaining', () => {
  it('a?.b.c: optional link inside, chainEnd on the outermost node', () => {
    expect(expr('a?.b.c')).toEqual({
      kind: 'Member',
      object: { kind: 'Member', object: n('a'), property: 'b', optional: true },
      property: 'c',
      chainEnd: true,
    });
  });

  it('parentheses end a chain: (a?.b).c', () => {
    expect(expr('(a?.b).c')).toEqual({
      kind: 'Member',
      object: { kind: 'Member', object: n('a'), property: 'b', optional: true, chainEnd: true },
      property: 'c',
    });
  });

  it('a?.[i], f?.(), and a call after an optional member', () => {
    expect(expr('a?.[i]')).toEqual({ kind: 'Index', object: n('a'), index: n('i'), optional: true, chainEnd: true });
    expect(expr('f?.(x)')).toEqual({ kind: 'Call', callee: n('f'), args: [pos(n('x'))], optional: true, chainEnd: true });
    expect(expr('o?.m(x)')).toEqual({
      kind: 'Call',
      callee: { kind: 'Member', object: n('o'), property: 'm', optional: true },
      args: [pos(n('x'))],
      chainEnd: true,
    });
  });

  it('super.x?.y keeps SuperMember as the chain base', () => {
    const p = stripLocs(parseJs('class B extends A { m() { return super.x?.y; } }'));
    const cls = p.body[0]!;
    const ret = cls.kind === 'ClassDecl' ? cls.cls.members[0]!.fn!.body[0] : undefined;
    expect(ret).toEqual({
      kind: 'Return',
      value: { kind: 'Member', object: { kind: 'SuperMember', property: 'x' }, property: 'y', optional: true, chainEnd: true },
    });
  });

  it('plain member access has neither flag', () => {
    expect(expr('a.b')).toEqual({ kind: 'Member', object: n('a'), property: 'b' });
  });
});

describe('await and yield', () => {
  it('await inside async functions does not make the program top-level-await', () => {
    const p = parseJs('async function f() { await g(); }');
    expect(p.hasTopLevelAwait).toBe(false);
  });

  it('await or for await at module level does', () => {
    expect(parseJs('await g();').hasTopLevelAwait).toBe(true);
    expect(parseJs('if (x) { const y = [await g()]; }').hasTopLevelAwait).toBe(true);
    expect(parseJs('for await (const x of xs) {}').hasTopLevelAwait).toBe(true);
    expect(parseJs('const f = async () => await g();').hasTopLevelAwait).toBe(false);
    expect(parseJs('class A { async m() { await 1; } }').hasTopLevelAwait).toBe(false);
    // `extends` and computed keys are evaluated at module level, when the class is defined.
    expect(parseJs('class A extends (await base()) {}').hasTopLevelAwait).toBe(true);
    expect(parseJs('class A { [await k]() {} }').hasTopLevelAwait).toBe(true);
    expect(parseJs('function f(x = 1) { return async () => { await x; }; }').hasTopLevelAwait).toBe(false);
  });

  it('yield marks the innermost function as a generator', () => {
    const p = stripLocs(parseJs('function* g() { const f = () => 1; yield f(); yield* other; }'));
    const decl = p.body[0]!;
    if (decl.kind !== 'FunctionDecl') throw new Error(decl.kind);
    expect(decl.fn.isGenerator).toBe(true);
    const inner = decl.fn.body[0]!;
    expect(
      inner.kind === 'VarDecl' && inner.declarations[0]!.init?.kind === 'FunctionExpr' && inner.declarations[0]!.init.fn.isGenerator,
    ).toBe(false);
    expect(decl.fn.body[1]).toEqual({
      kind: 'ExprStmt',
      expr: { kind: 'Yield', value: { kind: 'Call', callee: n('f'), args: [] }, delegate: false },
    });
    expect(decl.fn.body[2]).toEqual({ kind: 'ExprStmt', expr: { kind: 'Yield', value: n('other'), delegate: true } });
  });
});

describe('undefined is never rebound', () => {
  it.each([
    ['let undefined = 1;', '(1:4)'],
    ['undefined = 1;', '(1:0)'],
    ['function f(undefined) {}', '(1:11)'],
    ['function f(...undefined) {}', '(1:14)'],
    ['const { undefined } = o;', '(1:8)'],
    ['function undefined() {}', '(1:9)'],
    ['class undefined {}', '(1:6)'],
    ['try {} catch (undefined) {}', '(1:14)'],
  ])('%s', (source, at) => {
    expect(() => parseJs(source)).toThrow(`Unsupported: binding or assigning \`undefined\` ${at}`);
  });
});
