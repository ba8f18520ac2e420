// yield* in async generators: over a sync iterable of promises (Async-from-Sync), over another
// async generator, return() forwarded to the inner one, throw() into an inner iterator without
// a throw method (closed first) — all against a microtask ticker.
const order = [];
let t = 0;
const ticker = () => { if (t < 60) { order.push('t' + t++); Promise.resolve().then(ticker); } };
Promise.resolve().then(ticker);
async function* inner() { try { yield 'i1'; yield 'i2'; return 'inner-ret'; } finally { order.push('inner finally'); } }
async function* outer() {
  const r = yield* [1, Promise.resolve(2)];
  order.push('sync yield* result ' + r);
  const r2 = yield* inner();
  order.push('async yield* result ' + r2);
  try { yield* inner(); } finally { order.push('outer finally'); }
}
const noThrow = { [Symbol.asyncIterator]() { return { next: async () => ({ value: 'nt', done: false }), return: async () => { order.push('nt return'); return { done: true }; } }; } };
async function* viaNoThrow() { yield* noThrow; }
(async () => {
  for await (const v of outer()) { order.push('v ' + v); if (v === 'i2' && order.includes('async yield* result inner-ret')) break; }
  const g = viaNoThrow();
  order.push(JSON.stringify(await g.next()));
  try { await g.throw(new Error('x')); } catch (e) { order.push(e.message); }
  const h = outer();
  await h.next(); await h.next(); await h.next();
  order.push(JSON.stringify(await h.return('R')));
  console.log(order.join(' '));
})();
