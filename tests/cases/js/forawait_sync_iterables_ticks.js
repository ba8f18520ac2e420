// for await over sync iterables (Async-from-Sync iterator): two ticks per element, thenables,
// break on arrays vs iterators with return(), and Node 20's rule that a rejected value does not close.
const order = [];
let tick = 0;
const ticker = () => { if (tick < 30) { order.push('t' + tick++); Promise.resolve().then(ticker); } };
Promise.resolve().then(ticker);
(async () => {
  for await (const v of [1, Promise.resolve(2), 3]) order.push('v' + v);
  order.push('A-done');
  for await (const v of [1, 2, 3]) { order.push('b' + v); if (v === 2) break; }
  order.push('B-done');
  try { for await (const v of [1, 2]) { throw new Error('x'); } } catch (e) { order.push('C-caught'); }
  const thenable = { then(r) { order.push('then called'); r('T'); } };
  for await (const v of [thenable]) order.push('v' + v);
  order.push('D-done');
  const it = { [Symbol.iterator]() { let i = 0; return { next() { i++; return { value: Promise.resolve(i), done: i > 2 }; }, return() { order.push('sync return'); return {}; } }; } };
  for await (const v of it) { order.push('it' + v); break; }
  order.push('E-done');
  try { for await (const v of [Promise.reject(new Error('rej')), 2]) order.push('never'); } catch (e) { order.push('F ' + e.message); }
  const it2 = { [Symbol.iterator]() { let i = 0; return { next() { i++; return { value: i === 1 ? Promise.reject(new Error('r2')) : i, done: i > 2 }; }, return() { order.push('it2 return'); return {}; } }; } };
  try { for await (const v of it2) order.push('never'); } catch (e) { order.push('G ' + e.message); }
  console.log(order.join(' '));
})();
