const log = (s) => console.log(s);
async function plain() {
  return 1;
}
async function viaPromise() {
  return Promise.resolve(2);
}
async function viaAwait() {
  return await Promise.resolve(3);
}
viaPromise().then((v) => log(`viaPromise ${v}`));
viaAwait().then((v) => log(`viaAwait ${v}`));
plain().then((v) => log(`plain ${v}`));
Promise.resolve()
  .then(() => log("tick 1"))
  .then(() => log("tick 2"))
  .then(() => log("tick 3"))
  .then(() => log("tick 4"));
