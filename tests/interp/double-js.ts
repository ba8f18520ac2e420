/**
 * The JavaScript half of the interpreter tests' stand-in runtime (double.ts): objects with
 * prototypes, functions, arrays and errors, with the LangOps the interpreter calls on them.
 */
import { type Realm, type JsOps } from '../../src/engine/runtime/realm';
import { Thrown } from '../../src/engine/runtime/thrown';
import {
  FunctionValue,
  HeapObject,
  JSObject,
  NativeFunction,
  PyClass,
  PyFloat,
  PyInstance,
  type PropSlot,
  type Value,
} from '../../src/engine/runtime/values';

/** The JS LangOps of the double, over `realm`; `call` calls a JS function value. */
export function jsDouble(realm: Realm, call: (fn: Value, self: Value, args: Value[]) => Value) {
  // ---------------- JS ----------------
  const ObjectPrototype = new JSObject(null);
  const FunctionPrototype = new JSObject(ObjectPrototype);
  const ArrayPrototype = new JSObject(ObjectPrototype);
  const ErrorPrototype = new JSObject(ObjectPrototype);
  const fnProto = new WeakMap<object, Value>();
  const protoOf = (o: Value): Value => {
    if (o instanceof JSObject) return o.proto;
    if (o instanceof FunctionValue || o instanceof NativeFunction) return fnProto.get(o) ?? FunctionPrototype;
    if (Array.isArray(o)) return ArrayPrototype;
    return null;
  };
  const ownSlot = (o: Value, k: string): PropSlot | undefined =>
    o instanceof JSObject || o instanceof FunctionValue || o instanceof NativeFunction ? o.props.get(k) : undefined;
  const jsGet = (obj: Value, key: string, receiver: Value = obj): Value => {
    if (obj === undefined || obj === null) throw jsNewError('TypeError', `Cannot read properties of ${obj} (reading '${key}')`);
    if (obj instanceof HeapObject && !(obj instanceof JSObject || obj instanceof FunctionValue || obj instanceof NativeFunction))
      return realm.py.getAttr(obj, key);
    if (Array.isArray(obj)) {
      if (key === 'length') return obj.length;
      if (/^\d+$/.test(key)) return obj[Number(key)];
      if (key === 'push') return new NativeFunction('push', (self, a) => (self as Value[]).push(...a.positional), 'js');
      if (key === 'map')
        return new NativeFunction('map', (self, a) => (self as Value[]).map((x, i) => call(a.positional[0], undefined, [x, i])), 'js');
    }
    if (typeof obj === 'string') {
      if (key === 'length') return obj.length;
      if (key === 'toUpperCase') return new NativeFunction('toUpperCase', (s) => String(s).toUpperCase(), 'js');
      return undefined;
    }
    if ((obj instanceof FunctionValue || obj instanceof NativeFunction) && key === 'name' && !obj.props.has('name')) return obj.name;
    for (let o: Value = obj; o !== null && o !== undefined; o = protoOf(o)) {
      const s = ownSlot(o, key);
      if (s) {
        if ('value' in s) return s.value;
        return s.get ? call(s.get, receiver, []) : undefined;
      }
    }
    return undefined;
  };
  const jsNewError = (type: string, message: string): Thrown => {
    const e = new JSObject(ErrorPrototype);
    e.props.set('name', { value: type, enumerable: false });
    e.props.set('message', { value: message, enumerable: false });
    return new Thrown(e);
  };
  const jsNum = (v: Value): number => (v instanceof PyFloat ? v.v : Number(v));
  const jsStr = (v: Value): string =>
    v === undefined ? 'undefined' : Array.isArray(v) ? v.map(jsStr).join(',') : v instanceof JSObject ? '[object Object]' : String(v);
  const jsRepr = (v: Value): string => {
    if (typeof v === 'string') return `'${v}'`;
    if (Array.isArray(v)) return v.length ? `[ ${v.map(jsRepr).join(', ')} ]` : '[]';
    if (v instanceof FunctionValue) return `[Function: ${v.name}]`;
    if (v instanceof JSObject) {
      if (v.proto === ErrorPrototype || (v.proto && v.proto.proto === ErrorPrototype))
        return `${jsStr(jsGet(v, 'name'))}: ${jsStr(jsGet(v, 'message'))}`;
      const parts = [...v.props]
        .filter(([, s]) => s.enumerable !== false)
        .map(([k, s]) => `${k}: ${'value' in s ? jsRepr(s.value) : '[Getter]'}`);
      return parts.length ? `{ ${parts.join(', ')} }` : '{}';
    }
    if (v instanceof HeapObject) return realm.py.repr(v);
    return String(v);
  };
  const js = {
    lang: 'js',
    intrinsics: { ObjectPrototype, FunctionPrototype, ArrayPrototype, ErrorPrototype },
    truthy: (v: Value) => (v instanceof HeapObject || Array.isArray(v) ? true : !!v),
    binary: (op: string, a: Value, b: Value) => {
      if (op === '+') return typeof a === 'string' || typeof b === 'string' ? jsStr(a) + jsStr(b) : jsNum(a) + jsNum(b);
      const x = jsNum(a),
        y = jsNum(b);
      switch (op) {
        case '-':
          return x - y;
        case '*':
          return x * y;
        case '/':
          return x / y;
        case '%':
          return x % y;
        case '**':
          return x ** y;
        case '|':
          return x | y;
        case '&':
          return x & y;
      }
      throw new Error(`double: binary ${op}`);
    },
    compare: (op: string, a: Value, b: Value) => {
      switch (op) {
        case '===':
          return a === b;
        case '!==':
          return a !== b;
        case '==':
          return a == b;
        case '!=':
          return a != b;
        case '<':
          return (a as number) < (b as number);
        case '<=':
          return (a as number) <= (b as number);
        case '>':
          return (a as number) > (b as number);
        case '>=':
          return (a as number) >= (b as number);
        case 'instanceof':
          return js.instanceOf(a, b);
        case 'in':
          return jsGet(b, String(a)) !== undefined;
      }
      throw new Error(`double: compare ${op}`);
    },
    unary: (op: string, v: Value) => {
      switch (op) {
        case '-':
          return -jsNum(v);
        case '+':
          return jsNum(v);
        case 'void':
          return undefined;
        case 'typeof':
          if (v === null) return 'object';
          if (v instanceof FunctionValue || v instanceof NativeFunction) return 'function';
          if (v instanceof HeapObject || Array.isArray(v)) return 'object';
          return typeof v;
      }
      throw new Error(`double: unary ${op}`);
    },
    getAttr: (o: Value, k: string) => jsGet(o, k),
    setAttr: (o: Value, k: string, v: Value) => {
      if (o === undefined || o === null) throw jsNewError('TypeError', `Cannot set properties of ${o} (setting '${k}')`);
      if (Array.isArray(o)) {
        o[Number(k)] = v;
        return;
      }
      if (o instanceof PyInstance) return realm.py.setAttr(o, k, v);
      for (let p: Value = o; p !== null && p !== undefined; p = protoOf(p)) {
        const s = ownSlot(p, k);
        if (s && !('value' in s)) {
          if (s.set) call(s.set, o, [v]);
          return;
        }
        if (s) break;
      }
      const own = ownSlot(o, k);
      (o as JSObject).props.set(k, own ? { ...own, value: v } : { value: v });
    },
    delAttr: (o: Value, k: string) => void (o as JSObject).props.delete(k),
    getItem: (o: Value, k: Value) => (Array.isArray(o) && typeof k === 'number' ? o[k] : jsGet(o, jsStr(k))),
    setItem: (o: Value, k: Value, v: Value) => (Array.isArray(o) && typeof k === 'number' ? void (o[k] = v) : js.setAttr(o, jsStr(k), v)),
    delItem: (o: Value, k: Value) => void (o as JSObject).props.delete(jsStr(k)),
    iterate: (v: Value): Iterable<Value> => {
      if (Array.isArray(v)) return v;
      if (typeof v === 'string') return [...v];
      throw jsNewError('TypeError', `${jsRepr(v)} is not iterable`);
    },
    templatePart: (v: Value) => jsStr(v),
    newError: jsNewError,
    errorSummary: (e: Value) =>
      e instanceof JSObject ? `${jsStr(jsGet(e, 'name'))}: ${jsStr(jsGet(e, 'message'))}` : `Uncaught ${jsRepr(e)}`,
    display: (v: Value) => (typeof v === 'string' ? v : jsRepr(v)),
    repr: jsRepr,
    newObject: () => new JSObject(ObjectPrototype),
    initFunction: (fn: FunctionValue) => {
      fn.props.set('name', { value: fn.name, enumerable: false });
      if (fn.def.flavor === 'function' && !fn.def.isAsync) {
        const proto = new JSObject(ObjectPrototype);
        proto.props.set('constructor', { value: fn, enumerable: false });
        fn.props.set('prototype', { value: proto, enumerable: false });
      }
    },
    defineProperty: (o: Value, k: string, slot: PropSlot, enumerable = true) => {
      (o as JSObject).props.set(k, { enumerable, ...slot });
    },
    toPropertyKey: (v: Value) => jsStr(v),
    instanceOf: (v: Value, ctor: Value) => {
      if (ctor instanceof PyClass) return realm.py.exceptionMatches(v, ctor);
      const p = jsGet(ctor, 'prototype');
      for (let o = protoOf(v); o; o = protoOf(o)) if (o === p) return true;
      return false;
    },
    superGet: (home: Value, thisArg: Value, name: string) => {
      const p = protoOf(home);
      return p === null ? undefined : jsGet(p, name, thisArg);
    },
    setPrototypeOf: (o: Value, p: Value) => {
      if (o instanceof JSObject) o.proto = p as JSObject;
      else fnProto.set(o as object, p);
    },
    forInKeys: (v: Value) =>
      v instanceof JSObject
        ? [...v.props].filter(([, s]) => s.enumerable !== false).map(([k]) => k)
        : Array.isArray(v)
          ? v.map((_, i) => String(i))
          : [],
    toString: jsStr,
  } as unknown as JsOps;

  // ---------------- Python ----------------
  return { js, ObjectPrototype, ErrorPrototype, jsGet, jsNewError, jsStr };
}
