// Generators as coroutines: a state machine driven by next(v), a running average, zip of
// infinite sequences, a round-robin scheduler of generator "tasks", and re-entry errors.
function* trafficLight() {
  while (true) {
    const cmd = yield 'green';
    if (cmd === 'stop') return 'stopped on green';
    yield 'yellow';
    const cmd2 = yield 'red';
    if (cmd2 === 'stop') return 'stopped on red';
  }
}
const light = trafficLight();
console.log([light.next(), light.next(), light.next(), light.next(), light.next('stop'), light.next()].map((r) => `${r.value}/${r.done}`).join(' '));
function* averager() {
  let sum = 0, n = 0, avg;
  for (;;) {
    const x = yield avg;
    sum += x; n++; avg = sum / n;
  }
}
const avg = averager();
avg.next();
console.log([10, 20, 60].map((x) => avg.next(x).value));
function* count(from = 0, step = 1) { for (let i = from; ; i += step) yield i; }
function* zip(...its) {
  const iters = its.map((it) => it[Symbol.iterator]());
  try {
    for (;;) {
      const rs = iters.map((it) => it.next());
      if (rs.some((r) => r.done)) return;
      yield rs.map((r) => r.value);
    }
  } finally {
    for (const it of iters) it.return?.();
  }
}
console.log([...zip(count(), count(100, -10), 'abc')]);
function* task(name, steps) {
  for (let i = 1; i <= steps; i++) {
    console.log(`  ${name} step ${i}`);
    yield;
  }
  return `${name} done`;
}
function roundRobin(...tasks) {
  const queue = [...tasks];
  const results = [];
  while (queue.length) {
    const t = queue.shift();
    const r = t.next();
    if (r.done) results.push(r.value);
    else queue.push(t);
  }
  return results;
}
console.log(roundRobin(task('A', 2), task('B', 3), task('C', 1)));
let self;
function* reentrant() {
  try { self.next(); } catch (e) { console.log('inside:', e.constructor.name, e.message); }
  try { self.return(1); } catch (e) { console.log('inside return:', e.message); }
  try { self.throw(new Error('x')); } catch (e) { console.log('inside throw:', e.message); }
  yield 'still fine';
}
self = reentrant();
console.log(self.next(), self.next());
