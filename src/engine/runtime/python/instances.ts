/**
 * Classes and instances: `class` statements (makeClass), calling a class (type.__call__:
 * `__new__` then `__init__`), and `object`'s own methods.
 *
 * CPython reference: Objects/typeobject.c `type_call`, `object_new`, `object_init`
 * ("A() takes no arguments" when neither __new__ nor __init__ is overridden).
 */
import { abstractInstantiationError } from './abc-logging';
import type { Pos } from '../../events/types';
import { unsupported } from '../../errors';
import {
  BoundMethod,
  FunctionValue,
  NativeFunction,
  None,
  PyClass,
  PyInstance,
  PyDict,
  PyTuple,
  type CallArgs,
  type Value,
} from '../values';
import { addMembers, computeMro, isSubclass, lookupMro } from './classes';
import { bindDescriptor, call, callArgs, callDunder } from './calls';
import { truthy } from './operators';
import { NotImplemented, PyClassMethod, PyStaticMethod } from './objects';
import type { PyRuntime } from './state';
import { coreTypes, tpName, typeName, typeOf } from './types';
import { pyRepr, pyStr as pyStrOf, defaultRepr } from './formatting';
import { hashOf } from './equality';
import { delAttr, genericSetAttr, getAttr, setAttr } from './attributes';
import { installSlots } from './slots';
import { shimExceptionName } from './exceptions';

/** `class name(bases): namespace` — the namespace is the executed class body, in order. */
/** Built-in types whose instances are TS values (a list is a TS array): a subclass could not carry its class. */
const VALUE_TYPES = ['int', 'float', 'str', 'list', 'tuple', 'dict', 'set', 'frozenset', 'range', 'bytes'];

export function makeClass(
  rt: PyRuntime,
  name: string,
  qualname: string,
  bases: Value[],
  namespace: Map<string, Value>,
  loc?: Pos,
  keywords?: Map<string, Value>,
): PyClass {
  const t = coreTypes(rt);
  const baseClasses: PyClass[] = [];
  for (let b of bases) {
    // `class RetryError(Exception)` in a Python snippet under js names shims/asyncio.js's
    // Exception, a JS class (the shim's names shadow the builtins). The twin's
    // `class RetryError extends Exception` runs, so the class derives from Python's own
    // exception of that name, which the shim's except clauses catch (exceptionMatches;
    // issue 10). It failed as `bases must be types, not function`.
    const shimBase = shimExceptionName(b);
    if (shimBase !== undefined) b = rt.cls(shimBase);
    if (!(b instanceof PyClass)) {
      throw rt.error('TypeError', `bases must be types, not ${typeName(rt, b)}`);
    }
    if (b === t.bool || b === t.NoneType || b === t.function || rt.finalClasses.has(b)) {
      throw rt.error('TypeError', `type '${tpName(b)}' is not an acceptable base type`);
    }
    if (!rt.userClasses.has(b) && VALUE_TYPES.includes(b.name) && b === rt.classes.get(b.name)) {
      throw unsupported(`subclassing the built-in type '${b.name}' (class ${name})`, loc);
    }
    baseClasses.push(b);
  }
  if (baseClasses.length === 0) baseClasses.push(t.object);
  for (const b of baseClasses) {
    const build = rt.classBuilders.get(b);
    if (build) return build(name, namespace);
  }
  const q = namespace.get('__qualname__');
  const cls = new PyClass(name, typeof q === 'string' ? q : qualname, baseClasses);
  cls.mro = computeMro(rt.realm, cls, baseClasses);
  for (const [k, v] of namespace) {
    if (k === '__qualname__') continue;
    // CPython makes these implicitly static/class methods (typeobject.c type_new_set_attrs).
    if (k === '__new__' && v instanceof FunctionValue) cls.dict.set(k, new PyStaticMethod(v));
    else if ((k === '__init_subclass__' || k === '__class_getitem__') && v instanceof FunctionValue) {
      cls.dict.set(k, new PyClassMethod(v));
    } else cls.dict.set(k, v);
  }
  const slots = namespace.get('__slots__');
  if (slots !== undefined) installSlots(rt, cls, baseClasses, slots, namespace, loc);
  // A class that defines __eq__ without __hash__ is unhashable (typeobject.c inherit_slots).
  if (namespace.has('__eq__') && !namespace.has('__hash__')) cls.dict.set('__hash__', None);
  if (!cls.dict.has('__module__')) cls.dict.set('__module__', '__main__');
  if (!cls.dict.has('__doc__')) cls.dict.set('__doc__', None);
  rt.userClasses.add(cls);
  for (const hook of rt.classCreatedHooks) hook(cls);
  // type_new_set_names, then init_subclass (Objects/typeobject.c): descriptors learn their
  // names, then the parent's __init_subclass__ runs for the new class.
  for (const [k, v] of [...cls.dict]) {
    if (v instanceof PyInstance && lookupMro(v.cls, '__set_name__') !== undefined) callDunder(rt, v, '__set_name__', [cls, k], loc);
  }
  const parentHook = lookupMroFrom(cls.mro, 1, '__init_subclass__');
  // The class statement's keywords go to it (`class B(A, name="x")`).
  const hookFn = parentHook instanceof PyClassMethod ? parentHook.fn : undefined;
  if (hookFn instanceof FunctionValue || hookFn instanceof NativeFunction)
    callArgs(rt, new BoundMethod(cls, hookFn), { positional: [], keywords }, loc);
  return cls;
}

