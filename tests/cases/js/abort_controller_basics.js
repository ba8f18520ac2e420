const ac = new AbortController();
ac.signal.addEventListener('abort', (e) => console.log('A', e.type, e.target === ac.signal, e.constructor.name));
ac.signal.onabort = () => console.log('B onabort');
ac.signal.addEventListener('abort', () => console.log('C once'), { once: true });
console.log(ac.signal, ac.signal.aborted, String(ac.signal));
ac.abort();
ac.abort('second');
console.log(ac.signal.aborted, ac.signal.reason.name, ac.signal.reason.message, ac.signal.reason instanceof Error, ac.signal.reason.code);
const ac2 = new AbortController();
ac2.abort(new Error('custom'));
console.log(ac2.signal.reason.message);
try { ac2.signal.throwIfAborted(); } catch (e) { console.log('thrown', e.message); }
const s = AbortSignal.timeout(20);
s.addEventListener('abort', () => console.log('timeout fired', s.reason.name, s.reason.message));
console.log(AbortSignal.abort().reason.name, AbortSignal.abort('why').reason);
const keep = setTimeout(() => console.log('after timeout signal'), 40);
