// Async generators against a microtask ticker: each await, each yield (its operand is
// awaited), for await over them, return(v) on suspended / unstarted / finished generators.
const order = [];
let tick = 0;
const ticker = () => { if (tick < 60) { order.push('t' + tick++); Promise.resolve().then(ticker); } };
Promise.resolve().then(ticker);
async function* numbers() {
  try {
    order.push('start');
    yield 1;
    order.push('after 1');
    await null;
    order.push('after await');
    yield Promise.resolve(2);
    yield;
    return 'ret';
  } finally {
    order.push('numbers finally');
  }
}
(async () => {
  for await (const v of numbers()) order.push('v' + v);
  order.push('loop1 done');
  const g = numbers();
  order.push(JSON.stringify(await g.next()));
  order.push(JSON.stringify(await g.return(Promise.resolve('early'))));
  order.push(JSON.stringify(await g.next()));
  const u = numbers();
  order.push(JSON.stringify(await u.return('unstarted')));
  const t = numbers();
  try { await t.throw(new Error('into unstarted')); } catch (e) { order.push('caught ' + e.message); }
  for await (const v of numbers()) { order.push('b' + v); break; }
  order.push('break done');
  const all = numbers();
  const ps = [all.next(), all.next(), all.next(), all.next(), all.next(), all.next()];
  order.push('queued');
  for (const p of ps) order.push(JSON.stringify(await p));
  console.log(order.join(' '));
})();
