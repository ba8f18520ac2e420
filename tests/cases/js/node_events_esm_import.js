import EventEmitter, { once, EventEmitter as EE } from 'node:events';
console.log(EventEmitter === EE, typeof once);
hoisted();
function hoisted() { console.log('hoisted sees', typeof EventEmitter); }
const e = new EE();
e.on('go', (x) => console.log('go', x));
setTimeout(() => e.emit('go', 1), 5);
const [v] = await once(e, 'go');
console.log('awaited', v);
