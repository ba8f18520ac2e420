/**
 * Node's web-platform globals that async snippets reach for: `DOMException` (what
 * AbortController rejects with), `structuredClone`, `performance.now()`, and the URI
 * functions (`encodeURIComponent`, `decodeURIComponent`, `encodeURI`, `decodeURI`, and Annex B's
 * `escape` / `unescape`).
 *
 * - DOMException (WebIDL, Node 20 lib/internal/per_context/domexception.js): an Error
 *   subclass with `name` (default 'Error'), `message` and the legacy `code` of its name.
 * - structuredClone (HTML structured serialize/deserialize): primitives, arrays (holes and
 *   extra properties kept), plain objects (own enumerable string keys, prototype dropped),
 *   Map, Set, Date, RegExp, Boolean/Number/BigInt/String objects and Error objects (with
 *   their `cause`), cycles and shared references kept; a function or symbol is a
 *   `DataCloneError: ... could not be cloned.`, and so is any other object with host data (a
 *   promise, WeakMap, generator, iterator, timer), named `#<Promise>` / `[object Generator]`
 * - performance.now(): the run's virtual clock in milliseconds (Node: wall-clock ms since
 *   the process started, so real values vary run to run).
 */
import { FunctionValue, JSObject, NativeFunction, type Value } from '../../values';
import { Thrown } from '../../thrown';
import type { JsCtx } from '../context';
import { isSymbol, TO_STRING_TAG_KEY } from '../context';
import { toStr } from '../convert';
import { DateData, ErrorData, MapData, PrimitiveData, RegExpData, SetData, wrapper, wrapperType } from '../internals';
import { lazyStackSlot } from './errors';
import { defineHidden, defineMethods, defineNativeClass, makeNative } from '../natives';
import { defineOwn, getOwnSlot, getValue, isArrayIndex, isJsObj, ownKeys, presentIndices } from '../properties';
import { newRegExp } from './regexp';
import { newPlainObject } from './object';
import { tick } from '../../realm';
import { chargeVisit, stringFits } from '../../limits';

/** DOMException's legacy codes (WebIDL "DOMException names" table). */
const LEGACY_CODES: Record<string, number> = {
  IndexSizeError: 1,
  HierarchyRequestError: 3,
  WrongDocumentError: 4,
  InvalidCharacterError: 5,
  NoModificationAllowedError: 7,
  NotFoundError: 8,
  NotSupportedError: 9,
  InvalidStateError: 11,
  SyntaxError: 12,
  InvalidModificationError: 13,
  NamespaceError: 14,
  InvalidAccessError: 15,
  TypeMismatchError: 17,
  SecurityError: 18,
  NetworkError: 19,
  AbortError: 20,
  URLMismatchError: 21,
  QuotaExceededError: 22,
  TimeoutError: 23,
  InvalidNodeTypeError: 24,
  DataCloneError: 25,
};

