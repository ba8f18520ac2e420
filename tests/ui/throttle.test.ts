import { describe, expect, it } from 'vitest';
import { SHARE, throttled } from '../../src/ui/state/throttle';

describe('throttled', () => {
  it('reuses the last value while streaming until cost / SHARE has passed, and recomputes at once when settled', () => {
    let t = 0;
    const now = () => t;
    const owner = {};
    let calls = 0;
    // Each computation takes 5 ms of the injected clock.
    const compute = (v: number) => () => {
      calls++;
      t += 5;
      return v;
    };
    expect(throttled(owner, 'rows', 1, false, compute(1), now)).toBe(1);
    t += 10;
    expect(throttled(owner, 'rows', 2, false, compute(2), now)).toBe(1);
    expect(calls).toBe(1);
    t += 5 / SHARE;
    expect(throttled(owner, 'rows', 3, false, compute(3), now)).toBe(3);
    expect(throttled(owner, 'rows', 4, true, compute(4), now)).toBe(4);
    expect(throttled(owner, 'rows', 4, true, compute(5), now)).toBe(4);
    expect(calls).toBe(3);
    // Another slot of the same owner is its own entry.
    expect(throttled(owner, 'names', 4, false, compute(6), now)).toBe(6);
  });
});
