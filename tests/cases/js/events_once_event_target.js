// events.once works on an EventTarget too (Node 20 lib/events.js
// eventTargetAgnosticAddListener): addEventListener with { once: true }, no 'error'
// listener; an object that is neither rejects (two jobs later than an aborted signal).
import { once } from 'events';
const et = new EventTarget();
setTimeout(() => {
  et.dispatchEvent(new Event('error'));
  et.dispatchEvent(new Event('go'));
}, 1);
const [ev] = await once(et, 'go');
console.log(ev.type, ev instanceof Event);
const ac = new AbortController();
const p = once(et, 'go', { signal: ac.signal });
ac.abort('r');
try {
  await p;
} catch (e) {
  console.log(e.name, e.cause);
}
et.dispatchEvent(new Event('go'));
once({}, 'x').then(
  () => console.log('resolved'),
  (e) => console.log('rejected', e.code, e.message),
);
const fake = {
  addEventListener(n, l, o) {
    console.log('add', n, typeof l, o.once);
  },
  removeEventListener(n) {
    console.log('remove', n);
  },
};
once(fake, 'y', { signal: ac.signal }).catch((e) => console.log('fake rejected', e.name));
const ac2 = new AbortController();
once(fake, 'z', { signal: ac2.signal }).catch((e) => console.log('fake rejected 2', e.name));
ac2.abort();
console.log('end');