/** The first `name` in `mro[start:]` (super(cls, cls) lookup). */
function lookupMroFrom(mro: PyClass[], start: number, name: string): Value | undefined {
  for (let i = start; i < mro.length; i++) {
    const v = mro[i]!.dict.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** `cls(*args, **kw)`. */
export function callClass(rt: PyRuntime, cls: PyClass, args: CallArgs, loc?: Pos): Value {
  const t = coreTypes(rt);
  if (cls === t.type) {
    const p = args.positional;
    if (p.length === 1 && !args.keywords?.size) return typeOf(rt, p[0]);
    if (p.length === 3) {
      // type(name, bases, dict): a class built from a namespace, as a class statement would.
      const [name, bases, ns] = p;
      if (typeof name !== 'string') throw rt.error('TypeError', `type.__new__() argument 1 must be str, not ${typeName(rt, name)}`);
      if (!(bases instanceof PyTuple)) throw rt.error('TypeError', `type.__new__() argument 2 must be tuple, not ${typeName(rt, bases)}`);
      if (!(ns instanceof PyDict)) throw rt.error('TypeError', `type.__new__() argument 3 must be dict, not ${typeName(rt, ns)}`);
      const namespace = new Map<string, Value>();
      for (const e of ns.entries.values()) if (typeof e.key === 'string') namespace.set(e.key, e.value);
      return makeClass(rt, name, name, [...bases.items], namespace, loc);
    }
    throw rt.error('TypeError', 'type() takes 1 or 3 arguments');
  }
  if (rt.userClasses.has(cls)) {
    const abstract = abstractInstantiationError(rt, cls);
    if (abstract) throw rt.error('TypeError', abstract);
  }
  let inst: Value = undefined;
  let userNew = false;
  const objectNew = t.object.dict.get('__new__');
  for (const c of cls.mro) {
    const n = c.dict.get('__new__');
    // object's own __new__ is its native construct (below), which checks no arguments.
    if (n !== undefined && n !== objectNew) {
      userNew = true;
      const fn = n instanceof PyStaticMethod ? n.fn : n;
      inst = callArgs(rt, fn, { positional: [cls, ...args.positional], keywords: args.keywords }, loc);
      break;
    }
    if (c.native) {
      inst = c.native.construct(cls, args, rt.realm);
      break;
    }
  }
  // Built-in types (int('3'), list(x), asyncio.Future()) are complete after construct.
  if (!rt.userClasses.has(cls)) return inst;
  if (!isSubclass(typeOf(rt, inst), cls)) return inst;
  const init = lookupMro(cls, '__init__');
  if (init === undefined || init === t.object.dict.get('__init__')) {
    if (!userNew && (args.positional.length > 0 || (args.keywords?.size ?? 0) > 0) && nativeIsObject(rt, cls)) {
      throw rt.error('TypeError', `${cls.name}() takes no arguments`);
    }
    return inst;
  }
  const r = callArgs(rt, bindDescriptor(rt, init, inst, cls), args, loc);
  if (r !== None && r !== undefined) {
    throw rt.error('TypeError', `__init__() should return None, not '${typeName(rt, r)}'`);
  }
  return inst;
}

/** The built-in class whose construct makes `cls`'s instances (for object.__new__'s message). */
function nativeBaseName(cls: PyClass): string {
  for (const c of cls.mro) if (c.native) return c.name;
  return 'object';
}

function nativeIsObject(rt: PyRuntime, cls: PyClass): boolean {
  for (const c of cls.mro) if (c.native) return c === coreTypes(rt).object;
  return true;
}

/** `object`'s construct (object.__new__) and methods. */
export function installObject(rt: PyRuntime): void {
  const t = coreTypes(rt);
  // A bare object() has no __dict__: `object().x = 1` is an AttributeError (slots.ts).
  rt.dictlessClasses.add(t.object);
  addMembers(t.object, {
    staticMethods: {
      // object.__new__(cls), what `super().__new__(cls)` in a user __new__ reaches
      // (Objects/typeobject.c object_new): an instance of a class whose instances are plain
      // objects, and no other arguments unless the class overrides __init__ and not __new__.
      __new__: (_self, a) => {
        const [cls, ...rest] = a.positional;
        if (cls === undefined) throw rt.error('TypeError', 'object.__new__(): not enough arguments');
        if (!(cls instanceof PyClass)) throw rt.error('TypeError', `object.__new__(X): X is not a type object (${typeName(rt, cls)})`);
        if (!nativeIsObject(rt, cls))
          throw rt.error('TypeError', `object.__new__(${cls.name}) is not safe, use ${nativeBaseName(cls)}.__new__()`);
        if (rest.length > 0 || (a.keywords?.size ?? 0) > 0) {
          const ownNew = lookupMro(cls, '__new__') !== t.object.dict.get('__new__');
          if (ownNew) throw rt.error('TypeError', 'object.__new__() takes exactly one argument (the type to instantiate)');
          if (lookupMro(cls, '__init__') === t.object.dict.get('__init__')) throw rt.error('TypeError', `${cls.name}() takes no arguments`);
        }
        return t.object.native!.construct(cls, { positional: [] }, rt.realm);
      },
    },
    methods: {
      __init__: () => None,
      __str__: (self) => pyRepr(rt, self),
      __repr__: (self) => defaultRepr(rt, self),
      __eq__: (self, a) => (self === a.positional[0] ? true : notImplemented()),
      // The type's own == inverted, and its NotImplemented passed on (Objects/typeobject.c
      // object_richcompare, Py_NE): object.__ne__(None, 0) is NotImplemented, not True.
      __ne__: (self, a) => {
        const type = typeOf(rt, self);
        const eq = lookupMro(type, '__eq__');
        const r = eq === undefined ? NotImplemented : call(rt, bindDescriptor(rt, eq, self, type), [a.positional[0]]);
        return r === NotImplemented ? r : !truthy(rt, r);
      },
      __hash__: (self) => hashOf(rt, self),
      // object's rich comparisons other than == answer NotImplemented (Objects/typeobject.c
      // object_richcompare): `a < b` then tries the other side and fails with its TypeError.
      __lt__: () => NotImplemented,
      __le__: () => NotImplemented,
      __gt__: () => NotImplemented,
      __ge__: () => NotImplemented,
      // object.__setattr__/__delattr__/__getattribute__: the generic protocol, for user overrides that delegate.
      __setattr__: (self, a) => {
        const [name, value] = a.positional;
        if (self instanceof PyInstance && typeof name === 'string') genericSetAttr(rt, self, name, value);
        else if (typeof name === 'string') setAttr(rt, self, name, value);
        return None;
      },
      __delattr__: (self, a) => {
        const [name] = a.positional;
        if (typeof name === 'string') delAttr(rt, self, name);
        return None;
      },
      __getattribute__: (self, a) => {
        const [name] = a.positional;
        if (typeof name !== 'string') throw rt.error('TypeError', `attribute name must be string, not '${typeName(rt, name)}'`);
        return getAttr(rt, self, name);
      },
      __format__: (self, a) => {
        const spec = a.positional[0];
        if (spec !== '') {
          throw rt.error('TypeError', `unsupported format string passed to ${typeName(rt, self)}.__format__`);
        }
        return pyStrOf(rt, self);
      },
    },
    // object.__init_subclass__: the no-op a user hook's super().__init_subclass__() reaches.
    classMethods: {
      __init_subclass__: (c, a) => {
        // Keywords of the class statement that no hook took (`class B(A, flag=1)`).
        if ((a.keywords?.size ?? 0) > 0)
          throw rt.error('TypeError', `${(c as PyClass).name}.__init_subclass__() takes no keyword arguments`);
        return None;
      },
    },
  });
}

function notImplemented(): Value {
  return NotImplemented;
}

/** object.__new__(cls). */
export function newObject(cls: PyClass): PyInstance {
  return new PyInstance(cls);
}
