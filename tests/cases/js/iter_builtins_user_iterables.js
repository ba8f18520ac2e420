// User iterables in the built-ins: Array.from, Map/Set/WeakMap/WeakSet, Object.fromEntries,
// Promise.all/allSettled/race/any (with IteratorClose when resolve throws), replaced array iterators.
const log = (...a) => console.log(...a);
const mk = (vals, name) => ({ [Symbol.iterator]() { let i = 0; log(name, 'open'); return { next() { log(name, 'next', i); return i < vals.length ? { value: vals[i++], done: false } : { done: true, value: 'end' }; }, return() { log(name, 'return'); return {}; } }; } });
Promise.all(mk([1, Promise.resolve(2), 3], 'all')).then((v) => log('all', v));
Promise.allSettled(mk([1, Promise.reject("no")], 'settled')).then((v) => log('settled', v));
Promise.race(mk([new Promise((r) => setTimeout(r, 10, 'slow')), 'fast'], 'race')).then((v) => log('race', v));
Promise.any(mk([Promise.reject(1), Promise.reject(2)], 'any')).catch((e) => log('any', e.constructor.name, e.message, e.errors));
const thenThrows = { then() { throw new Error('then threw'); } };
const badResolve = class extends Promise { static resolve(v) { if (v === 2) throw new Error('resolve threw'); return super.resolve(v); } };
badResolve.all(mk([1, 2, 3], 'badres')).catch((e) => log('badres', e.message));
const nextThrows = { [Symbol.iterator]() { return { next() { throw new Error('next threw'); }, return() { log('should not close'); return {}; } }; } };
Promise.all(nextThrows).catch((e) => log('nextThrows', e.message));
Promise.all(5).catch((e) => log(e.message));
Promise.race(undefined).catch((e) => log(e.message));
log(new Map(mk([['a', 1]], 'map')), new Set(mk(['x', 'x', 'y'], 'set')), new WeakSet(mk([{}], 'ws')));
log(Object.fromEntries(mk([['k', 'v']], 'fe')));
try { new Map(mk([1], 'mapbad')); } catch (e) { log(e.message); }
try { Object.fromEntries(mk([1], 'febad')); } catch (e) { log(e.message); }
log(Array.from(mk([1, 2], 'af'), (x, i) => x * 10 + i));
log([...'héllo😀'], Array.from(new Map([[1, 2]]).entries()));
log([...new Set([1, 2]).entries()]);
const arr = [1, 2, 3];
arr[Symbol.iterator] = function () { log('custom array iterator'); return [9][Symbol.iterator](); };
log([...arr]); for (const v of arr) log('v', v);
const [q] = arr; log(q);
