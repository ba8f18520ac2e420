/**
 * Math (ECMA-262 §21.3). Every function converts its arguments with ToNumber and then
 * applies the host's Math function (the same IEEE-754 algorithms V8 uses).
 *
 * Math.random is deterministic: a per-run xorshift128+ generator (the algorithm V8 itself
 * uses) seeded with a fixed constant, so the same program prints the same numbers on every
 * run and in every model — runs must be replayable and comparable across models.
 */
import { JSObject, type Value } from '../../values';
import { type JsCtx, TO_STRING_TAG_KEY } from '../context';
import { toNumber } from '../convert';
import { defineConstant, defineHidden, makeNative } from '../natives';
import { HOST_ARGS_CHUNK } from '../../limits';

/** The fixed seed of Math.random (documented; any constant would do). */
export const MATH_RANDOM_SEED = 0x2545f491;

/** xorshift128+ producing doubles in [0, 1), as V8's MathRandom (53 bits of state1 >>> 11). */
export function makeRandom(seed: number): () => number {
  const mask = (1n << 64n) - 1n;
  // SplitMix64 expands the seed into the two 64-bit state words (non-zero).
  let x = BigInt(seed >>> 0);
  const splitmix = (): bigint => {
    x = (x + 0x9e3779b97f4a7c15n) & mask;
    let z = x;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & mask;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & mask;
    return z ^ (z >> 31n);
  };
  let s0 = splitmix();
  let s1 = splitmix();
  return () => {
    let a = s0;
    const b = s1;
    s0 = b;
    a ^= (a << 23n) & mask;
    a ^= a >> 17n;
    a ^= b;
    a ^= b >> 26n;
    s1 = a;
    return Number(s0 >> 11n) / 2 ** 53;
  };
}

const UNARY = [
  'abs',
  'acos',
  'acosh',
  'asin',
  'asinh',
  'atan',
  'atanh',
  'cbrt',
  'ceil',
  'clz32',
  'cos',
  'cosh',
  'exp',
  'expm1',
  'floor',
  'fround',
  'log',
  'log1p',
  'log10',
  'log2',
  'round',
  'sign',
  'sin',
  'sinh',
  'sqrt',
  'tan',
  'tanh',
  'trunc',
] as const;

/**
 * Math.hypot of more values than a host call takes at once (limits.ts HOST_ARGS_CHUNK), as V8's
 * MathHypot builtin computes it: Infinity wins over NaN, each value is scaled by
 * the largest, and the squares are summed with Kahan's compensation. The test
 * (tests/runtime/js/host-args.test.ts) holds it to the host's Math.hypot.
 */
export function hypotOfMany(xs: readonly number[]): number {
  let max = 0;
  let nan = false;
  for (const x of xs) {
    if (Number.isNaN(x)) nan = true;
    else if (Math.abs(x) > max) max = Math.abs(x);
  }
  if (max === Infinity) return Infinity;
  if (nan) return NaN;
  if (max === 0) return 0;
  let sum = 0;
  let compensation = 0;
  for (const x of xs) {
    const n = Math.abs(x) / max;
    const summand = n * n - compensation;
    const preliminary = sum + summand;
    compensation = preliminary - sum - summand;
    sum = preliminary;
  }
  return Math.sqrt(sum) * max;
}

export function installMath(ctx: JsCtx): void {
  const M = new JSObject(ctx.intr.ObjectPrototype);
  const num = (v: Value): number => (typeof v === 'number' ? v : toNumber(ctx, v));
  for (const name of UNARY) {
    const f = Math[name];
    defineHidden(
      M,
      name,
      makeNative(name, 1, (_s, [x]) => f(num(x))),
    );
  }
  defineHidden(
    M,
    'atan2',
    makeNative('atan2', 2, (_s, [y, x]) => Math.atan2(num(y), num(x))),
  );
  defineHidden(
    M,
    'pow',
    makeNative('pow', 2, (_s, [x, y]) => Math.pow(num(x), num(y))),
  );
  defineHidden(
    M,
    'imul',
    makeNative('imul', 2, (_s, [x, y]) => Math.imul(num(x), num(y))),
  );
  defineHidden(
    M,
    'max',
    // Every argument converted first, in order (§21.3.2.24), then folded: max and min are
    // associative, NaN and signed zeros included, and the arguments are not spread on the
    // host's stack (limits.ts HOST_ARGS_CHUNK).
    makeNative('max', 2, (_s, args) => args.map(num).reduce((m, x) => Math.max(m, x), -Infinity)),
  );
  defineHidden(
    M,
    'min',
    makeNative('min', 2, (_s, args) => args.map(num).reduce((m, x) => Math.min(m, x), Infinity)),
  );
  defineHidden(
    M,
    'hypot',
    makeNative('hypot', 2, (_s, args) => {
      const xs = args.map(num);
      return xs.length <= HOST_ARGS_CHUNK ? Math.hypot(...xs) : hypotOfMany(xs);
    }),
  );
  const random = makeRandom(MATH_RANDOM_SEED);
  defineHidden(
    M,
    'random',
    makeNative('random', 0, () => random()),
  );
  for (const k of ['E', 'LN10', 'LN2', 'LOG10E', 'LOG2E', 'PI', 'SQRT1_2', 'SQRT2'] as const) defineConstant(M, k, Math[k]);
  M.props.set(TO_STRING_TAG_KEY, { value: 'Math', writable: false, enumerable: false });
  ctx.realm.builtins.js.set('Math', M);
}
