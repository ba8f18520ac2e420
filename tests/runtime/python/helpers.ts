/**
 * A realm with only the Python runtime installed (no interpreter, no JS runtime, no model),
 * for calling runtime functions directly.
 */
import { Realm, Budget } from '../../../src/engine/runtime/realm';
import { Recorder } from '../../../src/engine/events/recorder';
import { installPython, type PyOpsExt } from '../../../src/engine/runtime/python/index';
import { isThrown } from '../../../src/engine/runtime/thrown';
import { NativeFunction, PyClass, type Value } from '../../../src/engine/runtime/values';
import type { Lang } from '../../../src/engine/ir/nodes';

export interface PyEnv {
  realm: Realm;
  py: PyOpsExt;
  /** Call a builtin by name with positional args (and optional keywords). */
  b(name: string, args?: Value[], kw?: Record<string, Value>): Value;
  /** Call a method `obj.name(*args)`. */
  m(obj: Value, name: string, args?: Value[], kw?: Record<string, Value>): Value;
  /** The `Type: message` of the error `f` raises (throws if it raises nothing). */
  err(f: () => unknown): string;
}

export function pyEnv(displayLang: Lang = 'py'): PyEnv {
  const realm = new Realm({ modelName: 'python', displayLang, rec: new Recorder(false), budget: new Budget(1e9) });
  const py = installPython(realm);
  realm.py = py;
  const callAny = (fn: Value, args: Value[], kw?: Record<string, Value>): Value => {
    const keywords = kw ? new Map(Object.entries(kw)) : undefined;
    return py.runtime && callFn(fn, args, keywords);
  };
  const callFn = (fn: Value, positional: Value[], keywords?: Map<string, Value>): Value => {
    if (fn instanceof PyClass) return py.callClass(fn, { positional, keywords });
    if (fn instanceof NativeFunction) return fn.impl(undefined, { positional, keywords }, realm);
    const bm = fn as unknown as { self: Value; fn: NativeFunction };
    return bm.fn.impl(bm.self, { positional, keywords }, realm);
  };
  return {
    realm,
    py,
    b: (name, args = [], kw) => {
      const fn = realm.builtins.py.get(name);
      if (fn === undefined) throw new Error(`no builtin ${name}`);
      return callAny(fn, args, kw);
    },
    m: (obj, name, args = [], kw) => callAny(py.getAttr(obj, name), args, kw),
    err: (f) => {
      try {
        f();
      } catch (e) {
        if (isThrown(e)) return py.errorSummary(e.value);
        throw e;
      }
      throw new Error('expected an error');
    },
  };
}
