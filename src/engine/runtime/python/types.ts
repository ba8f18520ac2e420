/**
 * The built-in type objects and `type(x)` for every value in the shared universe.
 *
 * Every built-in type is a real PyClass registered in the realm, so `isinstance(x, int)`,
 * `type(x).__name__`, `issubclass(bool, int)` and error messages all go through one path.
 * The instances of built-in types are not PyInstances: an int is a TS number, a list is
 * a TS array (see ../values.ts). `typeOf` maps them to their class.
 */
import type { Realm } from '../realm';
import {
  BoundMethod,
  FunctionValue,
  HeapObject,
  JSObject,
  NativeFunction,
  None,
  PyClass,
  PyInstance,
  PyModule,
  PyFloat,
  PyDict,
  PyTuple,
  type Value,
} from '../values';
import { defineBuiltinClass } from './classes';
import { pyRuntime, type PyRuntime } from './state';
import { constructors } from './constructors';
import { ITERATOR_TYPES, LAZY_ITERATOR_TYPES } from './objects';

/** The classes the hot paths need without a Map lookup. */
export interface CoreTypes {
  object: PyClass;
  type: PyClass;
  int: PyClass;
  bool: PyClass;
  float: PyClass;
  str: PyClass;
  list: PyClass;
  tuple: PyClass;
  dict: PyClass;
  set: PyClass;
  frozenset: PyClass;
  NoneType: PyClass;
  function: PyClass;
  builtin: PyClass;
  method: PyClass;
  module: PyClass;
  jsUndefined: PyClass;
  jsNull: PyClass;
  jsObject: PyClass;
}

const core = new WeakMap<PyRuntime, CoreTypes>();

export function coreTypes(rt: PyRuntime): CoreTypes {
  return core.get(rt)!;
}

/** Names of the built-in types that carry no methods of their own beyond object's. */
const PLAIN_TYPES = [
  'NoneType',
  'function',
  'builtin_function_or_method',
  'method',
  'module',
  'slice',
  'getset_descriptor',
  'member_descriptor',
  'NotImplementedType',
  'ellipsis',
  ...ITERATOR_TYPES,
  ...LAZY_ITERATOR_TYPES,
  'dict_keys',
  'dict_values',
  'dict_items',
  'range',
  'property',
  'staticmethod',
  'classmethod',
];

/** Create `object`, `type` and the built-in value types (methods are added by their own files). */
export function bootstrapTypes(realm: Realm): CoreTypes {
  const rt = pyRuntime(realm);
  const object = defineBuiltinClass(realm, 'object', [], { construct: constructors.object });
  const def = (name: string, base: PyClass = object) => defineBuiltinClass(realm, name, [base], { construct: constructors[name] });
  const type = def('type');
  const int = def('int');
  const bool = def('bool', int);
  const float = def('float');
  const str = def('str');
  const list = def('list');
  const tuple = def('tuple');
  const dict = def('dict');
  const set = def('set');
  const frozenset = def('frozenset');
  for (const n of PLAIN_TYPES) def(n);
  // JS values seen from Python code (a JS snippet's objects under a Python model).
  const jsUndefined = defineBuiltinClass(realm, 'undefined', [object], { module: 'js', register: false });
  const jsNull = defineBuiltinClass(realm, 'null', [object], { module: 'js', register: false });
  const jsObject = defineBuiltinClass(realm, 'object', [object], { module: 'js', register: false });
  const types: CoreTypes = {
    object,
    type,
    int,
    bool,
    float,
    str,
    list,
    tuple,
    dict,
    set,
    frozenset,
    NoneType: rt.cls('NoneType'),
    function: rt.cls('function'),
    builtin: rt.cls('builtin_function_or_method'),
    method: rt.cls('method'),
    module: rt.cls('module'),
    jsUndefined,
    jsNull,
    jsObject,
  };
  core.set(rt, types);
  return types;
}

/** `type(v)`. */
export function typeOf(rt: PyRuntime, v: Value): PyClass {
  const t = core.get(rt)!;
  switch (typeof v) {
    case 'number':
      return Number.isInteger(v) ? t.int : t.float;
    case 'string':
      return t.str;
    case 'boolean':
      return t.bool;
    case 'bigint':
      return t.int;
    case 'undefined':
      return t.jsUndefined;
  }
  if (v === null) return t.jsNull;
  if (Array.isArray(v)) return t.list;
  if (v instanceof PyInstance) return v.cls;
  if (v === None) return t.NoneType;
  if (v instanceof PyFloat) return t.float;
  if (v instanceof PyClass) return t.type;
  if (v instanceof FunctionValue) return t.function;
  if (v instanceof NativeFunction) return t.builtin;
  if (v instanceof BoundMethod) return v.fn instanceof NativeFunction ? t.builtin : t.method;
  if (v instanceof PyModule) return t.module;
  if (v instanceof JSObject) return t.jsObject;
  if (v instanceof HeapObject) {
    if (rt.frozen.has(v)) return t.frozenset;
    if (v instanceof PyTuple) return rt.tupleTypes.get(v) ?? rt.classes.get('tuple') ?? t.object;
    if (v instanceof PyDict) return rt.dictTypes.get(v) ?? t.dict;
    return rt.classes.get(v.typeName) ?? t.object;
  }
  return t.object;
}

/** The name CPython's messages give `v`'s type: its tp_name (tpName below). */
export function typeName(rt: PyRuntime, v: Value): string {
  return tpName(typeOf(rt, v));
}

/** A Python int (TS number that is an integer, or bigint); bool counts (it subclasses int). */
export function isInt(v: Value): v is number | bigint | boolean {
  return (typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint' || typeof v === 'boolean';
}

/** The class's `__module__`-qualified name as `repr(cls)` shows it. */
export function qualifiedName(cls: PyClass): string {
  const mod = cls.dict.get('__module__');
  const q = cls.qualname;
  return typeof mod === 'string' && mod !== 'builtins' ? `${mod}.${q}` : q;
}

const dottedTpNames = new WeakSet<PyClass>();

/** A type CPython implements in C in a public module (`types.SimpleNamespace`): its tp_name is dotted. */
export function markDottedTpName(cls: PyClass): void {
  dottedTpNames.add(cls);
}

/**
 * A built-in type's `tp_name`, what CPython's messages about C types print: qualified for the
 * types of a private C module (`_contextvars.Token`), the bare name for builtins.
 */
export function tpName(cls: PyClass): string {
  if (cls.tpName !== undefined) return cls.tpName;
  if (dottedTpNames.has(cls)) return `${cls.dict.get('__module__') as string}.${cls.name}`;
  const module = cls.dict.get('__module__');
  // A class a program defines (in `__main__`) is a heap type: its tp_name is its bare name.
  return cls.def === undefined && typeof module === 'string' && module.startsWith('_') && module !== '__main__'
    ? `${module}.${cls.name}`
    : cls.name;
}
