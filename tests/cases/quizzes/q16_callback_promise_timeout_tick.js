// Quiz: https://javascriptcentric.medium.com/javascript-interview-preparation-priority-of-callback-promise-settimeout-and-process-nexttick-93be400470a8
// (written from its subject: a synchronous callback, a promise, setTimeout and process.nextTick)
function withCallback(cb) {
  cb();
}
setTimeout(() => console.log('setTimeout'), 0);
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('process.nextTick'));
withCallback(() => console.log('callback'));
