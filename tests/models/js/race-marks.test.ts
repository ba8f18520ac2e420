/**
 * The `race` marks of the js model (src/engine/models/js/event-loop.ts header): places where a
 * real Node run may order two callbacks either way, recorded instead of pretended certain.
 */
import { describe, it, expect } from 'vitest';
import { runProgram } from '../../../src/engine/engine';
import type { JsMode } from '../../../src/engine/api';

const races = (source: string, jsMode: JsMode) =>
  runProgram(source, { lang: 'js', model: 'js', jsMode }).events.flatMap((e) => (e.type === 'race' ? [e.reason] : []));

describe('race marks', () => {
  const pair = "setTimeout(() => console.log('timeout'), 0);\nsetImmediate(() => console.log('immediate'));";

  it('setTimeout(0) vs setImmediate at a CommonJS main script', () => {
    expect(races(pair, 'commonjs')).toEqual(['timeout-vs-immediate']);
    // An ES module entry runs from the poll phase: the immediate is always first there.
    expect(races(pair, 'module')).toEqual([]);
    // Inside a timer callback the order is fixed (check phase before the next timers phase).
    expect(races(`setTimeout(() => { ${pair} }, 5);`, 'commonjs')).toEqual([]);
  });

  it('setTimeout(0) vs setImmediate queued from a setImmediate callback', () => {
    // Node 20 here: `immediate` first in 16 of 20 runs as CommonJS and 17 of 20 as an ES module;
    // the engine's loop turn costs 1 ms (event-loop.ts header), so it runs the timeout first.
    const inImmediate = `setImmediate(() => { ${pair} });`;
    for (const mode of ['commonjs', 'module'] as const) expect(races(inImmediate, mode)).toEqual(['timeout-vs-immediate']);
    // A 2 ms timer is not due after one turn, and a callback that kept the clock busy for
    // 1 ms made the timer due whatever a turn costs: no race either way.
    expect(races(`setImmediate(() => { setTimeout(() => {}, 2); setImmediate(() => {}); });`, 'module')).toEqual([]);
    const busy = `setImmediate(() => { ${pair} const end = Date.now() + 1; while (Date.now() < end) {} });`;
    expect(races(busy, 'module')).toEqual([]);
  });

  it('two timers due within 1 ms of each other, unless they share a Node timer list', () => {
    const near = "setTimeout(() => console.log('a'), 10);\nsetTimeout(() => setTimeout(() => console.log('b'), 5), 5);";
    expect(races(near, 'module')).toEqual(['near-deadlines']);
    const sameList = "setTimeout(() => console.log('a'), 10);\nsetTimeout(() => console.log('b'), 10);";
    expect(races(sameList, 'module')).toEqual([]);
    const apart = "setTimeout(() => console.log('a'), 10);\nsetTimeout(() => setTimeout(() => console.log('b'), 7), 5);";
    expect(races(apart, 'module')).toEqual([]);
  });

  it('a chain of immediates lets a due timer in, and a busy-wait on the clock ends', () => {
    const chain = `setTimeout(() => console.log('timeout'), 0);
let n = 0;
const step = () => { console.log('immediate', ++n); if (n < 3) setImmediate(step); };
setImmediate(step);`;
    expect(runProgram(chain, { lang: 'js', model: 'js', jsMode: 'module' }).stdout).toEqual([
      'immediate 1',
      'timeout',
      'immediate 2',
      'immediate 3',
    ]);
    const busy = 'const end = Date.now() + 50; let k = 0; while (Date.now() < end) k++; console.log(k > 0, Date.now() >= end);';
    const r = runProgram(busy, { lang: 'js', model: 'js', jsMode: 'commonjs' });
    expect(r.stdout).toEqual(['true true']);
    expect(r.virtualTime).toBeGreaterThanOrEqual(0.05);
  });
});
