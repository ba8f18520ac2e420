// Function names from accessors ('get x', §10.2.9 SetFunctionName prefix) and from computed keys ('[Symbol.iterator]', 'dyn').
const o = { get total() { return 1; }, set total(v) {} };
const d = Object.getOwnPropertyDescriptor(o, 'total');
console.log(d.get.name, d.set.name, d);
class K { get v() { return 1; } static set s(x) {} get #p() { return 1; } static probe(k) { return k.#p; } }
console.log(Object.getOwnPropertyDescriptor(K.prototype, 'v').get.name, Object.getOwnPropertyDescriptor(K, 's').set.name, String(Object.getOwnPropertyDescriptor(K.prototype, 'v').get));
console.log(Object.getOwnPropertyDescriptor({ get [Symbol.iterator]() { return 1; } }, Symbol.iterator).get.name);
{
const k = 'dyn';
const o = { [Symbol.iterator]() {}, [k]() {}, [k + 2]: () => 1, [Symbol('d')]: function () {} };
console.log(o[Symbol.iterator].name, o.dyn.name, o.dyn2.name, Object.getOwnPropertySymbols(o).map((s) => o[s].name));
class C { static [Symbol.hasInstance]() {} [k]() {} }
console.log(C[Symbol.hasInstance].name, C.prototype.dyn.name);
const sym = Symbol('x');
(async () => { const o = { [await 'aw']() {}, [sym]: async () => 1 }; console.log(o.aw.name, o[sym].name); })();
const named = { ['n']: function keep() {}, ['c']: class {} };
console.log(named.n.name, named.c.name);
}
