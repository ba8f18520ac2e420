// Async generator requests queue while the body runs; rejections inside the body are
// catchable where they are awaited (a yielded rejected promise, a returned one); return()
// awaits its value at the yield; errors reject only their own request.
const log = (...a) => console.log(...a);
const sleep = (ms, v) => new Promise((r) => setTimeout(r, ms, v));
async function* slow() {
  for (let i = 0; i < 3; i++) {
    log('  producing', i);
    await sleep(30);
    yield i;
  }
}
async function* catchesYield() {
  try { yield Promise.reject(new Error('yielded rejection')); } catch (e) { log('  caught in body:', e.message); yield 'after catch'; }
  try { return Promise.reject(new Error('returned rejection')); } catch (e) { log('  caught return:', e.message); }
  return 'end';
}
async function* cleanup() {
  try { yield 'a'; yield 'b'; } finally { log('  cleanup runs'); await sleep(30); log('  cleanup done'); yield 'from finally'; }
}
async function* plainFinally() { try { yield 'x'; yield 'y'; } finally { log('  plain finally'); } }
async function* fails() { yield 1; throw new TypeError('body failed'); }
(async () => {
  const s = slow();
  const [a, b, c, d] = await Promise.all([s.next(), s.next(), s.next(), s.next()]);
  log(a, b, c, d);
  const cy = catchesYield();
  log(await cy.next(), await cy.next(), await cy.next());
  const cl = cleanup();
  log(await cl.next());
  log(await cl.return('R'));
  log(await cl.next(), await cl.next());
  const rj = plainFinally();
  await rj.next();
  try { await rj.return(Promise.reject(new Error('rejected return value'))); } catch (e) { log('return rejected:', e.message); }
  log(await rj.next());
  const inFinally = cleanup();
  await inFinally.next();
  log(await inFinally.return(Promise.reject(new Error('pending in finally'))));
  try { await inFinally.next(); } catch (e) { log('surfaced after the finally yield:', e.message); }
  const f = fails();
  const results = await Promise.allSettled([f.next(), f.next(), f.next()]);
  log(results.map((r) => r.status + ':' + (r.status === 'fulfilled' ? JSON.stringify(r.value) : r.reason.message)));
  const it = slow();
  log(it, Object.prototype.toString.call(it), it[Symbol.asyncIterator]() === it, typeof it.next);
  log(slow, Object.getPrototypeOf(slow).constructor.name, String(Object.getPrototypeOf(it)));
  const bad = Object.getPrototypeOf(Object.getPrototypeOf(it)).next.call({});
  try { await bad; } catch (e) { log(e.constructor.name, e.message); }
  log(await it.return('never started'), await it.next());
})();
