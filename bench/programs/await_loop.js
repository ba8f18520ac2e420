// A plain loop of 100,000 awaits: each `await null` is one microtask hop, nothing else.
const N = 100000;
async function main() {
  let s = 0;
  for (let i = 0; i < N; i++) {
    await null;
    s += i;
  }
  return s;
}
console.log(await main());
