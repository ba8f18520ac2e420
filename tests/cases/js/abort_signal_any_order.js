// AbortSignal.any (Node 20): a source signal's own 'abort' listeners run first, then the
// signals made by any() abort (a result of any() passed to any() again is followed through to
// its sources); the argument must be an Array of signals.
const c = new AbortController();
const c2 = new AbortController();
const any = AbortSignal.any([c.signal, c2.signal]);
const any2 = AbortSignal.any([any]);
any.addEventListener('abort', () => console.log('dependent listener', any.reason, c.signal.aborted));
any2.addEventListener('abort', () => console.log('dependent 2 listener', any2.reason));
c.signal.addEventListener('abort', () => console.log('source listener', any.aborted, any2.aborted));
c.abort('why');
c2.abort('no');
console.log(any.reason, any2.reason);
for (const bad of [5, [5], new Set([c.signal]), [c.signal, {}]]) { try { AbortSignal.any(bad); } catch (e) { console.log(e.code, e.message); } }
console.log(AbortSignal.any([]).aborted, AbortSignal.any([AbortSignal.abort('x')]).reason);
const c3 = new AbortController();
const a3 = AbortSignal.any([c3.signal]);
a3.onabort = () => console.log('a3 onabort');
c3.signal.onabort = () => console.log('c3 onabort');
c3.abort();
console.log(AbortSignal.any.length);
