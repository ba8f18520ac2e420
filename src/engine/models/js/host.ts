/**
 * The few services the JS model needs from the JS runtime (realm.js) and the interpreter
 * (realm.interp), behind one small facade, so that the promise and loop files read like
 * ECMA-262 clause 27.2 and Node's lib/internal/timers.js and never reach into runtime internals.
 *
 * Only the shared contracts (runtime/realm.ts `JsOps`, `Interp`) are used here.
 */
import type { Realm } from '../../runtime/realm';
import { Thrown } from '../../runtime/thrown';
import { FunctionValue, JSObject, NativeFunction, PyInstance, PyClass, type CallArgs, type Value } from '../../runtime/values';
import { functionSourceText } from '../../runtime/js/properties';
import { SymbolData, TO_STRING_TAG_KEY } from '../../runtime/js/context';
import { PrimitiveData, wrapperType } from '../../runtime/js/internals';

export type NativeImpl = (self: Value, args: Value[]) => Value;

/**
 * A built-in JS function (Promise.prototype.then, a resolve function, setTimeout, ...).
 * `length` is its own non-writable `length` property (§10.3.4 CreateBuiltinFunction sets
 * it via SetFunctionLength: { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: true }).
 */
export function nativeFn(name: string, impl: NativeImpl, length = 0): NativeFunction {
  const fn = new NativeFunction(name, (self, args: CallArgs) => impl(self, args.positional), 'js');
  if (length !== 0) fn.props.set('length', { value: length, writable: false, enumerable: false });
  return fn;
}

/**
 * Functions the promise machinery makes for itself (resolving functions, combinator
 * element functions, finally's value thunks). A then() whose handlers are all internal
 * gets no lane of its own on the timeline: it is plumbing, not a callback the user wrote.
 */
export function internalFn(name: string, impl: NativeImpl, length = 0): NativeFunction {
  const fn = nativeFn(name, impl, length);
  // A flag, not a WeakSet: two resolving functions per promise made a WeakSet of millions of
  // entries, whose ephemeron tables the garbage collector rescans (issue 10: 100k tasks).
  fn.engineInternal = true;
  return fn;
}

/**
 * An internal function whose implementation takes the call's arguments as they come (a
 * CallArgs), with no adapter closure between: the resolving functions of every `new Promise`
 * (promise.ts), where the adapter internalFn puts around its implementation was two closures
 * more per promise (issue 10: tasks_10k.js made 100,000 of these pairs).
 */
export function internalArgsFn(name: string, impl: (self: Value, args: CallArgs) => Value): NativeFunction {
  const fn = new NativeFunction(name, impl, 'js');
  fn.engineInternal = true;
  return fn;
}

export function isInternalFn(v: Value): boolean {
  return v instanceof NativeFunction && v.engineInternal;
}

/** Define a built-in method (non-enumerable, as ECMA-262 §18 "ECMAScript Standard Built-in Objects" requires). */
export function defineMethod(realm: Realm, obj: Value, name: string, impl: NativeImpl, length = 0): NativeFunction {
  const fn = nativeFn(name, impl, length);
  realm.js.defineProperty(obj, name, { value: fn, writable: true, enumerable: false, configurable: true }, false);
  return fn;
}

/** Define a non-enumerable data property. */
export function defineHidden(realm: Realm, obj: Value, name: string, value: Value): void {
  realm.js.defineProperty(obj, name, { value, writable: true, enumerable: false, configurable: true }, false);
}

/** Define an ordinary (enumerable) data property, as an object literal does. */
export function defineData(realm: Realm, obj: Value, name: string, value: Value): void {
  realm.js.defineProperty(obj, name, { value }, true);
}

/** `Get(obj, key)` with JS semantics (getters run; foreign objects answer in their own language). */
export function get(realm: Realm, obj: Value, key: string): Value {
  return realm.js.getAttr(obj, key);
}

