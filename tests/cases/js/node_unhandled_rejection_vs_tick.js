// An unhandled rejection is reported after the tick and microtask queues drain: ticks queued
// before it still run, a timer does not.
process.nextTick(() => console.log('tick 1'));
Promise.reject(new TypeError('nobody listens'));
Promise.resolve().then(() => {
  console.log('promise');
  process.nextTick(() => console.log('tick from promise'));
});
setTimeout(() => console.log('never'), 0);
console.log('sync');
