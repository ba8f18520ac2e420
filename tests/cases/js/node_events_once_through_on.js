// lib/events.js: once and prependOnceListener add their wrapper through this.on / this.prependListener, and a removal from a list announces the listener it was asked for.
const EventEmitter = require('events');
class Loud extends EventEmitter {
  on(type, fn) { console.log('on', String(type), fn.name); return super.on(type, fn); }
  prependListener(type, fn) { console.log('prepend', String(type), fn.name); return super.prependListener(type, fn); }
}
const e = new Loud();
e.on('removeListener', (t, f) => console.log('removed', t, f.name));
function a() { console.log('a'); }
function b() { console.log('b'); }
e.once('x', a);
e.once('x', b);
e.prependOnceListener('x', function c() { console.log('c'); });
e.emit('x');
e.once('y', a); e.on('y', b);
e.removeListener('y', a);
e.removeListener('y', b);
console.log(e.listenerCount('x'), e.listenerCount('y'));
