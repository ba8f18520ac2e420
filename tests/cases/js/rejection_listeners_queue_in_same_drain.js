// Rejection bookkeeping as Node 20's processPromiseRejections: what 'unhandledRejection' and
// 'rejectionHandled' listeners queue runs in the same processTicksAndRejections loop (before
// any timer or immediate), and a PromiseRejectionHandledWarning goes through
// process.emitWarning ('warning' listeners see it on a nextTick).
process.on('unhandledRejection', (r) => {
  console.log('unhandledRejection', r);
  process.nextTick(() => console.log('tick from the unhandledRejection listener'));
  Promise.resolve().then(() => console.log('promise from the unhandledRejection listener'));
});
process.on('warning', (w) => console.log('warning event:', w.name, w.message, w.id));
setImmediate(() => {
  console.log('immediate');
  late.catch(() => console.log('late handler ran'));
  setImmediate(() => console.log('immediate 2'));
});
const late = Promise.reject('late one');
Promise.reject('x');
setTimeout(() => console.log('timer'), 50);
