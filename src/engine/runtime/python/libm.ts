/**
 * The C library's answers for the float math CPython hands to libm — float `**` and `pow()`,
 * `math.exp`, `math.exp2`, `math.log`, `math.log2`, `math.log10`, `math.pow` — and CPython's own `math.hypot` / `math.dist`.
 *
 * Why not V8's Math.pow / exp / log: they are fdlibm ports, one ulp away from glibc's and
 * musl's for 5–9 % of arguments (20,000 random powers: 1,797 differed from CPython 3.11 on
 * glibc and 1,782 from CPython 3.14 in pyodide; `2.5 ** 2.5` and `math.log(2.6)` among them),
 * so a Python program printed another last digit than CPython does. glibc and musl both use
 * the ARM optimized-routines exp / log / pow, whose error stays within 0.52 ulp: they return
 * the correctly rounded result except in rare hard cases (they disagree with each other on 15
 * of those 20,000 powers). So this file computes each result to about 100 bits in
 * double-double arithmetic and rounds it once.
 *
 * - log: x = 2^k · m with m in [√½, √2), m = c · (1 + …) for the nearest c = j/128, and
 *   log x = k·ln2 + log c + 2·atanh((m − c)/(m + c)); the log c table is summed once, lazily,
 *   from the same atanh series.
 * - exp: z = k·ln2 + j/64 + t, |t| ≤ 1/128; e^(j/64) from a table summed once, lazily (by
 *   expm1 of a 2^10th and ten doublings), times 1 + expm1(t) by its Taylor series; 2^k is
 *   applied when rounding (a subnormal result is rounded on its own grid).
 * - pow: exp(y · log x) with both parts double-double.
 * - hypot: CPython's vector_norm (Modules/mathmodule.c): power-of-two scaling, exact squares,
 *   compensated summation from 1.0, and one differential correction of the square root.
 *   With the exact squares taken by Dekker's split instead of an fma, the answer is the same.
 */

/** A double-double: hi + lo with |lo| ≤ ulp(hi) / 2. */
type DD = readonly [number, number];

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}

const SPLITTER = 134217729; // 2^27 + 1: Veltkamp's split of a double into two 26-bit halves

/** a · b exactly, as hi + lo (Dekker's product; no operand here is near overflow). */
function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

function ddAdd(a: DD, b: DD): DD {
  const [s, e1] = twoSum(a[0], b[0]);
  const [t, f] = twoSum(a[1], b[1]);
  const [s2, e2] = quickTwoSum(s, e1 + t);
  return quickTwoSum(s2, e2 + f);
}

function ddMul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  return quickTwoSum(p, e + (a[0] * b[1] + a[1] * b[0]));
}

function ddMulD(a: DD, d: number): DD {
  const [p, e] = twoProd(a[0], d);
  return quickTwoSum(p, e + a[1] * d);
}

function ddDiv(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  let r = ddAdd(a, ddMulD(b, -q1));
  const q2 = r[0] / b[0];
  r = ddAdd(r, ddMulD(b, -q2));
  const q3 = r[0] / b[0];
  return ddAdd(quickTwoSum(q1, q2), [q3, 0]);
}

/** a / d for a double d (a small integer here). */
function ddDivD(a: DD, d: number): DD {
  const q1 = a[0] / d;
  const [p, e] = twoProd(q1, d);
  const q2 = (a[0] - p - e + a[1]) / d;
  return quickTwoSum(q1, q2);
}

/** ln 2 and ln 10 to 106 bits (each checked against a 60-digit Decimal in tests/engine/libm.test.ts). */
const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];
const LN10: DD = [2.302585092994046, -2.1707562233822494e-16];

/** 2·atanh(s) = log((1 + s) / (1 − s)), summed until its terms fall below 2^-110 of s. */
function atanh2Series(s: DD): DD {
  const s2 = ddMul(s, s);
  let power = s;
  let sum = s;
  for (let n = 3; ; n += 2) {
    power = ddMul(power, s2);
    const term = ddDivD(power, n);
    sum = ddAdd(sum, term);
    if (Math.abs(term[0]) < Math.abs(s[0]) * 2 ** -110) break;
  }
  return [sum[0] * 2, sum[1] * 2];
}

const TABLE_FROM = 90; // 90/128 < √½
const TABLE_TO = 182; // 181/128 < √2 < 182/128
let logTable: DD[] | undefined;

/** log(j/128) for the table's j, summed once when first needed. */
function logOfTableEntry(j: number): DD {
  if (!logTable) {
    logTable = [];
    for (let i = TABLE_FROM; i <= TABLE_TO; i++) {
      const c = i / 128;
      // (c − 1) is exact; c + 1 is exact too for these c (8 significant bits).
      logTable.push(i === 128 ? [0, 0] : atanh2Series(ddDiv([c - 1, 0], [c + 1, 0])));
    }
  }
  return logTable[j - TABLE_FROM]!;
}

const bits = new DataView(new ArrayBuffer(8));

