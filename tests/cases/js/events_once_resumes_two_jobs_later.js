// Node 20's events.once is an async function returning a new Promise, so an await of it
// resumes two jobs after the event; its signal option rejects it with an AbortError, and an
// already aborted signal or a bad signal option rejects it rather than throwing.
import { EventEmitter, once } from 'node:events';

const em = new EventEmitter();
async function waiter() {
  const [value] = await once(em, 'go');
  console.log('waiter got', value);
}
async function ticker() {
  em.emit('go', 42);
  for (let i = 1; i <= 4; i++) {
    await null;
    console.log('tick', i);
  }
}
waiter();
ticker();
em.on('data', (n) => console.log('listener', n));
console.log('listeners of go:', em.listenerCount('go'), 'of error:', em.listenerCount('error'));

const ac = new AbortController();
const pending = once(new EventEmitter(), 'never', { signal: ac.signal });
pending.then(
  () => console.log('resolved'),
  (e) => console.log('rejected', e.name, e.code, e.message),
);
ac.abort();

const aborted = AbortSignal.abort();
const early = once(em, 'go', { signal: aborted });
console.log('early is a promise:', early instanceof Promise);
early.catch((e) => console.log('early rejected', e.name));
for (const options of [null, 5, { signal: null }]) {
  once(em, 'go', options).then(
    () => console.log('options', JSON.stringify(options), 'resolved'),
    (e) => console.log('options', JSON.stringify(options), 'rejected:', e.code),
  );
}
em.emit('go', 'late');

const withError = new EventEmitter();
once(withError, 'done').catch((e) => console.log('error event rejects:', e.message, withError.listenerCount('done')));
withError.emit('error', new Error('broken'));
