// N concurrent tasks, each awaiting a zero-delay timer ten times (N is set by bench/programs.ts).
const N = 1000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function task(i) {
  let total = 0;
  for (let r = 0; r < 10; r++) {
    await sleep(0);
    total += i;
  }
  return total;
}
const tasks = [];
for (let i = 0; i < N; i++) tasks.push(task(i));
const totals = await Promise.all(tasks);
console.log(totals.reduce((a, b) => a + b, 0));
