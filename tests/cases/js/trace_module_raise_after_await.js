// Lane trace (tests/trace): a module body under top-level await raises when the rejection reaches
// its declaration, before the other async function's next continuation runs.
async function side() {
  await null;
  console.log('side 1');
  await null;
  console.log('side 2');
  await null;
  console.log('side 3');
}
side();
await null;
console.log('module resumed');
const v = await Promise.reject(new Error('module fails'));
console.log('never', v);
