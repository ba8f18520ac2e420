/**
 * `round(n, ndigits)` of an int with ndigits far below zero (issue 10, found by the fuzzer's
 * native calls): it made 10**-ndigits, seconds in one step for -10**7 and past V8's BigInt size
 * (an internal error) for -2**31. An int below half of it rounds to 0 at once; CPython makes
 * the power too (minutes for -10**7), with the same result. The rounding itself is compared
 * with CPython in tests/runtime/python/programs/round_int.py.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/engine/engine';

const run = (src: string) => runProgram(src, { lang: 'py', model: 'python', budget: 20_000, recordEvents: false });

describe('round(int, ndigits) with a large negative ndigits', () => {
  it('is 0 without making 10**-ndigits', () => {
    const r = run('print(round(3, -10**7), round(-3, -(2**31)), round(10**300, -(2**40)), round(True, -2**63))\n');
    expect(r.error).toBeNull();
    expect(r.stdout).toEqual(['0 0 0 0']);
  });

  it('still rounds an int as long as the power', () => {
    const r = run('print(round(15 * 10**5000, -5001) == 2 * 10**5001, round(25 * 10**5000, -5001) == 2 * 10**5001)\n');
    expect(r.error).toBeNull();
    expect(r.stdout).toEqual(['True True']);
  });
});
