/**
 * Python `async for` (Language Reference §8.8.1, PEP 492; CPython compile.c
 * `compiler_async_for`: GET_AITER, then per item GET_ANEXT + await, END_ASYNC_FOR):
 *
 *     it = type(src).__aiter__(src)
 *     while True:
 *         try: x = await type(it).__anext__(it)
 *         except StopAsyncIteration: break        # then the else clause
 *         target = x; body
 *
 *  - Each `__anext__` await is a real await through the model (a suspension point in the
 *    lanes whenever the async iterator really suspends).
 *  - Leaving the loop early does not close the iterator (there is no aclose in the
 *    protocol); but when the iterable expression is the call that created an async
 *    generator, the loop held its only reference, and CPython's reference counting
 *    finalizes it right there: the asyncgen `finalizer` hook of the loop that first iterated
 *    it schedules its `aclose()` (base_events.py `_asyncgen_finalizer_hook`).
 * `compileAsyncIterationParts` gives async comprehensions the same steps.
 */
import type { ForOf, Loc } from '../ir/nodes';
import { unsupported } from '../errors';
import type { Value } from '../runtime/values';
import { Thrown } from '../runtime/thrown';
import { finalizeTemporary } from '../runtime/python/generators';
import { aiterOf, anextOf, isStopAsyncIteration } from '../runtime/python/async-iteration';
import { pyRuntime } from '../runtime/python/index';
import { tick, type Realm } from '../runtime/realm';
import type { Cx } from './context';
import type { Completion, Env, GenStmtFn } from './core';
import { compileExprD } from './compile';
import { compileLoopHead, loopControl } from './loop-heads';
import { compileBodyD } from './compile';
import { containsAwait } from './analysis';

type Gen<T> = Generator<unknown, T, unknown>;

/** Marks the end of an async iteration (the StopAsyncIteration of `__anext__`). */
export const ASYNC_DONE: unique symbol = Symbol('async-done');

/** One async iteration: `it = aiter(src)`, then `next()` awaits the next item (ASYNC_DONE at the end). */
export function pyAsyncIteration(realm: Realm, src: Value, loc: Loc): { it: Value; next(): Gen<Value | typeof ASYNC_DONE> } {
  const rt = pyRuntime(realm);
  const it = aiterOf(rt, src, 'async for');
  return {
    it,
    *next() {
      const aw = anextOf(rt, it);
      try {
        return yield* realm.model.awaitValue(aw, loc);
      } catch (err) {
        if (isStopAsyncIteration(rt, err)) return ASYNC_DONE;
        throw err;
      }
    },
  };
}

export function compilePyAsyncForG(cx: Cx, s: ForOf): GenStmtFn {
  if (containsAwait(s.target)) throw unsupported('await inside a loop target', s.loc);
  const source = compileExprD(cx, s.iter);
  const head = compileLoopHead(cx, s.declKind, s.target, s.body);
  const body = compileBodyD(head.hcx, s.body);
  const orelse = s.orelse.length ? compileBodyD(cx, s.orelse) : undefined;
  const realm = cx.realm;
  const budget = cx.st.budget;
  const loc = s.loc;
  const label = s.label;
  // The loop holds the only reference to an async generator its iterable expression created.
  const temporarySite = s.iter.kind === 'Call' ? s.iter.loc : undefined;
  return function* (e: Env) {
    const src = source.g ? yield* source.g(e) : source.p(e);
    const iteration = pyAsyncIteration(realm, src, loc);
    let c: Completion = undefined;
    try {
      for (;;) {
        const x = yield* iteration.next();
        if (x === ASYNC_DONE) break;
        tick(budget, loc);
        const be = head.bind(e, x);
        c = body.g ? yield* body.g(be) : body.p(be);
        if (c !== undefined) {
          if (loopControl(c, label) === 0) {
            c = undefined;
            continue;
          }
          break;
        }
      }
    } catch (err) {
      // Engine errors (budget, cancel) run no more user code.
      if (temporarySite !== undefined && err instanceof Thrown) finalizeTemporary(iteration.it, temporarySite);
      throw err;
    }
    if (temporarySite !== undefined) finalizeTemporary(iteration.it, temporarySite);
    if (c !== undefined) return loopControl(c, label) === 1 ? undefined : c;
    if (orelse) return orelse.g ? yield* orelse.g(e) : orelse.p(e);
    return undefined;
  };
}
