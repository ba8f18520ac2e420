// GENERATED from compile-with-item.ts by build/derive-sync.ts (`npm run derive`): do not edit.
// The plain (synchronous) form of the constructs that file writes in generator form.
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
import type { Cx } from './context';
import { pending, type Completion, type StmtFn } from './core';
import { compileExpr } from './compile';
import { compileTarget } from './patterns';
import { chainContext, toThrown } from './try-support';
import { callValue } from './calls';

export function compileItem(cx: Cx, item: WithItem, body: StmtFn, isAsync: boolean): StmtFn {
  const st = cx.st;
  const realm = cx.realm;
  const stack = realm.stack;
  const rt = pyRuntime(realm);
  const ops = cx.ops;
  const loc = item.loc;
  const context = compileExpr(cx, item.context);
  const set = item.target ? compileTarget(cx, item.target) : undefined;
  const call = (fn: Value, args: Value[]) => callValue(st, fn, undefined, { positional: args }, 'py', loc);
  /** `await` the result of `__aenter__` / `__aexit__` (a sync exit's result passes through). */
  const settle = function (v: Value, method: '__aenter__' | '__aexit__'): Value {
    return v;
  };
  return function (e) {
    const mgr = context(e);
    const { enter, exit } = contextMethods(rt, mgr, isAsync);
    const value = settle(call(enter, []), '__aenter__');
    let c: Completion;
    try {
      if (set) set(e, value);
      c = body(e);
    } catch (err) {
      const t = toThrown(st, 'py', err);
      let suppress: Value;
      // `__exit__` runs as the exception's handler (compile.c WITH_EXCEPT_START, inside
      // PUSH_EXC_INFO): `sys.exception()` there is the exception (runtime/call-stack.ts).
      const outerHandled = stack.handled;
      stack.handled = t.value;
      stack.handledDepth++;
      try {
        suppress = settle(call(exit, exitArguments(rt, t.value)), '__aexit__');
      } catch (raised) {
        if (raised instanceof Thrown) chainContext(st, raised.value, t.value);
        throw raised;
      } finally {
        stack.handled = outerHandled;
        stack.handledDepth--;
      }
      if (ops.truthy(suppress)) return undefined;
      throw t;
    }
    const savedReturn = pending.value;
    settle(call(exit, [None, None, None]), '__aexit__');
    pending.value = savedReturn;
    return c;
  };
}
