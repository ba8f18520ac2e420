// Ticks queued by promise jobs wait for the microtask queue to empty, and promise jobs queued
// by ticks wait for the tick queue to empty (lib/internal/process/task_queues.js).
const log = (s) => console.log(s);
Promise.resolve().then(() => {
  log('promise 1');
  process.nextTick(() => log('tick from promise 1'));
  Promise.resolve().then(() => log('promise from promise 1'));
});
process.nextTick(() => {
  log('tick 1');
  Promise.resolve().then(() => log('promise from tick 1'));
  process.nextTick(() => log('tick from tick 1'));
});
process.nextTick(() => log('tick 2'));
log('sync end');
