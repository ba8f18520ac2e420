// Async iterables written three ways — an async generator method, a hand-written
// [Symbol.asyncIterator] object, a sync generator of promises — compared tick by tick,
// with early exits closing each one.
const order = [];
let t = 0;
const ticker = () => { if (t < 40) { order.push('t' + t++); Promise.resolve().then(ticker); } };
Promise.resolve().then(ticker);
class Countdown {
  constructor(n) { this.n = n; }
  async *[Symbol.asyncIterator]() {
    try { for (let i = this.n; i > 0; i--) yield i; } finally { order.push('countdown closed'); }
  }
}
const manual = (n) => ({
  [Symbol.asyncIterator]() {
    let i = 0;
    return {
      next: () => Promise.resolve(i < n ? { value: 'm' + i++, done: false } : { value: undefined, done: true }),
      return: () => { order.push('manual closed'); return Promise.resolve({ done: true }); },
    };
  },
});
function* promises(n) {
  try { for (let i = 0; i < n; i++) yield Promise.resolve('p' + i); } finally { order.push('sync gen closed'); }
}
(async () => {
  for await (const x of new Countdown(2)) order.push('c' + x);
  order.push('|');
  for await (const x of manual(2)) order.push(x);
  order.push('|');
  for await (const x of promises(2)) order.push(x);
  order.push('|');
  for await (const x of new Countdown(5)) { order.push('c' + x); break; }
  for await (const x of manual(5)) { order.push(x); break; }
  for await (const x of promises(5)) { order.push(x); break; }
  order.push('end');
  console.log(order.join(' '));
})();
