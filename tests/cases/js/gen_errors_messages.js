// V8's messages around generators: re-entry, wrong receivers, `new` on a generator function,
// yield* over values that are not iterable, a throw() into an unstarted generator.
const o = { n: 5, u: undefined, f() { return 5; }, e: {} };
const n = 5, u = undefined, e = {};
const gens = [
  function* () { yield* n; },
  function* () { yield* u; },
  function* () { yield* o.u; },
  function* () { yield* o.n; },
  function* () { yield* o.f(); },
  function* () { yield* e; },
  function* () { yield* null; },
  function* () { yield* { [Symbol.iterator]: () => 5 }; },
  function* () { yield* { [Symbol.iterator]() { return { next: () => 7 }; } }; },
];
for (const g of gens) {
  try { g().next(); } catch (err) { console.log(err.constructor.name + ': ' + err.message); }
}
function* selfCall() { it.next(); yield 1; }
const it = selfCall();
try { it.next(); } catch (err) { console.log(err.constructor.name + ': ' + err.message); }
console.log(it.next());
function* g() { yield 1; }
try { new g(); } catch (err) { console.log(err.constructor.name + ': ' + err.message); }
const proto = Object.getPrototypeOf(g.prototype);
for (const [m, recv] of [['next', {}], ['return', 5], ['throw', []]]) {
  try { proto[m].call(recv); } catch (err) { console.log(err.constructor.name + ': ' + err.message); }
}
const gi = g();
try { gi.throw(new RangeError('unstarted')); } catch (err) { console.log(err.constructor.name + ': ' + err.message, gi.next()); }
function* thrower() { yield 1; throw new TypeError('from body'); }
const th = thrower();
console.log(th.next());
try { th.next(); } catch (err) { console.log(err.constructor.name + ': ' + err.message); }
console.log(th.next(), th.return(3));
function* bad() { yield* gens[0](); }
bad().next();
