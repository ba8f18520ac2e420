// Quiz: https://devcraftly.com/nodejs/interview-event-loop/ ("nextTick, then promise jobs, after every
// macrotask"; written from its explanation, inside a timer so the order is fixed)
setTimeout(() => {
  Promise.resolve().then(() => console.log('promise'));
  process.nextTick(() => console.log('nextTick'));
  setImmediate(() => console.log('setImmediate'));
  setTimeout(() => console.log('setTimeout'), 0);
  console.log('sync');
}, 0);
