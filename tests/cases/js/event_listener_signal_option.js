// addEventListener's { signal } option (Node 20 lib/internal/event_target.js): an abort removes
// the listener, an already-aborted signal adds nothing, a non-signal throws; a null/undefined
// listener is an AddEventListenerArgumentTypeWarning.
process.on('warning', (w) => console.log('warning event:', w.name, w.type, w.target === et));
const et = new EventTarget();
const ac = new AbortController();
et.addEventListener('go', () => console.log('once listener'), { once: true });
et.addEventListener('go', () => console.log('signal listener'), { signal: ac.signal });
et.addEventListener('go', () => console.log('pre-aborted: never'), { signal: AbortSignal.abort() });
const l2 = () => console.log('removed before call');
et.addEventListener('go', () => {
  console.log('first removes second');
  et.removeEventListener('go', l2);
});
et.addEventListener('go', l2);
et.dispatchEvent(new Event('go'));
ac.abort();
console.log('-- second dispatch');
et.dispatchEvent(new Event('go'));
const ac2 = new AbortController();
et.addEventListener('other', () => console.log('other, aborted from inside'), { signal: ac2.signal });
et.addEventListener('other', () => ac2.abort(), { once: true });
et.dispatchEvent(new Event('other'));
et.dispatchEvent(new Event('other'));
for (const signal of ['nope', null, {}]) {
  try {
    et.addEventListener('x', () => {}, { signal });
  } catch (e) {
    console.log(e.code, e.message);
  }
}
et.addEventListener('x', undefined);
et.addEventListener('x', null);
console.log('end');
