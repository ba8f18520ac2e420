// Await-heavy: N iterations, each awaiting an async function that awaits two more.
const N = 100000;
async function leaf(i) {
  await null;
  return i;
}
async function mid(i) {
  return (await leaf(i)) + (await leaf(i + 1));
}
async function main() {
  let s = 0;
  for (let i = 0; i < N; i++) s += await mid(i);
  return s;
}
console.log(await main());
