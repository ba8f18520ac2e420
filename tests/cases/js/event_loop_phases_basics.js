console.log('script start');
setTimeout(() => console.log('timeout 0'), 0);
Promise.resolve().then(() => console.log('then 1')).then(() => console.log('then 2'));
queueMicrotask(() => console.log('microtask'));
process.nextTick(() => console.log('nextTick'));
(async () => {
  console.log('async start');
  await null;
  console.log('after await null');
  await new Promise(r => setTimeout(r, 20));
  console.log('after 20ms');
})();
console.log('script end');
