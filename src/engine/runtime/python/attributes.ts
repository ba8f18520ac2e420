/**
 * Attribute access: `obj.name`, `obj.name = v`, `del obj.name`, `super().name`.
 *
 * Instances follow CPython's PyObject_GenericGetAttr: data descriptors on the type
 * (property, getset) win over the instance `__dict__`, which wins over non-data
 * descriptors (functions → bound methods, staticmethod, classmethod) and plain class
 * attributes; `__getattr__` is the last resort. Classes follow type_getattro.
 * JS values (objects, JS functions, undefined/null) delegate to realm.js, so JS code's
 * objects keep JS semantics when Python code touches them (see integration notes).
 */
import type { Pos } from '../../events/types';
import type { Stmt } from '../../ir';
import { BoundMethod, FunctionValue, JSObject, NativeFunction, None, PyClass, PyInstance, PyModule, PyTuple, type Value } from '../values';
import { invalidateLookups, lookupMro, pyNative } from './classes';
import { bindDescriptor, call, callDunder } from './calls';
import { newDict } from './equality';
import { NativeGetSet, PyClassMethod, PyProperty, PyStaticMethod } from './objects';
import { SlotMember } from './slots';
import type { PyRuntime } from './state';
import { isStdlibName } from './stdlib-names';
import { instanceDict } from './instance-dict';
import { unsupported } from '../../errors';
import { withFields } from './exceptions';
import { coreTypes, tpName, typeName, typeOf } from './types';

function isJsValue(v: Value): boolean {
  return (
    v === undefined ||
    v === null ||
    v instanceof JSObject ||
    ((v instanceof FunctionValue || v instanceof NativeFunction) && v.lang === 'js')
  );
}

/** An instance's attribute that CPython's class has and the engine's lacks (state.ts `cpythonMembers`). */
function unsupportedMember(rt: PyRuntime, cls: PyClass, name: string, loc: Pos | undefined): void {
  if (rt.cpythonMembers.size === 0) return;
  for (const c of cls.mro) {
    const known = rt.cpythonMembers.get(c);
    if (known !== undefined && known.names.has(name)) throw unsupported(`'${name}' of ${known.what}`, loc);
  }
}

function noAttr(rt: PyRuntime, obj: Value, name: string): never {
  const message =
    obj instanceof PyClass
      ? `type object '${obj.name}' has no attribute '${name}'`
      : obj instanceof PyModule
        ? `module '${obj.name}' has no attribute '${name}'`
        : `'${typeName(rt, obj)}' object has no attribute '${name}'`;
  throw withFields(rt.error('AttributeError', message), { name, obj });
}

/** `obj.name`. */
export function getAttr(rt: PyRuntime, obj: Value, name: string, loc?: Pos): Value {
  if (obj instanceof PyInstance) {
    const cls = obj.cls;
    const descr = lookupMro(cls, name);
    if (descr !== undefined && (descr instanceof PyProperty || descr instanceof NativeGetSet)) {
      // A Python getter is called from this frame (issue 10: recursion through a property
      // must reach CPython's depth before the host stack runs out).
      const fget = descr instanceof PyProperty ? descr.fget : undefined;
      if (fget instanceof FunctionValue && fget.lang === 'py') return rt.realm.interp.call(fget, undefined, { positional: [obj] }, 'py');
      return bindDescriptor(rt, descr, obj, cls);
    }
    // A user descriptor (a class attribute whose type defines __get__/__set__/__delete__):
    // data descriptors win over the instance dict, non-data ones lose to it.
    const user = descr instanceof PyInstance ? userDescriptor(descr) : 0;
    if (user & DATA && user & GET) return callDunder(rt, descr, '__get__', [obj, cls], loc)!;
    const own = obj.dictIfAny?.get(name);
    if (own !== undefined) return own;
    if (user & GET) return callDunder(rt, descr, '__get__', [obj, cls], loc)!;
    if (descr !== undefined) return bindDescriptor(rt, descr, obj, cls);
    if (name === '__class__') return cls;
    if (name === '__dict__' && !rt.dictlessClasses.has(cls)) return instanceDict(obj);
    const ga = lookupMro(cls, '__getattr__');
    if (ga !== undefined) {
      // A Python __getattr__ is called without a bound method in between (issue 10: one
      // host frame less per level of recursion through it).
      if (ga instanceof FunctionValue && ga.lang === 'py')
        return rt.realm.interp.call(ga, undefined, { positional: [obj, name] }, 'py', loc);
      return call(rt, bindDescriptor(rt, ga, obj, cls), [name], loc);
    }
    unsupportedMember(rt, cls, name, loc);
    return noAttr(rt, obj, name);
  }
  if (obj instanceof PyModule) {
    const v = obj.dict.get(name);
    if (v !== undefined) return v;
    if (obj.resolve(name)) {
      const made = obj.dict.get(name);
      if (made !== undefined) return made;
    }
    if (name === '__name__') return obj.name;
    // A name CPython's module has and the engine's lacks (stdlib-names.ts).
    if (isStdlibName(obj.name, name)) throw unsupported(`'${obj.name}.${name}' of the standard library`, loc);
    return noAttr(rt, obj, name);
  }
  if (obj instanceof PyClass) return classGetAttr(rt, obj, name, loc);
  if (isJsValue(obj)) return rt.realm.js.getAttr(obj, name, loc);
  const cls = typeOf(rt, obj);
  const descr = lookupMro(cls, name);
  if (descr !== undefined) return bindDescriptor(rt, descr, obj, cls);
  const special = specialAttr(rt, obj, name);
  if (special !== undefined) return special;
  unsupportedMember(rt, cls, name, loc);
  return noAttr(rt, obj, name);
}

