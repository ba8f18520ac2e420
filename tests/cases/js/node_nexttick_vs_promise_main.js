// Node's two ways of running a file disagree here: after a CommonJS main script the nextTick
// queue drains first; an ES module is evaluated inside a microtask, so promise jobs go first.
console.log('start');
setTimeout(() => console.log('timeout'), 0);
Promise.resolve().then(() => console.log('promise 1'));
process.nextTick(() => console.log('tick 1'));
queueMicrotask(() => console.log('microtask'));
process.nextTick(() => console.log('tick 2'));
Promise.resolve().then(() => console.log('promise 2'));
console.log('end');
