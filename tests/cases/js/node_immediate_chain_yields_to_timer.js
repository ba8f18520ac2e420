// Each loop turn runs the timers phase, then the immediates queued before it began: a chain of
// setImmediate callbacks that each take a few milliseconds lets a due timer in between.
setTimeout(() => {
  setTimeout(() => console.log('timeout'), 0);
  let n = 0;
  const step = () => {
    n++;
    console.log('immediate', n);
    const end = Date.now() + 3;
    while (Date.now() < end) {}
    if (n < 4) setImmediate(step);
  };
  setImmediate(step);
}, 10);
