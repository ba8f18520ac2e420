// Promise values in strings and Promise.any's AggregateError (no frames: built inside the
// builtin's reject step).
async function f() { return 1; }
const p = f();
console.log(typeof p, p instanceof Promise, Object.prototype.toString.call(p));
const forgotAwait = f() + 1;
console.log(forgotAwait, `${f()}`);
console.log(p, new Promise(() => {}), [Promise.resolve(1)], { p: Promise.resolve('s') });
async function main() {
  try {
    await Promise.any([Promise.reject(new Error('a')), Promise.reject(new TypeError('b'))]);
  } catch (e) {
    console.log(e.constructor.name, e.message, e.errors.map((x) => `${x.name}: ${x.message}`));
    console.log(String(e.stack));
  }
  try {
    await Promise.any([]);
  } catch (e) {
    console.log(e, e.errors);
  }
}
main().then(() => console.log('done'));