/** `target.addEventListener(type, listener, { once: true })`. */
export function addOnceEventListener(realm: Realm, target: Value, type: Value, listener: Value): void {
  const once = realm.js.newObject();
  defineData(realm, once, 'once', true);
  call(realm, get(realm, target, 'addEventListener'), target, [type, listener, once]);
}

/** `signal.addEventListener('abort', listener, { once: true })`: how Node's library listens to a signal. */
export function addAbortListener(realm: Realm, signal: Value, listener: Value): void {
  addOnceEventListener(realm, signal, 'abort', listener);
}

/** `Call(fn, thisArg, args)` from JS conventions. */
export function call(realm: Realm, fn: Value, thisArg: Value, args: Value[]): Value {
  return realm.interp.call(fn, thisArg, { positional: args }, 'js');
}

/** `Invoke(obj, name, args)`: Get then Call, `this` = obj. */
export function invoke(realm: Realm, obj: Value, name: string, args: Value[]): Value {
  const fn = get(realm, obj, name);
  if (!isCallable(realm, fn)) throw realm.js.newError('TypeError', `${describeForError(realm, fn)} is not a function`);
  return call(realm, fn, obj, args);
}

export function isCallable(realm: Realm, v: Value): boolean {
  if (v instanceof FunctionValue || v instanceof NativeFunction) return true;
  return v !== null && typeof v === 'object' && !Array.isArray(v) && realm.interp.isCallable(v);
}

/**
 * Is `v` an Object in the ECMA-262 sense, *for promise resolution*: JS objects, functions
 * and arrays. Python values (instances, dicts, None, floats) are treated as non-thenable
 * primitives: asking a Python object for `then` would raise AttributeError, which JS
 * resolution must never do (§27.2.1.3.2 step 8 reads `then` with ordinary [[Get]]).
 */
export function isJsObject(v: Value): boolean {
  // Arrays included: Promise.all resolves its values array through the resolve function,
  // which reads `then` on it (§27.2.4.1.1 step 9.d, §27.2.1.3.2 step 9).
  return (
    v instanceof JSObject ||
    Array.isArray(v) ||
    (v instanceof FunctionValue && v.lang === 'js') ||
    (v instanceof NativeFunction && v.lang === 'js')
  );
}

/** A JS built-in error, ready to throw. */
export function jsError(realm: Realm, type: string, message: string): Thrown {
  return realm.js.newError(type, message);
}

/** One of Node's own errors (lib/internal/errors.js): a built-in error with its `code`. */
export function nodeError(realm: Realm, type: string, code: string, message: string): Thrown {
  const err = realm.js.newError(type, message);
  defineData(realm, err.value, 'code', code);
  // Node's NodeError sets `code` before it defines `message`: own keys [ 'stack', 'code', 'message' ].
  const o = err.value as JSObject;
  const slot = o.props.get('message');
  if (slot) {
    o.props.delete('message');
    o.props.set('message', slot);
  }
  return err;
}

/** Node's ERR_INVALID_ARG_TYPE: `The "what" argument must be of type T. Received …`. */
export function invalidArgType(realm: Realm, what: string, type: string, v: Value): Thrown {
  return nodeError(
    realm,
    'TypeError',
    'ERR_INVALID_ARG_TYPE',
    `The "${what}" argument must be of type ${type}. Received ${nodeReceived(realm, v)}`,
  );
}

/**
 * lib/internal/validators.js validateAbortSignal: undefined, or an object with `aborted`
 * (`The "options.signal" property must be an instance of AbortSignal`).
 */
export function validateAbortSignal(realm: Realm, signal: Value, what: string): void {
  if (signal !== undefined && (!(signal instanceof JSObject) || !realm.js.hasProperty(signal, 'aborted')))
    throw nodeError(
      realm,
      'TypeError',
      'ERR_INVALID_ARG_TYPE',
      `The "${what}" property must be an instance of AbortSignal. Received ${nodeReceived(realm, signal)}`,
    );
}

