// Inside a timer callback the check phase comes before the next timers phase: setImmediate
// always runs before setTimeout(0) queued by the same callback.
setTimeout(() => {
  setTimeout(() => console.log('timeout 0'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('tick'));
  Promise.resolve().then(() => console.log('promise'));
  console.log('in timer');
}, 5);
