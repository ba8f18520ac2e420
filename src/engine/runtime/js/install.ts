/**
 * `installJs(realm)`: builds the JavaScript runtime of one run — intrinsics, builtins in
 * `realm.builtins.js` — and returns the JsOps that the interpreter and the models call
 * for JS code (see src/engine/runtime/realm.ts for the contract).
 */
import { installWeb } from './builtins/web';
import { NODE_MODULE_BINDING } from '../../names';
import { unsupported } from '../../errors';
import { makeNative } from './natives';
import type { BinaryOperator, CompareOperator } from '../../ir/nodes';
import type { Pos } from '../../events/types';
import type { JsOps, LangOps, Realm } from '../realm';
import { JSObject, NativeFunction, PyDict, PyFloat, type PropSlot, type Value } from '../values';
import { JsCtx, SPECIES_KEY } from './context';
import { toBoolean, toPropertyKey, toStr, isPyException } from './convert';
import { displayArg, inspect } from './inspect';
import { forInKeys, getIterator, iterate } from './iteration';
import { registerContext } from './natives';
import { binary, compare, instanceOf, unary } from './operators';
import { defineOwn, deleteValue, getFrom, getValue, hasProperty, isJsObj, protoOf, setArrayIndex, setValue } from './properties';
import { installArray } from './builtins/array';
import { installAsyncFunction } from './builtins/async-function';
import { installGenerators } from './builtins/generators';
import { installCollections } from './builtins/collections';
import { installConsole } from './builtins/console';
import { installDate } from './builtins/date';
import { errorSummary, installErrors } from './builtins/errors';
import { installJson } from './builtins/json';
import { installMath } from './builtins/math';
import { installNumber } from './builtins/number';
import { freeze, installObject, setPrototypeOf } from './builtins/object';
import { installString } from './builtins/string';
import { PrivateKey, privateGet, privateSet } from './private-names';
import { installRegExp } from './builtins/regexp';
import { installReflect } from './builtins/reflect';
import { installIntl } from './builtins/intl';

/** A Python heap value (not a JS object, array, JS function, PyFloat or primitive). */
function isForeignHeap(v: Value): boolean {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !isJsObj(v) && !(v instanceof PyFloat);
}

