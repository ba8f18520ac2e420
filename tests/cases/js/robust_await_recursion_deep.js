// Deep `await f()` recursion (issue 10): each call runs its body up to its first await inside
// its caller's, so the engine drives calls past 200 levels as frames of the js model's loop
// (src/engine/models/js/async-calls.ts). Every level suspends, returns, throws, unwinds through
// `finally`, or calls a sync function that calls back, thousands of levels deep, as in Node.
// (Where runaway recursion stops: robust_recursion_depth_shapes.js; an instrumented Node, as the
// lane-trace oracle runs it, stops earlier than a plain one.)
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const order = [];

async function sumDown(n) {
  if (n === 0) {
    await tick();
    return 0;
  }
  return n + (await sumDown(n - 1));
}

async function completesAtOnce(n) {
  if (n === 0) return 'bottom';
  const below = await completesAtOnce(n - 1);
  return n % 1000 === 0 ? `${below}<${n}` : below;
}

let finallies = 0;
async function throwsAtBottom(n) {
  try {
    if (n === 0) {
      await null;
      throw new TypeError(`bottom of ${order.length}`);
    }
    return await throwsAtBottom(n - 1);
  } finally {
    finallies++;
  }
}

function syncHop(n) {
  return viaSync(n - 1);
}
async function viaSync(n) {
  if (n <= 0) return 0;
  const p = syncHop(n);
  order.push(n === 1500 ? 'first call returned a promise' : undefined);
  return 1 + (await p);
}

const walker = {
  depth: 0,
  async walk(n) {
    this.depth = Math.max(this.depth, n);
    if (n === 2500) {
      await tick();
      return [n];
    }
    const rest = await this.walk(n + 1);
    rest.push(n);
    return rest;
  },
};

console.log('sum', await sumDown(3000));
console.log('at once', await completesAtOnce(4000));
try {
  await throwsAtBottom(2000);
} catch (e) {
  console.log('caught', e.constructor.name, e.message, 'finally blocks', finallies);
}
console.log('via sync', await viaSync(1500), order.filter(Boolean));
const walked = await walker.walk(1);
console.log('walk', walked.length, walked[0], walked[walked.length - 1], walker.depth);
const three = await Promise.all([sumDown(1000), sumDown(2000), completesAtOnce(3000)]);
console.log('all', three);
console.log('after', await sumDown(300));
