// Quiz: https://atypicalesper.github.io/dev-atlas/node/02-nodejs-core/02-event-loop-nodejs/07-tricky-questions (Q1)
process.nextTick(() => console.log('A'));
setImmediate(() => console.log('B'));
setTimeout(() => console.log('C'), 0);
Promise.resolve().then(() => console.log('D'));
console.log('E');
