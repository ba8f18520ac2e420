// for await: AsyncIteratorClose on throw / break / return (tick counts), bad return() results,
// and V8's messages for values that are not async iterable.
const order = [];
let tick = 0;
const ticker = () => { if (tick < 40) { order.push('t' + tick++); Promise.resolve().then(ticker); } };
Promise.resolve().then(ticker);
const mk = (name, ret) => ({ [Symbol.iterator]() { let i = 0; return { next() { i++; return { value: i, done: i > 3 }; }, return: ret === undefined ? () => { order.push(name + ' return'); return { done: true, value: 'rv' }; } : ret }; } });
async function f() { for await (const v of mk('f')) { order.push('f' + v); return 'fr'; } }
(async () => {
  try { for await (const v of mk('A')) { order.push('A' + v); throw new Error('x'); } } catch (e) { order.push('A-caught'); }
  order.push('f=' + (await f()));
  try { for await (const v of mk('B', 5)) { break; } } catch (e) { order.push('B ' + e.message); }
  try { for await (const v of mk('C', () => 5)) { break; } } catch (e) { order.push('C ' + e.message); }
  try { for await (const v of mk('D', () => { throw new Error('ret threw'); })) { break; } } catch (e) { order.push('D ' + e.message); }
  try { for await (const v of mk('E', () => { throw new Error('ret threw'); })) { throw new Error('body'); } } catch (e) { order.push('E ' + e.message); }
  try { for await (const v of mk('F', () => ({ value: Promise.reject(new Error('rv rejected')) }))) { break; } } catch (e) { order.push('F ' + e.message); }
  try { for await (const v of mk('G', null)) { break; } order.push('G ok'); } catch (e) { order.push('G ' + e.message); }
  try { for await (const v of 5) { } } catch (e) { order.push('H ' + e.message); }
  try { for await (const v of { [Symbol.asyncIterator]: 5 }) { } } catch (e) { order.push('I ' + e.message); }
  try { for await (const v of { [Symbol.asyncIterator]: () => 5 }) { } } catch (e) { order.push('J ' + e.message); }
  try { for await (const v of { [Symbol.asyncIterator]: () => ({ next: 5 }) }) { } } catch (e) { order.push('K ' + e.message); }
  try { for await (const v of { [Symbol.asyncIterator]: null, [Symbol.iterator]: () => [1][Symbol.iterator]() }) { order.push('L' + v); } } catch (e) { order.push('L ' + e.message); }
  try { const o = { x: null }; for await (const v of o.x) { } } catch (e) { order.push('M ' + e.message); }
  console.log(order.join(' '));
})();
