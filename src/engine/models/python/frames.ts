/**
 * The Python frames of asyncio's own code and of the oracle's harness, pushed on the
 * program's call stack (runtime/call-stack.ts) where CPython has them, so a RecursionError
 * comes at CPython's depth (issue 10). `PY_FRAMES` says which frames each number stands for.
 */
import type { Realm } from '../../runtime/realm';
import { PY_FRAMES } from '../../runtime/call-stack';
import { pyError } from './host';

export { PY_FRAMES };

/** Push `n` Python frames: RecursionError when they do not fit (ceval `_Py_EnterRecursivePy`). */
export function pushFrames(realm: Realm, n: number): void {
  const stack = realm.stack;
  if ((stack.depth += n) > stack.pyLimit) {
    stack.depth -= n;
    throw pyError(realm, 'RecursionError', 'maximum recursion depth exceeded');
  }
}

export function popFrames(realm: Realm, n: number): void {
  realm.stack.depth -= n;
}

/** Run `body` with `n` more Python frames on the stack. */
export function inFrames<T>(realm: Realm, n: number, body: () => T): T {
  pushFrames(realm, n);
  try {
    return body();
  } finally {
    realm.stack.depth -= n;
  }
}
