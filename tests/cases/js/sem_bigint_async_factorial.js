// BigInt in async code: exact factorials and Fibonacci numbers computed across awaits.
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function factorial(n) {
  let acc = 1n;
  for (let i = 2n; i <= n; i++) {
    acc *= i;
    if (i % 10n === 0n) await null;
  }
  return acc;
}
async function fib(n) {
  let [a, b] = [0n, 1n];
  for (let i = 0; i < n; i++) {
    [a, b] = [b, a + b];
    if (i % 25 === 0) await sleep(1);
  }
  return a;
}
const [f30, f100] = await Promise.all([factorial(30n), fib(100)]);
console.log('30! =', f30);
console.log('fib(100) =', f100, typeof f100);
console.log('digits', String(f30).length, f30 > Number.MAX_SAFE_INTEGER, f30 % 1000000007n);
const totals = new Map([['a', 0n]]);
await Promise.all(
  [1n, 2n, 3n].map(async (x) => {
    await sleep(Number(x) * 30);
    totals.set('a', totals.get('a') + x);
    console.log('added', x, 'total', totals.get('a'));
  }),
);
console.log(totals, JSON.stringify({ total: totals.get('a').toString() }));
console.log(JSON.stringify({ n: 5n }, (k, v) => (typeof v === 'bigint' ? `${v}n` : v)));
try {
  console.log(JSON.stringify([1n]));
} catch (e) {
  console.log('caught', e.name, e.message);
}
await Promise.reject(10n);
