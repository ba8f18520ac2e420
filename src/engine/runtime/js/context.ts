/**
 * Per-run state of the JavaScript runtime: the intrinsic objects (%Object.prototype%,
 * %Array.prototype%, ...) and the side tables that give host values JS behaviour.
 *
 * Why side tables: the value universe (runtime/values.ts) keeps arrays as plain TS arrays
 * and functions as FunctionValue/NativeFunction, which have no [[Prototype]] field and no
 * room for extra properties. So:
 *  - `fnProto` holds the [[Prototype]] of a function object when it is not
 *    %Function.prototype% (`class B extends A` makes B's prototype A; ECMA-262 §15.7.14 step 5).
 *  - `arrayProps` holds the non-index properties of an array (`arr.tag = 1`).
 *  - `nonExtensible` marks objects after Object.freeze / preventExtensions.
 *
 * Everything here is created per Realm, so two runs never share mutable built-ins.
 */
import type { Pos } from '../../events/types';
import type { Realm } from '../realm';
import { Thrown } from '../thrown';
import {
  BoundMethod,
  FunctionValue,
  PyClass,
  PyInstance,
  JSObject,
  NativeFunction,
  type Callable,
  type PropSlot,
  type Value,
} from '../values';

/** String.prototype methods applied to a RegExp pattern (undefined: `pattern` is no RegExp). */
export interface RegExpStringMethods {
  match(s: string, pattern: Value): Value | undefined;
  matchAll(s: string, pattern: Value): Value | undefined;
  search(s: string, pattern: Value): Value | undefined;
  split(s: string, pattern: Value, limit: Value): Value | undefined;
  replace(s: string, pattern: Value, replacement: Value, all: boolean): Value | undefined;
}

/** A JS object in the broad sense: ordinary objects and function objects (which carry `props`). */
export type JsObj = JSObject | FunctionValue | NativeFunction;

/** The prototypes every part of the runtime needs; filled in by install.ts. */
export interface JsIntrinsicsAll {
  ObjectPrototype: JSObject;
  FunctionPrototype: JSObject;
  /** %AsyncFunction.prototype% (builtins/async-function.ts): [[Prototype]] of async functions. */
  AsyncFunctionPrototype: JSObject;
  ArrayPrototype: JSObject;
  ErrorPrototype: JSObject;
  StringPrototype: JSObject;
  NumberPrototype: JSObject;
  BooleanPrototype: JSObject;
  BigIntPrototype: JSObject;
  SymbolPrototype: JSObject;
  IteratorPrototype: JSObject;
  /** %AsyncIteratorPrototype%: `[Symbol.asyncIterator]() { return this }`. */
  AsyncIteratorPrototype: JSObject;
  /** %GeneratorFunction.prototype% / %AsyncGeneratorFunction.prototype%: [[Prototype]] of generator functions. */
  GeneratorFunctionPrototype: JSObject;
  AsyncGeneratorFunctionPrototype: JSObject;
  /** %GeneratorPrototype% / %AsyncGeneratorPrototype% (builtins/generators.ts): next, return, throw. */
  GeneratorPrototype: JSObject;
  AsyncGeneratorPrototype: JSObject;
  ArrayIteratorPrototype: JSObject;
  MapIteratorPrototype: JSObject;
  SetIteratorPrototype: JSObject;
  StringIteratorPrototype: JSObject;
  /** %RegExp.prototype% and %RegExpStringIteratorPrototype% (builtins/regexp.ts). */
  RegExpPrototype: JSObject;
  RegExpStringIteratorPrototype: JSObject;
  /** Constructors by name (Object, Array, Error, TypeError, Map, ...), for errors and `constructor` links. */
  ctors: Map<string, NativeFunction>;
}

/**
 * A JS Symbol. The value universe has no symbol type, so a symbol is a JSObject whose
 * `internal` is a SymbolData; as a property key it becomes the string `key`, which starts
 * with U+0000 so it can never collide with a key a program writes (documented limitation:
 * a program could build that exact string by hand).
 */
export class SymbolData {
  constructor(
    readonly description: string | undefined,
    readonly key: string,
  ) {}
}

export const SYMBOL_KEY_PREFIX = '\u0000@';
/** Property keys of the well-known symbols the runtime uses (§6.1.5.1). */
export const ITERATOR_KEY = `${SYMBOL_KEY_PREFIX}Symbol.iterator`;
export const ASYNC_ITERATOR_KEY = `${SYMBOL_KEY_PREFIX}Symbol.asyncIterator`;
export const TO_STRING_TAG_KEY = `${SYMBOL_KEY_PREFIX}Symbol.toStringTag`;
export const TO_PRIMITIVE_KEY = `${SYMBOL_KEY_PREFIX}Symbol.toPrimitive`;
export const HAS_INSTANCE_KEY = `${SYMBOL_KEY_PREFIX}Symbol.hasInstance`;
export const SPECIES_KEY = `${SYMBOL_KEY_PREFIX}Symbol.species`;

export function isSymbol(v: Value): v is JSObject {
  return v instanceof JSObject && v.internal instanceof SymbolData;
}

export function isSymbolKey(key: string): boolean {
  return key.charCodeAt(0) === 0 && key.startsWith(SYMBOL_KEY_PREFIX);
}