export function installJs(realm: Realm): JsOps {
  const ctx = new JsCtx(realm);
  registerContext(realm, ctx);
  installObject(ctx);
  installReflect(ctx);
  installErrors(ctx);
  installAsyncFunction(ctx);
  installGenerators(ctx);
  installArray(ctx);
  installString(ctx);
  installRegExp(ctx);
  installNumber(ctx);
  installMath(ctx);
  installJson(ctx);
  installCollections(ctx);
  installDate(ctx);
  installIntl(ctx);
  installConsole(ctx);
  installWeb(ctx);
  // get C[@@species] returns `this` (§23.1.2.5, §24.1.2.3, §24.2.2.3, §22.2.5.2; %Promise%'s is
  // the js model's): only Promise's `then` consults it, but a program may read it.
  for (const name of ['Array', 'Map', 'Set', 'RegExp']) {
    const C = realm.builtins.js.get(name);
    if (C instanceof JSObject || C instanceof NativeFunction)
      C.props.set(SPECIES_KEY, { get: makeNative('get [Symbol.species]', 0, (self) => self), enumerable: false, configurable: true });
  }
  // An `import` of a Node library module (syntax/js/imports.ts) under a model that has none:
  // the js model binds the real one (models/js/node-modules.ts).
  realm.builtins.js.set(
    NODE_MODULE_BINDING,
    makeNative(NODE_MODULE_BINDING, 2, (_self, [id]) => {
      throw unsupported(`import from '${String(id)}' under a Python model (Node's library modules exist under js)`, realm.callLoc);
    }),
  );
  // A CommonJS snippet's `require` under a Python model says the same, not `require is not
  // defined`. Under js, CommonJS has Node's (models/js/commonjs.ts) and an ES module none.
  if (realm.modelName !== 'js' && !realm.builtins.js.has('require'))
    realm.builtins.js.set(
      'require',
      makeNative('require', 1, (_self, [id]) => {
        const what = typeof id === 'string' ? `require('${id}')` : 'require()';
        throw unsupported(`${what} under a Python model (Node's library modules exist under js)`, realm.callLoc);
      }),
    );
  const intr = ctx.intr;

  const keyOf = (key: Value): string => (typeof key === 'string' ? key : toPropertyKey(ctx, key));

  // The operations object of every realm has one hidden class, so the interpreter's closures,
  // shared by every run, call `ops.binary` and the rest through one class (issue 10): no getter
  // (an accessor is part of the class, so each realm's literal got a class of its own) and no
  // use as a prototype (V8 gives every prototype a class of its own). With a class per realm,
  // each run's new class deoptimised those sites until they gave up on classes (megamorphic).
  // Non-strict code's member writes and deletes (JsOps.sloppy) are filled in below.
  const ops: { -readonly [K in keyof JsOps]: JsOps[K] } = {
    sloppy: undefined as unknown as LangOps,
    lang: 'js',
    hasProperty: (obj, key) => hasProperty(ctx, obj, key),
    intrinsics: {
      ObjectPrototype: intr.ObjectPrototype,
      FunctionPrototype: intr.FunctionPrototype,
      ArrayPrototype: intr.ArrayPrototype,
      ErrorPrototype: intr.ErrorPrototype,
      AsyncIteratorPrototype: intr.AsyncIteratorPrototype,
    },

    truthy: toBoolean,
    binary: (op: BinaryOperator, a: Value, b: Value, loc?: Pos) => binary(ctx, op, a, b, loc),
    compare: (op: CompareOperator, a: Value, b: Value) => compare(ctx, op, a, b),
    unary: (op, v) => unary(ctx, op, v),

    getAttr: (obj, name, loc) => getValue(ctx, obj, name, loc),
    setAttr: (obj, name, value, loc) => setValue(ctx, obj, name, value, loc),
    delAttr: (obj, name, loc) => {
      deleteValue(ctx, obj, name, loc);
    },
    getItem(obj: Value, key: Value, loc?: Pos): Value {
      if (typeof key === 'number') {
        if (Array.isArray(obj)) {
          if (key >= 0 && Number.isInteger(key)) return key < obj.length ? obj[key] : undefined;
        } else if (typeof obj === 'string' && key >= 0 && Number.isInteger(key)) {
          return key < obj.length ? obj[key] : undefined;
        }
      }
      // A Python container indexed from JS (`d["k"]`, `t[0]`): Python's subscription.
      if (obj instanceof PyDict || (typeof key === 'number' && isForeignHeap(obj))) return realm.py.getItem(obj, key, loc);
      if (key instanceof PrivateKey) return privateGet(ctx, obj, key);
      return getValue(ctx, obj, keyOf(key), loc);
    },
    setItem(obj: Value, key: Value, value: Value, loc?: Pos): void {
      if (typeof key === 'number' && Array.isArray(obj) && key >= 0 && Number.isInteger(key) && key < 4294967295) {
        if (key < obj.length && !ctx.nonExtensible.has(obj)) obj[key] = value;
        else setArrayIndex(ctx, obj, key, value);
        return;
      }
      if (obj instanceof PyDict) return realm.py.setItem(obj, key, value, loc);
      if (key instanceof PrivateKey) return privateSet(ctx, obj, key, value);
      setValue(ctx, obj, keyOf(key), value, loc);
    },
    delItem(obj: Value, key: Value, loc?: Pos): void {
      if (obj instanceof PyDict) return realm.py.delItem(obj, key, loc);
      deleteValue(ctx, obj, keyOf(key), loc);
    },

    iterate: (v, loc) => iterate(ctx, v, loc),
    getIterator: (v, loc, method) => getIterator(ctx, v, loc, method),
    templatePart: (v) => (typeof v === 'string' ? v : toStr(ctx, v)),
    newError: (type, message) => ctx.error(type, message),
    templateObject: (cooked, raw) => templateObject(ctx, cooked, raw),
    errorSummary(exc: Value): string {
      if (isPyException(exc)) return realm.py.errorSummary(exc);
      return errorSummary(ctx, exc);
    },
    display: (v) => displayArg(ctx, v),
    repr: (v) => inspect(ctx, v),

    newObject: () => new JSObject(intr.ObjectPrototype),
    // name/length/prototype are materialised on first use (properties.ts), so a closure
    // created in a loop costs no extra allocation.
    initFunction: () => {},
    defineProperty(obj: Value, key: string, slot: PropSlot, enumerable?: boolean): void {
      let s: PropSlot = enumerable === false ? { ...slot, enumerable: false } : slot;
      if (!('value' in s) && isJsObj(obj)) {
        // `{ get x() {}, set x(v) {} }` arrives as two accessor halves: merge them (§10.1.6.3).
        const prev = obj.props.get(key);
        if (prev && !('value' in prev))
          s = { get: s.get ?? prev.get, set: s.set ?? prev.set, enumerable: s.enumerable, configurable: s.configurable };
      } else if (s === slot) s = { ...slot };
      if (isJsObj(obj)) {
        obj.props.set(key, s);
        return;
      }
      defineOwn(ctx, obj, key, s);
    },
    toPropertyKey: (v) => toPropertyKey(ctx, v),
    instanceOf: (v, c) => instanceOf(ctx, v, c),
    superGet(home: JSObject, thisArg: Value, name: string): Value {
      const proto = isJsObj(home) ? protoOf(ctx, home) : null;
      return proto === null ? undefined : getFrom(ctx, proto, name, thisArg);
    },
    forInKeys: (v) => forInKeys(ctx, v),
    toString: (v) => (typeof v === 'string' ? v : toStr(ctx, v)),
    setPrototypeOf: (obj, proto) => setPrototypeOf(ctx, obj, proto),
  };
  // The operations non-strict code performs differently: a refused write or delete is ignored.
  // A copy of `ops` with those replaced (not an object inheriting from it: see above).
  const s: LangOps = {
    ...ops,
    setAttr: (obj, name, value, loc) => setValue(ctx, obj, name, value, loc, false),
    setItem: (obj: Value, key: Value, value: Value, loc?: Pos): void => {
      if (typeof key === 'number' && Array.isArray(obj) && key >= 0 && Number.isInteger(key) && key < 4294967295) {
        return setArrayIndex(ctx, obj, key, value, false);
      }
      if (obj instanceof PyDict) return realm.py.setItem(obj, key, value, loc);
      setValue(ctx, obj, keyOf(key), value, loc, false);
    },
    delAttr: (obj, name, loc) => {
      deleteValue(ctx, obj, name, loc, false);
    },
    delItem: (obj: Value, key: Value, loc?: Pos): void => {
      if (obj instanceof PyDict) return realm.py.delItem(obj, key, loc);
      deleteValue(ctx, obj, keyOf(key), loc, false);
    },
  };
  ops.sloppy = s;
  return ops;
}

/**
 * GetTemplateObject's array (§13.2.8.4): the cooked strings, frozen, with a non-enumerable,
 * read-only `raw` holding the raw strings, frozen too.
 */
function templateObject(ctx: JsCtx, cooked: readonly (string | null)[], raw: readonly string[]): Value {
  const rawArray: Value[] = raw.slice();
  const strings: Value[] = cooked.map((c) => (c === null ? undefined : c));
  ctx.arrayProps.set(strings, new Map([['raw', { value: rawArray, writable: false, enumerable: false, configurable: false }]]));
  freeze(ctx, rawArray);
  freeze(ctx, strings);
  return strings;
}