/** x = m · 2^k with m in [1, 2), for a finite x > 0 (a subnormal too). */
function frexp1(x: number): [number, number] {
  let shift = 0;
  if (x < 2 ** -1022) {
    x *= 2 ** 64;
    shift = 64;
  }
  bits.setFloat64(0, x);
  const hi = bits.getUint32(0);
  const k = (hi >>> 20) - 1023;
  bits.setUint32(0, (hi & 0x000fffff) | (1023 << 20));
  return [bits.getFloat64(0), k - shift];
}

/** log x to about 100 bits, for a finite x > 0. */
function logDD(x: number): DD {
  let [m, k] = frexp1(x);
  if (m > Math.SQRT2) {
    m /= 2;
    k += 1;
  }
  const j = Math.round(m * 128);
  const c = j / 128;
  // m − c is exact (Sterbenz: c/2 ≤ m ≤ 2c); |s| ≤ 1/256 / 1.4.
  const s = ddDiv([m - c, 0], twoSum(m, c));
  // 2·atanh(s) = 2(s + s³/3 + s⁵/5 + …): s and s³/3 double-double, the rest (below 2^-34 of s) in doubles.
  const s2 = s[0] * s[0];
  const cube = ddDivD(ddMul(ddMul(s, s), s), 3);
  const rest = s[0] * s2 * s2 * (1 / 5 + s2 * (1 / 7 + s2 * (1 / 9 + s2 / 11)));
  const atanh = ddAdd(ddAdd(s, cube), [rest, 0]);
  const logM = ddAdd(logOfTableEntry(j), [atanh[0] * 2, atanh[1] * 2]);
  return k === 0 ? logM : ddAdd(ddMulD(LN2, k), logM);
}

/**
 * expm1(r) for |r| ≤ ln2/2 the slow way: expm1(r / 2^10) by its Taylor series, then
 * expm1(2t) = 2·expm1(t) + expm1(t)² ten times (relative error does not grow along it).
 * Used once per table entry below.
 */
function expm1ByDoubling(r: DD): DD {
  const t: DD = [r[0] / 1024, r[1] / 1024];
  const t2 = ddMul(t, t);
  const t3 = ddMul(t2, t);
  const t4 = ddMul(t3, t);
  const u = t[0];
  const rest = u * t4[0] * (1 / 120 + u * (1 / 720 + u * (1 / 5040 + u * (1 / 40320 + u / 362880))));
  let e = ddAdd(ddAdd(ddAdd(t, [t2[0] / 2, t2[1] / 2]), ddDivD(t3, 6)), ddAdd(ddDivD(t4, 24), [rest, 0]));
  for (let i = 0; i < 10; i++) e = ddAdd([e[0] * 2, e[1] * 2], ddMul(e, e));
  return e;
}

const EXP_TABLE_HALF = 23; // e^(j/64) for |j| ≤ 23 covers |r| ≤ ln2/2 (22.2 / 64)
let expTable: DD[] | undefined;

function expOfTableEntry(j: number): DD {
  if (!expTable) {
    expTable = [];
    for (let i = -EXP_TABLE_HALF; i <= EXP_TABLE_HALF; i++) expTable.push(ddAdd([1, 0], expm1ByDoubling([i / 64, 0])));
  }
  return expTable[j + EXP_TABLE_HALF]!;
}

/**
 * e^z for a double-double z, as 2^k · (hi + lo) with hi + lo in [½, 2]; null when z is far
 * past the range (the caller knows which end). z = k·ln2 + j/64 + t with |t| ≤ 1/128:
 * e^z = 2^k · e^(j/64) · (1 + expm1(t)), the series through t⁵ double-double, the rest in doubles.
 */
function expDD(z: DD): { k: number; v: DD } | null {
  if (!(Math.abs(z[0]) < 800)) return null;
  const k = Math.round(z[0] / LN2[0]);
  const r = ddAdd(z, ddMulD(LN2, -k));
  const j = Math.round(r[0] * 64);
  const t = ddAdd(r, [-j / 64, 0]);
  const t2 = ddMul(t, t);
  const t3 = ddMul(t2, t);
  const t4 = ddMul(t3, t);
  const t5 = ddMul(t4, t);
  const u = t[0];
  const rest = t5[0] * u * (1 / 720 + u * (1 / 5040 + u * (1 / 40320 + u * (1 / 362880 + u * (1 / 3628800 + u / 39916800)))));
  const e = ddAdd(ddAdd(ddAdd(t, [t2[0] / 2, t2[1] / 2]), ddDivD(t3, 6)), ddAdd(ddAdd(ddDivD(t4, 24), ddDivD(t5, 120)), [rest, 0]));
  const table = expOfTableEntry(j);
  return { k, v: ddAdd(table, ddMul(table, e)) };
}

