setTimeout(() => {
  console.log("timeout A");
  setTimeout(() => console.log("timeout from A"), 0);
  setImmediate(() => console.log("immediate from A (check phase first)"));
  process.nextTick(() => console.log("tick in A"));
  Promise.resolve().then(() => console.log("micro in A"));
}, 0);
setTimeout(() => console.log("timeout B"), 0);
process.nextTick(() => console.log("tick top"));
queueMicrotask(() => console.log("micro top"));
console.log("sync");
