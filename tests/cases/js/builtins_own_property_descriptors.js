// Object.getOwnPropertyDescriptors (§20.1.2.9): copying accessors with defineProperties / Object.create.
const proto = { greet() { return `hi ${this.name}`; } };
const obj = Object.create(proto, { name: { value: 'Zed', enumerable: true }, secret: { value: 's' } });
console.log(obj, obj.greet(), Object.keys(obj), JSON.stringify(obj), 'secret' in obj, obj.hasOwnProperty('greet'));
for (const k in obj) console.log('for-in', k);
function Animal(n) { this.n = n; } Animal.prototype.speak = function () { return this.n + ' speaks'; };
function Dog(n) { Animal.call(this, n); } Dog.prototype = Object.create(Animal.prototype); Dog.prototype.constructor = Dog;
const dd = new Dog('Rex'); console.log(dd.speak(), dd instanceof Animal, dd, Object.getPrototypeOf(dd) === Dog.prototype);
const counter = { count: 0, get next() { return ++this.count; } }; console.log(counter.next, counter.next, counter);
const o2 = {}; Object.defineProperty(o2, 'ro', { value: 1, writable: false, enumerable: true }); o2.ro = 2; console.log(o2.ro, Object.isFrozen(o2));
console.log(Object.entries(Object.getOwnPropertyDescriptors({ a: 1, get b() { return 2; } })));
const sym = Symbol('meta'); const tagged = { [sym]: 'hidden', visible: true }; console.log(tagged, JSON.stringify(tagged), Object.keys(tagged), Object.getOwnPropertySymbols(tagged));
const src = { a: 1, get b() { return this.a + 1; }, [Symbol('s')]: 3 };
const clone = Object.defineProperties({}, Object.getOwnPropertyDescriptors(src));
console.log(clone, Object.getOwnPropertyDescriptors([7]), Object.getOwnPropertyDescriptors('hi'));
const shallow = Object.create(Object.getPrototypeOf(src), Object.getOwnPropertyDescriptors(src)); src.a = 10; console.log(shallow.b, clone.b);
try { Object.getOwnPropertyDescriptors(null); } catch (e) { console.log(e.message); }
