// A function's own properties in V8's order: length, name (a sloppy function's arguments and
// caller), prototype, then a class's statics and the program's own; a deleted name stays gone.
console.log(Object.getOwnPropertyNames(class { static m() {} }), Object.getOwnPropertyNames(class A {}), Object.getOwnPropertyNames(class B extends Object { static x = 1; }));
console.log(Object.getOwnPropertyNames(function f() {}), Object.getOwnPropertyNames(() => 1), Object.getOwnPropertyNames(async function g() {}), Object.getOwnPropertyNames(function* h() {}));
const o = { m() {} };
console.log(Object.getOwnPropertyNames(o.m), Reflect.ownKeys(class { static [Symbol.iterator]() {} static 2() {} static a = 1 }));
function f() {}
f.x = 1;
const p = f.prototype;
console.log(Object.getOwnPropertyNames(f), Object.getOwnPropertyNames(f), f.prototype === p, Object.keys(f));
class K { static y = 2; }
const kp = K.prototype;
console.log(Object.getOwnPropertyNames(K), K.prototype === kp, K.name, K.length);
const Anon = class { static z() {} };
console.log(Object.getOwnPropertyNames(Anon), Anon.name);
function g() {}
delete g.name;
console.log(Object.getOwnPropertyNames(g), g.name, Object.hasOwn(g, 'name'));
