const tries = [
  () => { class A {} A(); },
  () => { class B extends Object { constructor() { this.x = 1; } } new B(); },
  () => { x; let x = 1; },
  () => { const o = Object.freeze({ a: 1 }); 'use strict'; o.a = 2; return o.a; },
  () => { null(); },
  () => { const arr = [1, 2]; arr.map(5); },
  () => { [1, 2].forEach(); },
  () => { new Promise(); },
  () => { new Promise(5); },
  () => { Promise.resolve().then.call(5); },
  () => { ({}).x.y.z; },
  () => { const s = 'abc'; s.foo(); },
  () => { let fn = 5; fn(); },
  () => { const o = { a: { b: null } }; o.a.b.c; },
  () => { const o = { a: { b: null } }; o.a.b.c(); },
  () => { const o = { list: undefined }; o.list.push(1); },
  () => { JSON.parse(''); },
  () => { JSON.parse('{"a":1,}'); },
  () => { JSON.parse(undefined); },
  () => { const c = {}; c.c = c; JSON.stringify(c); },
  () => { 'abc'.repeat(-1); },
  () => { new (async () => {})(); },
  () => { Symbol.prototype.foo.call(); },
  () => { return [typeof undefinedVar, typeof null, typeof [], typeof (() => {}), typeof class {}]; },
  () => { throw 'a plain string'; },
  () => { throw { code: 42 }; },
  () => { Object.defineProperty(1, 'x', {}); },
];
for (const t of tries) {
  try {
    console.log('ok', t());
  } catch (e) {
    console.log(e instanceof Error ? `${e.constructor.name}: ${e.message}` : `non-error: ${JSON.stringify(e)}`);
  }
}
