// Node 20 emits 'uncaughtExceptionMonitor' (error, origin) with `this` = process before an
// uncaught exception crashes the process: the monitor's output comes first, then the crash.
process.on('uncaughtExceptionMonitor', function (e, origin) {
  console.log('monitor', this === process, arguments.length, e.message, origin);
});
process.on('uncaughtExceptionMonitor', (e) => console.log('second monitor', e.message));
setTimeout(() => console.log('never runs'), 20);
setTimeout(() => {
  console.log('timer throws');
  throw new Error('crash');
}, 0);
