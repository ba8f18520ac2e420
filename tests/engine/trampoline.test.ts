/**
 * Program frames on the heap past the trampoline threshold (src/engine/interp/trampoline.ts,
 * issue 10: recursion ends "at the real depth, within bounded memory"). The closure form
 * spends several host frames per program frame, so the depths below are out of its reach on
 * the host's stack: reaching them at all shows the driver at work, and the error coming at
 * exactly the frame budget shows that the frame counter, not the host's stack or heap, ends a
 * runaway recursion. tests/cases/{js,py}/robust_recursion_deep_* check the same shapes against
 * Node and CPython.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/engine/engine';
import { JS_FRAME_LIMIT } from '../../src/engine/runtime/call-stack';

const js = (source: string, heapLimitBytes?: number) =>
  runProgram(source, { lang: 'js', model: 'js', recordEvents: false, ...(heapLimitBytes ? { heapLimitBytes } : {}) });
const py = (source: string) => runProgram(source, { lang: 'py', model: 'python', recordEvents: false });

describe('trampolined recursion', () => {
  it('a runaway JavaScript recursion ends at the frame budget with V8 RangeError, each frame holding an array', () => {
    // 10,265 frames of 2,000-element arrays: about 160 MB held when the budget stops it, under a
    // 400 MB heap cap. Without frames on the heap the host's stack would stop it far earlier.
    const r = js(
      `let reached = 0;
function dive(n) {
  const ballast = new Array(2000).fill(n);
  reached = n;
  return ballast.length + dive(n + 1);
}
try {
  dive(1);
} catch (e) {
  console.log(e.constructor.name, e.message, reached);
}
console.log('after', dive.length);`,
      400 * 1024 * 1024,
    );
    expect(r.error).toBeNull();
    expect(r.stdout).toEqual([`RangeError Maximum call stack size exceeded ${JS_FRAME_LIMIT}`, 'after 1']);
  });

  it('an uncaught runaway JavaScript recursion is the RangeError, not a budget or a host error', () => {
    const r = js(`const f = (n) => 1 + f(n + 1);\nf(0);`);
    expect(r.error).toMatch(/^RangeError: Maximum call stack size exceeded/);
  });

  it('Python recursion under sys.setrecursionlimit(100000) goes 50,000 levels deep and stops at the limit', () => {
    const r = py(`import sys

sys.setrecursionlimit(100000)


def total(n):
    return 0 if n == 0 else n + total(n - 1)


print(total(50000))
reached = [0]


def endless(n):
    reached[0] = n
    return endless(n + 1)


try:
    endless(1)
except RecursionError as e:
    print(e, reached[0] > 99900, reached[0] < 100000)
`);
    expect(r.error).toBeNull();
    expect(r.stdout).toEqual(['1250025000', 'maximum recursion depth exceeded True True']);
  });

  it('frames below and above the threshold interleave: errors, finally blocks and returns cross the switch', () => {
    const r = js(`const log = [];
function walk(n) {
  try {
    if (n === 0) throw new Error('bottom');
    return walk(n - 1);
  } finally {
    if (n % 100 === 0) log.push(n);
  }
}
try {
  walk(450);
} catch (e) {
  console.log(e.message, log.join(','));
}
const arrow = (n) => (n === 0 ? [] : [n, ...arrow(n - 1)]);
console.log(arrow(600).length);`);
    expect(r.error).toBeNull();
    expect(r.stdout).toEqual(['bottom 0,100,200,300,400', '600']);
  });
});
