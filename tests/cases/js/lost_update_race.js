const counter = { n: 0 };
async function incr() {
  const current = counter.n;
  await null;
  counter.n = current + 1;
}
Promise.all([incr(), incr(), incr()]).then(() => console.log('race condition result', counter.n));
let shared = 0;
async function safeIncr() { await null; shared++; }
(async () => {
  for (let i = 0; i < 3; i++) await safeIncr();
  console.log('sequential', shared);
})();
