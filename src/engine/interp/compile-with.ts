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
 */
import type { With, WithItem } from '../ir/nodes';
import { errorAt } from '../errors';
import { None, type Value } from '../runtime/values';
import { Thrown } from '../runtime/thrown';
import { contextMethods, exitArguments, pyRuntime } from '../runtime/python/index';
import { newException } from '../runtime/python/classes';
import type { Cx } from './context';
import { userError } from './context';
import { pending, type Completion, type DStmt, type Env, type StmtFn } from './core';
import { compileExprD, compileStmts, compileStmtsD } from './compile';
import { compileTarget } from './patterns';
import { chainContext, toThrown } from './try-support';
import { callValue, pyTypeName } from './calls';
import { containsAwait } from './analysis';

type Gen<T> = Generator<unknown, T, unknown>;

/** A `with` statement with no `await` anywhere in it (plain mode). */
export function compileWith(cx: Cx, s: With): StmtFn {
  if (s.isAsync) throw errorAt('internal', "'async with' compiled outside an async body", s.loc);
  let inner = compileStmts(cx, s.body);
  for (let i = s.items.length - 1; i >= 0; i--) inner = compileItem(cx, s.items[i]!, inner);
  return inner;
}

function compileItem(cx: Cx, item: WithItem, body: StmtFn): StmtFn {
  const st = cx.st;
  const rt = pyRuntime(cx.realm);
  const ops = cx.ops;
  const loc = item.loc;
  const context = compileExprD(cx, item.context).p!;
  const set = item.target ? compileTarget(cx, item.target) : undefined;
  const call = (fn: Value, args: Value[]) => callValue(st, fn, undefined, { positional: args }, 'py', loc);
  return (e) => {
    const { enter, exit } = contextMethods(rt, context(e), false);
    const value = call(enter, []);
    let c: Completion;
    try {
      if (set) set(e, value);
      c = body(e);
    } catch (err) {
      const t = toThrown(st, 'py', err);
      let suppress: Value;
      try {
        suppress = call(exit, exitArguments(rt, t.value));
      } catch (raised) {
        if (raised instanceof Thrown) chainContext(st, raised.value, t.value);
        throw raised;
      }
      if (ops.truthy(suppress)) return undefined;
      throw t;
    }
    const savedReturn = pending.value;
    call(exit, [None, None, None]);
    pending.value = savedReturn;
    return c;
  };
}

/** A `with` statement containing `await` (an `async with`, or awaits in its items or body). */
export function compileWithG(cx: Cx, s: With): (e: Env) => Gen<Completion> {
  let inner: DStmt = compileStmtsD(cx, s.body);
  for (let i = s.items.length - 1; i >= 0; i--) {
    const item = s.items[i]!;
    if (!s.isAsync && !containsAwait(item) && inner.p) inner = { p: compileItem(cx, item, inner.p) };
    else inner = { g: compileItemG(cx, item, inner, s.isAsync) };
  }
  return inner.g ?? liftPlain(inner.p);
}

function liftPlain(p: StmtFn): (e: Env) => Gen<Completion> {
  return function* (e) {
    return p(e);
  };
}

function compileItemG(cx: Cx, item: WithItem, body: DStmt, isAsync: boolean): (e: Env) => Gen<Completion> {
  const st = cx.st;
  const realm = cx.realm;
  const rt = pyRuntime(realm);
  const ops = cx.ops;
  const loc = item.loc;
  const context = compileExprD(cx, item.context);
  const set = item.target ? compileTarget(cx, item.target) : undefined;
  const call = (fn: Value, args: Value[]) => callValue(st, fn, undefined, { positional: args }, 'py', loc);
  /** `await` the result of `__aenter__` / `__aexit__` (a sync exit's result passes through). */
  const settle = function* (v: Value, method: '__aenter__' | '__aexit__'): Gen<Value> {
    if (!isAsync) return v;
    const model = realm.model;
    if (model.isAwaitable && !model.isAwaitable(v)) {
      const message = `'async with' received an object from ${method} that does not implement __await__: ${pyTypeName(v)}`;
      throw userError(cx, 'py', 'TypeError', message, loc);
    }
    return yield* model.awaitValue(v, loc);
  };
  return function* (e) {
    const mgr = context.g ? yield* context.g(e) : context.p(e);
    const { enter, exit } = contextMethods(rt, mgr, isAsync);
    const value = yield* settle(call(enter, []), '__aenter__');
    let c: Completion;
    let settled = false;
    try {
      if (set) set(e, value);
      c = body.g ? yield* body.g(e) : body.p(e);
      settled = true;
    } catch (err) {
      settled = true;
      const t = toThrown(st, 'py', err);
      let suppress: Value;
      try {
        suppress = yield* settle(call(exit, exitArguments(rt, t.value)), '__aexit__');
      } catch (raised) {
        if (raised instanceof Thrown) chainContext(st, raised.value, t.value);
        throw raised;
      }
      if (ops.truthy(suppress)) return undefined;
      throw t;
    } finally {
      // Reached without settling only when the driver closed the body (gen.return()).
      if (!settled) yield* settle(call(exit, exitArguments(rt, newException(realm, 'GeneratorExit'))), '__aexit__');
    }
    const savedReturn = pending.value;
    yield* settle(call(exit, [None, None, None]), '__aexit__');
    pending.value = savedReturn;
    return c;
  };
}
