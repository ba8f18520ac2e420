// EventTarget listeners may be objects with a handleEvent method (Node 20): it is read at
// each dispatch and called with `this` = the object; its errors, and those of async
// listeners, reach 'uncaughtException' through a rejected promise (after the microtasks),
// while a plain listener's synchronous throw is reported from a nextTick.
process.on('uncaughtException', (e) => console.log('uncaught', e.message));
const et = new EventTarget();
const obj = { handleEvent(e) { console.log('obj', this === obj, e.type); } };
et.addEventListener('ping', obj);
et.addEventListener('ping', (e) => console.log('fn', e.type));
const late = {};
et.addEventListener('ping', late);
late.handleEvent = function (e) { console.log('late handleEvent', this === late); };
et.addEventListener('ping', obj); // the same object twice is one listener
console.log(et.dispatchEvent(new Event('ping')));
for (const bad of [5, 'str', true]) {
  try { et.addEventListener('x', bad); } catch (e) { console.log(e.code, e.message); }
}
et.addEventListener('a', { handleEvent() { throw new Error('obj sync'); } });
et.addEventListener('a', () => { throw new Error('fn sync'); });
et.addEventListener('a', { handleEvent() { return Promise.reject(new Error('obj rejects')); } });
et.addEventListener('a', async () => { throw new Error('fn async'); });
et.addEventListener('a', { get handleEvent() { console.log('get handleEvent'); return undefined; } });
et.addEventListener('a', { handleEvent: 0 });
et.addEventListener('a', { handleEvent: 7 });
queueMicrotask(() => console.log('micro before'));
process.nextTick(() => console.log('tick before'));
et.dispatchEvent(new Event('a'));
queueMicrotask(() => console.log('micro after'));
process.nextTick(() => console.log('tick after'));
console.log('sync end');
