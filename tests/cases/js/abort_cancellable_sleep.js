// Cancelling async work with AbortController: a cancellable sleep, a timeout race, cleanup.
// Real timers in the oracle: every race below has a margin of 30 ms or more.
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
async function worker(name, signal, ms = 60) {
  try {
    for (let i = 1; ; i++) {
      console.log(`${name} step ${i}: ${await sleep(ms, { signal })}`);
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
setTimeout(() => ac.abort(), 150);
done.then((r) => console.log('worker result:', r, ac.signal.aborted));
(async () => {
  const r = await worker('w2', AbortSignal.timeout(90));
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
