// Node's `timers` module: the global timer functions themselves, and `promises` (timers/promises).
const timers = require('timers');
const { setTimeout: st, clearTimeout: ct } = require('node:timers');
console.log(Object.keys(timers), st === setTimeout, timers.promises === require('timers/promises'));
const t = st(() => console.log('never'), 5);
ct(t);
timers.setImmediate(() => console.log('immediate via timers'));
// Timers 20 ms apart: a real run on a loaded machine keeps their order (1 ms and 2 ms did not).
timers.promises.setTimeout(40, 'via timers.promises').then(console.log);
const iv = timers.setInterval(() => {
  console.log('interval tick');
  timers.clearInterval(iv);
}, 20);
