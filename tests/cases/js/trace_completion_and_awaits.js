// Lane-trace edge cases (tests/trace): an async function returning a promise is done when it
// returns (its promise settles later); a rejected await continues in catch or finally; an
// await in finally; a thenable whose `then` getter runs when the body returns.
async function inner(v) {
  await null;
  return v;
}
async function returnsPromise() {
  return inner(1);
}
async function rejects() {
  await null;
  throw new Error('nope');
}
async function catches() {
  try {
    await rejects();
  } catch (e) {
    console.log('caught', e.message);
  } finally {
    await inner('in finally');
    console.log('finally done');
  }
  return 'catches done';
}
async function thenableReturn() {
  const t = {
    get then() {
      console.log('then read');
      return (resolve) => resolve('thenable value');
    },
  };
  return t;
}
async function uncaughtInside() {
  try {
    await rejects();
  } finally {
    console.log('finally of uncaughtInside');
  }
}
const order = [];
returnsPromise().then((v) => console.log('returnsPromise', v));
catches().then((v) => console.log(v));
thenableReturn().then((v) => console.log(v));
uncaughtInside().catch((e) => console.log('uncaughtInside rejected', e.message));
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2')).then(() => console.log('tick 3'));
