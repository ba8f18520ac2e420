// A nextTick that queues another nextTick keeps the promise queue waiting until the chain ends.
let n = 0;
function tick() {
  n++;
  console.log('tick', n);
  if (n < 5) process.nextTick(tick);
}
Promise.resolve().then(() => console.log('promise'));
process.nextTick(tick);
setImmediate(() => console.log('immediate'));
