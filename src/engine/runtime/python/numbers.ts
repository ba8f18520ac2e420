/**
 * Python numbers: int (TS number while |v| <= 2**53 - 1, bigint beyond, demoted back
 * when small — see ../values.ts) and float (PyFloat, always boxed).
 *
 * Integer results are exact: every operation that can leave the safe range is checked
 * (`Number.isSafeInteger`) and redone in bigint. Floor division and modulo follow
 * Python's sign rules (result of % has the divisor's sign; // rounds toward -inf).
 * Messages are CPython 3.14's (checked against Pyodide 314: every zero division says
 * `division by zero`, `0 ** -1` says `zero to a negative power`).
 */
import { PyFloat, type Value } from '../values';
import type { PyRuntime } from './state';
import { MAX_INT_BITS, weighBigIntOp } from '../limits';
import { libmPow } from './libm';

export type PyIntValue = number | bigint;

/** Demote a bigint that fits in a safe TS number. */
export function normBig(b: bigint): PyIntValue {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

export function toBig(v: number | bigint | boolean): bigint {
  return typeof v === 'bigint' ? v : BigInt(typeof v === 'boolean' ? (v ? 1 : 0) : v);
}

/** An int-like value (bool included) as a TS number or bigint. */
export function intOf(v: number | bigint | boolean): PyIntValue {
  return typeof v === 'boolean' ? (v ? 1 : 0) : v;
}

export function intAdd(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normBig(toBig(a) + toBig(b));
}

export function intSub(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normBig(toBig(a) - toBig(b));
}

/**
 * Arithmetic on long ints is weighed before it runs (limits.ts weighBigIntOp): past
 * MAX_INT_BITS the program gets CPython's MemoryError.
 */
export function weighIntOp(rt: PyRuntime, op: string, a: PyIntValue, b: PyIntValue): void {
  if (typeof a === 'number' && typeof b === 'number' && op !== '**' && op !== '<<') return;
  if (!weighBigIntOp(rt.realm.budget, op, toBig(a), toBig(b))) throw rt.error('MemoryError', '');
}

/** A result of `bits` bits: MemoryError past MAX_INT_BITS. */
export function checkIntBits(rt: PyRuntime, bits: number): void {
  if (!(bits <= MAX_INT_BITS)) throw rt.error('MemoryError', '');
}

export function intMul(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    // An exact product within ±2**53 is representable, so the double result is exact; `+ 0` drops -0.
    const r = a * b + 0;
    if (Number.isSafeInteger(r)) return r;
  }
  return normBig(toBig(a) * toBig(b));
}

export function intFloorDiv(rt: PyRuntime, a: PyIntValue, b: PyIntValue): PyIntValue {
  if (b === 0 || b === 0n) throw rt.error('ZeroDivisionError', 'division by zero');
  if (typeof a === 'number' && typeof b === 'number') return Math.floor(a / b) + 0;
  const x = toBig(a);
  const y = toBig(b);
  let q = x / y;
  if (x % y !== 0n && x < 0n !== y < 0n) q -= 1n;
  return normBig(q);
}

export function intMod(rt: PyRuntime, a: PyIntValue, b: PyIntValue): PyIntValue {
  if (b === 0 || b === 0n) throw rt.error('ZeroDivisionError', 'division by zero');
  if (typeof a === 'number' && typeof b === 'number') {
    let r = a % b;
    if (r !== 0 && r < 0 !== b < 0) r += b;
    return r + 0;
  }
  const x = toBig(a);
  const y = toBig(b);
  let r = x % y;
  if (r !== 0n && r < 0n !== y < 0n) r += y;
  return normBig(r);
}

/** floor(√n) for n ≥ 0: Newton's iteration from above, in integers (it only decreases until there). */
export function isqrtBig(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (let y = (x + n / x) >> 1n; y < x; y = (x + n / x) >> 1n) x = y;
  return x;
}

/** int ** int: an int for exponent >= 0, a float otherwise (as CPython). */
export function intPow(rt: PyRuntime, a: PyIntValue, b: PyIntValue): Value {
  if (b < 0) {
    if (a === 0 || a === 0n) throw rt.error('ZeroDivisionError', 'zero to a negative power');
    return new PyFloat(libmPow(intToFloat(rt, a), intToFloat(rt, b)));
  }
  if (typeof a === 'number' && typeof b === 'number') {
    if (a === 0 || a === 1) return b === 0 ? 1 : a;
    if (a === -1) return b % 2 === 0 ? 1 : -1;
    const r = Math.pow(a, b);
    // Math.pow is exact for results well inside the safe range; recheck near the edge in bigint.
    if (Math.abs(r) < 2 ** 52 && Number.isInteger(r)) return r;
  }
  weighIntOp(rt, '**', a, b);
  return normBig(toBig(a) ** toBig(b));
}

