const EventEmitter = require('events');
const { once, EventEmitter: EE2 } = require('events');
console.log(EventEmitter === EE2, typeof once, EventEmitter.defaultMaxListeners, typeof EventEmitter.errorMonitor);
const e = new EventEmitter();
console.log(e);
function a() {}
e.on('x', a);
console.log(e);
e.on('x', () => {});
e.once('y', a);
console.log(e, e.eventNames(), e.listenerCount('x'), e.listeners('y'), e.rawListeners('y')[0].listener === a);
class Job extends EventEmitter { constructor() { super(); this.n = 1; } }
console.log(new Job());
try { e.emit('error', 'str'); } catch (err) { console.log(err.message, err.code, err.context); }
try { e.emit('error', new TypeError('t')); } catch (err) { console.log(err.message); }
try { e.emit('error'); } catch (err) { console.log(err.message); }
try { e.on('z', 5); } catch (err) { console.log(err.message, err.code); }
console.log(e.emit('nothing'), e.emit('x', 1, 2));
e.on('newListener', (n, l) => console.log('newListener', n));
e.on('removeListener', (n, l) => console.log('removeListener', n));
e.off('x', a);
e.removeAllListeners('y');
console.log(e.getMaxListeners(), e.setMaxListeners(1) === e);
e.on('w', a); e.on('w', a);
console.log(Object.keys(e), String(e._events.w));