/** validateBoolean for an options property (`The "options.ref" property must be of type boolean`). */
export function validateBooleanProperty(realm: Realm, v: Value, what: string): void {
  if (typeof v !== 'boolean')
    throw nodeError(
      realm,
      'TypeError',
      'ERR_INVALID_ARG_TYPE',
      `The "${what}" property must be of type boolean. Received ${nodeReceived(realm, v)}`,
    );
}

/** ERR_INVALID_ARG_TYPE for an argument that must be a function (`"callback"`, `"listener"`). */
export function notAFunction(realm: Realm, what: string, v: Value): Thrown {
  return invalidArgType(realm, what, 'function', v);
}

/**
 * `Type: message` for an uncaught error value, in the value's own language — as the
 * conformance capture hook records it (tests/oracle/node-capture-hook.mjs): an Error gives
 * `name: message` (just `name` when the message is empty), anything else `String(value)`.
 */
export function errorSummary(realm: Realm, exc: Value): string {
  if (exc instanceof PyInstance) return realm.py.errorSummary(exc);
  if (isErrorLike(realm, exc)) return realm.js.errorSummary(exc);
  // A symbol has no ToString: Node's summary is its description form, `Symbol(s)`.
  if (exc instanceof JSObject && exc.internal instanceof SymbolData) return realm.js.repr(exc);
  try {
    return realm.js.toString(exc);
  } catch (e) {
    if (e instanceof Thrown) return String(exc);
    throw e;
  }
}

/** Is `v` an Error object (its prototype chain reaches %Error.prototype%) or a Python exception? */
export function isErrorLike(realm: Realm, v: Value): boolean {
  if (v instanceof PyInstance) return true;
  if (!(v instanceof JSObject)) return false;
  const errorProto = realm.js.intrinsics.ErrorPrototype;
  for (let o: JSObject | null = v.proto; o; o = o.proto) if (o === errorProto) return true;
  return false;
}

/** A data property along `o`'s prototype chain, read without running a getter (V8's GetDataProperty). */
function dataProperty(o: JSObject | FunctionValue | NativeFunction, key: string): Value {
  for (let at: JSObject | FunctionValue | NativeFunction | null = o; at !== null;) {
    const slot = at instanceof JSObject ? at.propMap?.get(key) : at.props.get(key);
    if (slot !== undefined) return 'value' in slot ? slot.value : undefined;
    at = at instanceof JSObject ? at.proto : null;
  }
  return undefined;
}

/**
 * V8's Object::NoSideEffectsToString: how Node names a rejection reason that is not an Error
 * in the ERR_UNHANDLED_REJECTION it makes of it (lib/internal/process/promises.js): a string
 * as itself, an object whose `toString` is Object.prototype's by its constructor (`#<Object>`,
 * `#<Map>`, `#<Foo>`), any other object by its tag (`[object Array]`), a function by its source.
 * Nothing the program wrote runs (no getter, no `toString`).
 */
export function noSideEffectsToString(realm: Realm, v: Value): string {
  // A primitive as ToString has it (a string as itself, -0 as 0, 10n as 10).
  if (typeof v !== 'object' || v === null) return String(v);
  if (v instanceof FunctionValue || v instanceof NativeFunction) return functionSourceText(v);
  if (isErrorLike(realm, v)) return errorSummary(realm, v);
  if (Array.isArray(v)) return '[object Array]';
  if (!(v instanceof JSObject)) return realm.js.repr(v);
  if (v.internal instanceof SymbolData) return realm.js.repr(v);
  if (dataProperty(v, 'toString') === dataProperty(realm.js.intrinsics.ObjectPrototype, 'toString')) {
    const ctor = dataProperty(v, 'constructor');
    if (ctor instanceof FunctionValue || ctor instanceof NativeFunction) {
      // A function's `name` is its own property, or (not yet made one) the name it was defined with.
      const own = ctor.props.get('name');
      const name = own === undefined ? ctor.name : 'value' in own ? own.value : undefined;
      if (typeof name === 'string' && name !== '') return `#<${name}>`;
    }
  }
  const tag = dataProperty(v, TO_STRING_TAG_KEY);
  if (typeof tag === 'string') return `[object ${tag}]`;
  return `[object ${v.internal instanceof PrimitiveData ? wrapperType(v.internal) : 'Object'}]`;
}

