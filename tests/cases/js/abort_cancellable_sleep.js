// Cancelling async work with AbortController: a cancellable sleep, a timeout race, cleanup.
function sleep(ms, { signal } = {}) {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(`slept ${ms}`);
    }, ms);
    function onAbort() {
      clearTimeout(timer);
      reject(signal.reason);
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
async function worker(name, signal) {
  try {
    for (let i = 1; ; i++) {
      console.log(`${name} step ${i}: ${await sleep(30, { signal })}`);
    }
  } catch (e) {
    console.log(`${name} stopped: ${e.name}: ${e.message}`);
    return 'cancelled';
  } finally {
    console.log(`${name} cleanup`);
  }
}
const ac = new AbortController();
console.log(ac);
const done = worker('w1', ac.signal);
setTimeout(() => ac.abort(), 100);
done.then((r) => console.log('worker result:', r, ac.signal.aborted));
(async () => {
  const r = await worker('w2', AbortSignal.timeout(70));
  console.log('w2 result', r);
  try {
    await sleep(10, { signal: AbortSignal.abort(new Error('pre-aborted')) });
  } catch (e) {
    console.log('immediate:', e.message);
  }
  const a = new AbortController();
  const b = new AbortController();
  const any = AbortSignal.any([a.signal, b.signal]);
  any.onabort = (ev) => console.log('any aborted via', ev.type, any.reason);
  b.abort('b wins');
  a.abort('a too late');
  const target = new EventTarget();
  target.addEventListener('ping', (ev) => console.log('got', ev.type, ev.target === target));
  target.dispatchEvent(new Event('ping'));
})();
