// An interval's callback is followed by its own drain of ticks and promise jobs; clearing it
// inside a nextTick still stops the next run.
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('interval', n);
  Promise.resolve().then(() => console.log('  promise', n));
  process.nextTick(() => {
    console.log('  tick', n);
    if (n === 3) clearInterval(iv);
  });
}, 20);
setTimeout(() => console.log('timeout 250'), 250);