/**
 * A Python function's (or class's) docstring: its body's first statement when that is a string literal,
 * with the indentation CPython 3.13+'s compiler strips (Python/compile.c `_PyCompile_CleanDoc`:
 * the first line's leading spaces, and the margin the other lines share).
 */
export function docstring(body: readonly Stmt[]): Value {
  const first = body[0];
  if (first?.kind !== 'ExprStmt' || first.expr.kind !== 'Str') return None;
  const lines = first.expr.value.split('\n');
  lines[0] = lines[0]!.replace(/^ +/, '');
  let margin = Infinity;
  for (const line of lines.slice(1)) {
    const indent = /^ */.exec(line)![0].length;
    if (indent < line.length) margin = Math.min(margin, indent);
  }
  if (margin === Infinity) margin = 0;
  for (let i = 1; i < lines.length; i++) lines[i] = lines[i]!.slice(Math.min(margin, /^ */.exec(lines[i]!)![0].length));
  return lines.join('\n');
}

const FUNCTION_SLOTS = new Set(['__name__', '__qualname__', '__module__', '__doc__']);

/** Attributes of functions, methods and other built-ins that CPython keeps in slots. */
function specialAttr(rt: PyRuntime, obj: Value, name: string): Value | undefined {
  if (name === '__class__') return typeOf(rt, obj);
  if (obj instanceof FunctionValue) {
    const p = obj.props.get(name);
    if (p && 'value' in p) return p.value;
    switch (name) {
      case '__name__':
        return obj.name;
      case '__qualname__':
        return obj.def.qualname || obj.name;
      case '__module__':
        return '__main__';
      case '__doc__':
        return docstring(obj.def.body);
      case '__dict__':
        // The slots (__name__ and the others functools.update_wrapper assigns) are kept with
        // the attributes but are not in CPython's function __dict__.
        return newDict(
          rt,
          [...obj.props].flatMap(([k, s]) => ('value' in s && !FUNCTION_SLOTS.has(k) ? [[k, s.value] as [Value, Value]] : [])),
        );
    }
  }
  if (obj instanceof NativeFunction) {
    // Attributes a Python-level wrapper carries (functools' cache: cache_info, __wrapped__),
    // also when it was looked up on a class (unboundNative).
    const p = (unboundOrigin.get(obj) ?? obj).ownProp(name);
    if (p && 'value' in p) return p.value;
    if (name === '__qualname__') return (unboundOrigin.get(obj) ?? obj).qualname ?? obj.name;
    if (name === '__name__') return obj.name;
    if (name === '__doc__') return None;
  }
  if (obj instanceof BoundMethod) {
    if (name === '__self__') return obj.self;
    if (name === '__func__') return obj.fn;
    return getAttr(rt, obj.fn, name);
  }
  return undefined;
}

const unboundCache = new WeakMap<NativeFunction, NativeFunction>();
/** The native method each unbound wrapper stands for. */
const unboundOrigin = new WeakMap<NativeFunction, NativeFunction>();

/**
 * A native method looked up on its class (`object.__setattr__`, `str.upper`): called with
 * the receiver as the first argument. The interpreter passes the class itself as `this`
 * for `cls.m(...)`, so the wrapper takes the receiver from the arguments instead.
 */
function unboundNative(fn: NativeFunction): NativeFunction {
  let u = unboundCache.get(fn);
  if (!u) {
    u = new NativeFunction(
      fn.name,
      (_self, args, realm) => {
        const [first, ...rest] = args.positional;
        return fn.impl(first, { positional: rest, keywords: args.keywords }, realm);
      },
      'py',
    );
    unboundCache.set(fn, u);
    unboundOrigin.set(u, fn);
  }
  return u;
}

const GET = 1;
const DATA = 2;

