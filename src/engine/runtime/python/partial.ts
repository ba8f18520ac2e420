/**
 * `functools.partial` and `functools.partialmethod` (Lib/functools.py, as the C `partial` type
 * behaves in CPython 3.14): a partial is an object, not a function — it has `func`, `args`
 * and `keywords`, prints as `functools.partial(<function f at 0x…>, 1, c=3)`, and a partial
 * of a partial is flattened into one (`partial(partial(f, 1), 2).func is f`). Calling it calls
 * `func` with the bound arguments first and the call's keywords over the bound ones.
 * asyncio's repr of a callback names what a partial wraps (models/python/reprs.ts).
 *
 * A `partialmethod` in a class body binds like the function it wraps: looked up on an
 * instance it is a partial of the bound method (`__get__`).
 */
import { None, PyClass, PyInstance, PyTuple, type CallArgs, type Value } from '../values';
import { defineBuiltinClass } from './classes';
import { hasAttr } from './attributes';
import { PyClassMethod, PyStaticMethod } from './objects';
import { bindDescriptor, callArgs } from './calls';
import { newDict } from './equality';
import { pyRepr } from './formatting';
import type { PyRuntime } from './state';
import { typeName, typeOf } from './types';

export interface PartialState {
  func: Value;
  args: Value[];
  keywords: Map<string, Value>;
}

/** The partial's parts, or undefined when `v` is not a partial. */
export function partialOf(v: Value): PartialState | undefined {
  return v instanceof PyInstance && (v.internal as { partial?: PartialState } | undefined)?.partial !== undefined
    ? (v.internal as { partial: PartialState }).partial
    : undefined;
}

/** The `partial` and `partialmethod` classes of one runtime. */
export function partialClasses(rt: PyRuntime): { partial: PyClass; partialmethod: PyClass } {
  const realm = rt.realm;
  const object = rt.cls('object');
  const state = (self: Value): PartialState => {
    const p = partialOf(self);
    if (p === undefined)
      throw rt.error('TypeError', `descriptor requires a 'functools.partial' object but received '${typeName(rt, self)}'`);
    return p;
  };
  const make = (cls: PyClass, func: Value, args: Value[], keywords: Map<string, Value>): PyInstance => {
    const inner = partialOf(func);
    // partial_new: a partial of a partial (of that exact type) is one partial.
    const flatten = inner !== undefined && (func as PyInstance).cls === partial;
    const p: PartialState = flatten
      ? { func: inner.func, args: [...inner.args, ...args], keywords: new Map([...inner.keywords, ...keywords]) }
      : { func, args, keywords };
    return new PyInstance(cls, { partial: p });
  };
  const partial: PyClass = defineBuiltinClass(realm, 'partial', [object], {
    module: 'functools',
    register: false,
    construct: (cls, a: CallArgs) => {
      const [func, ...bound] = a.positional;
      if (func === undefined) throw rt.error('TypeError', "type 'partial' takes at least one argument");
      if (!realm.interp?.isCallable(func)) throw rt.error('TypeError', 'the first argument must be callable');
      return make(cls, func, bound, new Map(a.keywords ?? []));
    },
    methods: {
      __call__: (self, a) => {
        const p = state(self);
        const keywords = new Map(p.keywords);
        for (const [k, v] of a.keywords ?? []) keywords.set(k, v);
        return callArgs(rt, p.func, { positional: [...p.args, ...a.positional], keywords });
      },
      __repr__: (self) => {
        const p = state(self);
        const parts = [pyRepr(rt, p.func), ...p.args.map((x) => pyRepr(rt, x))];
        for (const [k, v] of p.keywords) parts.push(`${k}=${pyRepr(rt, v)}`);
        return `functools.partial(${parts.join(', ')})`;
      },
    },
    properties: {
      func: { get: (self) => state(self).func },
      args: { get: (self) => new PyTuple(state(self).args) },
      keywords: { get: (self) => newDict(rt, [...state(self).keywords]) },
    },
  });
  const partialmethod: PyClass = defineBuiltinClass(realm, 'partialmethod', [object], {
    module: 'functools',
    register: false,
    construct: (cls, a: CallArgs) => {
      const [func, ...bound] = a.positional;
      if (func === undefined) throw rt.error('TypeError', "type 'partialmethod' takes at least one argument");
      // Lib/functools.py partialmethod.__init__: a callable or a descriptor.
      const descriptor = func instanceof PyStaticMethod || func instanceof PyClassMethod || hasAttr(rt, func, '__get__');
      if (!realm.interp?.isCallable(func) && !descriptor)
        throw rt.error('TypeError', `the first argument ${pyRepr(rt, func)} must be a callable or a descriptor`);
      return make(cls, func, bound, new Map(a.keywords ?? []));
    },
    methods: {
      // partialmethod.__get__: on an instance, a partial of the function bound to it.
      __get__: (self, a) => {
        const p = state(self);
        const obj = a.positional[0] ?? None;
        if (obj === None) return self;
        const bound = bindOnInstance(rt, p.func, obj, a.positional[1] ?? None);
        return make(partial, bound, p.args, p.keywords);
      },
    },
    properties: {
      func: { get: (self) => state(self).func },
      args: { get: (self) => new PyTuple(state(self).args) },
      keywords: { get: (self) => newDict(rt, [...state(self).keywords]) },
    },
  });
  return { partial, partialmethod };
}

/** `func.__get__(obj, objtype)`: the function bound to `obj` as attribute lookup binds it. */
function bindOnInstance(rt: PyRuntime, func: Value, obj: Value, objtype: Value): Value {
  return bindDescriptor(rt, func, obj, objtype instanceof PyClass ? objtype : typeOf(rt, obj));
}
