const sleep = (ms) => new Promise(r => setTimeout(r, ms));
const ticker = {
  from: 1, to: 3,
  [Symbol.asyncIterator]() {
    let cur = this.from; const last = this.to;
    return {
      async next() { await sleep(10); return cur <= last ? { value: cur++, done: false } : { value: undefined, done: true }; },
      async return() { console.log('return called'); return { done: true }; },
    };
  },
};
(async () => {
  for await (const v of ticker) { console.log('tick', v); if (v === 2) break; }
  const t = setTimeout(() => {}, 10);
  console.log(typeof t, t.constructor.name, typeof t.ref, typeof t.unref, t.hasRef());
  clearTimeout(t);
  class Widget { handle = () => this.name; name = 'w'; static count = 5; }
  const { handle } = new Widget();
  console.log(handle(), Widget.count);
  const base = { greet() { return 'base'; } };
  const child = Object.setPrototypeOf({ greet() { return 'child+' + super.greet(); } }, base);
  console.log(child.greet(), Object.getPrototypeOf(child) === base);
})();