/** Which descriptor methods a class attribute's type defines (user classes only). */
function userDescriptor(v: PyInstance): number {
  const c = v.cls;
  let flags = 0;
  if (lookupMro(c, '__get__') !== undefined) flags |= GET;
  if (lookupMro(c, '__set__') !== undefined || lookupMro(c, '__delete__') !== undefined) flags |= DATA;
  return flags;
}

function classGetAttr(rt: PyRuntime, cls: PyClass, name: string, loc?: Pos): Value {
  // `type`'s data descriptors come before the class's own dict (a coroutine's `__name__` is a
  // getset of its instances, not the class's name).
  if (name === '__name__') return cls.name;
  if (name === '__qualname__') return cls.qualname;
  const descr = lookupMro(cls, name);
  if (descr instanceof PyInstance && userDescriptor(descr) & GET) return callDunder(rt, descr, '__get__', [None, cls], loc)!;
  if (descr !== undefined) {
    if (descr instanceof NativeFunction && descr.lang === 'py') return unboundNative(descr);
    if (descr instanceof PyStaticMethod) return descr.fn;
    if (descr instanceof PyClassMethod) return new BoundMethod(cls, descr.fn as FunctionValue);
    return descr;
  }
  switch (name) {
    case '__name__':
      return cls.name;
    case '__qualname__':
      return cls.qualname;
    case '__mro__':
      return new PyTuple(cls.mro);
    case '__bases__':
      return new PyTuple(cls.bases);
    case '__base__':
      return cls.bases[0] ?? None;
    case '__class__':
      return coreTypes(rt).type;
    case '__dict__':
      return newDict(
        rt,
        [...cls.dict].map(([k, v]) => [k, v] as [Value, Value]),
      );
    case 'mro':
      return new NativeFunction('mro', () => cls.mro.slice(), 'py');
  }
  // Metaclass (`type`) attributes, e.g. a user `__getattr__` is not consulted for classes.
  const meta = lookupMro(coreTypes(rt).type, name);
  if (meta !== undefined) return bindDescriptor(rt, meta, cls, coreTypes(rt).type);
  void loc;
  return noAttr(rt, cls, name);
}

/** `obj.name = value`. */
export function setAttr(rt: PyRuntime, obj: Value, name: string, value: Value, loc?: Pos): void {
  if (obj instanceof PyInstance) {
    const cls = obj.cls;
    const sa = lookupMro(cls, '__setattr__');
    if (sa !== undefined && sa !== coreTypes(rt).object.dict.get('__setattr__')) {
      // A user (or dataclass-generated) __setattr__; it may delegate to object.__setattr__.
      call(rt, bindDescriptor(rt, sa, obj, cls), [name, value], loc);
      return;
    }
    genericSetAttr(rt, obj, name, value, loc);
    return;
  }
  if (obj instanceof PyClass) {
    if (!rt.userClasses.has(obj)) {
      throw rt.error('TypeError', `cannot set '${name}' attribute of immutable type '${obj.name}'`);
    }
    if (name === '__name__' && typeof value === 'string') obj.name = value;
    else if (name === '__qualname__' && typeof value === 'string') obj.qualname = value;
    else {
      obj.dict.set(name, value);
      invalidateLookups();
    }
    return;
  }
  if (obj instanceof PyModule) {
    // Made first, so that making its group later cannot overwrite the value assigned.
    obj.resolve(name);
    obj.dict.set(name, value);
    return;
  }
  if (isJsValue(obj)) {
    rt.realm.js.setAttr(obj, name, value, loc);
    return;
  }
  if (obj instanceof FunctionValue) {
    obj.props.set(name, { value });
    return;
  }
  // A namedtuple's field is a read-only descriptor (namedtuple.ts).
  const descr = obj instanceof PyTuple && rt.tupleTypes.has(obj) ? lookupMro(rt.tupleTypes.get(obj)!, name) : undefined;
  if (descr instanceof NativeGetSet && descr.set) {
    descr.set(obj, value);
    return;
  }
  throw rt.error('AttributeError', `'${typeName(rt, obj)}' object has no attribute '${name}' and no __dict__ for setting new attributes`);
}

/** object.__setattr__ for instances: data descriptors (property, getset), else the instance dict. */
export function genericSetAttr(rt: PyRuntime, obj: PyInstance, name: string, value: Value, loc?: Pos): void {
  const cls = obj.cls;
  const descr = lookupMro(cls, name);
  if (descr instanceof PyProperty) {
    if (descr.fset === None || descr.fset === undefined) {
      throw rt.error('AttributeError', `property '${propertyName(descr, name)}' of '${cls.name}' object has no setter`);
    }
    call(rt, descr.fset, [obj, value], loc);
    return;
  }
  if (descr instanceof NativeGetSet) {
    if (!descr.set) throw rt.error('AttributeError', `attribute '${name}' of '${tpName(cls)}' objects is not writable`);
    descr.set(obj, value);
    return;
  }
  if (descr instanceof PyInstance && lookupMro(descr.cls, '__set__') !== undefined) {
    callDunder(rt, descr, '__set__', [obj, value], loc);
    return;
  }
  if (rt.dictlessClasses.has(cls)) {
    throw rt.error('AttributeError', `'${typeName(rt, obj)}' object has no attribute '${name}' and no __dict__ for setting new attributes`);
  }
  obj.dict.set(name, value);
}

