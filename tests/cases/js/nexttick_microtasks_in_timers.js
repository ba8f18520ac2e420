const results = [];
const log = (m) => { results.push(m); console.log(m); };
setTimeout(() => {
  log('t1');
  Promise.resolve().then(() => log('t1 micro'));
  process.nextTick(() => log('t1 tick'));
}, 0);
setTimeout(() => {
  log('t2');
  setImmediate(() => log('t2 immediate'));
  setTimeout(() => log('t2 timeout 0'), 0);
}, 0);
setTimeout(() => log('t3'), 0);
process.nextTick(() => {
  log('tick1');
  process.nextTick(() => log('tick nested'));
  Promise.resolve().then(() => log('micro from tick'));
});
Promise.resolve().then(() => {
  log('micro1');
  process.nextTick(() => log('tick from micro'));
});
