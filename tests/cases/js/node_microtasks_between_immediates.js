// Ticks, then promise jobs, drain after each immediate callback, not after the whole check phase.
setImmediate(() => {
  console.log('immediate 1');
  Promise.resolve().then(() => console.log('promise from immediate 1'));
  process.nextTick(() => console.log('tick from immediate 1'));
});
setImmediate(() => {
  console.log('immediate 2');
  setImmediate(() => console.log('immediate 3 (next turn)'));
  queueMicrotask(() => console.log('microtask from immediate 2'));
});
