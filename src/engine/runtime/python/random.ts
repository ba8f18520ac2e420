/**
 * The `random` module, bit-exact with CPython 3.14 for a given seed: the same MT19937
 * generator (Modules/_randommodule.c) and the same pure-Python methods (Lib/random.py).
 * A teacher who writes `random.seed(42)` and shows `random.randint(1, 6)` sees the
 * numbers CPython prints.
 *
 * - seed(int): |a| split into 32-bit words, little-endian, fed to init_by_array
 *   (`random_seed` in _randommodule.c); bool is an int. seed(float): the float's hash
 *   (`(size_t)hash`, so a negative hash wraps to 2**64 + hash). seed(str): version 2,
 *   `int.from_bytes(a.encode() + sha512(a.encode()).digest())` (random.py `seed`).
 *   seed() / seed(None): CPython reads os.urandom; a run must be replayable, so the
 *   engine uses a fixed seed (0) instead — unseeded sequences differ from any real run,
 *   as real runs differ from each other.
 * - random(): genrand_res53 (two 32-bit outputs, 27 + 26 bits).
 * - getrandbits(k) and _randbelow(n) = `getrandbits(n.bit_length())` retried while >= n:
 *   randrange, randint, choice, shuffle, sample and choices go through them exactly as
 *   random.py does.
 */
import { None, PyFloat, type CallArgs, type Value } from '../values';
import { positional, keyword } from './args';
import { libmExp, libmLog } from './libm';
import { pyNative } from './classes';
import { toFloat } from './constructors';
import { getItem, pyLen, setItem } from './items';
import { toArray } from './iteration';
import { checkIntBits, normBig, toBig } from './numbers';
import { PyModule } from '../values';
import type { PyRuntime } from './state';
import { typeName } from './types';
import { sha512 } from './sha512';
import { floatHash } from './hashing';
import { arrayFits } from '../limits';

/** A C uint64_t's largest value. */
const UINT64_MAX = 2n ** 64n - 1n;

/** 2**63: a C ssize_t holds less. */
const SSIZE_LIMIT = 2n ** 63n;

const N = 624;
const M = 397;

/** The Mersenne Twister state of one `random.Random` (CPython's RandomObject). */
export class MersenneTwister {
  private readonly mt = new Uint32Array(N);
  private index = N + 1;

