async function inner(name) {
  console.log(`${name} inner`);
}
async function work(name) {
  console.log(`${name} starts`);
  await inner(name);
  console.log(`${name} ends`);
}
const a = work("a");
console.log("after calling a");
queueMicrotask(() => console.log("microtask"));
setTimeout(() => console.log("timer 5"), 5);
await a;
console.log("done");
