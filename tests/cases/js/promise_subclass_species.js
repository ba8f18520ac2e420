// A Promise subclass's then/finally derive their promise from
// this.constructor[Symbol.species] (ECMA-262 §7.3.22 SpeciesConstructor, §27.2.4.8):
// the subclass itself by default, %Promise% when its species getter says so.
class Plain extends Promise {}
class Unwrapped extends Promise {
  constructor(executor) {
    super(executor);
    this.tag = 'unwrapped';
  }
  static get [Symbol.species]() {
    return Promise;
  }
}
class NullSpecies extends Promise {
  static get [Symbol.species]() {
    return null;
  }
}
class BadSpecies extends Promise {
  static get [Symbol.species]() {
    return 5;
  }
}
const p = Plain.resolve(1);
console.log(p.then((v) => v).constructor.name, p.finally(() => {}).constructor.name, p.catch(() => {}) instanceof Plain);
const u = new Unwrapped((r) => r(2));
const derived = u.then((v) => v * 10);
console.log(u instanceof Unwrapped, derived instanceof Unwrapped, derived instanceof Promise, u.finally(() => {}) instanceof Unwrapped);
console.log(Unwrapped.resolve(3) instanceof Unwrapped, Unwrapped.all([u]) instanceof Unwrapped);
console.log(NullSpecies.resolve(4).then(() => {}).constructor.name);
try {
  BadSpecies.resolve(5).then(() => {});
} catch (e) {
  console.log(e.name, e.message);
}
const q = Promise.resolve(6);
q.constructor = { [Symbol.species]: Plain };
console.log(q.then(() => {}) instanceof Plain);
const d = Object.getOwnPropertyDescriptor(Promise, Symbol.species);
console.log(d.get.name, d.set, d.enumerable, d.configurable, Promise[Symbol.species] === Promise);
console.log([Array, Map, Set, RegExp].map((C) => C[Symbol.species] === C));
derived.then((v) => console.log('derived', v));
console.log(u);