/** 2^k · (hi + lo) rounded once to the nearest double (ties to even), subnormals included. */
function scaleRounded(v: DD, k: number): number {
  const [hi, lo] = v;
  if (k > 1000) return hi * 2 ** 1000 * 2 ** (k - 1000); // exact, or Infinity
  // With hi in [½, 2) the result is normal: a power-of-two scaling of it is exact.
  if (k >= -1021) return hi * 2 ** k;
  // Below 2^-1021 the doubles are spaced 2^-1074 apart (subnormals and the lowest binade):
  // round (hi + lo) · 2^(k + 1074) to an integer.
  const shift = k + 1074;
  if (shift < -2) return 0;
  const qHi = hi * 2 ** shift;
  const qLo = lo * 2 ** shift;
  let n = Math.floor(qHi);
  const frac = qHi - n + qLo;
  if (frac > 0.5 || (frac === 0.5 && n % 2 === 1)) n += 1;
  else if (frac < -0.5 || (frac === -0.5 && n % 2 === 1)) n -= 1;
  return n * 2 ** -1074;
}

/** The C library's exp(x). */
export function libmExp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x > 710) return Infinity;
  if (x < -746) return 0;
  const e = expDD([x, 0])!;
  return scaleRounded(e.v, e.k);
}

/** The C library's exp2(x). */
export function libmExp2(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x >= 1024) return Infinity;
  if (x < -1080) return 0;
  if (Number.isInteger(x)) return x >= -1022 ? 2 ** x : 2 ** (x + 60) * 2 ** -60;
  const e = expDD(ddMulD(LN2, x))!;
  return scaleRounded(e.v, e.k);
}

/** The C library's log(x): NaN below 0, -Infinity at 0. */
export function libmLog(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log(x);
  if (x === 1) return 0;
  return logDD(x)[0];
}

/** The C library's log2(x). */
export function libmLog2(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log2(x);
  const [m, k] = frexp1(x);
  if (m === 1) return k;
  return ddDiv(logDD(x), LN2)[0];
}

/**
 * The C library's log10(x): correctly rounded, as musl's (pyodide) nearly always is. glibc's
 * log10 is off by an ulp more often (1,766 of 20,000 values where musl differed on 59).
 */
export function libmLog10(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log10(x);
  if (x === 1) return 0;
  return ddDiv(logDD(x), LN10)[0];
}

/** pow(x, y) for a finite x > 0 and a finite y. */
function powPositive(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  // Correctly rounded already: x · x, √x and 1 / x are single IEEE operations.
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === 0.5) return Math.sqrt(x);
  if (y === -1) return 1 / x;
  // Far out of range, decided on plain doubles: the double-double product of log x and a y near
  // the largest double overflows its error term to NaN, which no bound below catches
  // (10 ** 9e300 was an internal error: issue 10, fuzz seed 32002 input 31,499).
  const rough = Math.log(x) * y;
  if (rough > 1e4) return Infinity;
  if (rough < -1e4) return 0;
  const z = ddMulD(logDD(x), y);
  if (z[0] > 710) return Infinity;
  if (z[0] < -746) return 0;
  const e = expDD(z)!;
  return scaleRounded(e.v, e.k);
}

/**
 * C99's pow(x, y) as glibc computes it: what CPython's float `**` and math.pow get once they
 * have handled their own special cases (a negative base with a fractional exponent is NaN here).
 */
export function libmPow(x: number, y: number): number {
  if (y === 0) return 1;
  if (x === 1) return 1;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  // pow(-1, ±inf) is 1 in C99 (JavaScript says NaN).
  if (x === -1 && !Number.isFinite(y)) return 1;
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0) return Math.pow(x, y);
  if (x > 0) return powPositive(x, y);
  if (!Number.isInteger(y)) return NaN;
  const r = powPositive(-x, y);
  // |y| ≥ 2^53 is even.
  return Math.abs(y) < 2 ** 53 && y % 2 !== 0 ? -r : r;
}

/**
 * CPython's vector_norm: the length of a vector of absolute values whose largest is `max`
 * (math.hypot, math.dist). Within one ulp, and correctly rounded for all but very rare inputs.
 */
export function vectorNorm(values: readonly number[], max: number, foundNan: boolean): number {
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || values.length <= 1) return max;
  const [, maxExponent] = frexp1(max);
  // CPython's frexp exponent is one more (mantissa in [½, 1)).
  const e = maxExponent + 1;
  if (e < -1023) {
    // 2^-e would overflow: bring subnormals into the normal range first.
    const dblMin = 2 ** -1022;
    return (
      dblMin *
      vectorNorm(
        values.map((v) => v / dblMin),
        max / dblMin,
        foundNan,
      )
    );
  }
  const scale = 2 ** -e;
  let csum = 1;
  let frac1 = 0;
  let frac2 = 0;
  for (const v of values) {
    const x = v * scale;
    const [sq, sqLo] = twoProd(x, x);
    const [sum, sumLo] = quickTwoSum(csum, sq);
    csum = sum;
    frac1 += sqLo;
    frac2 += sumLo;
  }
  let h = Math.sqrt(csum - 1 + (frac1 + frac2));
  const [sq, sqLo] = twoProd(-h, h);
  const [sum, sumLo] = quickTwoSum(csum, sq);
  csum = sum;
  frac1 += sqLo;
  frac2 += sumLo;
  const x = csum - 1 + (frac1 + frac2);
  h += x / (2 * h);
  return h / scale;
}