export class JsCtx {
  readonly intr: JsIntrinsicsAll;
  readonly fnProto = new WeakMap<object, JsObj | null>();
  readonly arrayProps = new WeakMap<Value[], Map<string, PropSlot>>();
  readonly nonExtensible = new WeakSet<object>();
  /** Bound functions → their target (instanceof looks through them, §7.3.22 step 2). */
  readonly boundTargets = new WeakMap<object, Value>();
  /** Arrays being joined (Array.prototype.join skips cycles, §23.1.3.18 as V8 does). */
  readonly joinStack = new Set<Value[]>();
  /** Arrays whose elements are read-only too (Object.freeze of an array). */
  readonly frozenArrays = new WeakSet<Value[]>();
  /** Symbols by property key, so keys can be shown as `[Symbol(desc)]` again. */
  readonly symbolsByKey = new Map<string, JSObject>();
  private symbolSeq = 0;
  /** The built-in `next` / `[Symbol.iterator]` methods, so iterate() can take its fast paths safely. */
  nativeNext: Value = undefined;
  /** Private elements of each object (private-names.ts), keyed by their PrivateKey. */
  readonly privates = new WeakMap<object, Map<unknown, Value>>();
  /** The RegExp forms of the String methods (builtins/regexp.ts); each answers undefined for a non-RegExp pattern. */
  regexpString!: RegExpStringMethods;
  /** Array.prototype[Symbol.iterator] as installed (an array whose iterator is replaced iterates through it). */
  nativeArrayIterator: Value = undefined;
  nativeMapIterator: Value = undefined;
  nativeSetIterator: Value = undefined;
  /** Well-known symbols (Symbol.iterator, ...), created by install.ts. */
  readonly wellKnown = new Map<string, JSObject>();
  /** The global symbol registry (Symbol.for): inspect finds `nodejs.util.inspect.custom` here. */
  readonly symbolRegistry = new Map<string, JSObject>();
  /** util.inspect, made on first use (inspect-custom.ts): custom inspect methods receive it. */
  utilInspect: NativeFunction | undefined = undefined;

  constructor(readonly realm: Realm) {
    // The intrinsics are allocated here (empty) and populated by the builtins modules,
    // because every builtin needs the prototypes of the others (Array.prototype.map
    // returns arrays, Object.prototype.toString reads tags, ...).
    const ObjectPrototype = new JSObject(null);
    const mk = (): JSObject => new JSObject(ObjectPrototype);
    const IteratorPrototype = mk();
    const AsyncIteratorPrototype = mk();
    const FunctionPrototype = mk();
    this.intr = {
      ObjectPrototype,
      FunctionPrototype,
      AsyncFunctionPrototype: new JSObject(FunctionPrototype),
      ArrayPrototype: mk(),
      ErrorPrototype: mk(),
      StringPrototype: mk(),
      NumberPrototype: mk(),
      BooleanPrototype: mk(),
      BigIntPrototype: mk(),
      SymbolPrototype: mk(),
      IteratorPrototype,
      AsyncIteratorPrototype,
      GeneratorFunctionPrototype: new JSObject(FunctionPrototype),
      AsyncGeneratorFunctionPrototype: new JSObject(FunctionPrototype),
      GeneratorPrototype: new JSObject(IteratorPrototype),
      AsyncGeneratorPrototype: new JSObject(AsyncIteratorPrototype),
      ArrayIteratorPrototype: new JSObject(IteratorPrototype),
      MapIteratorPrototype: new JSObject(IteratorPrototype),
      SetIteratorPrototype: new JSObject(IteratorPrototype),
      StringIteratorPrototype: new JSObject(IteratorPrototype),
      RegExpPrototype: mk(),
      RegExpStringIteratorPrototype: new JSObject(IteratorPrototype),
      ctors: new Map(),
    };
  }

  /** A new symbol; `wellKnownName` gives `Symbol.iterator` its readable key. */
  newSymbol(description: string | undefined, wellKnownName?: string): JSObject {
    const key = wellKnownName ? `${SYMBOL_KEY_PREFIX}${wellKnownName}` : `${SYMBOL_KEY_PREFIX}${++this.symbolSeq}:${description ?? ''}`;
    const sym = new JSObject(this.intr.SymbolPrototype, new SymbolData(description, key));
    this.symbolsByKey.set(key, sym);
    return sym;
  }

  /** A JS error object of a built-in type (TypeError, RangeError, ...), wrapped for throwing. */
  error(type: string, message: string): Thrown {
    const ctor = this.intr.ctors.get(type) ?? this.intr.ctors.get('Error');
    if (!ctor?.construct) throw new Error(`JS runtime not installed: no ${type}`);
    return new Thrown(ctor.construct({ positional: [message] }, ctor, this.realm));
  }

  typeError(message: string): Thrown {
    return this.error('TypeError', message);
  }

  rangeError(message: string): Thrown {
    return this.error('RangeError', message);
  }

  /** Call any callable with a JS `this` (the interpreter handles every callable kind); `loc` is the call site a native reports errors at. */
  call(fn: Value, thisArg: Value, args: Value[], loc?: Pos): Value {
    if (fn instanceof NativeFunction && fn.lang === 'js') {
      if (loc !== undefined) this.realm.callLoc = loc;
      return fn.impl(thisArg, { positional: args }, this.realm);
    }
    return this.realm.interp.call(fn, thisArg, { positional: args }, 'js', loc);
  }

  isCallable(v: Value): v is Callable {
    if (v instanceof FunctionValue || v instanceof NativeFunction || v instanceof BoundMethod || v instanceof PyClass) return true;
    return v instanceof PyInstance && this.realm.interp?.isCallable(v) === true;
  }
}
