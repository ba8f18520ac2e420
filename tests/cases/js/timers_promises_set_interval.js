// timers/promises' setInterval: an async generator over one interval timer (Node 20). A call
// only makes the generator; its timer starts at the first next(). Ticks that come while the
// loop body is busy pile up and are yielded one by one; break (return()) and an abort clear
// the timer; an aborted signal, or options that are not an object, fail the first next().
const { setInterval: every, setTimeout: wait } = require('timers/promises');

async function main() {
  let n = 0;
  for await (const v of every(10, 'tick')) {
    console.log(v, ++n);
    if (n === 3) break;
  }

  const it = every(10, 'x');
  console.log(JSON.stringify(await it.next()));
  await wait(55);
  console.log(JSON.stringify(await it.next()), JSON.stringify(await it.next()), JSON.stringify(await it.next()));
  console.log(JSON.stringify(await it.return('bye')), JSON.stringify(await it.next()));

  const ac = new AbortController();
  setTimeout(() => ac.abort('stop'), 50);
  try {
    for await (const v of every(20, 'y', { signal: ac.signal })) console.log(v);
  } catch (e) {
    console.log(e.name, e.code, e.cause);
  }
  try {
    await every(5, 1, { signal: AbortSignal.abort() }).next();
  } catch (e) {
    console.log('already aborted:', e.name);
  }
  try {
    await every(5, 1, 'nope').next();
  } catch (e) {
    console.log(e.code, e.message);
  }
  console.log(typeof every(1)[Symbol.asyncIterator], Object.prototype.toString.call(every(1)), every.length, every.name);

  // What runs between a tick and the next() it settles: a microtask queued after both next() calls comes first.
  const order = [];
  const g = every(1, 'i');
  const first = g.next().then(() => order.push('next 1'));
  const second = g.next().then(() => order.push('next 2'));
  Promise.resolve().then(() => order.push('microtask'));
  await Promise.all([first, second]);
  await g.return();
  console.log(order.join(', '));
}

main();
