// events.on: the async iterator of an emitter's events (Node 20 lib/events.js). Events that come
// before a next() are kept; a next() that comes first waits; 'error', an abort, return() and the
// close events end it and remove its listeners; what ticks its promises take, against microtasks.
const { EventEmitter, on } = require("events");
const em = new EventEmitter();
(async () => {
  setTimeout(() => { em.emit('data', 1, 'a'); em.emit('data', 2); em.emit('other'); em.emit('data', 3); }, 5);
  let n = 0;
  for await (const args of on(em, 'data')) {
    console.log('data', args, em.listenerCount('data'), em.listenerCount('error'));
    if (++n === 3) break;
  }
  console.log('after break', em.listenerCount('data'), em.listenerCount('error'));
  // An error rejects the waiting next() and closes the iterator.
  setTimeout(() => em.emit('error', new Error('boom')), 1);
  try { for await (const a of on(em, 'data')) console.log(a); } catch (e) { console.log('caught', e.message, em.listenerCount('error')); }
  // Events before the first next() are kept.
  const it = on(em, 'x');
  em.emit('x', 'one'); em.emit('x', 'two');
  console.log(JSON.stringify(await it.next()), JSON.stringify(await it.next()));
  const pending = it.next();
  console.log(JSON.stringify(await it.return()), JSON.stringify(await pending), JSON.stringify(await it.next()));
  // close option and abort signal.
  const it2 = on(em, 'y', { close: ['end'] });
  setTimeout(() => { em.emit('y', 1); em.emit('end'); }, 1);
  for await (const v of it2) console.log('y', v);
  console.log('closed by end', em.listenerCount('y'), em.listenerCount('end'));
  const ac = new AbortController();
  setTimeout(() => ac.abort('why'), 1);
  try { for await (const v of on(em, 'z', { signal: ac.signal })) console.log(v); } catch (e) { console.log(e.name, e.code, e.cause); }
  try { on(em, 'z', { signal: AbortSignal.abort() }); } catch (e) { console.log('sync', e.name); }
  try { on(em, 'z', { signal: 1 }); } catch (e) { console.log(e.code, e.message); }
  try { on(em, 'z', { highWaterMark: 0 }); } catch (e) { console.log(e.code, e.message); }
  const it3 = on(em, 'w');
  console.log(it3.throw('x') === undefined ? 'no' : 'yes');
})().catch((e) => console.log('outer', e.code, e.message));

// The ticks: a kept event's next() is settled already, a waiting one is settled by emit().
const em2 = new EventEmitter();
const order = [];
const it = on(em2, 'a');
it.next().then((r) => order.push('next ' + r.value));
Promise.resolve().then(() => order.push('micro 1')).then(() => order.push('micro 2')).then(() => order.push('micro 3'));
em2.emit('a', 1);
queueMicrotask(() => order.push('qm'));
em2.emit('a', 2);
it.next().then((r) => order.push('next ' + r.value));
setTimeout(() => console.log(order.join(', ')), 0);
console.log(Object.keys(it), typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it, Object.getPrototypeOf(Object.getPrototypeOf(it)) === Object.prototype);
console.log(em2.listeners('a'), em2.listeners('error'));
console.log(on(em2, "b"));