/**
 * Python int `a / b` (Objects/longobject.c long_true_divide): correctly rounded even when an
 * operand is past 2**53 or past the float range — (10**400) / (10**399) is 10.0.
 */
export function intTrueDiv(rt: PyRuntime, a: PyIntValue, b: PyIntValue): number {
  if (b === 0 || b === 0n) throw rt.error('ZeroDivisionError', 'division by zero');
  // Both exact as doubles: IEEE division rounds the true quotient once.
  if (typeof a === 'number' && typeof b === 'number' && Math.abs(a) <= 2 ** 53 && Math.abs(b) <= 2 ** 53) return a / b;
  const x = toBig(a);
  const y = toBig(b);
  const negative = x < 0n !== y < 0n;
  const n = x < 0n ? -x : x;
  const d = y < 0n ? -y : y;
  if (n === 0n) return negative ? -0 : 0;
  // Scale so the integer quotient has at least 55 bits (53 of mantissa, a rounding bit and a
  // sticky bit standing for any remainder), then let Number() round that once.
  const shift = 55 - (n.toString(2).length - d.toString(2).length);
  const num = shift > 0 ? n << BigInt(shift) : n;
  const den = shift < 0 ? d << BigInt(-shift) : d;
  let q = num / den;
  if (num % den !== 0n) q |= 1n;
  let r = Number(q);
  // r * 2**-shift, in steps that neither overflow nor underflow on the way.
  for (let k = -shift; k !== 0;) {
    const step = Math.max(-1000, Math.min(1000, k));
    r *= 2 ** step;
    k -= step;
  }
  if (!Number.isFinite(r)) throw rt.error('OverflowError', 'integer division result too large for a float');
  return negative ? -r : r;
}

export function intToFloat(rt: PyRuntime, a: PyIntValue | boolean): number {
  if (typeof a === 'number') return a;
  if (typeof a === 'boolean') return a ? 1 : 0;
  const f = Number(a);
  if (!Number.isFinite(f)) throw rt.error('OverflowError', 'int too large to convert to float');
  return f;
}

export function intShift(rt: PyRuntime, a: PyIntValue, b: PyIntValue, left: boolean): PyIntValue {
  if (b < 0) throw rt.error('ValueError', 'negative shift count');
  const x = toBig(a);
  const y = toBig(b);
  if (left) {
    if (y > 100_000_000n && x !== 0n) throw rt.error('OverflowError', 'too many digits in integer');
    return normBig(x << y);
  }
  return normBig(x >> y);
}

export function intBitwise(a: PyIntValue, b: PyIntValue, op: '&' | '|' | '^'): PyIntValue {
  if (typeof a === 'number' && typeof b === 'number' && Math.abs(a) <= 0x7fffffff && Math.abs(b) <= 0x7fffffff) {
    return op === '&' ? a & b : op === '|' ? a | b : a ^ b;
  }
  const x = toBig(a);
  const y = toBig(b);
  return normBig(op === '&' ? x & y : op === '|' ? x | y : x ^ y);
}

export function intNeg(a: PyIntValue): PyIntValue {
  return typeof a === 'number' ? 0 - a : normBig(-a);
}

export function intAbs(a: PyIntValue): PyIntValue {
  return typeof a === 'number' ? Math.abs(a) : normBig(a < 0n ? -a : a);
}

