/**
 * The combinatoric iterators of `itertools` — product, permutations, combinations,
 * combinations_with_replacement — lazy, as CPython's are (Modules/itertoolsmodule.c): the
 * input iterables are read into lists when the iterator is made, and each result tuple is
 * made when it is asked for, from an array of indexes into those lists that the next call
 * advances. The orders are CPython's, lexicographic by position in the input (the itertools
 * documentation states them; tests/cases/py/itertools_combinatoric_lazy.py checks them
 * against CPython).
 *
 * Why (issue 10, fuzz seed 17001 input 248,126): they used to compute every result up front,
 * in the one native call that made the iterator, so `list(product("ab", repeat=22))` built
 * 2**22 lists of 22 items before the budget could look at the heap, and the fuzzer's worker
 * died past 2 GB; `permutations(range(11))` or a large `r` did the same, and the recursion
 * that enumerated them could overflow the host stack. Now each result charges its size
 * before it is built (`arrayFits`: a result past the array cap is CPython's MemoryError), and
 * the consumer's steps (list(), a for loop) let the budget look at the heap as it grows.
 */
import { PyTuple, type Value } from '../values';
import { arrayFits } from '../limits';
import { DONE, type NextResult } from './objects';
import type { PyRuntime } from './state';

/** One result tuple of `r` items: MemoryError when it would pass the run's array cap. */
function room(rt: PyRuntime, r: number): void {
  if (!arrayFits(rt.realm.budget, r)) throw rt.error('MemoryError', '');
}

/** The items of `pool` at `indices[0..r)`, as a tuple. */
function pick(pool: readonly Value[], indices: readonly number[], r: number): PyTuple {
  const items = new Array<Value>(r);
  for (let k = 0; k < r; k++) items[k] = pool[indices[k]!]!;
  return new PyTuple(items);
}

/**
 * `product(*pools, repeat=repeat)`: position k of a result takes its item from pool
 * `k % pools.length`; the last position moves fastest, like an odometer's wheels.
 */
export function productNext(rt: PyRuntime, pools: readonly Value[][], repeat: number): () => NextResult {
  const width = pools.length * repeat;
  let indices: number[] | null = null;
  let over = false;
  return () => {
    if (over) return DONE;
    if (indices === null) {
      // No result at all when a pool is empty (unless there are no positions: one empty tuple).
      if (width > 0 && pools.some((p) => p.length === 0)) {
        over = true;
        return DONE;
      }
      room(rt, width);
      indices = new Array<number>(width).fill(0);
    } else {
      let k = width - 1;
      for (; k >= 0; k--) {
        const size = pools[k % pools.length]!.length;
        if (++indices[k]! < size) break;
        indices[k] = 0;
      }
      if (k < 0) {
        over = true;
        return DONE;
      }
      room(rt, width);
    }
    const items = new Array<Value>(width);
    for (let k = 0; k < width; k++) items[k] = pools[k % pools.length]![indices[k]!]!;
    return new PyTuple(items);
  };
}

/**
 * `permutations(pool, r)`. The first r of `indices` are the result; `cycles[i]` counts how
 * many more values position i takes before it wraps: the last position cycles through what
 * the ones before it left, and when a position wraps, its value moves to the end of
 * `indices` so the unused values stay in order behind the result.
 */
export function permutationsNext(rt: PyRuntime, pool: readonly Value[], r: number): () => NextResult {
  const n = pool.length;
  let indices: number[] | null = null;
  let cycles: number[] = [];
  let over = r > n;
  return () => {
    if (over) return DONE;
    if (indices === null) {
      room(rt, r);
      indices = Array.from({ length: n }, (_, k) => k);
      cycles = Array.from({ length: r }, (_, k) => n - k);
      return pick(pool, indices, r);
    }
    for (let i = r - 1; i >= 0; i--) {
      const left = --cycles[i]!;
      if (left === 0) {
        // Position i has taken every value: back to its first, the others after it in order.
        const first = indices[i]!;
        for (let k = i; k < n - 1; k++) indices[k] = indices[k + 1]!;
        indices[n - 1] = first;
        cycles[i] = n - i;
      } else {
        const j = n - left;
        const t = indices[i]!;
        indices[i] = indices[j]!;
        indices[j] = t;
        room(rt, r);
        return pick(pool, indices, r);
      }
    }
    over = true;
    return DONE;
  };
}

/**
 * `combinations(pool, r)` and `combinations_with_replacement(pool, r)`: increasing index
 * sequences (non-decreasing with replacement); the rightmost index that can still grow
 * grows by one and the ones after it restart just above it (at it, with replacement).
 */
export function combinationsNext(rt: PyRuntime, pool: readonly Value[], r: number, withReplacement: boolean): () => NextResult {
  const n = pool.length;
  let indices: number[] | null = null;
  let over = withReplacement ? n === 0 && r > 0 : r > n;
  return () => {
    if (over) return DONE;
    if (indices === null) {
      room(rt, r);
      indices = Array.from({ length: r }, (_, k) => (withReplacement ? 0 : k));
      return pick(pool, indices, r);
    }
    let i = r - 1;
    while (i >= 0 && indices[i] === (withReplacement ? n - 1 : i + n - r)) i--;
    if (i < 0) {
      over = true;
      return DONE;
    }
    const v = indices[i]! + 1;
    for (let k = i; k < r; k++) indices[k] = withReplacement ? v : v + (k - i);
    room(rt, r);
    return pick(pool, indices, r);
  };
}
