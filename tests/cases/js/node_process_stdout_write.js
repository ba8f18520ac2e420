// process.stdout.write writes text as it is: no newline is added, so the next write or
// console.log continues the same line (the way event-loop quizzes print one line of
// labels); its callback runs on a nextTick. process.stderr's lines are stderr, not stdout.
process.stdout.write('a');
process.stdout.write('b\n');
console.log('c');
process.stdout.write('1 ');
setTimeout(() => {
  process.stdout.write('timeout ');
  setImmediate(() => process.stdout.write('immediate '));
  setTimeout(() => console.log('timeout 2'), 0);
}, 5);
Promise.resolve().then(() => process.stdout.write('micro '));
process.nextTick(() => process.stdout.write('tick '));
process.stdout.write('x\ny\nz', () => console.log('| written'));
console.log(' <- then log');
console.error('to stderr');
process.stderr.write('err\n');
console.log(process.stdout.write(''), typeof process.stdout.write, process.stdout.write.length);
try {
  process.stdout.write(5);
} catch (e) {
  console.log(e.code, e.message);
}
