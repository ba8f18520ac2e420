// How deep each shape of JavaScript recursion goes before RangeError (issue 10): Node stops
// when its stack is full; each line prints the deepest level entered.
let reached = 0;

function measure(name, start) {
  reached = 0;
  try {
    start();
    console.log(name, 'completed', reached);
  } catch (e) {
    console.log(name, e instanceof RangeError ? 'RangeError at' : `${e} at`, reached);
  }
}

async function measureAsync(name, start) {
  reached = 0;
  try {
    await start();
    console.log(name, 'completed', reached);
  } catch (e) {
    console.log(name, e instanceof RangeError ? 'RangeError at' : `${e} at`, reached);
  }
}

function plain(n) {
  reached = n;
  return 1 + plain(n + 1);
}
const walker = {
  step(n) {
    reached = n;
    return 1 + this.step(n + 1);
  },
  get deeper() {
    reached++;
    return this.deeper;
  },
};
const arrow = (n) => {
  reached = n;
  return 1 + arrow(n + 1);
};
function* delegating(n) {
  reached = n;
  yield* delegating(n + 1);
  yield n;
}
async function awaiting(n) {
  reached = n;
  return 1 + (await awaiting(n + 1));
}
function chained(n, stop) {
  reached = n;
  if (n === stop) return Promise.resolve(0);
  return Promise.resolve().then(() => chained(n + 1, stop));
}

measure('function', () => plain(1));
measure('method', () => walker.step(1));
measure('arrow', () => arrow(1));
measure('getter', () => walker.deeper);
measure('generator yield*', () => [...delegating(1)]);
await measureAsync('await', () => awaiting(1));
await measureAsync('.then callbacks (20,000 links)', () => chained(1, 20000));
