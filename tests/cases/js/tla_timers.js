console.log("start");
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
setTimeout(() => console.log("timer 15"), 15);
await sleep(10);
console.log("after 10");
await sleep(10);
console.log("after 20");
const results = await Promise.all([1, 2, 3].map(async (n) => {
  await sleep(n * 5);
  console.log("item", n);
  return n * n;
}));
console.log(results);
