/**
 * console.log formatting (Node's util.inspect) compared line by line with the real Node.
 */
import { describe, expect, it } from 'vitest';
import { runInEngine, runInNode } from './node-oracle';

const cases: Record<string, string> = {
  primitives: `console.log(1, -0, 0, 1.5, 1e21, 1e-7, NaN, -Infinity, 'str', true, false, null, undefined, BigInt(10));`,
  'strings in containers': `console.log(['a', "it's", 'say "hi"', 'both \\' and "', 'tab\\tnew\\nline', 'back\\\\slash', '']);`,
  'long strings split': `console.log({ s: 'x'.repeat(100) }); console.log(['line one of a long text\\nline two of a long text\\nline three of it']);`,
  arrays: `console.log([], [1, 2, 3], [[1, [2, [3, [4]]]]], [undefined, null], ['a', 1, true]);`,
  'array grouping (numbers)': `console.log(Array.from({ length: 26 }, (_, i) => i * 3)); console.log([1,2,3,4,5,6,7]); console.log(Array.from({length: 101}, (_, i) => i));`,
  'array grouping (strings)': `console.log(Array.from({ length: 12 }, (_, i) => 'item' + i)); console.log(['a','bb','ccc','dddd','eeeee','ffffff','g']);`,
  'array of objects breaks lines': `console.log([{ name: 'alice', age: 30 }, { name: 'bob', age: 25 }, { name: 'carol', age: 41 }]);`,
  'array extra props': `const a = [1, 2]; a.tag = 'x'; console.log(a);`,
  objects: `console.log({}, { a: 1 }, { 'a-b': 1, $x: 2, _y: 3, 1: 'one', 'with space': 4 }, { a: { b: { c: { d: 1 } } } });`,
  'object key order': `console.log({ b: 1, 2: 'two', a: 2, 1: 'one', '-1': 'neg' });`,
  'nested depth': `console.log({ a: [1, [2, [3, [4]]]], m: new Map([[1, { x: { y: { z: 1 } } }]]) });`,
  'long object breaks': `console.log({ alpha: 'aaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbb', gamma: 'cccccccccccccc', delta: 'ddddddddddd' });`,
  'deep breaking': `console.log({ users: [{ id: 1, tags: ['admin', 'dev'], profile: { city: 'Paris' } }, { id: 2, tags: [], profile: { city: 'Rome' } }] });`,
  'class instances': `class Point { constructor(x, y) { this.x = x; this.y = y; } } class Empty {} console.log(new Point(1, 2), new Empty(), [new Point(3, 4)]);`,
  'null prototype': `const o = Object.create(null); console.log(o); o.a = 1; console.log(o);`,
  functions: `function f() {} const g = () => 1; async function h() {} class A {} class B extends A {} const anon = [function () {}];
console.log(f, g, h, A, B, anon, Math.max, [f], { f });
const withProps = function named() {}; withProps.extra = 1; console.log(withProps);`,
  'anonymous class': `console.log([class {}], class extends Error {});`,
  errors: `console.log(new Error('boom')); console.log(new TypeError('bad type')); console.log(new RangeError());
class MyError extends Error {} console.log(new MyError('mine'));
class Named extends Error { constructor(m) { super(m); this.name = 'Named'; } } console.log(new Named('x'));
console.log({ err: new Error('inner') });
console.log(new Error('with cause', { cause: 'root' }));`,
  'error subclasses with prototype names': `class ValueError extends Error {} ValueError.prototype.name = 'ValueError'; console.log(new ValueError('v'), String(new ValueError('w')));`,
  'maps and sets': `console.log(new Map(), new Set(), new Map([['a', 1], ['b', { c: 2 }]]), new Set([1, 'two', [3]]), new Map([[{ k: 1 }, new Set([1])]]));`,
  'weak collections': `console.log(new WeakMap(), new WeakSet());`,
  symbols: `console.log(Symbol('s'), Symbol(), Symbol.iterator, [Symbol('in')], { [Symbol('key')]: 1, a: Symbol.iterator });`,
  'builtin namespaces': `console.log(Math, JSON);`,
  iterators: `console.log([1, 2].values(), [1].entries());`,
  'getters and setters': `const o = { get a() { return 1; }, set b(v) {}, get c() { return 1; }, set c(v) {} }; console.log(o);`,
  circular: `const a = { name: 'a' }; const b = { a }; a.b = b; a.list = [a, b]; console.log(a); const arr = [1]; arr.push(arr); console.log(arr);`,
  promises: `console.log(Promise.resolve(1), new Promise(() => {}), Promise.resolve({ a: [1] }));
const r = Promise.reject(new Error('no')); r.catch(() => {}); console.log(r);`,
  dates: `console.log(new Date(0), [new Date(86400000)], new Date(NaN));`,
  'format specifiers': `console.log('%s and %s', 'a', 'b'); console.log('%d %i %f', '42.5', 42.9, '3.25'); console.log('%j', { a: [1] }); console.log('%o / %O', [1], { a: 1 }); console.log('%o', function foo() {}); console.log('%o', { a: [1, { b: 2 }] }, 'str');
console.log('100%% sure', 1); console.log('%s', 1, 2, 3); console.log('%c styled', 'color: red'); console.log('%x unknown', 1); console.log('%s', { a: 1 }, [1, 2]);
console.log('no args %s'); console.log('%s', null, undefined); console.log('%d', {}); console.log('%s', -0);
class P { toString() { return 'P!'; } } console.log('%s', new P());`,
  'multiple args': `console.log('a', 1, 'b', [2], { c: 3 }); console.log(); console.log('');`,
};

describe('console.log matches Node util.inspect', () => {
  for (const [name, src] of Object.entries(cases)) {
    it(name, () => {
      expect(runInEngine(src)).toEqual(runInNode(src));
    });
  }
});
