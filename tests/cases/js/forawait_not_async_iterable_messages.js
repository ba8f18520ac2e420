// V8 names the iterable of a failing `for await` by its source text, like for-of does.
const o = { x: null, u: undefined, n: 5, f() { return 5; }, s: { [Symbol.iterator]: 5 }, a: { [Symbol.asyncIterator]: 5 } };
o.a2 = { [Symbol.asyncIterator]: 5, [Symbol.iterator]() { return [1][Symbol.iterator](); } };
const tries = [
  async () => { for await (const v of o.x); },
  async () => { for await (const v of o.u); },
  async () => { for await (const v of undefined); },
  async () => { for await (const v of o.n); },
  async () => { for await (const v of o.f()); },
  async () => { for await (const v of o.s); },
  async () => { for await (const v of o.a); },
  async () => { for await (const v of o.a2); },
  async () => { for await (const v of 5); },
  async () => { for await (const v of {}); },
  async () => { for await (const v of { a: 1 }); },
  async () => { for await (const v of true); },
  async () => { const n = 7; for await (const v of n); },
  async () => { const p = Promise.resolve(); for await (const v of p); },
  async () => { for await (const v of new Promise(() => {})); },
  async () => { for await (const v of { [Symbol.asyncIterator]: 5 }); },
  async () => { for await (const v of { [Symbol.iterator]: 5 }); },
  async () => { for await (const v of o?.n); },
  async () => { for await (const v of { [Symbol.iterator]: () => 5 }); },
  async () => { for await (const v of { [Symbol.iterator]: () => ({ next: 5 }) }); },
  async () => { for await (const v of { [Symbol.iterator]: () => ({ next: () => 5 }) }); },
  async () => { for await (const v of { [Symbol.asyncIterator]: () => 5 }); },
  async () => { for await (const v of { [Symbol.asyncIterator]: () => ({ next: () => 5 }) }); },
  async () => { for await (const v of { [Symbol.asyncIterator]: () => ({ next: () => Promise.resolve(5) }) }); },
  async () => { for await (const v of { [Symbol.asyncIterator]: () => ({}) }); },
  async () => { for await (const v of 'ab') console.log(v); },
];
(async () => {
  for (const t of tries) {
    try {
      await t();
      console.log('ok');
    } catch (e) {
      console.log(e.constructor.name + ': ' + e.message);
    }
  }
})();
