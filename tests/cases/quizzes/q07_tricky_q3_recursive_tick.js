// Quiz: https://atypicalesper.github.io/dev-atlas/node/02-nodejs-core/02-event-loop-nodejs/07-tricky-questions (Q3)
let count = 0;
function tick() {
  if (count < 3) {
    count++;
    process.nextTick(tick);
  }
}
tick();
setImmediate(() => console.log('immediate'));
setTimeout(() => console.log('timer'), 0);
