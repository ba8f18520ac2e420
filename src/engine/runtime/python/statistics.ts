/**
 * The `statistics` module's averages and spreads for ints, floats and bools (CPython 3.14
 * Lib/statistics.py): mean, fmean, median (low / high), mode, multimode, variance, pvariance,
 * stdev, pstdev. CPython sums the data exactly (as Fractions) and rounds once, so does this
 * file: every int and float is an exact m · 2^e, sums are BigInt, and a mean or a variance is a
 * fraction rounded to the nearest float — or kept an int when the data are ints and it is
 * whole. stdev is the correctly rounded square root of that fraction, as CPython's
 * `_float_sqrt_of_frac` is. The other names (quantiles, NormalDist, correlation, ...) are
 * unsupported, with their position (stdlib-names.ts).
 */
import { unsupported } from '../../errors';
import { Thrown } from '../thrown';
import { None, PyFloat, type PyModule, type CallArgs, type Value } from '../values';
import { positional } from './args';
import { defineExceptionClass, nativeModule } from './classes';
import { hashKey } from './equality';
import { exactParts, roundScaled } from './float-bits';
import { toArray } from './iteration';
import { isqrtBig, normBig } from './numbers';
import { bitLength } from '../limits';
import { binary } from './operators';
import { sortValues } from './list-methods';
import type { PyRuntime } from './state';
import { typeName } from './types';

/** The least exponent of the parts, and 0 at most (a loop: a spread of a million would overflow the stack). */
function leastExponent(parts: readonly { e: number }[]): number {
  let e = 0;
  for (const p of parts) if (p.e < e) e = p.e;
  return e;
}

/** A rational n / d, d > 0. */
interface Fraction {
  n: bigint;
  d: bigint;
}

/** The float nearest n / d (ties to even): a quotient of 55+ bits and a sticky bit, rounded once. */
function fractionToFloat({ n, d }: Fraction): number {
  if (n === 0n) return 0;
  const negative = n < 0n;
  const a = negative ? -n : n;
  const s = 56 - (bitLength(a) - bitLength(d));
  const num = s >= 0 ? a << BigInt(s) : a;
  const den = s >= 0 ? d : d << BigInt(-s);
  const q = num / den;
  const t = (q << 1n) | (num % den === 0n ? 0n : 1n);
  const r = roundScaled(t, -s - 1);
  return negative ? -r : r;
}

/** The correctly rounded square root of n / d ≥ 0: 110+ bits of root, then a sticky bit. */
function sqrtOfFraction({ n, d }: Fraction): number {
  if (n === 0n) return 0;
  const k = Math.max(0, Math.ceil((112 - (bitLength(n) - bitLength(d))) / 2));
  const scaled = n << BigInt(2 * k);
  const whole = scaled / d;
  const root = isqrtBig(whole);
  const exact = root * root === whole && whole * d === scaled;
  return roundScaled((root << 1n) | (exact ? 0n : 1n), -k - 1);
}

