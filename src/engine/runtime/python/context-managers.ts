/**
 * The context manager protocol as the `with` / `async with` statements use it
 * (Language Reference §8.5, §8.8.2; CPython 3.14 Python/bytecodes.c LOAD_SPECIAL).
 *
 *  - Both methods are looked up on the type, never the instance, and bound before
 *    `__enter__` is called. The exit method is looked up first, so an object lacking both
 *    is reported as missing `__exit__` / `__aexit__`.
 *  - A missing method is `TypeError: '%T' object does not support the (asynchronous)
 *    context manager protocol (missed __exit__ method)`, where %T is the type's fully
 *    qualified name (module omitted for builtins and __main__); when the type has both
 *    methods of the other protocol the message suggests it (Python/ceval.c
 *    `_PyEval_SpecialMethodCanSuggest`, `_Py_SpecialMethods`).
 *  - `__exit__` receives `(type(exc), exc, traceback)`. The engine keeps no frames, so
 *    the traceback is a placeholder object that prints as CPython's does
 *    (`<traceback object at 0x...>`), one per exception.
 */
import { None, PyInstance, type Value } from '../values';
import { defineBuiltinClass, lookupMro } from './classes';
import { bindDescriptor } from './calls';
import type { PyRuntime } from './state';
import { typeOf } from './types';

export interface ContextMethods {
  /** Bound `__enter__` / `__aenter__`. */
  enter: Value;
  /** Bound `__exit__` / `__aexit__`. */
  exit: Value;
}

const NAMES = {
  sync: { enter: '__enter__', exit: '__exit__', what: 'the context manager protocol' },
  async: { enter: '__aenter__', exit: '__aexit__', what: 'the asynchronous context manager protocol' },
};

/** `%T` in CPython's error formats: `module.qualname`, the module left out for builtins and __main__. */
function fullTypeName(rt: PyRuntime, v: Value): string {
  const cls = typeOf(rt, v);
  const mod = cls.dict.get('__module__');
  return typeof mod === 'string' && mod !== 'builtins' && mod !== '__main__' ? `${mod}.${cls.qualname}` : cls.qualname;
}

/** Look up and bind the exit and enter methods of `mgr` (exit first, as CPython 3.14 does). */
export function contextMethods(rt: PyRuntime, mgr: Value, isAsync: boolean): ContextMethods {
  const cls = typeOf(rt, mgr);
  const own = isAsync ? NAMES.async : NAMES.sync;
  const other = isAsync ? NAMES.sync : NAMES.async;
  const bound: Value[] = [];
  for (const name of [own.exit, own.enter]) {
    const f = lookupMro(cls, name);
    if (f === undefined) {
      let message = `'${fullTypeName(rt, mgr)}' object does not support ${own.what} (missed ${name} method)`;
      if (lookupMro(cls, other.enter) !== undefined && lookupMro(cls, other.exit) !== undefined) {
        message += ` but it supports ${other.what}. Did you mean to use '${isAsync ? 'with' : 'async with'}'?`;
      }
      throw rt.error('TypeError', message);
    }
    bound.push(bindDescriptor(rt, f, mgr, cls));
  }
  return { exit: bound[0], enter: bound[1] };
}

const tracebacks = new WeakMap<object, PyInstance>();

/** The `(type, value, traceback)` triple `__exit__` receives for the exception `exc`. */
export function exitArguments(rt: PyRuntime, exc: Value): Value[] {
  if (typeof exc !== 'object' || exc === null) return [typeOf(rt, exc), exc, None];
  let tb = tracebacks.get(exc);
  if (!tb) {
    const cls = rt.classes.get('traceback') ?? defineBuiltinClass(rt.realm, 'traceback', [rt.cls('object')]);
    tb = new PyInstance(cls);
    tracebacks.set(exc, tb);
  }
  return [typeOf(rt, exc), exc, tb];
}
