// A delay past 2**31 - 1 ms is a TimeoutOverflowWarning (lib/internal/timers.js Timeout) and 1 ms.
process.on('warning', (w) => console.log('warning event:', w.name, w.message.split('\n')));
setTimeout(() => console.log('overflowed to 1ms'), 2 ** 31);
setTimeout(() => console.log('max ok'), 2 ** 31 - 1).unref();
setTimeout(() => console.log('infinity'), Infinity);
setTimeout(() => console.log('string delay'), '9999999999');
setInterval(() => {}, 3e9).unref();
process.nextTick(() => console.log('tick'));
console.log('sync');
