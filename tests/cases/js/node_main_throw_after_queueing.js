// A throw in the main script: a CommonJS script crashes at once (nothing queued runs); an ES
// module's evaluation rejects and Node's loader reports it a few microtask hops later.
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise 1')).then(() => console.log('promise 2'));
setTimeout(() => console.log('timeout'), 0);
console.log('before throw');
throw new RangeError('main failed');