export function installWeb(ctx: JsCtx): void {
  const realm = ctx.realm;
  const globals = realm.builtins.js;
  const ErrorCtor = ctx.intr.ctors.get('Error')!;

  const makeDOMException = (proto: JSObject, message: Value, name: Value): JSObject => {
    const o = new JSObject(proto, new ErrorData());
    const n = name === undefined ? 'Error' : toStr(ctx, name);
    defineHidden(o, 'message', message === undefined ? '' : toStr(ctx, message));
    defineHidden(o, 'name', n);
    defineHidden(o, 'code', LEGACY_CODES[n] ?? 0);
    o.props.set('stack', lazyStackSlot(ctx, o));
    return o;
  };
  const DOMExceptionCtor = defineNativeClass(ctx, {
    name: 'DOMException',
    length: 0,
    parent: ErrorCtor,
    construct: ([message, options], proto) => {
      const name = isJsObj(options) ? getValue(ctx, options, 'name') : options;
      return makeDOMException(proto, message, name);
    },
    global: true,
  });
  const domProto = getValue(ctx, DOMExceptionCtor, 'prototype') as JSObject;
  domProto.props.set(TO_STRING_TAG_KEY, { value: 'DOMException', writable: false, enumerable: false, configurable: true });
  const cloneError = (what: string): never => {
    const err = makeDOMException(domProto, `${what} could not be cloned.`, 'DataCloneError');
    throw new Thrown(err);
  };

  /** A data property found along the prototype chain (no getter runs). */
  const dataProperty = (o: JSObject, key: string): Value => {
    for (let p: JSObject | null = o; p !== null; p = p.proto) {
      const slot = getOwnSlot(ctx, p, key);
      if (slot !== undefined) return 'value' in slot ? slot.value : undefined;
    }
    return undefined;
  };
  /** V8's Object::NoSideEffectsToString of an object: `#<Ctor>` when its toString is Object's, else `[object Tag]`. */
  const sideEffectFreeName = (o: JSObject): string => {
    if (dataProperty(o, 'toString') === dataProperty(ctx.intr.ObjectPrototype, 'toString')) {
      const ctor = dataProperty(o, 'constructor');
      if (ctor instanceof FunctionValue || ctor instanceof NativeFunction) {
        // Its own `name`, or (not yet made one) the name it was defined with.
        const own = ctor.props.get('name');
        const name = own === undefined ? ctor.name : 'value' in own ? own.value : undefined;
        if (typeof name === 'string' && name !== '') return `#<${name}>`;
      }
    }
    const tag = dataProperty(o, TO_STRING_TAG_KEY);
    return `[object ${typeof tag === 'string' ? tag : 'Object'}]`;
  };

  globals.set(
    'structuredClone',
    makeNative('structuredClone', 1, (_self, [value]) => {
      const seen = new Map<Value, Value>();
      const budget = ctx.realm.budget;
      const clone = (v: Value): Value => {
        // A step per value cloned, as a loop copying them would take (issue 10: a loop of
        // clones of a 65k-property object ran for minutes under a few thousand steps).
        tick(budget, undefined);
        if (v === null || v === undefined || typeof v !== 'object') {
          if (typeof v === 'function') cloneError(String(v));
          return v;
        }
        if (isSymbol(v)) cloneError(ctx.realm.js.repr(v));
        if (seen.has(v)) return seen.get(v)!;
        if (Array.isArray(v)) {
          // Holes stay holes, and an array's other enumerable own properties come along.
          const out: Value[] = new Array<Value>(v.length);
          seen.set(v, out);
          for (const i of presentIndices(v, ctx.realm.budget)) out[i] = clone(v[i]);
          for (const k of ownKeys(ctx, v, { enumerableOnly: true, symbols: false })) {
            if (!isArrayIndex(k))
              defineOwn(ctx, out, k, { value: clone(getValue(ctx, v, k)), writable: true, enumerable: true, configurable: true });
          }
          return out;
        }
        if (!(v instanceof JSObject)) {
          if (ctx.isCallable(v)) cloneError(ctx.realm.js.toString(v));
          cloneError(ctx.realm.js.toString(v));
        }
        const o = v as JSObject;
        const internal = o.internal;
        if (internal instanceof MapData) {
          const data = new MapData();
          const m = new JSObject((getValue(ctx, ctx.intr.ctors.get('Map'), 'prototype') as JSObject) ?? o.proto, data);
          seen.set(v, m);
          for (const [k, x] of internal.map) data.map.set(clone(k), clone(x));
          return m;
        }
        if (internal instanceof SetData) {
          const data = new SetData();
          const s = new JSObject((getValue(ctx, ctx.intr.ctors.get('Set'), 'prototype') as JSObject) ?? o.proto, data);
          seen.set(v, s);
          for (const x of internal.set) data.set.add(clone(x));
          return s;
        }
        if (internal instanceof RegExpData) {
          // A new RegExp of the same source and flags: lastIndex and other properties are not kept.
          const r = newRegExp(ctx, new RegExp(internal.host.source, internal.host.flags));
          seen.set(v, r);
          return r;
        }
        if (internal instanceof PrimitiveData) {
          // A Boolean / Number / BigInt / String object is cloned as a new wrapper of its primitive.
          const p = internal.value;
          if (p instanceof JSObject) cloneError('[object Symbol]');
          const w =
            typeof p === 'bigint'
              ? wrapper(ctx.intr.BigIntPrototype, p)
              : ctx.realm.interp.construct(ctx.intr.ctors.get(wrapperType(internal)), { positional: [p] }, 'js');
          seen.set(v, w);
          return w;
        }
        if (internal instanceof DateData) {
          const d = new JSObject(o.proto, new DateData(internal.t));
          seen.set(v, d);
          return d;
        }
        if (internal instanceof ErrorData) {
          const name = getValue(ctx, o, 'name');
          const ctorName = typeof name === 'string' && ctx.intr.ctors.has(name) ? name : 'Error';
          const proto = getValue(ctx, ctx.intr.ctors.get(ctorName), 'prototype') as JSObject;
          const e = new JSObject(proto, new ErrorData());
          seen.set(v, e);
          const message = getValue(ctx, o, 'message');
          if (message !== undefined) defineHidden(e, 'message', toStr(ctx, message));
          e.props.set('stack', { value: getValue(ctx, o, 'stack'), writable: true, enumerable: false, configurable: true });
          // Node 20 (V8's error serialization) keeps an own `cause`, cloned, as a hidden property.
          if (getOwnSlot(ctx, o, 'cause') !== undefined) defineHidden(e, 'cause', clone(getValue(ctx, o, 'cause')));
          return e;
        }
        if (ctx.isCallable(o)) cloneError(ctx.realm.js.toString(o));
        // Any other object with host data (a promise, WeakMap, generator, iterator, timer) is
        // not serializable (V8's ValueSerializer::WriteJSReceiver): `#<Promise> could not be cloned.`
        if (o.internal !== undefined || o.constructor !== JSObject) cloneError(sideEffectFreeName(o));
        const out = newPlainObject(ctx);
        seen.set(v, out);
        for (const k of ownKeys(ctx, o, { enumerableOnly: true, symbols: false })) {
          out.props.set(k, { value: clone(getValue(ctx, o, k)), writable: true, enumerable: true, configurable: true });
        }
        return out;
      };
      return clone(value);
    }),
  );

  const performance = newPlainObject(ctx);
  defineMethods(performance, {
    now: [
      0,
      () => {
        realm.jsClockRead();
        return realm.rec.time;
      },
    ],
  });
  defineHidden(performance, 'timeOrigin', 0);
  globals.set('performance', performance);

  const uri = (name: string, fn: (s: string) => string) =>
    globals.set(
      name,
      makeNative(name, 1, (_self, [v]) => {
        // ToString first (its errors are the caller's); then the host's own URIError is V8's.
        const s = toStr(ctx, v);
        // A walk of the string (a loop of them met no budget: issue 10); what it makes is
        // held to the string cap (`encodeURIComponent` makes up to 9 units of one).
        chargeVisit(ctx.realm.budget, s.length);
        let out: string;
        try {
          out = fn(s);
        } catch (e) {
          if (e instanceof URIError) throw ctx.realm.js.newError('URIError', 'URI malformed');
          throw e;
        }
        if (!stringFits(ctx.realm.budget, out.length)) throw ctx.rangeError('Invalid string length');
        return out;
      }),
    );
  uri('encodeURIComponent', encodeURIComponent);
  uri('decodeURIComponent', decodeURIComponent);
  uri('encodeURI', encodeURI);
  uri('decodeURI', decodeURI);
  // Annex B's legacy escape / unescape, which Node has as globals (neither throws).
  uri('escape', escape);
  uri('unescape', unescape);
}
