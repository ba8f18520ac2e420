// IteratorClose at every sync iteration site: for-of break / throw / return, destructuring
// (also after a throwing default), and V8's TypeErrors for broken iterators.
const log = (...a) => console.log(...a);
function mk(n, name = 'it') {
  return { [Symbol.iterator]() { let i = 0; log(name, 'get iterator'); return { next() { i++; log(name, 'next', i); return { value: i, done: i > n }; }, return(v) { log(name, 'return', v); return {}; } }; } };
}
const [a, b] = mk(5, 'destr'); log(a, b);
const [x, , y] = mk(2, 'holes'); log(x, y);
const [p, ...q] = mk(3, 'rest'); log(p, q);
let s, t; [s, t] = mk(3, 'assign'); log(s, t);
function g([u, v]) { return u + v; } log(g(mk(4, 'param')));
log(Math.max(...mk(2, 'spreadcall')));
log([0, ...mk(2, 'spreadarr'), 9]);
try { Array.from(mk(3, 'from'), (v) => { if (v === 2) throw new Error('map fail'); return v; }); } catch (e) { log(e.message); }
log(Array.from({ length: 2, 0: 'a', 1: 'b' }));
try { new Map(mk(2, 'map')); } catch (e) { log(e.constructor.name, e.message); }
log(new Set(mk(2, 'set')));
const entries = { [Symbol.iterator]() { let i = 0; return { next() { i++; return i < 3 ? { value: ['k' + i, i], done: false } : { done: true }; }, return() { log('entries return'); return {}; } }; } };
log(new Map(entries), Object.fromEntries(entries));
log(new WeakMap(), new WeakSet());
try { const [z] = { [Symbol.iterator]: () => 5 }; } catch (e) { log(e.constructor.name, e.message); }
try { const [z] = { [Symbol.iterator]: () => ({ next: () => 5 }) }; } catch (e) { log(e.constructor.name, e.message); }
try { for (const z of { [Symbol.iterator]: () => ({ next: 3 }) }); } catch (e) { log(e.constructor.name, e.message); }
try { for (const z of { [Symbol.iterator]: () => ({}) }); } catch (e) { log(e.constructor.name, e.message); }
try { for (const z of mk(3, 'badret')) { break; } } catch (e) { log(e.constructor.name, e.message); }
const badRet = { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; }, return() { return 5; } }; } };
try { for (const z of badRet) break; } catch (e) { log(e.constructor.name, e.message); }
try { for (const z of badRet) throw new Error('orig'); } catch (e) { log(e.constructor.name, e.message); }
const throwRet = { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; }, return() { throw new Error('from return'); } }; } };
try { for (const z of throwRet) throw new Error('orig'); } catch (e) { log(e.constructor.name, e.message); }
try { for (const z of throwRet) break; } catch (e) { log(e.constructor.name, e.message); }
try { const [z] = throwRet; } catch (e) { log(e.constructor.name, e.message); }
const getterNext = { [Symbol.iterator]() { log('iter'); return { get next() { log('get next'); return () => ({ done: true }); } }; } };
for (const z of getterNext); 
const [] = getterNext;
const valueGetter = { [Symbol.iterator]() { let d = false; return { next() { const r = { get done() { log('get done'); return d; }, get value() { log('get value'); return 7; } }; d = true; return r; } }; } };
for (const z of valueGetter) log(z);
const [w1 = 'dflt'] = valueGetter; log(w1);

for (const nx of [3, {}, 'str', null, [1], Symbol('q'), () => 1]) {
  try { for (const z of { [Symbol.iterator]: () => ({ next: nx }) }) break; } catch (e) { log(e.constructor.name, e.message); }
}
for (const r of [undefined, null, 5, 'x']) {
  const o = { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; }, return() { return r; } }; } };
  try { for (const z of o) break; log('ok', r); } catch (e) { log(e.constructor.name, e.message); }
  try { const [z] = o; log('ok', r); } catch (e) { log(e.constructor.name, e.message); }
}
const nonCallableRet = { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; }, return: 5 }; } };
try { for (const z of nonCallableRet) break; } catch (e) { log(e.constructor.name, e.message); }
try { for (const z of nonCallableRet) throw new Error('orig2'); } catch (e) { log(e.constructor.name, e.message); }
for (const bad of [{ [Symbol.iterator]: 5 }, { [Symbol.iterator]: () => 'str' }, { [Symbol.iterator]: null }]) {
  try { for (const z of bad); } catch (e) { log(e.constructor.name, e.message); }
  try { [...bad]; } catch (e) { log(e.constructor.name, e.message); }
  try { log(...bad); } catch (e) { log(e.constructor.name, e.message); }
  try { const [q] = bad; } catch (e) { log(e.constructor.name, e.message); }
  try { Array.from(bad); log('from ok'); } catch (e) { log(e.constructor.name, e.message); }
  try { new Set(bad); } catch (e) { log(e.constructor.name, e.message); }
  Promise.all(bad).catch((e) => log('all', e.constructor.name, e.message));
}
function firstOf(iterable) { for (const x of iterable) return x; }
log('firstOf', firstOf(mk(3, 'first')));
try { const [d1 = (() => { throw new Error('default threw'); })()] = { [Symbol.iterator]() { return { next: () => ({ done: false, value: undefined }), return() { log('closed after default threw'); return {}; } }; } }; } catch (e) { log(e.message); }
