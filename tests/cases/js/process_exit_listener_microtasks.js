// When a program ends by itself, the promise jobs its 'exit' listeners queue run after all the
// listeners have returned (Node closes the callback scope with a microtask checkpoint), while
// process.nextTick, timers and immediates queued there never run.
process.on('exit', (code) => {
  console.log('exit', code);
  Promise.resolve().then(() => {
    console.log('job 1');
    Promise.resolve().then(() => console.log('job from a job'));
    process.nextTick(() => console.log('never: tick from a job'));
  });
  process.nextTick(() => console.log('never: tick'));
  queueMicrotask(() => console.log('queueMicrotask job'));
  setTimeout(() => console.log('never: timer'), 0);
  setImmediate(() => console.log('never: immediate'));
  (async function inExit() {
    await null;
    console.log('async function after its await');
  })();
});
process.on('exit', () => console.log('second exit listener'));

async function main() {
  await null;
  console.log('main done');
}
main();
