// Sync recursion as deep as Node goes (issue 10): past a few hundred levels the engine keeps
// program frames on the heap (src/engine/interp/trampoline.ts), so what stops a recursion is
// its frame budget, calibrated on Node, with V8's RangeError, not the interpreter's host stack.
// Depths here stay below Node's for every shape (about 7,700 levels for three arguments), and
// a runaway recursion prints only whether it went past 7,000 levels.
function sum(n) {
  return n === 0 ? 0 : n + sum(n - 1);
}
console.log('sum', sum(7000));

const counter = {
  base: 0,
  depth(n) {
    return n === 0 ? this.base : 1 + this.depth(n - 1);
  },
};
console.log('method', counter.depth(7000));

const arrow = (n, acc = 0) => (n === 0 ? acc : arrow(n - 1, acc + 1));
console.log('arrow with a default', arrow(6000));

function makeCountdown() {
  let calls = 0;
  function down(n) {
    calls++;
    if (n > 0) down(n - 1);
    return calls;
  }
  return down;
}
console.log('closure', makeCountdown()(7000));

function isEven(n) {
  return n === 0 ? true : isOdd(n - 1);
}
function isOdd(n) {
  return n === 0 ? false : isEven(n - 1);
}
console.log('mutual', isEven(7001), isOdd(7001));

// An error thrown 6,000 levels down unwinds through every frame's finally block.
let unwound = 0;
function thrower(n) {
  try {
    if (n === 0) throw new Error('bottom');
    return thrower(n - 1);
  } finally {
    unwound++;
  }
}
try {
  thrower(6000);
} catch (e) {
  console.log('caught', e.message, 'after', unwound, 'finally blocks');
}

// Caught half-way down, then the recursion goes on.
function partial(n) {
  if (n === 0) throw new RangeError('deep');
  if (n === 3000) {
    try {
      return partial(n - 1);
    } catch (e) {
      return `caught ${e.message} at ${n}`;
    }
  }
  return partial(n - 1);
}
console.log(partial(6000));

// A class's methods and an array built on the way back up.
class Tree {
  constructor(depth) {
    this.depth = depth;
  }
  path(n) {
    if (n === this.depth) return [n];
    const rest = this.path(n + 1);
    rest.push(n);
    return rest;
  }
}
const p = new Tree(5000).path(0);
console.log('path', p.length, p[0], p[p.length - 1]);

// Runaway recursion: V8's RangeError, catchable, and the program goes on.
let reached = 0;
function endless(n) {
  reached = n;
  return 1 + endless(n + 1);
}
for (const round of [1, 2]) {
  reached = 0;
  try {
    endless(1);
  } catch (e) {
    console.log('round', round, e instanceof RangeError, e.message, reached > 7000);
  }
}
console.log('after', sum(100));
