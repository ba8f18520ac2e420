// An unref'd immediate neither keeps the loop alive nor stops libuv's poll phase waiting for
// a timer: it runs in the check phase after that wait, before the timer's phase.
setImmediate(() => console.log('unref immediate')).unref();
setTimeout(() => {
  console.log('timer');
  setImmediate(() => console.log('unref immediate from timer')).unref();
  setImmediate(() => console.log('ref immediate from timer'));
  setTimeout(() => console.log('second timer'), 3);
}, 3);
const late = setImmediate(() => console.log('cleared'));
late.unref();
clearImmediate(late);
late.ref();