  constructor(key: number[] = [0]) {
    this.seedByArray(key);
  }

  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.index = N;
  }

  /** init_by_array (mt19937ar.c, as _randommodule.c). */
  seedByArray(key: number[]): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1664525)) + key[j]! + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  /** genrand_uint32. */
  next32(): number {
    const mt = this.mt;
    if (this.index >= N) {
      const mag = (y: number) => (y & 1 ? 0x9908b0df : 0);
      let kk = 0;
      for (; kk < N - M; kk++) {
        const y = (mt[kk]! & 0x80000000) | (mt[kk + 1]! & 0x7fffffff);
        mt[kk] = mt[kk + M]! ^ (y >>> 1) ^ mag(y);
      }
      for (; kk < N - 1; kk++) {
        const y = (mt[kk]! & 0x80000000) | (mt[kk + 1]! & 0x7fffffff);
        mt[kk] = mt[kk + (M - N)]! ^ (y >>> 1) ^ mag(y);
      }
      const y = (mt[N - 1]! & 0x80000000) | (mt[0]! & 0x7fffffff);
      mt[N - 1] = mt[M - 1]! ^ (y >>> 1) ^ mag(y);
      this.index = 0;
    }
    let y = mt[this.index++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** genrand_res53: a float in [0, 1) with 53 random bits. */
  random(): number {
    const a = this.next32() >>> 5;
    const b = this.next32() >>> 6;
    return (a * 67108864 + b) * (1 / 9007199254740992);
  }

  /**
   * getrandbits(k), k >= 0: 32-bit words filled least significant first. The words are joined
   * as hex digits, in time linear in k: OR-ing each into a growing BigInt was quadratic.
   */
  bits(k: number): bigint {
    if (k === 0) return 0n;
    if (k <= 32) return BigInt(this.next32() >>> (32 - k));
    const words = Math.ceil(k / 32);
    const hex: string[] = new Array<string>(words);
    for (let i = 0; i < words; i++, k -= 32) {
      let w = this.next32();
      if (k < 32) w >>>= 32 - k;
      hex[words - 1 - i] = w.toString(16).padStart(8, '0');
    }
    return BigInt(`0x${hex.join('')}`);
  }

  /** _randbelow_with_getrandbits(n), n > 0. */
  below(n: bigint): bigint {
    const k = n.toString(2).length;
    let r = this.bits(k);
    while (r >= n) r = this.bits(k);
    return r;
  }
}

/** The 32-bit words of a non-negative int, least significant first (at least one). */
/**
 * A non-negative int as init_by_array's key: its 32-bit words, least significant first
 * (`random_seed` in _randommodule.c). Read off the hex digits, which V8 produces in
 * near-linear time: shifting a huge bigint 32 bits at a time was quadratic in its size
 * (`random.seed('y' * 300000)` ran for seconds inside one call, issue 10).
 */
function wordsOf(n: bigint): number[] {
  const hex = n.toString(16);
  const key: number[] = [];
  for (let end = hex.length; end > 0; end -= 8) key.push(parseInt(hex.slice(Math.max(0, end - 8), end), 16));
  while (key.length > 1 && key[key.length - 1] === 0) key.pop();
  return key;
}

/** `int.from_bytes(bytes, 'big')` as key words, without building the int. */
function wordsOfBytes(bytes: Uint8Array): number[] {
  const key: number[] = [];
  for (let end = bytes.length; end > 0; end -= 4) {
    let word = 0;
    for (let i = Math.max(0, end - 4); i < end; i++) word = ((word << 8) | (bytes[i] ?? 0)) >>> 0;
    key.push(word);
  }
  while (key.length > 1 && key[key.length - 1] === 0) key.pop();
  return key.length === 0 ? [0] : key;
}

/** The key init_by_array gets for `seed(a)`, or a TypeError. */
function seedKey(rt: PyRuntime, a: Value): number[] {
  if (a === undefined || a === None) return [0];
  if (typeof a === 'boolean' || typeof a === 'number' || typeof a === 'bigint') {
    if (typeof a === 'number' && !Number.isInteger(a)) return wordsOf(BigInt.asUintN(64, floatHash(a)));
    const n = toBig(a);
    return wordsOf(n < 0n ? -n : n);
  }
  if (a instanceof PyFloat) return wordsOf(BigInt.asUintN(64, floatHash(a.v)));
  if (typeof a === 'string') {
    const utf8 = new TextEncoder().encode(a);
    const all = new Uint8Array(utf8.length + 64);
    all.set(utf8, 0);
    all.set(sha512(utf8), utf8.length);
    return wordsOfBytes(all);
  }
  throw rt.error('TypeError', 'The only supported seed types are:\nNone, int, float, str, bytes, and bytearray.');
}

/** `_index(v)` of random.py: an int (bool included) as a bigint. */
function index(rt: PyRuntime, v: Value): bigint {
  if (typeof v === 'boolean' || typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v))) return toBig(v);
  throw rt.error('TypeError', `'${typeName(rt, v)}' object cannot be interpreted as an integer`);
}

/** Python's str() of an argument in a message (ints and strs are all random.py shows). */
function shown(v: Value): string {
  return typeof v === 'boolean' ? (v ? 'True' : 'False') : String(v instanceof PyFloat ? v.v : v);
}

const floorDiv = (a: bigint, b: bigint): bigint => {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
};

