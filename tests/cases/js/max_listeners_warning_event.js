// MaxListenersExceededWarning goes through process.emitWarning (Node 20 lib/events.js): on a
// nextTick, to 'warning' listeners too, once per event type.
const { EventEmitter } = require('events');
process.on('warning', (w) => console.log('warning event:', w.name, w.type, w.count, w.emitter === ee, Object.keys(w)));
const ee = new EventEmitter();
ee.setMaxListeners(2);
for (let i = 0; i < 4; i++) ee.on('data', () => {});
ee.on(Symbol('sym'), () => {}).on(Symbol('sym2'), () => {});
for (let i = 0; i < 3; i++) ee.on('other', () => {});
process.nextTick(() => console.log('tick after'));
console.log('sync');
