// Promise-heavy: 2,000 async workers, each awaiting 10 zero-delay microtask hops.
async function worker(i, rounds) {
  let total = 0;
  for (let r = 0; r < rounds; r++) {
    total += i * r;
    await Promise.resolve();
  }
  return total;
}
const results = await Promise.all(Array.from({ length: 2000 }, (_, i) => worker(i, 10)));
console.log(results.reduce((a, b) => a + b, 0));
