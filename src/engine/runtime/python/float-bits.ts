/**
 * Float operations that are exact by definition, on a double's bits: `float.hex`,
 * `float.fromhex`, `math.nextafter`, `math.ulp`, `math.remainder` and `math.fma`. Each has one
 * right answer on every platform (IEEE 754), so each is computed exactly here — through
 * BigInt where the answer needs more than 53 bits on the way — and rounded once.
 */

import { bitLength } from '../limits';

const view = new DataView(new ArrayBuffer(8));

function bitsOf(x: number): bigint {
  view.setFloat64(0, x);
  return view.getBigUint64(0);
}

function fromBits(b: bigint): number {
  view.setBigUint64(0, BigInt.asUintN(64, b));
  return view.getFloat64(0);
}

/** A finite double as an exact m · 2^e (m an integer, negative for a negative x). */
export function exactParts(x: number): { m: bigint; e: number } {
  const b = bitsOf(x);
  const biased = Number((b >> 52n) & 0x7ffn);
  const fraction = b & 0xfffffffffffffn;
  const m = biased === 0 ? fraction : fraction | (1n << 52n);
  const e = (biased === 0 ? 1 : biased) - 1075;
  return { m: b >> 63n ? -m : m, e };
}

/**
 * The double nearest m · 2^e (ties to even), subnormals included: Infinity past the largest
 * double, a signed zero below the smallest.
 */
export function roundScaled(m: bigint, e: number): number {
  if (m === 0n) return 0;
  const negative = m < 0n;
  let n = negative ? -m : m;
  const top = bitLength(n) - 1 + e; // the value's binary exponent, before rounding
  if (top > 1024) return negative ? -Infinity : Infinity;
  // The exponent of the result's last bit: 52 below its top bit, but never below 2^-1074.
  const last = Math.max(top - 52, -1074);
  const shift = last - e;
  let q: bigint;
  if (shift > 0) {
    q = n >> BigInt(shift);
    const rest = n - (q << BigInt(shift));
    const half = 1n << BigInt(shift - 1);
    if (rest > half || (rest === half && (q & 1n) === 1n)) q += 1n;
  } else q = n << BigInt(-shift);
  n = q;
  // q < 2^54, so Number(q) is exact; the scaling by 2^last is split so that no factor overflows.
  const r = Number(n) * 2 ** Math.max(last, -1022) * 2 ** Math.min(last + 1022, 0);
  return negative ? -r : r;
}

/** float.hex(): `0x1.<13 hex digits>p<exponent>`, `0x0.<…>p-1022` for a subnormal. */
export function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const b = bitsOf(x);
  const sign = b >> 63n ? '-' : '';
  if (x === 0) return `${sign}0x0.0p+0`;
  const biased = Number((b >> 52n) & 0x7ffn);
  const digits = (b & 0xfffffffffffffn).toString(16).padStart(13, '0');
  if (biased === 0) return `${sign}0x0.${digits}p-1022`;
  const e = biased - 1023;
  return `${sign}0x1.${digits}p${e >= 0 ? '+' : ''}${e}`;
}

const HEX_FLOAT = /^\s*([+-]?)(?:(inf(?:inity)?|nan)|(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?)\s*$/i;

/**
 * float.fromhex(s): a number, or 'invalid' / 'overflow' for CPython's ValueError and
 * OverflowError.
 */
export function parseFloatHex(s: string): number | 'invalid' | 'overflow' {
  const match = HEX_FLOAT.exec(s);
  if (!match) return 'invalid';
  const [, sign, special, whole = '', fraction = '', exponent] = match;
  const negative = sign === '-';
  if (special) {
    const v = special.toLowerCase() === 'nan' ? NaN : Infinity;
    return negative ? -v : v;
  }
  if (whole === '' && fraction === '') return 'invalid';
  const m = BigInt(`0x${whole}${fraction}` === '0x' ? '0' : `0x${whole}${fraction}`);
  // A huge written exponent only matters when the digits are not zero.
  const e = Number(exponent ?? '0') - 4 * fraction.length;
  if (m === 0n) return negative ? -0 : 0;
  const top = bitLength(m) - 1 + e;
  if (top > 1100) return 'overflow';
  if (top < -1200) return negative ? -0 : 0;
  const r = roundScaled(negative ? -m : m, e);
  return Number.isFinite(r) ? r : 'overflow';
}

/** Doubles in order as integers: -0 and +0 next to each other, each step one ulp. */
function ordinal(x: number): bigint {
  const b = bitsOf(x);
  return b >> 63n ? -(b & 0x7fffffffffffffffn) : b;
}

function fromOrdinal(o: bigint): number {
  return o < 0n ? fromBits((1n << 63n) | -o) : fromBits(o);
}

/** math.nextafter(x, y, steps): `steps` doubles from x towards y, stopping at y. */
export function nextAfter(x: number, y: number, steps: bigint): number {
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (steps === 0n || x === y) return steps === 0n ? x : y;
  const from = ordinal(x);
  const to = ordinal(y);
  // +0 and -0 share a place: stepping across zero counts one step, as C's nextafter does.
  const target = to > from ? from + steps : from - steps;
  if ((to > from && target >= to) || (to < from && target <= to)) return y;
  // Arriving at zero from one side gives that side's zero (nextafter(-5e-324, 1) is -0.0).
  if (target === 0n) return from < 0n ? -0 : 0;
  return fromOrdinal(target);
}

/** math.ulp(x): the distance from |x| to the next double away from zero (down from the largest). */
export function ulp(x: number): number {
  if (Number.isNaN(x)) return x;
  const a = Math.abs(x);
  if (a === Infinity) return a;
  const up = nextAfter(a, Infinity, 1n);
  if (up === Infinity) return a - nextAfter(a, -Infinity, 1n);
  return up - a;
}

/**
 * IEEE 754 remainder: x − n·y for the integer n nearest x / y, an even n on a tie; exact.
 * The caller has ruled out NaN, an infinite x and a zero y.
 */
export function ieeeRemainder(x: number, y: number): number {
  if (!Number.isFinite(y)) return x;
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  const m = ax % ay; // fmod: exact
  const c = ay - m; // exact: both lie in [0, ay]
  let r: number;
  if (m < c) r = m;
  else if (m > c) r = -c;
  // Halfway: n is the even one of the two multiples around x / y.
  else r = m - 2 * ((0.5 * (ax - m)) % ay);
  return x < 0 || Object.is(x, -0) ? -r : r;
}

/** x · y + z rounded once; null when the exact result overflows the doubles. */
export function fusedMultiplyAdd(x: number, y: number, z: number): number | null {
  const p = exactParts(x);
  const q = exactParts(y);
  const s = exactParts(z);
  const pm = p.m * q.m;
  const pe = p.e + q.e;
  const e = Math.min(pe, s.e);
  const sum = (pm << BigInt(pe - e)) + (s.m << BigInt(s.e - e));
  // An exact zero keeps IEEE's sign rule for a sum, which the unfused expression follows.
  if (sum === 0n) return x * y + z;
  const r = roundScaled(sum, e);
  return Number.isFinite(r) ? r : null;
}
