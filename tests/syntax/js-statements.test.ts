import { describe, expect, it } from 'vitest';
import { parseJs } from '../../src/engine/syntax/js';
import type { Stmt } from '../../src/engine/ir/nodes';
import { stripLocs } from '../support/normalize';

function stmts(source: string): Stmt[] {
  return stripLocs(parseJs(source).body);
}

function one(source: string): Stmt {
  const body = stmts(source);
  expect(body).toHaveLength(1);
  return body[0]!;
}

const n = (id: string) => ({ kind: 'Name', id });
const num = (value: number) => ({ kind: 'Num', value, isFloat: false });

describe('declarations', () => {
  it('var/let/const with and without initialisers', () => {
    expect(one('let a, b = 1;')).toEqual({
      kind: 'VarDecl',
      declKind: 'let',
      declarations: [{ target: n('a') }, { target: n('b'), init: num(1) }],
    });
    expect(one('var x = 2')).toMatchObject({ kind: 'VarDecl', declKind: 'var' });
    expect(one('const y = 3')).toMatchObject({ kind: 'VarDecl', declKind: 'const' });
  });

  it('array destructuring with holes, defaults and rest', () => {
    expect(one('const [a, , b = 2, ...rest] = xs;')).toEqual({
      kind: 'VarDecl',
      declKind: 'const',
      declarations: [
        {
          target: {
            kind: 'ArrayPattern',
            elements: [
              n('a'),
              null,
              { kind: 'DefaultPattern', target: n('b'), default: num(2) },
              { kind: 'RestPattern', target: n('rest') },
            ],
          },
          init: n('xs'),
        },
      ],
    });
  });

  it('object destructuring with rename, default, nested, computed key and rest', () => {
    const d = one('const { a, b: c, d = 1, e: [f], [k]: g, ...others } = obj;');
    expect(d.kind === 'VarDecl' && d.declarations[0]!.target).toEqual({
      kind: 'ObjectPattern',
      props: [
        { key: 'a', value: n('a') },
        { key: 'b', value: n('c') },
        { key: 'd', value: { kind: 'DefaultPattern', target: n('d'), default: num(1) } },
        { key: 'e', value: { kind: 'ArrayPattern', elements: [n('f')] } },
        { key: '', computedKey: n('k'), value: n('g') },
      ],
      rest: n('others'),
    });
  });

  it('using declarations are unsupported, not skipped', () => {
    expect(() => parseJs('{ using x = f(); }')).toThrow(/Unsupported: 'using' declaration \(1:2\)/);
  });
});

describe('control flow', () => {
  it('if / else if / else nest in orelse and flatten blocks', () => {
    expect(one('if (a) { f(); } else if (b) g(); else { h(); }')).toEqual({
      kind: 'If',
      test: n('a'),
      body: [{ kind: 'ExprStmt', expr: { kind: 'Call', callee: n('f'), args: [] } }],
      orelse: [
        {
          kind: 'If',
          test: n('b'),
          body: [{ kind: 'ExprStmt', expr: { kind: 'Call', callee: n('g'), args: [] } }],
          orelse: [{ kind: 'ExprStmt', expr: { kind: 'Call', callee: n('h'), args: [] } }],
        },
      ],
    });
  });

  it('a free-standing block is a Block; an empty statement is Pass', () => {
    expect(stmts('{ let x = 1; } ;')).toEqual([
      { kind: 'Block', body: [{ kind: 'VarDecl', declKind: 'let', declarations: [{ target: n('x'), init: num(1) }] }] },
      { kind: 'Pass' },
    ]);
  });

  it('switch with fall-through and default', () => {
    expect(one('switch (x) { case 1: f(); case 2: break; default: g(); }')).toEqual({
      kind: 'Switch',
      discriminant: n('x'),
      cases: [
        { test: num(1), body: [{ kind: 'ExprStmt', expr: { kind: 'Call', callee: n('f'), args: [] } }] },
        { test: num(2), body: [{ kind: 'Break' }] },
        { body: [{ kind: 'ExprStmt', expr: { kind: 'Call', callee: n('g'), args: [] } }] },
      ],
    });
  });

  it('try / catch (e) / finally', () => {
    expect(one('try { a(); } catch (e) { b(e); } finally { c(); }')).toEqual({
      kind: 'Try',
      body: [{ kind: 'ExprStmt', expr: { kind: 'Call', callee: n('a'), args: [] } }],
      handlers: [
        { target: n('e'), body: [{ kind: 'ExprStmt', expr: { kind: 'Call', callee: n('b'), args: [{ kind: 'pos', value: n('e') }] } }] },
      ],
      orelse: [],
      finalbody: [{ kind: 'ExprStmt', expr: { kind: 'Call', callee: n('c'), args: [] } }],
    });
  });

  it('optional catch binding, empty finally, destructured catch parameter', () => {
    const t = one('try {} catch { x(); }');
    expect(t.kind === 'Try' && t.handlers[0]!.target).toBeUndefined();
    expect(t.kind === 'Try' && t.finalbody).toBeUndefined();
    const f = one('try {} finally {}');
    expect(f.kind === 'Try' && f.handlers).toEqual([]);
    expect(f.kind === 'Try' && f.finalbody).toEqual([]);
    const d = one('try {} catch ({ message }) {}');
    expect(d.kind === 'Try' && d.handlers[0]!.target).toEqual({ kind: 'ObjectPattern', props: [{ key: 'message', value: n('message') }] });
  });

  it('throw and return', () => {
    expect(one('throw new Error("x")')).toEqual({
      kind: 'Throw',
      value: { kind: 'New', callee: n('Error'), args: [{ kind: 'pos', value: { kind: 'Str', value: 'x' } }] },
    });
    const f = one('function f() { return; }');
    expect(f.kind === 'FunctionDecl' && f.fn.body).toEqual([{ kind: 'Return' }]);
  });
});

