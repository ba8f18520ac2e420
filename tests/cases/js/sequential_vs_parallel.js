const wait = (ms) => new Promise((r) => setTimeout(r, ms));
async function task(name, ms) {
  console.log(`${name} start`);
  await wait(ms);
  console.log(`${name} end`);
  return name;
}
async function sequential() {
  const a = await task('seq-a', 30);
  const b = await task('seq-b', 30);
  return [a, b];
}
async function parallel() {
  const pa = task('par-a', 30);
  const pb = task('par-b', 60);
  return [await pa, await pb];
}
(async () => {
  console.time?.call;
  console.log(await sequential());
  console.log(await parallel());
  const start = Date.now();
  await wait(50);
  const el = Date.now() - start;
  console.log(el >= 45 ? 'waited' : 'too fast ' + el);
})();
