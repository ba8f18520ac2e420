// An uncaught symbol (thrown in a timer, or a rejection reason) ends the run as Symbol(desc).
process.on('exit', (c) => console.log('exit', c));
setTimeout(() => {
  throw Symbol('thrown symbol');
}, 1);
