const p = Promise.reject(new Error("late"));
Promise.resolve()
  .then(() => {})
  .then(() => p.catch((e) => console.log("caught", e.message)));
async function fail() {
  await null;
  throw new RangeError("out of range");
}
fail();
console.log("sync done");
