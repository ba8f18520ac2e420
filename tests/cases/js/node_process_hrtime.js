// process.hrtime and process.hrtime.bigint: a monotonic clock whose origin is arbitrary, so a
// program prints what it measures (types, shapes, signs), as timing snippets use them.
const start = process.hrtime();
const t0 = process.hrtime.bigint();
setTimeout(() => {
  const [s, ns] = process.hrtime(start);
  const elapsed = process.hrtime.bigint() - t0;
  console.log(Array.isArray(start), start.length, typeof s, Number.isInteger(ns), ns >= 0 && ns < 1e9);
  console.log(typeof elapsed, elapsed >= 0n, s * 1e3 + ns / 1e6 >= 0);
  for (const bad of ['x', [1]]) {
    try {
      process.hrtime(bad);
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
  console.log(process.hrtime.length, typeof process.hrtime.bigint);
}, 10);
