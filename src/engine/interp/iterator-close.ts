/**
 * IteratorClose (ECMAScript §7.4.11) at the interpreter's iteration sites: for-of,
 * array destructuring. The host iterators come from `ops.iterate` (runtime/js/iteration.ts:
 * a user iterator's host `return()` calls its `return` method and checks the result).
 *
 *  - Leaving normally (break, return, continue to an outer label, a pattern that did not
 *    exhaust the iterator): call `return()`; whatever it throws propagates. The user's
 *    `return` method runs between a `return x` statement and the function boundary that
 *    reads `pending.value`, so the pending return value is kept around the call.
 *  - Leaving by a JS exception: call `return()` too, but the original exception wins over
 *    anything `return()` throws (§7.4.11 step 5). Engine errors (budget, unsupported) run
 *    no more user code.
 */
import type { Value } from '../runtime/values';
import { Thrown } from '../runtime/thrown';
import { pending } from './core';

export function closeNormally(it: Iterator<Value>): void {
  if (!it.return) return;
  const saved = pending.value;
  it.return();
  pending.value = saved;
}

export function closeAfterThrow(it: Iterator<Value>, err: unknown): void {
  if (!it.return || !(err instanceof Thrown)) return;
  try {
    it.return();
  } catch (inner) {
    if (!(inner instanceof Thrown)) throw inner;
  }
}
