// Immediates queued while the check phase runs wait for the next loop turn; a timer due by then
// runs first in that turn.
setTimeout(() => {
  setImmediate(() => {
    console.log('A');
    setImmediate(() => console.log('C (next turn)'));
    setTimeout(() => console.log('T (1 ms)'), 1);
    const end = Date.now() + 4;
    while (Date.now() < end) {}
  });
  setImmediate(() => console.log('B'));
}, 2);
