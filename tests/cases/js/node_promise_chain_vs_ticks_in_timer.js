// Inside a timer callback both modes agree: ticks first, then the promise chain, one link per job.
setTimeout(() => {
  Promise.resolve()
    .then(() => console.log('then 1'))
    .then(() => console.log('then 2'))
    .then(() => console.log('then 3'));
  process.nextTick(() => console.log('tick 1'));
  queueMicrotask(() => {
    console.log('microtask');
    process.nextTick(() => console.log('tick from microtask'));
  });
  process.nextTick(() => console.log('tick 2'));
}, 1);
setTimeout(() => console.log('second timer'), 1);