describe('loops', () => {
  it('while and do-while', () => {
    expect(one('while (i < 3) i++;')).toEqual({
      kind: 'While',
      test: { kind: 'Compare', left: n('i'), ops: ['<'], comparators: [num(3)] },
      body: [{ kind: 'ExprStmt', expr: { kind: 'Update', op: '++', prefix: false, target: n('i') } }],
      orelse: [],
    });
    expect(one('do { x--; } while (x)')).toEqual({
      kind: 'DoWhile',
      body: [{ kind: 'ExprStmt', expr: { kind: 'Update', op: '--', prefix: false, target: n('x') } }],
      test: n('x'),
    });
  });

  it('for(;;) with declaration, with expression init, and empty', () => {
    expect(one('for (let i = 0; i < n; i++) {}')).toEqual({
      kind: 'ForC',
      init: { kind: 'VarDecl', declKind: 'let', declarations: [{ target: n('i'), init: num(0) }] },
      test: { kind: 'Compare', left: n('i'), ops: ['<'], comparators: [n('n')] },
      update: { kind: 'Update', op: '++', prefix: false, target: n('i') },
      body: [],
    });
    expect(one('for (i = 0;;) break;')).toEqual({
      kind: 'ForC',
      init: { kind: 'ExprStmt', expr: { kind: 'AssignExpr', op: '=', target: n('i'), value: num(0) } },
      body: [{ kind: 'Break' }],
    });
    expect(one('for (;;) {}')).toEqual({ kind: 'ForC', body: [] });
  });

  it('for-of with declKind, destructuring, bare target; for await', () => {
    expect(one('for (const [k, v] of m) {}')).toEqual({
      kind: 'ForOf',
      declKind: 'const',
      target: { kind: 'ArrayPattern', elements: [n('k'), n('v')] },
      iter: n('m'),
      body: [],
      orelse: [],
      isAsync: false,
    });
    const bare = one('for (o.x of xs) {}');
    expect(bare.kind === 'ForOf' && bare.declKind).toBeUndefined();
    expect(bare.kind === 'ForOf' && bare.target).toEqual({ kind: 'Member', object: n('o'), property: 'x' });
    const fa = one('async function f() { for await (let x of g()) {} }');
    const loop = fa.kind === 'FunctionDecl' ? fa.fn.body[0] : undefined;
    expect(loop?.kind === 'ForOf' && loop.isAsync).toBe(true);
    expect(loop?.kind === 'ForOf' && loop.declKind).toBe('let');
  });

  it('for-in', () => {
    expect(one('for (var k in obj) f(k);')).toEqual({
      kind: 'ForIn',
      declKind: 'var',
      target: n('k'),
      object: n('obj'),
      body: [{ kind: 'ExprStmt', expr: { kind: 'Call', callee: n('f'), args: [{ kind: 'pos', value: n('k') }] } }],
    });
  });

  it('labels on loops, blocks and switches; labelled break/continue', () => {
    expect(one('outer: for (const a of as) { for (;;) { continue outer; } }')).toMatchObject({
      kind: 'ForOf',
      label: 'outer',
      body: [{ kind: 'ForC', body: [{ kind: 'Continue', label: 'outer' }] }],
    });
    expect(one('done: { break done; }')).toEqual({ kind: 'Block', label: 'done', body: [{ kind: 'Break', label: 'done' }] });
    expect(one('s: switch (x) { default: break s; }')).toMatchObject({ kind: 'Switch', label: 's' });
    expect(one('w: while (1) break w;')).toMatchObject({ kind: 'While', label: 'w' });
    expect(one('d: do break d; while (1)')).toMatchObject({ kind: 'DoWhile', label: 'd' });
  });

  it('labels elsewhere are unsupported', () => {
    expect(() => parseJs('x: if (a) {}')).toThrow('Unsupported: label on a statement that is not a loop, block or switch (1:0)');
    expect(() => parseJs('a: b: while (1) {}')).toThrow('Unsupported: more than one label on a statement (1:0)');
  });
});

describe('imports of Node library modules', () => {
  it('bind consts from the hidden module function, before the rest of the module', () => {
    const program = parseJs('console.log(1);\nimport E, { once as o } from "node:events";');
    expect(program.body[0]).toMatchObject({
      kind: 'VarDecl',
      declKind: 'const',
      declarations: [
        { target: { id: 'E' }, init: { kind: 'Call', args: [{ value: { value: 'node:events' } }, { value: { value: 'default' } }] } },
        { target: { id: 'o' }, init: { kind: 'Call', args: [{ value: { value: 'node:events' } }, { value: { value: 'once' } }] } },
      ],
    });
    expect(program.body[1]).toMatchObject({ kind: 'ExprStmt' });
  });
});

describe('unsupported statements', () => {
  it.each([
    ['import x from "y";', "Unsupported: import from 'y' (the playground runs one file, without Node's library modules) (1:0)"],
    ['import * as ev from "events";', 'Unsupported: a namespace import (import * as ev) (1:7)'],
    ['export const x = 1;', 'Unsupported: export declaration (1:0)'],
    ['export default 1;', 'Unsupported: export declaration (1:0)'],
    ['\n  debugger;', 'Unsupported: debugger statement (2:2)'],
  ])('%s', (source, message) => {
    expect(() => parseJs(source)).toThrow(message);
  });
});