export function installStatistics(rt: PyRuntime): PyModule {
  const StatisticsError = defineExceptionClass(rt.realm, 'StatisticsError', 'ValueError', 'statistics');
  const fail = (message: string): never => {
    throw new Thrown(rt.newException(StatisticsError, [message]));
  };

  /** A value's exact m · 2^e, and whether it is a float; CPython's _exact_ratio TypeError otherwise. */
  const exact = (v: Value): { m: bigint; e: number; float: boolean; special?: number } => {
    if (typeof v === 'boolean') return { m: v ? 1n : 0n, e: 0, float: false };
    if (typeof v === 'bigint') return { m: v, e: 0, float: false };
    if (typeof v === 'number' && Number.isInteger(v)) return { m: BigInt(v), e: 0, float: false };
    if (v instanceof PyFloat || typeof v === 'number') {
      const x = typeof v === 'number' ? v : v.v;
      if (!Number.isFinite(x)) return { m: 0n, e: 0, float: true, special: x };
      return { ...exactParts(x), float: true };
    }
    throw rt.error('TypeError', `can't convert type '${typeName(rt, v)}' to numerator/denominator`);
  };

  /**
   * CPython's _sum: the exact total of the data, the count, and whether any was a float
   * (the result type); an infinity or NaN makes the total that float.
   */
  const sum = (values: readonly Value[]) => {
    // BigInt work in proportion to the data, weighed as the loop it is (issue 10).
    rt.realm.budget.charge(values.length);
    const parts = values.map(exact);
    const float = parts.some((p) => p.float);
    const specials = parts.filter((p) => p.special !== undefined);
    if (specials.length > 0) return { total: specials.reduce((s, p) => s + p.special!, 0), count: parts.length, float };
    const e = leastExponent(parts);
    let total = 0n;
    for (const p of parts) total += p.m << BigInt(p.e - e);
    return { total: { n: total, d: 1n << BigInt(-e) } as Fraction, count: parts.length, float };
  };

  /** CPython's _convert: an int when the data were ints and the value is whole, else the nearest float. */
  const convert = (value: Fraction, float: boolean): Value => {
    if (!float && value.n % value.d === 0n) return normBig(value.n / value.d);
    return new PyFloat(toFloat(value));
  };
  /** float(Fraction): its OverflowError past the largest float. */
  const toFloat = (value: Fraction): number => {
    const r = fractionToFloat(value);
    if (!Number.isFinite(r)) throw rt.error('OverflowError', 'integer division result too large for a float');
    return r;
  };

  /** The exact sum of squared deviations from the data's mean or `centre` (CPython's _ss); a float when the data hold an infinity or NaN. */
  const squaredDeviations = (values: readonly Value[], centre: Value) => {
    if (centre !== None) {
      const deviations = values.map((x) => binary(rt, '-', x, centre));
      const { total, count, float } = sum(deviations.map((d) => binary(rt, '*', d, d)));
      return { ss: total, count, float: float || exact(centre).float };
    }
    const { total, count, float } = sum(values);
    if (typeof total === 'number') return { ss: total, count, float };
    // Σx is sum's total, over 2^-e for the least exponent e; Σx² is over 2^-2e.
    const parts = values.map(exact);
    const e = leastExponent(parts);
    const sx = total.n;
    let sxx = 0n;
    for (const p of parts) sxx += (p.m * p.m) << BigInt(2 * (p.e - e));
    // (count · Σx² − (Σx)²) / count, exactly: over 2^-2e both.
    const n = BigInt(count);
    return { ss: { n: n * sxx - sx * sx, d: n << BigInt(-2 * e) } as Fraction, count, float };
  };

  const data = (a: CallArgs, name: string, max = 1, keywords: string[] = []) => positional(rt, name, a, 1, max, keywords);

  const spread = (name: string, population: boolean, root: boolean) => (a: CallArgs) => {
    const keyword = population ? 'mu' : 'xbar';
    const [raw, given = None] = data(a, name, 2, [keyword]);
    const centre = a.keywords?.get(keyword) ?? given;
    const values = toArray(rt, raw!);
    const { ss, count, float } = squaredDeviations(values, centre);
    const least = population ? 1 : 2;
    if (count < least) fail(`${name} requires at least ${population ? 'one data point' : 'two data points'}`);
    const divisor = BigInt(population ? count : count - 1);
    if (typeof ss === 'number') return new PyFloat(root ? Math.sqrt(ss / Number(divisor)) : ss / Number(divisor));
    const value = { n: ss.n, d: ss.d * divisor };
    return root ? new PyFloat(sqrtOfFraction(value)) : convert(value, float);
  };

  const sortedData = (a: CallArgs, name: string) => {
    const values = [...toArray(rt, data(a, name)[0]!)];
    sortValues(rt, values, None, false);
    if (values.length === 0) fail('no median for empty data');
    return values;
  };

  /** Counts by equality, in first-seen order (collections.Counter). */
  const counts = (values: readonly Value[]) => {
    const seen = new Map<unknown, { value: Value; count: number }>();
    for (const v of values) {
      // Counter's C counting loop reports a plain "unhashable type".
      const key = hashKey(rt, v, 'hash');
      const entry = seen.get(key);
      if (entry) entry.count++;
      else seen.set(key, { value: v, count: 1 });
    }
    return [...seen.values()];
  };

  const m = nativeModule('statistics', {
    mean: (a) => {
      const { total, count, float } = sum(toArray(rt, data(a, 'mean')[0]!));
      if (count < 1) fail('mean requires at least one data point');
      if (typeof total === 'number') return new PyFloat(total / count);
      return convert({ n: total.n, d: total.d * BigInt(count) }, float);
    },
    fmean: (a) => {
      const [raw, weights = None] = data(a, 'fmean', 2, ['weights']);
      if (weights !== None || (a.keywords?.get('weights') ?? None) !== None)
        throw unsupported("statistics.fmean's weights", rt.realm.callLoc);
      // fsum(data) / n: the exact sum rounded once, then divided.
      const { total, count } = sum(toArray(rt, raw!));
      if (count < 1) fail('fmean requires at least one data point');
      if (typeof total === 'number' && Number.isNaN(total) && !toArray(rt, raw!).some((v) => Number.isNaN(exact(v).special)))
        throw rt.error('ValueError', '-inf + inf in fsum');
      if (typeof total === 'number') return new PyFloat(total / count);
      const r = fractionToFloat(total);
      if (!Number.isFinite(r)) throw rt.error('OverflowError', 'intermediate overflow in fsum');
      return new PyFloat(r / count);
    },
    median: (a) => {
      const values = sortedData(a, 'median');
      const n = values.length;
      if (n % 2 === 1) return values[n >> 1]!;
      return binary(rt, '/', binary(rt, '+', values[n / 2 - 1]!, values[n / 2]!), 2);
    },
    median_low: (a) => {
      const values = sortedData(a, 'median_low');
      const n = values.length;
      return values[n % 2 === 1 ? n >> 1 : n / 2 - 1]!;
    },
    median_high: (a) => {
      const values = sortedData(a, 'median_high');
      return values[values.length >> 1]!;
    },
    mode: (a) => {
      const all = counts(toArray(rt, data(a, 'mode')[0]!));
      if (all.length === 0) fail('no mode for empty data');
      // max() keeps the first of equal counts.
      return all.reduce((best, c) => (c.count > best.count ? c : best)).value;
    },
    multimode: (a) => {
      const all = counts(toArray(rt, data(a, 'multimode')[0]!));
      const most = all.reduce((n, c) => Math.max(n, c.count), 0);
      return all.filter((c) => c.count === most).map((c) => c.value);
    },
    variance: spread('variance', false, false),
    pvariance: spread('pvariance', true, false),
    stdev: spread('stdev', false, true),
    pstdev: spread('pstdev', true, true),
  });
  m.dict.set('StatisticsError', StatisticsError);
  return m;
}
