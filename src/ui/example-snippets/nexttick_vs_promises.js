console.log("script start");
setTimeout(() => console.log("timeout 0"), 0);
Promise.resolve().then(() => console.log("promise then"));
queueMicrotask(() => console.log("queueMicrotask"));
process.nextTick(() => console.log("nextTick"));
Promise.resolve().then(() => {
  console.log("then, queueing a nextTick");
  process.nextTick(() => console.log("nextTick from a then"));
});
console.log("script end");
