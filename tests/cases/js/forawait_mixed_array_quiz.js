// A classic quiz: for await over a mixed array (values, resolved and timed promises, a
// thenable), racing another async function and a chain of then callbacks.
const log = (...a) => console.log(...a);
const timed = (v, ms) => new Promise((r) => setTimeout(() => { log('  timer fired', v); r(v); }, ms));
const thenable = { then(resolve) { log('  thenable.then called'); resolve('T'); } };
async function consumer() {
  log('consumer start');
  for await (const v of [1, Promise.resolve(2), timed(3, 60), thenable, timed(5, 30), 6]) log('got', v);
  log('consumer end');
}
async function other() {
  log('other start');
  await null;
  log('other after 1 tick');
  await new Promise((r) => setTimeout(r, 0));
  log('other after timeout 0');
}
Promise.resolve().then(() => log('then 1')).then(() => log('then 2')).then(() => log('then 3')).then(() => log('then 4'));
consumer().then(() => log('consumer promise fulfilled'));
other();
setTimeout(() => log('timeout 0'), 0);
queueMicrotask(() => log('microtask'));
log('sync end');
