// A timer is due at (the clock when setTimeout is called) + delay, and the clock moves while
// code keeps it busy: a 3 ms timer created before a 6 ms busy-wait fires before a 1 ms timer
// created after it.
setTimeout(() => console.log('X: 3 ms, created first'), 3);
const t = performance.now();
while (performance.now() - t < 6) {}
setTimeout(() => console.log('Y: 1 ms, created 6 ms later'), 1);
const start = Date.now();
setTimeout(() => console.log('waited at least 40 ms:', Date.now() - start >= 40), 40);
