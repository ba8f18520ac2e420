// JS null and undefined are Python's None under the Python models: awaiting them fails as
// CPython fails on `await None`.
async function main() {
  try {
    await null;
  } catch (e) {
    console.log('null:', e);
  }
  try {
    await undefined;
  } catch (e) {
    console.log('undefined:', e);
  }
  console.log('done');
}
await main();
