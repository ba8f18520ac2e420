// Reflect: the object operations as functions, with booleans where Object.* would throw.
const sym = Symbol('id');
const user = { name: 'Ada', 2: 'two', 1: 'one', [sym]: 7 };
Object.defineProperty(user, 'hidden', { value: 'h', enumerable: false });
console.log(Reflect.ownKeys(user), Object.keys(user));
console.log(Reflect.has(user, 'name'), Reflect.has(user, 'toString'), 'toString' in user, Reflect.has([1, 2], 1));
console.log(Reflect.apply(Math.max, undefined, [1, 5, 3]), Reflect.apply(String.prototype.slice, 'hello', [1, 3]));
class Point { constructor(x, y) { this.x = x; this.y = y; } get len() { return Math.hypot(this.x, this.y); } }
const p = Reflect.construct(Point, [3, 4]);
console.log(p, p instanceof Point, p.len, Reflect.getPrototypeOf(p) === Point.prototype);
console.log(Reflect.get(p, 'len'), Reflect.get(Point.prototype, 'len', { x: 6, y: 8 }), Reflect.get([10, 20], 1));
const frozen = Object.freeze({ a: 1 });
console.log(Reflect.set(frozen, 'a', 2), Reflect.defineProperty(frozen, 'b', { value: 1 }), Reflect.deleteProperty(frozen, 'a'), frozen);
const o = {};
console.log(Reflect.defineProperty(o, 'x', { value: 1, enumerable: true }), Reflect.set(o, 'y', 2), Reflect.deleteProperty(o, 'y'), o);
console.log(Reflect.getOwnPropertyDescriptor(o, 'x'), Reflect.getOwnPropertyDescriptor(o, 'nope'));
const target = { set v(val) { this._v = val * 2; }, get v() { return this._v; } };
const recv = {};
console.log(Reflect.set(target, 'v', 5, recv), recv, target._v);
const proto = { greet() { return 'hi ' + this.name; } };
const child = {};
console.log(Reflect.setPrototypeOf(child, proto), Reflect.setPrototypeOf(proto, child), Reflect.getPrototypeOf(child) === proto);
child.name = 'kid';
console.log(child.greet(), Reflect.isExtensible(child), Reflect.preventExtensions(child), Reflect.isExtensible(child), Reflect.set(child, 'newProp', 1), Reflect.setPrototypeOf(child, null));
const logged = {};
for (const k of Reflect.ownKeys(Point.prototype)) logged[k] = typeof Reflect.getOwnPropertyDescriptor(Point.prototype, k).get;
console.log(logged, Object.prototype.toString.call(Reflect), Reflect.apply.length, Reflect.set.length);
for (const f of [() => Reflect.get(1, 'a'), () => Reflect.ownKeys('str'), () => Reflect.apply(42, null, []), () => Reflect.apply(Math.max, null), () => Reflect.construct(Point, 5), () => Reflect.setPrototypeOf({}, 1), () => Reflect.defineProperty({}, 'a', 1)]) {
  try { f(); } catch (e) { console.log(`${e.name}: ${e.message}`); }
}
// Delegating through Reflect in a "decorator" that wraps a method.
function logged2(obj, method) {
  const original = Reflect.get(obj, method);
  Reflect.defineProperty(obj, method, { value(...args) { console.log(`call ${method}(${args.join(', ')})`); return Reflect.apply(original, this, args); }, configurable: true, writable: true });
}
const calc = { base: 10, add(n) { return this.base + n; } };
logged2(calc, 'add');
console.log(calc.add(5));
console.log(Reflect, typeof Reflect, String(Reflect)); console.log({ R: Reflect })
