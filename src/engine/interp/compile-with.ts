/**
 * Python `with` / `async with` (Language Reference §8.5, §8.8.2; PEP 343, PEP 492).
 *
 * `with A as x, B: body` runs as `with A as x: with B: body`. For one item:
 *
 *     mgr = A; exit, enter = bound type(mgr).__exit__, type(mgr).__enter__
 *     value = enter()                      # async: await __aenter__()
 *     try:  x = value; body
 *     except BaseException as exc:
 *         if not exit(type(exc), exc, tb): raise   # async: await __aexit__(...)
 *     else / on break, continue, return:  exit(None, None, None)
 *
 *  - The target is assigned inside the protected region: an error while unpacking it
 *    reaches `__exit__`.
 *  - An exception raised by `__exit__` while handling one gets it as `__context__`; a
 *    false result re-raises the original exception unchanged.
 *  - Engine errors (budget, cancel) run no user code: `__exit__` is not called for them.
 *  - A pending `return` value survives the `__exit__` call (it may run `return`s itself).
 *  - Each `await` of `__aenter__`/`__aexit__` is a real await through the model (a
 *    suspension point in the lanes); a result that cannot be awaited is CPython's
 *    `'async with' received an object from __aenter__ that does not implement __await__`.
 *  - When the driver closes a suspended body (`coroutine.close()`), CPython throws
 *    GeneratorExit into the frame, so `__exit__` sees GeneratorExit.
 *
 * One item is compile-with-item.ts (written once; its plain form is derived from it).
 */
import type { With } from '../ir/nodes';
import { errorAt } from '../errors';
import type { Cx } from './context';
import type { DStmt, Env, Gen, StmtFn, Completion } from './core';
import { compileStmts, compileStmtsD } from './compile';
import { containsAwait } from './analysis';
import { compileItemG } from './compile-with-item';
import { compileItem } from './compile-with-item.sync';

/** A `with` statement with no `await` anywhere in it (plain mode). */
export function compileWith(cx: Cx, s: With): StmtFn {
  if (s.isAsync) throw errorAt('internal', "'async with' compiled outside an async body", s.loc);
  let inner = compileStmts(cx, s.body);
  for (let i = s.items.length - 1; i >= 0; i--) inner = compileItem(cx, s.items[i]!, inner, false);
  return inner;
}

/** A `with` statement containing `await` (an `async with`, or awaits in its items or body). */
export function compileWithG(cx: Cx, s: With): (e: Env) => Gen<Completion> {
  let inner: DStmt = compileStmtsD(cx, s.body);
  for (let i = s.items.length - 1; i >= 0; i--) {
    const item = s.items[i]!;
    if (!s.isAsync && !containsAwait(item) && inner.p) inner = { p: compileItem(cx, item, inner.p, false) };
    else inner = { g: compileItemG(cx, item, inner, s.isAsync) };
  }
  return inner.g ?? liftPlain(inner.p);
}

function liftPlain(p: StmtFn): (e: Env) => Gen<Completion> {
  return function* (e) {
    return p(e);
  };
}
