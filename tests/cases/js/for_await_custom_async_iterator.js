// for await over objects with [Symbol.asyncIterator]: next() results awaited, values not,
// return() on break and on throw, a non-object result is a TypeError.
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function paginated(pages) {
  let page = 0;
  return {
    [Symbol.asyncIterator]() { return this; },
    async next() {
      await sleep(10);
      if (page >= pages.length) return { done: true, value: 'ignored' };
      console.log('fetched page', page);
      return { done: false, value: pages[page++] };
    },
    return() { console.log('closing early'); return Promise.resolve({ done: true }); },
  };
}
const order = [];
Promise.resolve().then(() => order.push('m1')).then(() => order.push('m2')).then(() => order.push('m3')).then(() => order.push('m4'));
(async () => {
  for await (const items of paginated([[1, 2], [3], [4, 5]])) console.log('items', items);
  for await (const items of paginated([['a'], ['b']])) { console.log('first only', items); break; }
  try {
    for await (const x of paginated([[9]])) throw new Error('body failed ' + x);
  } catch (e) { console.log('caught', e.message); }
  const bad = { [Symbol.asyncIterator]() { return { next() { return 42; } }; } };
  try { for await (const x of bad) console.log(x); } catch (e) { console.log(e.constructor.name, e.message); }
  const valuePromise = { [Symbol.asyncIterator]() { let d = false; return { next: async () => (d ? { done: true } : (d = true, { done: false, value: Promise.resolve('not awaited') })) }; } };
  for await (const v of valuePromise) console.log(v instanceof Promise);
  const ticks = { [Symbol.asyncIterator]() { let i = 0; return { next() { order.push('next' + i); return Promise.resolve({ done: i > 1, value: i++ }); } }; } };
  for await (const v of ticks) order.push('body' + v);
  console.log(order.join(' '));
})();
