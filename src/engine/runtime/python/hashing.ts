/**
 * CPython's 64-bit hash values for the types whose hash is not randomised per process:
 * int and bool (Python/pyhash.c, modulus 2**61 - 1), float (`_Py_HashDouble`) and tuples
 * of those (`tuple_hash`, xxHash-based, Objects/tupleobject.c). `hash()` answers them and
 * set-order.ts lays sets out by them, so `{0.5, 0.25, 3.0}` prints in CPython's order.
 * Values are the signed Py_hash_t, as bigint; `undefined` means "not computable here"
 * (str hashes are randomised per process; instances hash by address).
 *
 * These are the 64-bit platform values: the 32-bit pyodide oracle computes modulo 2**31 - 1
 * and gets different answers for floats, big ints and tuples.
 */
import { PyFloat, PyTuple, type Value } from '../values';
import { bigRangeLength, PyRange } from './objects';
import { exact } from './range';

const MODULUS = (1n << 61n) - 1n;
const U64 = 1n << 64n;
const MASK64 = U64 - 1n;

/** hash(int): sign * (|v| mod (2**61 - 1)), -1 becomes -2. */
export function intHash(v: number | bigint): bigint {
  const b = typeof v === 'bigint' ? v : BigInt(v);
  const r = (b < 0n ? -b : b) % MODULUS;
  const h = b < 0n ? -r : r;
  return h === -1n ? -2n : h;
}

/** _Py_HashDouble for a non-NaN float (NaN hashes by identity). */
export function floatHash(x: number): bigint {
  if (x === Infinity) return 314159n;
  if (x === -Infinity) return -314159n;
  if (Number.isInteger(x)) return intHash(BigInt(x));
  let sign = 1n;
  let m = x;
  if (m < 0) {
    sign = -1n;
    m = -m;
  }
  // frexp: m * 2**e with 0.5 <= m < 1 (exact: scaling by powers of two).
  let e = 0;
  while (m >= 1) {
    m /= 2;
    e++;
  }
  while (m < 0.5) {
    m *= 2;
    e--;
  }
  let h = 0n;
  while (m) {
    h = ((h << 28n) & MODULUS) | (h >> 33n);
    m *= 268435456;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    h += BigInt(y);
    if (h >= MODULUS) h -= MODULUS;
  }
  const s = BigInt(e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61));
  h = ((h << s) & MODULUS) | (h >> (61n - s));
  h *= sign;
  return h === -1n ? -2n : h;
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** tuple_hash over the items' hashes. */
function tupleHash(items: readonly Value[]): bigint | undefined {
  const hashes: bigint[] = [];
  for (const item of items) {
    const h = valueHash(item);
    if (h === undefined) return undefined;
    hashes.push(h);
  }
  return hashOfTuple(hashes);
}

/** tuple_hash (Objects/tupleobject.c, xxHash-based) of items whose hashes are `hashes`. */
function hashOfTuple(hashes: readonly bigint[]): bigint {
  let acc = XXPRIME_5;
  for (const h of hashes) {
    const lane = h < 0n ? h + U64 : h;
    acc = (acc + lane * XXPRIME_2) & MASK64;
    acc = ((acc << 31n) | (acc >> 33n)) & MASK64;
    acc = (acc * XXPRIME_1) & MASK64;
  }
  acc = (acc + (BigInt(hashes.length) ^ (XXPRIME_5 ^ 3527539n))) & MASK64;
  if (acc === MASK64) return 1546275796n;
  return acc >= 1n << 63n ? acc - U64 : acc;
}

/** hash(None): a constant since CPython 3.12 (Objects/object.c `none_hash`). */
const NONE_HASH = 4238894112n;

/**
 * range_hash (Objects/rangeobject.c): the hash of `(len, start, step)`, with None for the
 * start of an empty range and the step of one of fewer than two values, so equal ranges
 * (`range(0)` and `range(5, 5)`) hash alike.
 */
function rangeHash(r: PyRange): bigint {
  const b = exact(r);
  const { start, step } = b;
  const n = bigRangeLength(b);
  return hashOfTuple([intHash(n), n === 0n ? NONE_HASH : intHash(start), n < 2n ? NONE_HASH : intHash(step)]);
}

/** CPython's hash of `v` when it is process-independent (see the header), else undefined. */
export function valueHash(v: Value): bigint | undefined {
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v))) return intHash(v);
  if (v instanceof PyFloat) return v.v === v.v ? floatHash(v.v) : undefined;
  if (v instanceof PyTuple) return tupleHash(v.items);
  if (v instanceof PyRange) return rangeHash(v);
  return undefined;
}
