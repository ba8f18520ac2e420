// new EventEmitter({ captureRejections: true }): a listener's rejected promise becomes an
// 'error' event (or the emitter's Symbol.for('nodejs.rejection') method) on a nextTick, as
// Node 20 lib/events.js addCatch / emitUnhandledRejectionOrErr.
import { EventEmitter, captureRejectionSymbol } from 'events';
const ee = new EventEmitter({ captureRejections: true });
ee.on('evt', async (x) => { await null; throw new Error('async listener failed ' + x); });
ee.on('evt', () => 5);
ee.on('error', (e) => console.log('error event:', e.message));
console.log(ee.emit('evt', 1));
console.log('emitted');
class Custom extends EventEmitter {
  constructor() { super({ captureRejections: true }); }
  [Symbol.for('nodejs.rejection')](err, type, ...args) { console.log('custom rejection handler', err.message, type, args); }
}
const c = new Custom();
c.on('go', async (a, b) => { throw new Error('go failed'); });
c.emit('go', 'A', 'B');
console.log(captureRejectionSymbol === Symbol.for('nodejs.rejection'), EventEmitter.captureRejections);
try { new EventEmitter({ captureRejections: 1 }); } catch (e) { console.log(e.code, e.message); }
try { EventEmitter.captureRejections = 'yes'; } catch (e) { console.log(e.code, e.message); }
const plain = new EventEmitter();
plain.on('x', async () => { throw new Error('not captured'); });
process.on('unhandledRejection', (r) => console.log('unhandledRejection:', r.message));
plain.emit('x');
EventEmitter.captureRejections = true;
const later = new EventEmitter();
later.on('y', () => Promise.reject(new Error('default capture')));
later.on('error', (e) => console.log('later error:', e.message));
later.emit('y');
EventEmitter.captureRejections = false;
const noErr = new EventEmitter({ captureRejections: true });
noErr.on('z', () => Promise.reject(new Error('no error listener')));
noErr.emit('z');
process.on('uncaughtException', (e) => console.log('uncaught:', e.message));
Promise.resolve().then(() => console.log('microtask')).then(() => console.log('microtask 2'));
process.nextTick(() => console.log('tick'));
console.log(new EventEmitter({ captureRejections: true }));
