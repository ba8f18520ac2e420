import { describe, expect, it } from 'vitest';
import { parseJs } from '../../src/engine/syntax/js';
import type { ClassDef, FunctionDef, Node } from '../../src/engine/ir/nodes';
import { stripLocs } from '../support/normalize';

/** Every FunctionDef / ClassDef in source order (depth first), as [name, qualname] pairs. */
function names(source: string): [string, string][] {
  const out: [string, string][] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (v === null || typeof v !== 'object') return;
    const node = v as Node;
    if (node.kind === 'FunctionDef' || node.kind === 'ClassDef') out.push([node.name, node.qualname]);
    for (const [k, child] of Object.entries(v)) if (k !== 'loc') visit(child);
  };
  visit(parseJs(source).body);
  return out;
}

function firstFn(source: string): FunctionDef {
  const stmt = stripLocs(parseJs(source).body[0]!);
  if (stmt.kind === 'FunctionDecl') return stmt.fn;
  if (stmt.kind === 'ExprStmt' && stmt.expr.kind === 'FunctionExpr') return stmt.expr.fn;
  if (stmt.kind === 'VarDecl' && stmt.declarations[0]!.init?.kind === 'FunctionExpr') return stmt.declarations[0]!.init.fn;
  throw new Error(`no function in ${stmt.kind}`);
}

function firstClass(source: string): ClassDef {
  const stmt = stripLocs(parseJs(source).body[0]!);
  if (stmt.kind === 'ClassDecl') return stmt.cls;
  if (stmt.kind === 'VarDecl' && stmt.declarations[0]!.init?.kind === 'ClassExpr') return stmt.declarations[0]!.init.cls;
  throw new Error(`no class in ${stmt.kind}`);
}

const n = (id: string) => ({ kind: 'Name', id });
const num = (value: number) => ({ kind: 'Num', value, isFloat: false });

describe('functions', () => {
  it('async function declaration', () => {
    expect(firstFn('async function f(a, b) { await a; }')).toEqual({
      kind: 'FunctionDef',
      lang: 'js',
      name: 'f',
      qualname: 'f',
      params: [
        { name: 'a', kind: 'normal' },
        { name: 'b', kind: 'normal' },
      ],
      body: [{ kind: 'ExprStmt', expr: { kind: 'Await', value: n('a') } }],
      isAsync: true,
      isGenerator: false,
      flavor: 'function',
      decorators: [],
    });
  });

  it('default, rest and destructuring parameters', () => {
    expect(firstFn('function f(a = 1, { b, c } = {}, [d], ...rest) {}').params).toEqual([
      { name: 'a', default: num(1), kind: 'normal' },
      {
        name: '',
        target: {
          kind: 'ObjectPattern',
          props: [
            { key: 'b', value: n('b') },
            { key: 'c', value: n('c') },
          ],
        },
        default: { kind: 'Object', props: [] },
        kind: 'normal',
      },
      { name: '', target: { kind: 'ArrayPattern', elements: [n('d')] }, kind: 'normal' },
      { name: 'rest', kind: 'varargs' },
    ]);
    expect(firstFn('function f(...[a, b]) {}').params).toEqual([
      { name: '', target: { kind: 'ArrayPattern', elements: [n('a'), n('b')] }, kind: 'varargs' },
    ]);
  });

  it('expression-bodied arrows get a single Return', () => {
    const fn = firstFn('const f = async (x) => x * 2;');
    expect(fn.flavor).toBe('arrow');
    expect(fn.isAsync).toBe(true);
    expect(fn.body).toEqual([{ kind: 'Return', value: { kind: 'BinOp', op: '*', left: n('x'), right: num(2) } }]);
    expect(firstFn('(() => ({ a: 1 }))').body).toEqual([
      { kind: 'Return', value: { kind: 'Object', props: [{ kind: 'init', key: 'a', value: num(1) }] } },
    ]);
  });

  it('function expressions and arrows in call arguments are anonymous', () => {
    const stmt = stripLocs(parseJs('setTimeout(() => print("x"), 10);').body[0]!);
    const arrow = stmt.kind === 'ExprStmt' && stmt.expr.kind === 'Call' ? stmt.expr.args[0] : undefined;
    expect(arrow?.kind === 'pos' && arrow.value.kind === 'FunctionExpr' && [arrow.value.fn.name, arrow.value.fn.qualname]).toEqual([
      '',
      '<lambda>',
    ]);
  });
});

