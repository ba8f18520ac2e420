import { describe, expect, it } from 'vitest';
import { run } from './double';

const js = (src: string) => run(src, 'js');

describe('JS scoping', () => {
  it('a fresh let binding per loop iteration; var is shared', () => {
    const r = js(`
const fs = [], gs = [], hs = [];
for (let i = 0; i < 3; i++) fs.push(() => i);
for (var j = 0; j < 3; j++) gs.push(() => j);
for (const k of [7, 8]) hs.push(() => k);
console.log(fs[0](), fs[1](), fs[2](), gs[0](), hs[0](), hs[1]());
`);
    expect(r.stdout).toEqual(['0 1 2 3 7 8']);
  });

  it('a loop binding is per iteration only as far as a closure can tell: nested, in the head, in a class', () => {
    // analysis.ts closureMentions: a loop whose closures do not mention its head's names
    // shares one environment; one that does (at any depth) gets a copy per iteration.
    const r = js(`
const a = [], b = [], c = [], d = [];
for (let i = 0; i < 3; i++) a.push(() => 'x');
for (let i = 0; i < 3; i++) b.push(() => () => i);
for (let i = 0, f = () => i; i < 2; i++) c.push(f);
for (const k of [1, 2]) d.push(class { get v() { return k; } });
let t = 0;
for (let i = 0; i < 3; i++) { const g = () => (t += i); g(); }
console.log(a[0](), a[2](), b[0]()(), b[1]()(), b[2]()(), c[0](), c[1](), new d[0]().v, new d[1]().v, t);
`);
    expect(r.stdout).toEqual(['x x 0 1 2 0 0 1 2 3']);
  });

  it('TDZ, const assignment, undeclared names, typeof undeclared, hoisting', () => {
    const r = js(`
try { zz; let zz = 1 } catch (e) { console.log(e.message) }
const K = 1; try { K = 2 } catch (e) { console.log(e.message) }
try { nope } catch (e) { console.log(e.message) }
console.log(typeof nope, hoisted(), v);
function hoisted() { return 'hoisted' }
var v = 1;
{ let shadow = 'inner'; console.log(shadow) }
try { shadow } catch (e) { console.log(e.message) }
`);
    expect(r.stdout).toEqual([
      "Cannot access 'zz' before initialization",
      'Assignment to constant variable.',
      'nope is not defined',
      'undefined hoisted undefined',
      'inner',
      'shadow is not defined',
    ]);
  });

  it('this: methods, arrows capture it lexically, plain calls get undefined', () => {
    const r = js(`
const o = { n: 1, m() { return [this.n, (() => this.n)()] }, plain() { return this } };
const p = o.plain;
console.log(o.m(), p());
`);
    expect(r.stdout).toEqual(['[ 1, 1 ] undefined']);
  });
});

describe('JS functions and classes', () => {
  it('missing arguments and unassigned vars are undefined, also inside nested closures', () => {
    const r = js(`
const sleep = (delay, result) => [1].map(() => [delay, result, typeof later]);
function v() { var later; return later; }
console.log(sleep(1), v());
`);
    expect(r.stdout).toEqual(["[ [ 1, undefined, 'undefined' ] ] undefined"]);
  });

  it('defaults at call time, rest, destructuring params and declarations', () => {
    const r = js(`
let calls = 0;
function f(a, b = (calls++, a + 1), ...rest) { return [a, b, rest]; }
console.log(f(1), f(1, 5, 6, 7), calls);
function g({x, y: [z = 3] = []}) { return x + z }
console.log(g({x: 1}), g({x: 1, y: [10]}));
const {p, q: [r, s = 9], ...others} = {p: 1, q: [2], t: 3, u: 4};
const [a, , b, ...c] = [1, 2, 3, 4, 5];
console.log(p, r, s, others, a, b, c);
`);
    expect(r.stdout).toEqual(['[ 1, 2, [] ] [ 1, 5, [ 6, 7 ] ] 1', '4 11', '1 2 9 { t: 3, u: 4 } 1 3 [ 4, 5 ]']);
  });

  it('classes: inheritance, super calls, fields, statics, accessors, instanceof', () => {
    const r = js(`
class A {
  static count = 0;
  tag = 'a';
  constructor(v) { this.v = v; A.count++; }
  get() { return this.v; }
  get doubled() { return this.v * 2; }
  static make() { return new this(7); }
}
class B extends A {
  x = 5;
  get() { return super.get() * 10 + this.x; }
}
const b = new B(4);
console.log(b.get(), b.doubled, b.tag, A.make().v, B.make().get(), A.count, b instanceof A, b instanceof B);
class C extends A { constructor() { this.x = 1; } }
try { new C() } catch (e) { console.log(e.message) }
try { A() } catch (e) { console.log(e.message) }
class E extends Error { constructor(m) { super(m); this.name = 'E'; } }
try { throw new E('boom') } catch (e) { console.log(e.name, e.message, e instanceof E, e instanceof Error) }
`);
    expect(r.stdout).toEqual([
      '45 8 a 7 75 3 true true',
      "Must call super constructor in derived class before accessing 'this' or returning from derived constructor",
      "Class constructor A cannot be invoked without 'new'",
      'E boom true true',
    ]);
  });

  it('not-a-function messages name the callee as V8 does', () => {
    const r = js(`
const o = { a: {} };
for (const f of [() => o.a.foo(), () => undefinedFn(), () => o.a['k'](), () => (1)()]) {
  try { f() } catch (e) { console.log(e.message) }
}
`);
    expect(r.stdout).toEqual(['o.a.foo is not a function', 'undefinedFn is not defined', 'o.a.k is not a function', '1 is not a function']);
  });

  it('recursion beyond the limit is a RangeError, not a host crash', () => {
    expect(js('function f() { return f() }\nf()').error).toBe('RangeError: Maximum call stack size exceeded');
  });
});

describe('JS control flow', () => {
  it('optional chains short-circuit the whole chain', () => {
    const r = js(`
let n = 0;
const o = { a: { b: null }, f: null };
console.log(o?.a?.b?.c, o.x?.y.z, o.x?.[n++], o.f?.(n++), n, o.a.b ?? 'dflt');
`);
    expect(r.stdout).toEqual(['undefined undefined undefined undefined 0 dflt']);
  });

  it('labels, switch fall-through, finally ordering and overriding', () => {
    const r = js(`
label: for (const x of [1, 2, 3]) { for (const y of [1, 2]) { if (x === 2) continue label; if (x === 3) break label; console.log(x, y); } }
switch (3) { case 1: console.log('one'); case 3: console.log('three'); case 4: console.log('four'); break; default: console.log('d') }
try { try { throw new Error('x') } finally { console.log('fin') } } catch (e) { console.log('outer', e.message) }
function g() { try { return 1 } finally { console.log('g fin') } }
function h() { try { return 1 } finally { return 2 } }
console.log(g(), h());
let i = 0; do { i++ } while (i < 5); console.log(i);
for (const k in {a: 1, b: 2}) console.log(k);
let s = 0; s += 2; s **= 3; s ||= 100; let t = null; t ??= 'set'; console.log(s, t, s++, ++s);
`);
    expect(r.stdout).toEqual(['1 1', '1 2', 'three', 'four', 'fin', 'outer x', 'g fin', '1 2', '5', 'a', 'b', '8 set 8 10']);
  });

  it('for(;;) ends with the budget error', () => {
    expect(() => run('for (;;) {}', 'js', { budget: 5_000 })).toThrow(/Step budget exhausted.*\(1:0\)/);
  });
});
