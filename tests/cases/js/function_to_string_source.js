// Function.prototype.toString returns the function's source text (§20.2.3.5): declarations,
// arrows, methods (without `static`), accessors, classes; bound and built-in functions are native.
class A {
  static  m(a) { return 1; }
  async *g() {}
  get x() { return 1; }
  [`comp${1}`]() {}
  #p() {}
  static get s() {}
  pp() { return this.#p; }
}
const o = { m() {}, async am() {}, get x() { return 1; }, f: function () {}, a: async (x) => x * 2, 'q-q'() {} };
console.log(String(A.m));
console.log(String(A.prototype.g));
console.log(String(Object.getOwnPropertyDescriptor(A.prototype, 'x').get));
console.log(String(A.prototype.comp1), String(new A().pp()), String(Object.getOwnPropertyDescriptor(A, 's').get));
console.log(String(o.m), '|', String(o.am), '|', String(Object.getOwnPropertyDescriptor(o, 'x').get), '|', String(o.f), '|', String(o.a), '|', String(o['q-q']));
console.log(String(A));
console.log(String(class {}), String(function named(a, b) { return a + b; }), String(async function* ag() {}));
console.log(String(function () {}.bind(null)), String(Math.max), (() => 1) + '');
class B extends A { constructor() { super(); /* comment kept */ } }
console.log(`${B}`);
function add(a, b) {
  // adds
  return a + b;
}
console.log(add.toString());
console.log([(x) => x + 1].toString(), { f() {} }.f.toString(), `${function* gen() { yield 1; }}`);
try {
  'use strict';
  add.name = 'other';
} catch (e) {
  console.log(e.message);
}