export function intCompare(a: PyIntValue, b: PyIntValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  const x = toBig(a);
  const y = toBig(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

// ---------------------------------------------------------------------------
// float

/** Python float `a // b` (CPython float_floor_div: floor of the true quotient via fmod). */
export function floatFloorDiv(rt: PyRuntime, a: number, b: number): number {
  if (b === 0) throw rt.error('ZeroDivisionError', 'division by zero');
  return floatDivmod(a, b)[0];
}

export function floatMod(rt: PyRuntime, a: number, b: number): number {
  if (b === 0) throw rt.error('ZeroDivisionError', 'division by zero');
  return floatDivmod(a, b)[1];
}

/** CPython's _float_div_mod (Objects/floatobject.c). */
export function floatDivmod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  // C tests `mod` and `div` against zero: a NaN is true there, falsy in JavaScript.
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1;
    }
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    // copysign(0.0, vx / wx)
    const q = vx / wx;
    floordiv = q < 0 || Object.is(q, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

export function floatPow(rt: PyRuntime, a: number, b: number): Value {
  if (a === 0 && b < 0) throw rt.error('ZeroDivisionError', 'zero to a negative power');
  if (a < 0 && !Number.isInteger(b) && Number.isFinite(b)) {
    throw rt.error('ValueError', 'complex results (negative base, fractional exponent) are not supported');
  }
  const r = libmPow(a, b);
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) {
    throw rt.error('OverflowError', "(34, 'Numerical result out of range')");
  }
  return new PyFloat(r);
}

/** `round(int|float)` with no ndigits: round half to even, result an int. */
export function roundHalfEven(x: number): PyIntValue {
  if (Math.abs(x) >= 2 ** 52) return Number.isSafeInteger(x) ? x : normBig(BigInt(x));
  let r = Math.round(x);
  if (Math.abs(x % 1) === 0.5) r = 2 * Math.round(x / 2);
  return r + 0;
}

// ---------------------------------------------------------------------------
// Exact decimal expansion of a double (for correctly rounded formatting).

const view = new DataView(new ArrayBuffer(8));

/** |x| = n × 10^-scale exactly (x finite). */
export function exactDecimal(x: number): { n: bigint; scale: number } {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (biased === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = biased - 1075;
  }
  if (e >= 0) return { n: mant << BigInt(e), scale: 0 };
  return { n: mant * 5n ** BigInt(-e), scale: -e };
}

/** n / 10^k rounded half to even. */
export function divPow10HalfEven(n: bigint, k: number): bigint {
  if (k <= 0) return n * 10n ** BigInt(-k);
  const d = 10n ** BigInt(k);
  const q = n / d;
  const r = n % d;
  const twice = r * 2n;
  if (twice > d || (twice === d && q % 2n === 1n)) return q + 1n;
  return q;
}

/** `format(x, '.{f}f')` digits for |x| (no sign), correctly rounded half-even as CPython. */
export function fixedDigits(x: number, f: number): string {
  const { n, scale } = exactDecimal(x);
  // Past the expansion's own digits (at most 1074 after the point) every digit is a zero:
  // appended, where multiplying by 10**(f - scale) took seconds in one step for a precision
  // of ten million (issue 10). The caller charged the text's length.
  const s = f >= scale ? n.toString() + '0'.repeat(f - scale) : divPow10HalfEven(n, scale - f).toString();
  if (f === 0) return s;
  const padded = s.padStart(f + 1, '0');
  return padded.slice(0, padded.length - f) + '.' + padded.slice(padded.length - f);
}

/** |x| as `d.ddd` with `p` digits after the point and its decimal exponent (x finite). */
export function expDigits(x: number, p: number): { mantissa: string; exp: number } {
  if (x === 0) return { mantissa: p > 0 ? '0.' + '0'.repeat(p) : '0', exp: 0 };
  const { n, scale } = exactDecimal(x);
  const digits = n.toString();
  const len = digits.length;
  let exp = len - 1 - scale;
  // All the expansion's digits and zeros after them (fixedDigits): exact, nothing to round.
  if (len <= p + 1) return { mantissa: p > 0 ? digits[0] + '.' + digits.slice(1) + '0'.repeat(p + 1 - len) : digits, exp };
  let q = divPow10HalfEven(n, len - (p + 1));
  let s = q.toString();
  if (s.length > p + 1) {
    // 9.99 → 10.0: one more digit; drop it (it is a zero) and bump the exponent.
    exp += 1;
    q = q / 10n;
    s = q.toString();
  }
  return { mantissa: p > 0 ? s[0] + '.' + s.slice(1) : s, exp };
}

export function formatExponent(exp: number): string {
  const sign = exp < 0 ? '-' : '+';
  const a = Math.abs(exp);
  return 'e' + sign + (a < 10 ? '0' + a : String(a));
}

/** `repr(float)`: the shortest round-tripping digits, fixed for 1e-4 <= |x| < 1e16, else exponent form. */
export function floatRepr(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  // toExponential() with no argument gives the shortest digits that round-trip (ECMA-262 Number::toString algorithm).
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(x.toExponential())!;
  const sign = m[1];
  const digits = m[2] + (m[3] ?? '');
  const exp = Number(m[4]);
  if (exp >= -4 && exp < 16) {
    if (exp >= 0) {
      const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
      const frac = digits.slice(exp + 1);
      return `${sign}${intPart}.${frac || '0'}`;
    }
    return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  }
  const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return `${sign}${mant}${formatExponent(exp)}`;
}

/** round(x, ndigits) for floats: correctly rounded through the exact decimal value. */
export function roundFloat(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (ndigits > 320) return x;
  if (ndigits < -320) return 0 * x;
  const { n, scale } = exactDecimal(x);
  const q = divPow10HalfEven(n, scale - ndigits);
  const text = ndigits >= 0 ? `${q}e-${ndigits}` : `${q}e${-ndigits}`;
  const r = Number(text);
  return x < 0 ? -r : r;
}

/** Parse Python int literal text (int('  -12 '), int('ff', 16), underscores allowed). */
export function parseIntText(text: string, base: number): PyIntValue | undefined {
  let s = text.trim();
  let neg = false;
  if (s.startsWith('-') || s.startsWith('+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  const lower = s.toLowerCase();
  if (base === 0) {
    if (/^0x/.test(lower)) ((base = 16), (s = s.slice(2)));
    else if (/^0o/.test(lower)) ((base = 8), (s = s.slice(2)));
    else if (/^0b/.test(lower)) ((base = 2), (s = s.slice(2)));
    else {
      base = 10;
      if (/^0+[1-9]/.test(s)) return undefined;
    }
  } else if ((base === 16 && /^0x/.test(lower)) || (base === 8 && /^0o/.test(lower)) || (base === 2 && /^0b/.test(lower))) {
    s = s.slice(2);
  }
  if (s === '' || s.startsWith('_') || s.endsWith('_') || s.includes('__')) return undefined;
  s = s.replace(/_/g, '');
  const lowered = s.toLowerCase();
  for (const ch of lowered) {
    const d = ch >= '0' && ch <= '9' ? ch.charCodeAt(0) - 48 : ch >= 'a' && ch <= 'z' ? ch.charCodeAt(0) - 87 : 99;
    if (d >= base) return undefined;
  }
  // BigInt() reads the bases it knows in one native pass; digit by digit is quadratic.
  const known = base === 10 ? '' : base === 16 ? '0x' : base === 8 ? '0o' : base === 2 ? '0b' : undefined;
  let acc = 0n;
  if (known !== undefined) acc = BigInt(known + lowered);
  else {
    const b = BigInt(base);
    for (const ch of lowered) acc = acc * b + BigInt(ch <= '9' ? ch.charCodeAt(0) - 48 : ch.charCodeAt(0) - 87);
  }
  return normBig(neg ? -acc : acc);
}

const DIGIT_LIMIT_HINT = 'use sys.set_int_max_str_digits() to increase the limit';

/**
 * The decimal digits of an int, refused past sys.get_int_max_str_digits() as CPython 3.11+
 * refuses them (Objects/longobject.c long_to_decimal_string_internal: the conversion is
 * quadratic, so a huge int printed by mistake is an error, not a stall). A cheap lower bound
 * on the digit count comes first, so a huge value is refused without converting it.
 */
export function intDecimal(rt: PyRuntime, v: PyIntValue): string {
  if (typeof v === 'number') return String(v);
  const limit = rt.maxStrDigits;
  const abs = v < 0n ? -v : v;
  if (limit > 0) {
    const bits = (abs.toString(16).length - 1) * 4;
    if (Math.floor(bits * Math.LOG10E * Math.LN2) + 1 > limit) throw digitLimitError(rt, '');
  }
  const digits = abs.toString();
  if (limit > 0 && digits.length > limit) throw digitLimitError(rt, '');
  return v < 0n ? '-' + digits : digits;
}

/** int(text, base) of a valid literal with more digits than the limit (bases that are not powers of two). */
export function checkIntDigits(rt: PyRuntime, text: string, base: number): void {
  const limit = rt.maxStrDigits;
  if (limit === 0 || text.length <= limit) return;
  let s = text.trim().replace(/^[+-]/, '');
  if (base === 0 && /^0[xob]/i.test(s)) return;
  if ((base & (base - 1)) === 0 && base !== 0) return;
  s = s.replace(/_/g, '');
  if (s.length > limit) throw digitLimitError(rt, `: value has ${s.length} digits`);
}

function digitLimitError(rt: PyRuntime, detail: string): unknown {
  return rt.error(
    'ValueError',
    `Exceeds the limit (${rt.maxStrDigits} digits) for integer string conversion${detail}; ${DIGIT_LIMIT_HINT}`,
  );
}

/** Parse Python float text (float(' 1.5 '), 'inf', '-nan', '1_000.5'). */
export function parseFloatText(text: string): number | undefined {
  const s = text
    .trim()
    .toLowerCase()
    .replace(/(?<=\d)_(?=\d)/g, '');
  const m = /^([+-]?)(inf|infinity|nan)$/.exec(s);
  if (m) return m[2] === 'nan' ? NaN : m[1] === '-' ? -Infinity : Infinity;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(s)) return undefined;
  return Number(s);
}