function propertyName(p: PyProperty, fallback: string): string {
  return p.fget instanceof FunctionValue ? p.fget.name : fallback;
}

/** `del obj.name`. */
export function delAttr(rt: PyRuntime, obj: Value, name: string, loc?: Pos): void {
  if (obj instanceof PyInstance) {
    const descr = lookupMro(obj.cls, name);
    if (descr instanceof PyInstance && lookupMro(descr.cls, '__delete__') !== undefined) {
      callDunder(rt, descr, '__delete__', [obj], loc);
      return;
    }
    if (descr instanceof SlotMember) {
      if (!descr.delete(obj)) noAttr(rt, obj, name);
      return;
    }
    if (descr instanceof PyProperty) {
      if (descr.fdel === None || descr.fdel === undefined) {
        throw rt.error('AttributeError', `property '${propertyName(descr, name)}' of '${obj.cls.name}' object has no deleter`);
      }
      call(rt, descr.fdel, [obj], loc);
      return;
    }
    if (!obj.dict.delete(name)) noAttr(rt, obj, name);
    return;
  }
  if (obj instanceof PyClass && rt.userClasses.has(obj)) {
    if (!obj.dict.delete(name)) noAttr(rt, obj, name);
    invalidateLookups();
    return;
  }
  if (obj instanceof PyModule) {
    obj.resolve(name);
    if (!obj.dict.delete(name)) noAttr(rt, obj, name);
    return;
  }
  if (isJsValue(obj)) {
    rt.realm.js.delAttr(obj, name, loc);
    return;
  }
  if (obj instanceof FunctionValue && obj.props.delete(name)) return;
  if (obj instanceof PyClass) throw rt.error('TypeError', `cannot delete '${name}' attribute of immutable type '${obj.name}'`);
  throw rt.error('AttributeError', `'${typeName(rt, obj)}' object has no attribute '${name}' and no __dict__ for setting new attributes`);
}

/** Zero-argument `super().name` in a method of `cls` whose first argument is `self`. */
export function superAttr(rt: PyRuntime, cls: PyClass, self: Value, name: string, loc?: Pos): Value {
  const selfIsClass = self instanceof PyClass && (self === cls || self.mro.includes(cls));
  const startType = selfIsClass ? self : typeOf(rt, self);
  const mro = startType.mro;
  const i = mro.indexOf(cls);
  if (i < 0) throw rt.error('TypeError', 'super(type, obj): obj must be an instance or subtype of type');
  for (const c of mro.slice(i + 1)) {
    const d = c.dict.get(name);
    // A built-in class's __new__ is its native construct (instances.ts callClass): reached
    // through super() as `super().__new__(cls, ...)` in a subclass of Exception, float...
    if (d === undefined && name === '__new__' && c.native && c !== rt.cls('object')) return nativeNew(rt, c);
    if (d === undefined) continue;
    if (selfIsClass) {
      if (d instanceof PyClassMethod) return new BoundMethod(self, d.fn as FunctionValue);
      if (d instanceof PyStaticMethod) return d.fn;
      return d;
    }
    return bindDescriptor(rt, d, self, startType);
  }
  void loc;
  throw rt.error('AttributeError', `'super' object has no attribute '${name}'`);
}

function nativeNew(rt: PyRuntime, base: PyClass): Value {
  return pyNative('__new__', (_self, a) => {
    const [cls, ...rest] = a.positional;
    if (!(cls instanceof PyClass)) throw rt.error('TypeError', `${base.name}.__new__(X): X is not a type object (${typeName(rt, cls)})`);
    if (!cls.mro.includes(base))
      throw rt.error('TypeError', `${base.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${base.name}`);
    return base.native!.construct(cls, { positional: rest, keywords: a.keywords }, rt.realm);
  });
}

/** `hasattr(obj, name)`: getattr succeeded (AttributeError → False; other errors propagate). */
export function hasAttr(rt: PyRuntime, obj: Value, name: string): boolean {
  try {
    getAttr(rt, obj, name);
    return true;
  } catch (e) {
    if (isAttributeError(rt, e)) return false;
    throw e;
  }
}

export function isAttributeError(rt: PyRuntime, e: unknown): boolean {
  const v = (e as { value?: Value })?.value;
  return v instanceof PyInstance && v.cls.mro.includes(rt.cls('AttributeError'));
}
