/**
 * Calling values from the runtime (user `__init__`, `__str__`, `key=` functions, dunders).
 *
 * Natives, bound natives and classes are called directly (no interpreter needed, so the
 * runtime is testable on its own); user functions go through `realm.interp.call`.
 */
import { BoundMethod, FunctionValue, NativeFunction, PyClass, type CallArgs, type Value } from '../values';
import type { Pos } from '../../events/types';
import { lookupMro } from './classes';
import { NativeGetSet, PyClassMethod, PyProperty, PyStaticMethod } from './objects';
import type { PyRuntime } from './state';
import { typeOf } from './types';
import { callClass } from './instances';

export function callArgs(rt: PyRuntime, fn: Value, args: CallArgs, loc?: Pos): Value {
  if (fn instanceof NativeFunction) return fn.impl(undefined, args, rt.realm);
  if (fn instanceof BoundMethod) {
    const inner = fn.fn;
    if (inner instanceof NativeFunction) return inner.impl(fn.self, args, rt.realm);
    if (inner instanceof FunctionValue && inner.lang === 'py') {
      return rt.realm.interp.call(inner, undefined, { positional: [fn.self, ...args.positional], keywords: args.keywords }, 'py', loc);
    }
    return callArgs(rt, inner, { positional: [fn.self, ...args.positional], keywords: args.keywords }, loc);
  }
  if (fn instanceof PyClass) return callClass(rt, fn, args, loc);
  return rt.realm.interp.call(fn, undefined, args, 'py', loc);
}

/** Call `fn(*positional)`. */
export function call(rt: PyRuntime, fn: Value, positional: Value[], loc?: Pos): Value {
  return callArgs(rt, fn, { positional }, loc);
}

/** Bind a class attribute found by MRO lookup to `obj` (the descriptor protocol for functions). */
export function bindDescriptor(rt: PyRuntime, descr: Value, obj: Value, cls: PyClass): Value {
  if (descr instanceof FunctionValue) return descr.lang === 'py' ? new BoundMethod(obj, descr) : descr;
  if (descr instanceof NativeFunction) return new BoundMethod(obj, descr);
  if (descr instanceof PyStaticMethod) return descr.fn;
  if (descr instanceof PyClassMethod) return new BoundMethod(cls, descr.fn as FunctionValue);
  if (descr instanceof PyProperty) {
    if (descr.fget === undefined || descr.fget === null || !(descr.fget instanceof Object)) {
      throw rt.error('AttributeError', `property object has no getter`);
    }
    // A Python getter is called straight from here: recursion through a property must reach
    // CPython's depth before the host stack runs out (issue 10).
    const fget = descr.fget;
    if (fget instanceof FunctionValue && fget.lang === 'py') return rt.realm.interp.call(fget, undefined, { positional: [obj] }, 'py');
    return call(rt, fget, [obj]);
  }
  if (descr instanceof NativeGetSet) return descr.get(obj);
  return descr;
}

/**
 * Call the special method `name` of `obj`'s type, as CPython does (looked up on the type,
 * never the instance). Returns `undefined` when the type has no such method.
 */
export function callDunder(rt: PyRuntime, obj: Value, name: string, positional: Value[], loc?: Pos): Value | undefined {
  const cls = typeOf(rt, obj);
  const f = lookupMro(cls, name);
  if (f === undefined) return undefined;
  if (f instanceof NativeFunction) return f.impl(obj, { positional }, rt.realm);
  if (f instanceof FunctionValue && f.lang === 'py') {
    return rt.realm.interp.call(f, undefined, { positional: [obj, ...positional] }, 'py', loc);
  }
  return call(rt, bindDescriptor(rt, f, obj, cls), positional, loc);
}

/** Whether `obj`'s type defines `name` (without calling it). */
export function hasDunder(rt: PyRuntime, obj: Value, name: string): boolean {
  return lookupMro(typeOf(rt, obj), name) !== undefined;
}