export function randomModule(rt: PyRuntime): PyModule {
  const gen = new MersenneTwister();
  const f = (x: number) => new PyFloat(x);
  const below = (n: number | bigint): number => Number(gen.below(BigInt(n)));
  const def = (name: string, impl: (a: CallArgs) => Value) =>
    m.dict.set(
      name,
      pyNative(name, (_self, args) => impl(args)),
    );
  const m = new PyModule('random');
  m.dict.set('__name__', 'random');

  // Random.gauss_next: gauss() makes two normal deviates at a time and keeps the second.
  let gaussNext: number | null = null;
  def('seed', (a) => {
    const [s] = positional(rt, 'seed', a, 0, 2, ['a', 'version']);
    gen.seedByArray(seedKey(rt, s ?? keyword(a, 'a')));
    gaussNext = null;
    return None;
  });
  def('random', (a) => (positional(rt, 'random', a, 0, 0), f(gen.random())));
  def('getrandbits', (a) => {
    const k = index(rt, positional(rt, 'getrandbits', a, 1, 1)[0]);
    if (k < 0n) throw rt.error('ValueError', 'Cannot convert negative int');
    // _randommodule.c (3.14) takes k as a C uint64_t; the int is sized before it is built
    // (MemoryError past the engine's int cap, as CPython's allocation fails far beyond it) and
    // its words count against the budget (issue 10: getrandbits(2**64) looped in one native
    // call, fuzz seed 29001 input 354670).
    if (k > UINT64_MAX) throw rt.error('OverflowError', 'Python int too large for C uint64_t');
    checkIntBits(rt, Number(k));
    arrayFits(rt.realm.budget, Math.ceil(Number(k) / 32));
    return normBig(gen.bits(Number(k)));
  });
  def('uniform', (a) => {
    const [lo, hi] = positional(rt, 'uniform', a, 2, 2).map((v) => toFloat(rt, v)) as [number, number];
    return f(lo + (hi - lo) * gen.random());
  });
  // The real-valued distributions of Lib/random.py, step for step (the same calls of random()
  // in the same order, so a seeded run prints CPython's numbers).
  const floats = (name: string, a: CallArgs, params: readonly string[], defaults: readonly (number | undefined)[]): number[] => {
    const p = positional(rt, name, a, 0, params.length, params);
    const given = params.map((param, i) => p[i] ?? keyword(a, param));
    const missing = params.filter((_, i) => given[i] === undefined && defaults[i] === undefined).map((x) => `'${x}'`);
    if (missing.length > 0) {
      const list =
        missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')}${missing.length > 2 ? ',' : ''} and ${missing.at(-1)}`;
      throw rt.error(
        'TypeError',
        `Random.${name}() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${list}`,
      );
    }
    return given.map((v, i) => (v === undefined ? defaults[i]! : toFloat(rt, v)));
  };
  const NV_MAGICCONST = (4 * libmExp(-0.5)) / Math.sqrt(2.0);
  const normal = (mu: number, sigma: number): number => {
    let z: number;
    for (;;) {
      rt.realm.budget.charge(1);
      const u1 = gen.random();
      const u2 = 1.0 - gen.random();
      z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
      const zz = (z * z) / 4.0;
      if (zz <= -libmLog(u2)) break;
    }
    return mu + z * sigma;
  };
  const logOf = (x: number): number => {
    if (x === 0) throw rt.error('ValueError', 'expected a positive input');
    return libmLog(x);
  };
  def('normalvariate', (a) => {
    const [mu, sigma] = floats('normalvariate', a, ['mu', 'sigma'], [0.0, 1.0]) as [number, number];
    return f(normal(mu, sigma));
  });
  def('lognormvariate', (a) => {
    const [mu, sigma] = floats('lognormvariate', a, ['mu', 'sigma'], [undefined, undefined]) as [number, number];
    const r = libmExp(normal(mu, sigma));
    if (!Number.isFinite(r)) throw rt.error('OverflowError', 'math range error');
    return f(r);
  });
  def('gauss', (a) => {
    const [mu, sigma] = floats('gauss', a, ['mu', 'sigma'], [0.0, 1.0]) as [number, number];
    let z = gaussNext;
    gaussNext = null;
    if (z === null) {
      const x2pi = gen.random() * 2 * Math.PI;
      const g2rad = Math.sqrt(-2.0 * logOf(1.0 - gen.random()));
      z = Math.cos(x2pi) * g2rad;
      gaussNext = Math.sin(x2pi) * g2rad;
    }
    return f(mu + z * sigma);
  });
  def('expovariate', (a) => {
    const [lambd] = floats('expovariate', a, ['lambd'], [1.0]) as [number];
    if (lambd === 0) throw rt.error('ZeroDivisionError', 'float division by zero');
    return f(-logOf(1.0 - gen.random()) / lambd);
  });
  def('triangular', (a) => {
    const p = positional(rt, 'triangular', a, 0, 3, ['low', 'high', 'mode']);
    const arg = (i: number, name: string) => p[i] ?? keyword(a, name);
    let low = arg(0, 'low') === undefined ? 0.0 : toFloat(rt, arg(0, 'low')!);
    let high = arg(1, 'high') === undefined ? 1.0 : toFloat(rt, arg(1, 'high')!);
    const mode = arg(2, 'mode');
    let u = gen.random();
    if (high === low) return f(low);
    let c = mode === undefined || mode === None ? 0.5 : (toFloat(rt, mode) - low) / (high - low);
    if (u > c) {
      u = 1.0 - u;
      c = 1.0 - c;
      [low, high] = [high, low];
    }
    return f(low + (high - low) * Math.sqrt(u * c));
  });
  const randrange = (start: Value, stop: Value | undefined, step: Value | undefined): Value => {
    const istart = index(rt, start);
    if (stop === undefined || stop === None) {
      if (step !== undefined) throw rt.error('TypeError', 'Missing a non-None stop argument');
      if (istart > 0n) return normBig(gen.below(istart));
      throw rt.error('ValueError', 'empty range for randrange()');
    }
    const istop = index(rt, stop);
    const width = istop - istart;
    const istep = step === undefined ? 1n : index(rt, step);
    if (istep === 1n) {
      if (width > 0n) return normBig(istart + gen.below(width));
      throw rt.error('ValueError', `empty range in randrange(${shown(start)}, ${shown(stop)})`);
    }
    if (istep === 0n) throw rt.error('ValueError', 'zero step for randrange()');
    const n = istep > 0n ? floorDiv(width + istep - 1n, istep) : floorDiv(width + istep + 1n, istep);
    if (n <= 0n) throw rt.error('ValueError', `empty range in randrange(${shown(start)}, ${shown(stop)}, ${shown(step)})`);
    return normBig(istart + istep * gen.below(n));
  };
  def('randrange', (a) => {
    const [start, stop, step] = positional(rt, 'randrange', a, 1, 3);
    return randrange(start, stop, step);
  });
  def('randint', (a) => {
    const [lo, hi] = positional(rt, 'randint', a, 2, 2);
    const ia = index(rt, lo);
    const ib = index(rt, hi);
    if (ib < ia) throw rt.error('ValueError', `empty range in randint(${ia}, ${ib})`);
    return normBig(ia + gen.below(ib - ia + 1n));
  });
  def('choice', (a) => {
    const [seq] = positional(rt, 'choice', a, 1, 1);
    const n = pyLen(rt, seq);
    if (n === 0) throw rt.error('IndexError', 'Cannot choose from an empty sequence');
    return getItem(rt, seq, below(n));
  });
  def('shuffle', (a) => {
    const [x] = positional(rt, 'shuffle', a, 1, 1);
    for (let i = pyLen(rt, x) - 1; i > 0; i--) {
      const j = below(i + 1);
      const xi = getItem(rt, x, i);
      const xj = getItem(rt, x, j);
      setItem(rt, x, i, xj);
      setItem(rt, x, j, xi);
    }
    return None;
  });
  def('sample', (a) => {
    const [population, kv] = positional(rt, 'sample', a, 1, 2, ['k', 'counts']);
    if (keyword(a, 'counts') !== undefined)
      throw rt.error('NotImplementedError', 'random.sample(counts=...) is not supported by this engine');
    const kArg = kv ?? keyword(a, 'k');
    if (kArg === undefined) throw rt.error('TypeError', "Random.sample() missing 1 required positional argument: 'k'");
    const tn = typeName(rt, population);
    if (tn === 'set' || tn === 'frozenset' || tn === 'dict')
      throw rt.error('TypeError', 'Population must be a sequence.  For dicts or sets, use sorted(d).');
    const n = pyLen(rt, population);
    const k = Number(index(rt, kArg));
    if (!(k >= 0 && k <= n)) throw rt.error('ValueError', 'Sample larger than population or is negative');
    if (!arrayFits(rt.realm.budget, k)) throw rt.error('MemoryError', '');
    const result: Value[] = new Array(k);
    let setsize = 21;
    if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4));
    if (n <= setsize) {
      const pool = toArray(rt, population);
      for (let i = 0; i < k; i++) {
        const j = below(n - i);
        result[i] = pool[j]!;
        pool[j] = pool[n - i - 1]!;
      }
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < k; i++) {
        let j = below(n);
        while (selected.has(j)) j = below(n);
        selected.add(j);
        result[i] = getItem(rt, population, j);
      }
    }
    return result;
  });
  def('choices', (a) => {
    const [population, weightsArg] = positional(rt, 'choices', a, 1, 2, ['weights', 'cum_weights', 'k']);
    const weights = weightsArg ?? keyword(a, 'weights');
    const cumArg = keyword(a, 'cum_weights');
    // `for i in _repeat(None, k)`: itertools.repeat takes a C ssize_t (a negative k repeats
    // nothing), and the list it fills must fit in memory (limits.ts, before it is built).
    const kv = index(rt, keyword(a, 'k') ?? 1);
    if (BigInt(kv) >= SSIZE_LIMIT || BigInt(kv) < -SSIZE_LIMIT)
      throw rt.error('OverflowError', 'Python int too large to convert to C ssize_t');
    const k = Math.max(0, Number(kv));
    if (!arrayFits(rt.realm.budget, k)) throw rt.error('MemoryError', '');
    const n = pyLen(rt, population);
    const out: Value[] = [];
    if ((cumArg === undefined || cumArg === None) && (weights === undefined || weights === None)) {
      for (let i = 0; i < k; i++) out.push(getItem(rt, population, Math.floor(gen.random() * n)));
      return out;
    }
    if (cumArg !== undefined && cumArg !== None && weights !== undefined && weights !== None) {
      throw rt.error('TypeError', 'Cannot specify both weights and cumulative weights');
    }
    let cum: number[];
    if (cumArg !== undefined && cumArg !== None) cum = toArray(rt, cumArg).map((v) => toFloat(rt, v));
    else {
      let acc = 0;
      cum = toArray(rt, weights).map((v) => (acc += toFloat(rt, v)));
    }
    if (cum.length !== n) throw rt.error('ValueError', 'The number of weights does not match the population');
    const total = cum[n - 1]! + 0;
    if (total <= 0) throw rt.error('ValueError', 'Total of weights must be greater than zero');
    if (!Number.isFinite(total)) throw rt.error('ValueError', 'Total of weights must be finite');
    for (let i = 0; i < k; i++) {
      // bisect_right(cum_weights, random() * total, 0, n - 1)
      const x = gen.random() * total;
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (x < cum[mid]!) hi = mid;
        else lo = mid + 1;
      }
      out.push(getItem(rt, population, lo));
    }
    return out;
  });
  return m;
}