describe('qualnames and NamedEvaluation', () => {
  it('top level, nested in a function, anonymous', () => {
    expect(
      names(`
async function main() {
  async function f() {}
  const g = async () => {};
  setTimeout(() => {}, 0);
  const h = function inner() { return () => 1; };
}`),
    ).toEqual([
      ['main', 'main'],
      ['f', 'main.<locals>.f'],
      ['g', 'main.<locals>.g'],
      ['', 'main.<locals>.<lambda>'],
      ['inner', 'main.<locals>.inner'],
      ['', 'main.<locals>.inner.<locals>.<lambda>'],
    ]);
  });

  it('assignment, logical assignment, defaults, object properties and class fields name anonymous functions', () => {
    expect(
      names(`
let a; a = () => 1; a ??= async function () {};
const { b = () => 2 } = {};
function p(c = () => 3) {}
const o = { d: () => 4, [k]: () => 5, e() {} };
class K { f = () => 6; static g = class {}; }
obj.h = () => 7;`),
    ).toEqual([
      ['a', 'a'],
      ['a', 'a'],
      ['b', 'b'],
      ['p', 'p'],
      // Defaults are evaluated in the enclosing scope, as CPython does for def defaults.
      ['c', 'c'],
      ['d', 'd'],
      ['', '<lambda>'],
      ['e', 'e'],
      ['K', 'K'],
      ['f', 'K.f'],
      ['g', 'K.g'],
      // A member assignment is not a NamedEvaluation in JS: `obj.h.name === ''`.
      ['', '<lambda>'],
    ]);
  });

  it('the shim idiom: promisify(async function f() {}) keeps the own name', () => {
    expect(names('const f = promisify(async function f(x) { return x; });')).toEqual([['f', 'f']]);
  });

  it('class members are qualified by the class; classes nested in functions by <locals>', () => {
    expect(
      names(`
function make() {
  class Account {
    constructor(b) { this.b = b; }
    async deposit(x) { const log = () => x; }
    static create() {}
    get balance() { return this.b; }
  }
  return Account;
}`),
    ).toEqual([
      ['make', 'make'],
      ['Account', 'make.<locals>.Account'],
      ['constructor', 'make.<locals>.Account.constructor'],
      ['deposit', 'make.<locals>.Account.deposit'],
      ['log', 'make.<locals>.Account.deposit.<locals>.log'],
      ['create', 'make.<locals>.Account.create'],
      ['balance', 'make.<locals>.Account.balance'],
    ]);
  });
});

describe('classes', () => {
  it('extends, constructor with super(...), methods, static, accessors and fields', () => {
    const cls = firstClass(`
class Child extends Base {
  count = 0;
  static instances;
  constructor(x) { super(x); }
  async run() { return super.run(); }
  static make() { return new this(1); }
  get size() { return 1; }
  set size(v) {}
  [sym]() {}
}`);
    expect(cls.name).toBe('Child');
    expect(cls.lang).toBe('js');
    expect(cls.bases).toEqual([n('Base')]);
    expect(cls.body).toEqual([]);
    expect(cls.members.map((m) => [m.kind, m.key, m.isStatic])).toEqual([
      ['field', 'count', false],
      ['field', 'instances', true],
      ['constructor', 'constructor', false],
      ['method', 'run', false],
      ['method', 'make', true],
      ['getter', 'size', false],
      ['setter', 'size', false],
      ['method', '', false],
    ]);
    expect(cls.members[0]!.value).toEqual(num(0));
    expect(cls.members[1]!.value).toBeUndefined();
    expect(cls.members[2]!.fn!.flavor).toBe('constructor');
    expect(cls.members[2]!.fn!.body).toEqual([{ kind: 'ExprStmt', expr: { kind: 'SuperCall', args: [{ kind: 'pos', value: n('x') }] } }]);
    expect(cls.members[3]!.fn!.body).toEqual([
      { kind: 'Return', value: { kind: 'Call', callee: { kind: 'SuperMember', property: 'run' }, args: [] } },
    ]);
    expect(cls.members[4]!.fn!.isStatic).toBe(true);
    expect(cls.members[5]!.fn!.flavor).toBe('getter');
    expect(cls.members[6]!.fn!.flavor).toBe('setter');
    expect(cls.members[7]!.computedKey).toEqual(n('sym'));
  });

  it('class expressions take the binding name; anonymous ones stay anonymous', () => {
    const cls = firstClass('const E = class extends Error {};');
    expect([cls.name, cls.qualname]).toEqual(['E', 'E']);
    const stmt = stripLocs(parseJs('f(class {});').body[0]!);
    const arg = stmt.kind === 'ExprStmt' && stmt.expr.kind === 'Call' ? stmt.expr.args[0] : undefined;
    expect(arg?.kind === 'pos' && arg.value.kind === 'ClassExpr' && arg.value.cls.name).toBe('');
  });

  it('a static block is a static staticBlock member; computed super is unsupported; private members keep their # name', () => {
    const withBlock = parseJs('class A { static { init(); } }').body[0] as unknown as { cls: { members: unknown[] } };
    expect(withBlock.cls.members).toMatchObject([
      { kind: 'staticBlock', isStatic: true, fn: { name: '<static_initializer>', params: [], body: [{ kind: 'ExprStmt' }] } },
    ]);
    const decl = parseJs('class A { #p = 1; #m() {} }').body[0] as unknown as { cls: { members: unknown[] } };
    expect(decl.cls.members).toMatchObject([
      { kind: 'field', key: '#p', isPrivate: true },
      { kind: 'method', key: '#m', isPrivate: true, fn: { name: '#m' } },
    ]);
    expect(() => parseJs('class A extends B { m() { return super[k]; } }')).toThrow(
      'Unsupported: computed super property (super[...]) (1:33)',
    );
  });
});