/** How V8 names a value inside a TypeError message (`#<Object>`, `undefined`, `42`). */
export function describeForError(realm: Realm, v: Value): string {
  if (v instanceof JSObject) return '#<Object>';
  if (typeof v === 'string') return JSON.stringify(v);
  try {
    return realm.js.repr(v);
  } catch (e) {
    // A user error from the value's own code (a Python __repr__) falls back to the plain form.
    if (e instanceof Thrown) return String(v);
    throw e;
  }
}

/**
 * What Node's ERR_INVALID_ARG_TYPE says it received (lib/internal/errors.js
 * `determineSpecificType`): `null` / `undefined`, `function NAME`, `an instance of CLASS` for
 * an object with a named constructor, else `type T (INSPECTED)`, the inspected text cut to 25
 * characters and `...` when longer than 28.
 */
export function nodeReceived(realm: Realm, v: Value): string {
  if (v === null || v === undefined) return String(v);
  const type = String(realm.js.unary('typeof', v));
  // Node 20.20 determineSpecificType: `function ${value.name}`, even when the name is empty.
  if (type === 'function') return `function ${realm.js.toString(get(realm, v, 'name'))}`;
  else if (type === 'object') {
    const ctor = get(realm, v, 'constructor');
    const name = ctor === undefined || ctor === null ? undefined : get(realm, ctor, 'name');
    if (typeof name === 'string' && name !== '') return `an instance of ${name}`;
    return realm.js.repr(v);
  }
  // A long string is cut before it is quoted; any other long text after.
  if (typeof v === 'string' && v.length > 28) return `type string (${realm.js.repr(`${v.slice(0, 25)}...`)})`;
  let inspected = realm.js.repr(v);
  if (inspected.length > 28) inspected = `${inspected.slice(0, 25)}...`;
  return `type ${type} (${inspected})`;
}

/** A function's name for timeline labels ('' for anonymous functions). */
export function fnName(v: Value): string {
  if (v instanceof FunctionValue || v instanceof NativeFunction || v instanceof PyClass) return v.name;
  return '';
}

/**
 * Records that invocation `id` resolved with `v`. An integer, the usual value, is recorded
 * as the number (its text is `${n}`, runtime/js/inspect.ts formatNumber): no string is made
 * and kept per event (issue 10).
 */
export function recordResolved(realm: Realm, id: number, v: Value): void {
  if (typeof v === 'number' && Number.isSafeInteger(v) && !Object.is(v, -0) && realm.displayLang === 'js') realm.rec.resolvedInteger(id, v);
  else realm.rec.resolved(id, describeValue(realm, v));
}

/**
 * A short, side-effect-free description of a value for event payloads. Python values
 * use Python's repr, JS values Node's inspect; user-defined Python classes are not asked
 * (their `__repr__` is user code and must not run as a side effect of recording).
 */
export function describeValue(realm: Realm, v: Value): string {
  // A primitive (what most awaits await: `await null`) skips the class checks below.
  if (typeof v !== 'object' || v === null) return realm.ops(realm.displayLang).repr(v);
  try {
    if (v instanceof PyInstance) return `<${v.cls.name} object>`;
    if (v instanceof JSObject || v instanceof FunctionValue || v instanceof NativeFunction || Array.isArray(v)) {
      return realm.js.repr(v);
    }
    return realm.ops(realm.displayLang).repr(v);
  } catch (e) {
    if (e instanceof Thrown) return '?';
    throw e;
  }
}
