const EventEmitter = require('node:events');
const { once, errorMonitor } = require('events');
class Door extends EventEmitter {}
const d = new Door();
d.setMaxListeners(2);
for (let i = 0; i < 3; i++) d.on('open', function () { console.log('open', i, this === d); });
console.log(d.emit('open'), d.listenerCount('open'));
d.prependListener('open', () => console.log('first!'));
d.prependOnceListener('open', () => console.log('very first, once'));
d.emit('open'); d.emit('open');
const sym = Symbol('ding');
d.on(sym, (a, b) => console.log('symbol event', a + b));
d.emit(sym, 1, 2);
console.log(d.eventNames());
d.on(errorMonitor, (e) => console.log('monitor saw', e.message));
d.on('error', (e) => console.log('handled', e.message));
d.emit('error', new Error('bad door'));
d.on('removeListener', (n) => console.log('removed', typeof n === 'symbol' ? n.toString() : n));
d.removeAllListeners('open');
d.removeAllListeners();
console.log(d.eventNames(), d._eventsCount);
const e = new EventEmitter();
e.on('x', () => { throw new Error('listener threw'); });
try { e.emit('x'); } catch (err) { console.log('emit threw', err.message); }
(async () => {
  const em = new EventEmitter();
  setTimeout(() => em.emit('ready', 42, 'go'), 10);
  const args = await once(em, 'ready');
  console.log('once resolved', args);
  setTimeout(() => em.emit('error', new Error('failed')), 10);
  try { await once(em, 'never'); } catch (err) { console.log('once rejected', err.message, em.listenerCount('never'), em.listenerCount('error')); }
  console.log('sync emit order:');
  em.on('tick', () => console.log(' listener'));
  console.log(' before'); em.emit('tick'); console.log(' after');
  em.on('async', async () => { await null; console.log(' async listener done'); });
  em.emit('async'); console.log(' emit returned');
})();
