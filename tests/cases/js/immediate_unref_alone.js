// Immediate.prototype.ref/unref/hasRef (Node 20 lib/timers.js): an unref'd immediate does not
// keep the loop alive. A CommonJS script's loop never starts (uv_run finds it not alive); an
// ES module is evaluated inside a loop iteration, whose check phase still runs it.
const i = setImmediate(() => console.log('unref immediate ran'));
console.log(i.hasRef(), i.unref() === i, i.hasRef(), i.ref().hasRef());
i.unref();
process.on('exit', () => console.log('exit'));
