/**
 * The few services the asyncio/promisio implementation needs from the Python runtime
 * (src/engine/runtime/python) and the interpreter, behind one small facade so that the
 * model files read like CPython's Lib/asyncio and never reach into runtime internals.
 */
import type { Realm } from '../../runtime/realm';
import { Thrown } from '../../runtime/thrown';
import { JSObject, None, type PyClass, PyInstance, type CallArgs, type Value } from '../../runtime/values';
import { isExceptionInstance as isExcInstance, isSubclass, newException, pyClass, raiseError } from '../../runtime/python/classes';
import { pyRuntime } from '../../runtime/python/state';
import { typeName } from '../../runtime/python/types';

/** `raise T(message)` for a registered built-in class (TypeError, RuntimeError, CancelledError...). */
export function pyError(realm: Realm, type: string | PyClass, message?: string): Thrown {
  return raiseError(realm, type, message);
}

/** A new exception instance (not raised). */
export function pyException(realm: Realm, type: string | PyClass, message?: string): PyInstance {
  return newException(realm, type, message);
}

/** An exception instance with explicit `args` (no user `__init__` runs). */
export function pyExceptionArgs(realm: Realm, cls: PyClass, args: Value[]): PyInstance {
  return pyRuntime(realm).newException(cls, args);
}

export function builtinClass(realm: Realm, name: string): PyClass {
  return pyClass(realm, name);
}

/** `type(v).__name__` as CPython puts it in messages. */
export function pyTypeName(realm: Realm, v: Value): string {
  return typeName(pyRuntime(realm), v);
}

/**
 * Records that invocation `id` resolved with `v` (its Python repr). An int, the usual value,
 * is recorded as the number, whose text is the repr (runtime/python/formatting.ts `pyRepr`):
 * no string made and kept per event, as the js model does (issue 10, recording cost).
 */
export function recordResolved(realm: Realm, id: number, v: Value): void {
  if (typeof v === 'number' && Number.isSafeInteger(v) && !Object.is(v, -0)) realm.rec.resolvedInteger(id, v);
  else realm.rec.resolved(id, realm.py.repr(v));
}

/** `<promisio.TaskPromise object at 0x...>`: a stable fake address per object. */
export function objectRepr(realm: Realm, module: string, name: string, obj: object): string {
  return `<${module}.${name} object at ${pyRuntime(realm).hexAddress(obj)}>`;
}

export function hexAddress(realm: Realm, obj: object): string {
  return pyRuntime(realm).hexAddress(obj);
}

/** Call any callable from Python conventions (a user function, a native, a JS function). */
export function callValue(realm: Realm, fn: Value, args: Value[]): Value {
  return realm.interp.call(fn, undefined, { positional: args }, 'py');
}

/** `Type: message` for an exception value of either language. */
export function errorSummary(realm: Realm, exc: Value): string {
  if (exc instanceof PyInstance || !realm.js) return realm.py.errorSummary(exc);
  return realm.js.errorSummary(exc);
}

export function reprOf(realm: Realm, v: Value): string {
  return realm.py.repr(v);
}

/** `isinstance(v, BaseException)`. */
export function isExceptionInstance(realm: Realm, v: Value): boolean {
  return isExcInstance(realm, v);
}

/** `issubclass(cls, BaseException)`. */
export function isExceptionClass(realm: Realm, cls: PyClass): boolean {
  return isSubclass(cls, pyClass(realm, 'BaseException'));
}

/**
 * A value of the Python side of the heap (or a shared primitive), as opposed to a JS object
 * or function: what a Python-level type check may reject.
 */
export function isPythonValue(v: Value): boolean {
  return !(v instanceof JSObject);
}

/** `isinstance(exc, cls)` for an exception value (foreign values never match a Python class). */
export function isInstanceOf(v: Value, cls: PyClass): boolean {
  return v instanceof PyInstance && (v.cls === cls || v.cls.mro.includes(cls));
}

/**
 * SystemExit and KeyboardInterrupt: a task or a loop callback that raises one stops the loop
 * with it, after the task records it (tasks.py `__step_run_and_handle_result`, events.py
 * `Handle._run` re-raise them); `asyncio.run` then cancels what is left and raises it.
 */
export function isExitException(realm: Realm, v: Value): boolean {
  if (!(v instanceof PyInstance)) return false;
  const builtins = realm.builtins.py;
  for (const name of ['SystemExit', 'KeyboardInterrupt']) {
    const cls = builtins.get(name);
    if (cls !== undefined && isInstanceOf(v, cls as PyClass)) return true;
  }
  return false;
}

/**
 * Read a native's arguments the way CPython binds them: positional first, then keyword.
 * `arg(args, 0, 'delay')` → the value, or `dflt` when absent.
 */
export function arg(args: CallArgs, index: number, name: string, dflt: Value = undefined): Value {
  if (index >= 0 && index < args.positional.length) return args.positional[index];
  const kw = args.keywords?.get(name);
  return kw === undefined ? dflt : kw;
}

/** A required argument: TypeError `f() missing 1 required positional argument: 'x'` when absent. */
export function required(realm: Realm, args: CallArgs, index: number, name: string, fn: string): Value {
  const v = arg(args, index, name);
  if (v === undefined) throw pyError(realm, 'TypeError', `${fn}() missing 1 required positional argument: '${name}'`);
  return v;
}

/** Positional arguments from `index` on (`*args`). */
export function rest(args: CallArgs, index: number): Value[] {
  return args.positional.length > index ? args.positional.slice(index) : [];
}

export function isNone(v: Value): boolean {
  return v === None || v === undefined || v === null;
}

/** A Python number as a JS number (int, float, bool); NaN when it is not one. */
export function toNumber(v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  if (v !== null && typeof v === 'object' && 'v' in v && typeof (v as { v: unknown }).v === 'number') return (v as { v: number }).v;
  return NaN;
}

export { None, Thrown };
