// After a main script that keeps the clock busy for a few milliseconds, a 0 ms timer is due
// when the loop first reaches its timers phase, so it runs before setImmediate.
setImmediate(() => console.log('immediate'));
setTimeout(() => console.log('timeout'), 0);
const end = Date.now() + 5;
while (Date.now() < end) {}
console.log('main done');
