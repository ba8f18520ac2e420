// async functions, ticks and both timer kinds, started from a timer callback so the timer and
// the immediate have a fixed order.
async function work(name) {
  console.log(name, 'start');
  await null;
  console.log(name, 'after await');
  process.nextTick(() => console.log(name, 'tick'));
  await new Promise((r) => setImmediate(r));
  console.log(name, 'after immediate');
}
setTimeout(() => {
  work('a');
  process.nextTick(() => console.log('outer tick'));
  work('b').then(() => console.log('b done'));
  setTimeout(() => console.log('timeout'), 0);
}, 1);
