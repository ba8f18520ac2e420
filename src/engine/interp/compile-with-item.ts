/**
 * One item of a Python `with` / `async with` (compile-with.ts nests them and states the
 * rules), written once in generator form; build/derive-sync.ts derives the plain form
 * (compile-with-item.sync.ts), used when nothing in the statement awaits.
 *
 * Only the generator form awaits `__aenter__` / `__aexit__` results (an `async with` always
 * runs in generator form) and only it can be closed half-way by the driver (gen.return()),
 * which CPython turns into GeneratorExit thrown into the frame: both are gen-only regions.
 */
import type { WithItem } from '../ir/nodes';
import { None, type Value } from '../runtime/values';
import { Thrown } from '../runtime/thrown';
import { contextMethods, exitArguments, pyRuntime } from '../runtime/python/index';
import { newException } from '../runtime/python/classes';
import type { Cx } from './context';
import { userError } from './context';
import { pending, type Completion, type DStmt, type Gen, type GenStmtFn } from './core';
import { compileExprD } from './compile';
import { compileTarget } from './patterns';
import { chainContext, toThrown } from './try-support';
import { callValue, pyTypeName } from './calls';

export function compileItemG(cx: Cx, item: WithItem, body: DStmt, isAsync: boolean): GenStmtFn {
  const st = cx.st;
  const realm = cx.realm;
  const stack = realm.stack;
  const rt = pyRuntime(realm);
  const ops = cx.ops;
  const loc = item.loc;
  const context = compileExprD(cx, item.context);
  const set = item.target ? compileTarget(cx, item.target) : undefined;
  const call = (fn: Value, args: Value[]) => callValue(st, fn, undefined, { positional: args }, 'py', loc);
  /** `await` the result of `__aenter__` / `__aexit__` (a sync exit's result passes through). */
  const settle = function* (v: Value, method: '__aenter__' | '__aexit__'): Gen<Value> {
    // gen-only {
    if (isAsync) {
      const model = realm.model;
      if (model.isAwaitable && !model.isAwaitable(v)) {
        const message = `'async with' received an object from ${method} that does not implement __await__: ${pyTypeName(v)}`;
        throw userError(cx, 'py', 'TypeError', message, loc);
      }
      return yield* model.awaitValue(v, loc);
    }
    // } gen-only
    return v;
  };
  return function* (e) {
    const mgr = context.g ? yield* context.g(e) : context.p(e);
    const { enter, exit } = contextMethods(rt, mgr, isAsync);
    const value = yield* settle(call(enter, []), '__aenter__');
    let c: Completion;
    // gen-only {
    let settled = false;
    // } gen-only
    try {
      if (set) set(e, value);
      c = body.g ? yield* body.g(e) : body.p(e);
      // gen-only {
      settled = true;
      // } gen-only
    } catch (err) {
      // gen-only {
      settled = true;
      // } gen-only
      const t = toThrown(st, 'py', err);
      let suppress: Value;
      // `__exit__` runs as the exception's handler (compile.c WITH_EXCEPT_START, inside
      // PUSH_EXC_INFO): `sys.exception()` there is the exception (runtime/call-stack.ts).
      const outerHandled = stack.handled;
      stack.handled = t.value;
      stack.handledDepth++;
      try {
        suppress = yield* settle(call(exit, exitArguments(rt, t.value)), '__aexit__');
      } catch (raised) {
        if (raised instanceof Thrown) chainContext(st, raised.value, t.value);
        throw raised;
      } finally {
        stack.handled = outerHandled;
        stack.handledDepth--;
      }
      if (ops.truthy(suppress)) return undefined;
      throw t;
      // gen-only {
    } finally {
      // Reached without settling only when the driver closed the body (gen.return()).
      if (!settled) yield* settle(call(exit, exitArguments(rt, newException(realm, 'GeneratorExit'))), '__aexit__');
      // } gen-only
    }
    const savedReturn = pending.value;
    yield* settle(call(exit, [None, None, None]), '__aexit__');
    pending.value = savedReturn;
    return c;
  };
}
