/**
 * JS property access for every value kind: [[Get]], [[Set]], [[Delete]],
 * [[DefineOwnProperty]], [[OwnPropertyKeys]] (ECMA-262 §10.1), in strict mode — the
 * programs run as ES modules, so failed writes throw (§10.1.9, OrdinarySet returning
 * false → TypeError in PutValue) with V8's wording.
 *
 *  - JSObject: `props` + `proto`.
 *  - FunctionValue / NativeFunction (JS): `props`, with `name`, `length` and `prototype`
 *    materialised on first use (creating a prototype object for every closure would cost
 *    an allocation per arrow function evaluated), and [[Prototype]] from ctx.fnProto.
 *  - arrays (TS arrays): `length`, indices, other keys in ctx.arrayProps. A hole (an index
 *    below `length` with no element: `[1, , 2]`, `new Array(3)`, `delete a[1]`, writing past
 *    the end) is a hole of the host array too, so `i in arr` is the spec's HasProperty.
 *  - strings: `length`, indices, then String.prototype; numbers/booleans/bigints: their prototypes.
 *  - Python values: delegated to realm.py (their own language decides, ARCHITECTURE.md "Cross-language rules").
 */
import { FunctionValue, JSObject, NativeFunction, PyFloat, type PropSlot, type Value } from '../values';
import type { Pos } from '../../events/types';
import { toNumber } from './convert';
import { getPythonProperty } from './foreign';
import { type JsCtx, type JsObj, ITERATOR_KEY, isSymbol, isSymbolKey, SymbolData } from './context';
import type { Thrown } from '../thrown';
import { PrimitiveData, wrapperType } from './internals';
import { chargeVisit, MAX_ARRAY_LENGTH } from '../limits';
import type { Budget } from '../realm';

/** A canonical array index ('0', '17'; not '01', '-1', '1.5'). */
export function isArrayIndex(key: string): boolean {
  const c = key.charCodeAt(0);
  if (c < 48 || c > 57) return false;
  if (key.length === 1) return true;
  if (c === 48) return false;
  const n = Number(key);
  return Number.isInteger(n) && n < 4294967295 && String(n) === key;
}

/**
 * The indices an array holds, ascending, charged to the budget as a walk (limits.ts). An
 * array's length is not what it holds: `a[2**32 - 2] = 1` makes a length of 4,294,967,295 and
 * one element, and counting up to the length ran for minutes in one call (issue 10). An array
 * longer than the array cap cannot have been built element by element, so it is sparse: its
 * indices are the host's own keys, as many as its elements (V8 keeps such an array as a
 * dictionary, and lists, inspects and clones it by its keys too). A shorter one is counted
 * through, which makes no string per element.
 */
export function presentIndices(arr: Value[], budget: Budget, pos?: Pos): number[] {
  const out: number[] = [];
  if (arr.length > MAX_ARRAY_LENGTH) {
    for (const k of Object.keys(arr)) if (isArrayIndex(k)) out.push(Number(k));
    chargeVisit(budget, out.length, pos);
  } else {
    chargeVisit(budget, arr.length, pos);
    for (let i = 0; i < arr.length; i++) if (arr[i] !== undefined || i in arr) out.push(i);
  }
  return out;
}

/** A JS object that has `props` (JSObject or a JS function). */
export function isJsObj(v: Value): v is JsObj {
  return v instanceof JSObject || ((v instanceof FunctionValue || v instanceof NativeFunction) && v.lang === 'js');
}

export function protoOf(ctx: JsCtx, o: JsObj): JsObj | null {
  if (o instanceof JSObject) return o.proto;
  const p = ctx.fnProto.get(o);
  if (p !== undefined) return p;
  // Async functions inherit from %AsyncFunction.prototype% (§27.7.3), generator functions
  // from %GeneratorFunction.prototype% / %AsyncGeneratorFunction.prototype% (§27.3.3, §27.4.3).
  if (o instanceof FunctionValue && o.def.flavor !== 'constructor') {
    if (o.def.isGenerator) return o.def.isAsync ? ctx.intr.AsyncGeneratorFunctionPrototype : ctx.intr.GeneratorFunctionPrototype;
    if (o.def.isAsync) return ctx.intr.AsyncFunctionPrototype;
  }
  return ctx.intr.FunctionPrototype;
}

/** The formal parameter count (`length`, §10.2.9 ExpectedArgumentCount). */
function expectedArgumentCount(fn: FunctionValue): number {
  let n = 0;
  for (const p of fn.def.params) {
    if (p.default !== undefined || p.kind === 'varargs' || p.kind === 'kwargs') break;
    n++;
  }
  return n;
}

/** Does `fn` get an own `prototype` when created (§10.2.5 MakeConstructor)? */
function hasOwnPrototype(fn: FunctionValue): boolean {
  const f = fn.def.flavor;
  if (f === 'constructor') return true;
  return f === 'function' && !fn.def.isAsync && !fn.def.isGenerator;
}

/** A function's own properties from its creation, which the engine makes when first asked for. */
const FUNCTION_OWN = ['length', 'name', 'arguments', 'caller', 'prototype'];

/**
 * Stores a property a function has from its creation, made when first asked for: before any
 * property the program or a class body added since, in creation order, as V8 lists them
 * (`class { static m() {} }` has ['length', 'name', 'prototype', 'm']).
 */
function creationSlot(f: FunctionValue | NativeFunction, key: string, slot: PropSlot): PropSlot {
  const props = f.props;
  if (props.size === 0) {
    props.set(key, slot);
    return slot;
  }
  const entries = [...props];
  props.clear();
  for (const k of FUNCTION_OWN) {
    const own = k === key ? slot : entries.find(([e]) => e === k)?.[1];
    if (own) props.set(k, own);
  }
  for (const [k, s] of entries) if (!FUNCTION_OWN.includes(k)) props.set(k, s);
  return slot;
}

function isSloppyPlainFunction(fn: FunctionValue): boolean {
  return fn.lang === 'js' && fn.def.sloppy === true && fn.def.flavor === 'function' && !fn.def.isAsync && !fn.def.isGenerator;
}

/** The creation-time properties the program deleted from a function (rare: a WeakMap aside). */
const deletedCreationKeys = new WeakMap<FunctionValue | NativeFunction, Set<string>>();

/** Asked only on the way to making a creation-time property: a miss for `f.call` never looks. */
function wasDeleted(f: FunctionValue | NativeFunction, key: string): boolean {
  return deletedCreationKeys.get(f)?.has(key) === true;
}

function functionOwnSlot(ctx: JsCtx, f: FunctionValue | NativeFunction, key: string): PropSlot | undefined {
  const s = f.props.get(key);
  if (s !== undefined) return s;
  if (key === 'name' && !wasDeleted(f, key)) {
    // An accessor's name has its `get ` / `set ` prefix (§10.2.9 SetFunctionName step 5).
    const flavor = f instanceof FunctionValue && f.lang === 'js' ? f.def.flavor : undefined;
    const name = flavor === 'getter' ? `get ${f.name}` : flavor === 'setter' ? `set ${f.name}` : f.name;
    const slot: PropSlot = { value: name, writable: false, enumerable: false };
    return creationSlot(f, 'name', slot);
  }
  if ((key === 'arguments' || key === 'caller') && f instanceof FunctionValue && isSloppyPlainFunction(f) && !wasDeleted(f, key)) {
    // V8 gives a non-strict plain function own `arguments` and `caller`, null when it is not
    // running (a CommonJS script's `function f() {}` lists them; strict code has none).
    const slot: PropSlot = { value: null, writable: false, enumerable: false, configurable: false };
    return creationSlot(f, key, slot);
  }
  if (key === 'length' && (f instanceof FunctionValue || f.lang === 'js') && !wasDeleted(f, key)) {
    const length = f instanceof FunctionValue ? expectedArgumentCount(f) : f.creationLength;
    const slot: PropSlot = { value: length, writable: false, enumerable: false };
    return creationSlot(f, 'length', slot);
  }
  if (
    key === 'prototype' &&
    f instanceof FunctionValue &&
    f.def.isGenerator &&
    f.def.flavor !== 'constructor' &&
    f.lang === 'js' &&
    !wasDeleted(f, key)
  ) {
    // A generator function's `prototype`: the [[Prototype]] of its generator objects, with
    // no `constructor` (§15.5.4 InstantiateGeneratorFunctionObject, writable, not configurable).
    const proto = new JSObject(f.def.isAsync ? ctx.intr.AsyncGeneratorPrototype : ctx.intr.GeneratorPrototype);
    const slot: PropSlot = { value: proto, writable: true, enumerable: false, configurable: false };
    return creationSlot(f, 'prototype', slot);
  }
  if (key === 'prototype' && f instanceof FunctionValue && hasOwnPrototype(f) && !wasDeleted(f, key)) {
    const proto = new JSObject(ctx.intr.ObjectPrototype);
    proto.props.set('constructor', { value: f, enumerable: false });
    const slot: PropSlot = { value: proto, enumerable: false, configurable: false };
    return creationSlot(f, 'prototype', slot);
  }
  return undefined;
}

export function ownSlot(ctx: JsCtx, o: JsObj, key: string): PropSlot | undefined {
  if (o instanceof JSObject) return o.propMap?.get(key);
  return functionOwnSlot(ctx, o, key);
}

/** A property's value; a getter runs with the reading expression's position (`loc`) as its call site. */
function readSlot(ctx: JsCtx, slot: PropSlot, receiver: Value, loc?: Pos): Value {
  if ('value' in slot) return slot.value;
  return slot.get ? ctx.call(slot.get, receiver, [], loc) : undefined;
}

/** [[Get]] on a JS object with an explicit receiver (getters see the receiver). */
export function getFrom(ctx: JsCtx, start: JsObj | null, key: string, receiver: Value, loc?: Pos): Value {
  for (let o = start; o !== null; o = protoOf(ctx, o)) {
    const slot = o instanceof JSObject ? o.propMap?.get(key) : functionOwnSlot(ctx, o, key);
    if (slot !== undefined) return 'value' in slot ? slot.value : readSlot(ctx, slot, receiver, loc);
  }
  return undefined;
}

/** Find a property along the prototype chain (for `in`, hasOwnProperty-free lookups). */
export function findSlot(ctx: JsCtx, start: JsObj | null, key: string): PropSlot | undefined {
  for (let o = start; o !== null; o = protoOf(ctx, o)) {
    const slot = ownSlot(ctx, o, key);
    if (slot !== undefined) return slot;
  }
  return undefined;
}

/** How V8 names a property key in messages (symbols as `Symbol(desc)`). */
export function keyText(ctx: JsCtx, key: string): string {
  if (isSymbolKey(key)) {
    const sym = ctx.symbolsByKey.get(key);
    const d = sym?.internal instanceof SymbolData ? sym.internal.description : undefined;
    return `Symbol(${d ?? ''})`;
  }
  return key;
}

/**
 * SetFunctionName (§10.2.9) for a function defined under a computed key: the key itself, or a
 * symbol's description in brackets (`[Symbol.iterator]`, `''` for a symbol without one).
 * Only anonymous definitions are named: methods and accessors always, a property's value
 * when it is an anonymous function expression or arrow (`named`).
 */
export function nameByComputedKey(ctx: JsCtx, v: Value, key: string, named: boolean): void {
  if (!named || !(v instanceof FunctionValue) || v.lang !== 'js') return;
  if (!isSymbolKey(key)) {
    v.keyName = key;
    return;
  }
  const sym = ctx.symbolsByKey.get(key);
  const d = sym?.internal instanceof SymbolData ? sym.internal.description : undefined;
  v.keyName = d === undefined ? '' : `[${d}]`;
}

/** `#<Ctor>` / `[object Array]`: how V8 names an object in property-write messages. */
export function objectTag(ctx: JsCtx, v: Value): string {
  if (Array.isArray(v)) return '[object Array]';
  if (v instanceof JSObject) {
    // A wrapper object is named by its class tag (V8's NoSideEffectsToString: `[object String]`).
    if (v.internal instanceof PrimitiveData) return `[object ${wrapperType(v.internal)}]`;
    const ctor = getFrom(ctx, v, 'constructor', v);
    const name = isJsObj(ctor) ? getFrom(ctx, ctor, 'name', ctor) : undefined;
    return `#<${typeof name === 'string' && name !== '' ? name : 'Object'}>`;
  }
  return String(v);
}

export function getArrayProp(ctx: JsCtx, arr: Value[], key: string): Value {
  if (key === 'length') return arr.length;
  if (isArrayIndex(key)) {
    const i = Number(key);
    return i < arr.length ? arr[i] : undefined;
  }
  const extra = ctx.arrayProps.get(arr);
  const slot = extra?.get(key);
  if (slot !== undefined) return readSlot(ctx, slot, arr);
  return getFrom(ctx, ctx.intr.ArrayPrototype, key, arr);
}

/** [[Get]] on any value, as `v.key` in JS code. */
export function getValue(ctx: JsCtx, v: Value, key: string, loc?: Pos): Value {
  if (v instanceof JSObject) {
    const slot = v.propMap?.get(key);
    if (slot !== undefined) return 'value' in slot ? slot.value : readSlot(ctx, slot, v, loc);
    return v.proto === null ? undefined : getFrom(ctx, v.proto, key, v, loc);
  }
  switch (typeof v) {
    case 'string':
      if (key === 'length') return v.length;
      if (isArrayIndex(key)) {
        const i = Number(key);
        return i < v.length ? v[i] : undefined;
      }
      return getFrom(ctx, ctx.intr.StringPrototype, key, v);
    case 'number':
      return getFrom(ctx, ctx.intr.NumberPrototype, key, v);
    case 'boolean':
      return getFrom(ctx, ctx.intr.BooleanPrototype, key, v);
    case 'bigint':
      return getFrom(ctx, ctx.intr.BigIntPrototype, key, v);
    case 'undefined':
      throw readFromNullish(ctx, v, key);
  }
  if (v === null) throw readFromNullish(ctx, v, key);
  if (Array.isArray(v)) return getArrayProp(ctx, v, key);
  if ((v instanceof FunctionValue || v instanceof NativeFunction) && v.lang === 'js') return getFrom(ctx, v, key, v, loc);
  if (v instanceof PyFloat) return getFrom(ctx, ctx.intr.NumberPrototype, key, v.v);
  return getPythonProperty(ctx, v, key, loc);
}

/**
 * A property read from undefined or null. V8 words a read of Symbol.iterator as the failed
 * iteration it almost always is (ErrorUtils::ThrowLoadFromNullOrUndefined, messages.cc:
 * kNotIterableNoSymbolLoad, the value named by its default call site: `object null`).
 */
function readFromNullish(ctx: JsCtx, v: null | undefined, key: string): Thrown {
  if (key === ITERATOR_KEY) {
    return ctx.typeError(`${v === null ? 'object null' : 'undefined'} is not iterable (cannot read property Symbol(Symbol.iterator))`);
  }
  return ctx.typeError(`Cannot read properties of ${String(v)} (reading '${keyText(ctx, key)}')`);
}

function readOnly(ctx: JsCtx, key: string, v: Value): never {
  if ((v instanceof FunctionValue || v instanceof NativeFunction) && v.lang === 'js') {
    throw ctx.typeError(`Cannot assign to read only property '${keyText(ctx, key)}' of function '${functionSourceText(v)}'`);
  }
  throw ctx.typeError(`Cannot assign to read only property '${keyText(ctx, key)}' of object '${objectTag(ctx, v)}'`);
}

/** What Function.prototype.toString shows: a JS function's source text (§20.2.3.5), else a stand-in. */
export function functionSourceText(f: FunctionValue | NativeFunction): string {
  if (f instanceof NativeFunction) return `function ${f.name}() { [native code] }`;
  const d = f.def;
  if (d.sourceText !== undefined) return d.sourceText;
  if (d.flavor === 'constructor') return `class ${f.name} { }`;
  const prefix = d.isAsync ? 'async ' : '';
  if (d.flavor === 'arrow') return `${prefix}(${d.params.map((p) => p.name).join(', ')}) => { [code] }`;
  return `${prefix}function ${f.name}(${d.params.map((p) => p.name).join(', ')}) { [code] }`;
}

/**
 * OrdinarySet (§10.1.9.2) on a JS object. `strict`: a refused write throws, as in strict code
 * and in built-ins (Set(O, P, V, true)); non-strict code ignores it (§13.15.2 PutValue).
 */
export function setOn(ctx: JsCtx, o: JsObj, key: string, value: Value, receiver: Value, strict = true): void {
  const own = o instanceof JSObject ? o.propMap?.get(key) : functionOwnSlot(ctx, o, key);
  if (own !== undefined) {
    if ('value' in own) {
      if (own.writable === false) return strict ? readOnly(ctx, key, receiver) : undefined;
      own.value = value;
      return;
    }
    if (own.set) {
      ctx.call(own.set, receiver, [value]);
      return;
    }
    if (!strict) return;
    throw ctx.typeError(`Cannot set property ${keyText(ctx, key)} of ${objectTag(ctx, receiver)} which has only a getter`);
  }
  for (let p = protoOf(ctx, o); p !== null; p = protoOf(ctx, p)) {
    const s = ownSlot(ctx, p, key);
    if (s === undefined) continue;
    if ('value' in s) {
      if (s.writable === false) return strict ? readOnly(ctx, key, receiver) : undefined;
      break;
    }
    if (s.set) {
      ctx.call(s.set, receiver, [value]);
      return;
    }
    if (!strict) return;
    throw ctx.typeError(`Cannot set property ${keyText(ctx, key)} of ${objectTag(ctx, receiver)} which has only a getter`);
  }
  if (ctx.nonExtensible.has(o)) {
    if (!strict) return;
    throw ctx.typeError(`Cannot add property ${keyText(ctx, key)}, object is not extensible`);
  }
  o.props.set(key, { value });
}

export function setArrayLength(ctx: JsCtx, arr: Value[], value: Value, strict = true): void {
  // ArraySetLength (§10.4.2.4): ToUint32(len) must equal ToNumber(len).
  const n = typeof value === 'number' ? value : toNumber(ctx, value);
  if (!(Number.isInteger(n) && n >= 0 && n <= 4294967295)) throw ctx.rangeError('Invalid array length');
  if (ctx.nonExtensible.has(arr) && n !== arr.length) return strict ? readOnly(ctx, 'length', arr) : undefined;
  // Growing leaves holes (§10.4.2.4 adds no elements), as the host array does.
  arr.length = n;
}

export function setArrayIndex(ctx: JsCtx, arr: Value[], i: number, value: Value, strict = true): void {
  if (i < arr.length) {
    if (ctx.nonExtensible.has(arr) && ctx.frozenArrays.has(arr)) return strict ? readOnly(ctx, String(i), arr) : undefined;
    arr[i] = value;
    return;
  }
  if (ctx.nonExtensible.has(arr)) {
    if (!strict) return;
    throw ctx.typeError(`Cannot add property ${i}, object is not extensible`);
  }
  // Indices between the old length and i stay holes.
  arr[i] = value;
}

function setArrayProp(ctx: JsCtx, arr: Value[], key: string, value: Value, strict: boolean): void {
  if (key === 'length') return setArrayLength(ctx, arr, value, strict);
  if (isArrayIndex(key)) return setArrayIndex(ctx, arr, Number(key), value, strict);
  let extra = ctx.arrayProps.get(arr);
  const own = extra?.get(key);
  if (own !== undefined) {
    if ('value' in own) {
      if (own.writable === false) return strict ? readOnly(ctx, key, arr) : undefined;
      own.value = value;
    } else if (own.set) ctx.call(own.set, arr, [value]);
    return;
  }
  const inherited = findSlot(ctx, ctx.intr.ArrayPrototype, key);
  if (inherited !== undefined && !('value' in inherited) && inherited.set) {
    ctx.call(inherited.set, arr, [value]);
    return;
  }
  if (ctx.nonExtensible.has(arr)) {
    if (!strict) return;
    throw ctx.typeError(`Cannot add property ${keyText(ctx, key)}, object is not extensible`);
  }
  if (!extra) ctx.arrayProps.set(arr, (extra = new Map()));
  extra.set(key, { value });
}

/** [[Set]] on any value, as `v.key = value` in strict JS code (`strict` false: as in non-strict code). */
export function setValue(ctx: JsCtx, v: Value, key: string, value: Value, loc?: Pos, strict = true): void {
  if (v instanceof JSObject) {
    const slot = v.propMap?.get(key);
    if (slot !== undefined && 'value' in slot && slot.writable !== false) {
      slot.value = value;
      return;
    }
    return setOn(ctx, v, key, value, v, strict);
  }
  if (Array.isArray(v)) return setArrayProp(ctx, v, key, value, strict);
  if ((v instanceof FunctionValue || v instanceof NativeFunction) && v.lang === 'js') return setOn(ctx, v, key, value, v, strict);
  // Non-strict code: a write to a primitive's property is dropped (§10.1.9.2 on the wrapper).
  if (
    !strict &&
    (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' || v instanceof PyFloat)
  )
    return;
  switch (typeof v) {
    case 'undefined':
      throw ctx.typeError(`Cannot set properties of undefined (setting '${keyText(ctx, key)}')`);
    case 'string':
      if (key === 'length' || isArrayIndex(key)) {
        if (key === 'length' || Number(key) < v.length)
          throw ctx.typeError(`Cannot assign to read only property '${key}' of string '${v}'`);
      }
      throw ctx.typeError(`Cannot create property '${keyText(ctx, key)}' on string '${v}'`);
    case 'number':
    case 'boolean':
    case 'bigint':
      throw ctx.typeError(`Cannot create property '${keyText(ctx, key)}' on ${typeof v} '${String(v)}'`);
  }
  if (v === null) throw ctx.typeError(`Cannot set properties of null (setting '${keyText(ctx, key)}')`);
  if (v instanceof PyFloat) throw ctx.typeError(`Cannot create property '${keyText(ctx, key)}' on number '${String(v.v)}'`);
  ctx.realm.py.setAttr(v, key, value, loc);
}

/** A refused delete: TypeError in strict code, `false` in non-strict code (§13.5.1.2). */
function refuseDelete(ctx: JsCtx, strict: boolean, message: string): false {
  if (strict) throw ctx.typeError(message);
  return false;
}

/** [[Delete]] (strict: a non-configurable property throws; non-strict code gets false, §13.5.1.2). */
export function deleteValue(ctx: JsCtx, v: Value, key: string, loc?: Pos, strict = true): boolean {
  if (v === undefined || v === null) {
    throw ctx.typeError(`Cannot convert undefined or null to object`);
  }
  if (Array.isArray(v)) {
    if (isArrayIndex(key)) {
      const i = Number(key);
      if (i >= v.length) return true;
      if (ctx.nonExtensible.has(v)) return refuseDelete(ctx, strict, `Cannot delete property '${key}' of [object Array]`);
      delete v[i]; // leaves a hole
      return true;
    }
    if (key === 'length') return refuseDelete(ctx, strict, `Cannot delete property 'length' of [object Array]`);
    const extra = ctx.arrayProps.get(v);
    if (extra?.get(key)?.configurable === false) return refuseDelete(ctx, strict, `Cannot delete property '${key}' of [object Array]`);
    extra?.delete(key);
    return true;
  }
  if (isJsObj(v)) {
    const slot = ownSlot(ctx, v, key);
    if (slot === undefined) return true;
    if (slot.configurable === false)
      return refuseDelete(ctx, strict, `Cannot delete property '${keyText(ctx, key)}' of ${objectTag(ctx, v)}`);
    v.props.delete(key);
    // A deleted `name` or `prototype` of a function must not be made again when next asked for.
    if (!(v instanceof JSObject) && FUNCTION_OWN.includes(key)) {
      let gone = deletedCreationKeys.get(v);
      if (!gone) deletedCreationKeys.set(v, (gone = new Set()));
      gone.add(key);
    }
    return true;
  }
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' || v instanceof PyFloat) {
    if (typeof v === 'string' && (key === 'length' || (isArrayIndex(key) && Number(key) < v.length)))
      return refuseDelete(ctx, strict, `Cannot delete property '${key}' of [object String]`);
    return true;
  }
  ctx.realm.py.delAttr(v, key, loc);
  return true;
}

/** [[DefineOwnProperty]] for object literals, class members and Object.defineProperty. */
export function defineOwn(ctx: JsCtx, v: Value, key: string, slot: PropSlot): void {
  if (Array.isArray(v)) {
    if (key === 'length' && 'value' in slot) return setArrayLength(ctx, v, slot.value);
    if (isArrayIndex(key) && 'value' in slot) return setArrayIndex(ctx, v, Number(key), slot.value);
    let extra = ctx.arrayProps.get(v);
    if (!extra) ctx.arrayProps.set(v, (extra = new Map()));
    extra.set(key, slot);
    return;
  }
  if (isJsObj(v)) {
    const existing = ownSlot(ctx, v, key);
    if (existing === undefined && ctx.nonExtensible.has(v))
      throw ctx.typeError(`Cannot define property ${keyText(ctx, key)}, object is not extensible`);
    if (existing !== undefined && existing.configurable === false) throw ctx.typeError(`Cannot redefine property: ${keyText(ctx, key)}`);
    v.props.set(key, slot);
    return;
  }
  throw ctx.typeError('Object.defineProperty called on non-object');
}

/** Own property keys in §10.1.11 order: integer indices ascending, then strings, then symbols. */
export function ownKeys(ctx: JsCtx, v: Value, opts: { enumerableOnly: boolean; symbols: boolean; strings?: boolean }): string[] {
  const strings = opts.strings ?? true;
  if (Array.isArray(v)) {
    const out: string[] = [];
    if (strings) for (const i of presentIndices(v, ctx.realm.budget)) out.push(String(i));
    if (!opts.enumerableOnly && strings) out.push('length');
    const extra = ctx.arrayProps.get(v);
    if (extra) pushKeys(extra, out, opts.enumerableOnly, opts.symbols, strings);
    return out;
  }
  if (typeof v === 'string') {
    const out: string[] = [];
    if (strings) chargeVisit(ctx.realm.budget, v.length);
    if (strings) for (let i = 0; i < v.length; i++) out.push(String(i));
    if (!opts.enumerableOnly && strings) out.push('length');
    return out;
  }
  if (!isJsObj(v)) return [];
  if (!(v instanceof JSObject) && !opts.enumerableOnly) {
    // Materialise the virtual own properties so they are listed (creationSlot puts them first).
    for (const k of FUNCTION_OWN) functionOwnSlot(ctx, v, k);
  }
  const out: string[] = [];
  // Charged as a walk (limits.ts): a loop listing 65k properties met no budget (issue 10).
  chargeVisit(ctx.realm.budget, v.props.size);
  pushKeys(v.props, out, opts.enumerableOnly, opts.symbols, strings);
  return out;
}

function pushKeys(props: Map<string, PropSlot>, out: string[], enumerableOnly: boolean, symbols: boolean, strings: boolean): void {
  let indices: string[] | undefined;
  let syms: string[] | undefined;
  const start = out.length;
  for (const [key, slot] of props) {
    if (enumerableOnly && slot.enumerable === false) continue;
    if (isSymbolKey(key)) {
      if (symbols) (syms ??= []).push(key);
    } else if (!strings) continue;
    else if (isArrayIndex(key)) (indices ??= []).push(key);
    else out.push(key);
  }
  if (indices) {
    indices.sort((a, b) => Number(a) - Number(b));
    // Not `splice(start, 0, ...indices)`: 200k integer keys overflowed the host's stack (issue 10).
    const names = out.splice(start);
    for (const k of indices) out.push(k);
    for (const k of names) out.push(k);
  }
  if (syms) for (const k of syms) out.push(k);
}

/** HasProperty (`key in v`) for JS objects and arrays. */
export function hasProperty(ctx: JsCtx, v: Value, key: string): boolean {
  if (Array.isArray(v)) {
    if (key === 'length') return true;
    if (isArrayIndex(key)) return Number(key) in v;
    if (ctx.arrayProps.get(v)?.has(key)) return true;
    return findSlot(ctx, ctx.intr.ArrayPrototype, key) !== undefined;
  }
  if (isJsObj(v)) return findSlot(ctx, v, key) !== undefined;
  return false;
}

export function hasOwn(ctx: JsCtx, v: Value, key: string): boolean {
  if (Array.isArray(v)) {
    if (key === 'length') return true;
    if (isArrayIndex(key)) return Number(key) in v;
    return ctx.arrayProps.get(v)?.has(key) ?? false;
  }
  if (typeof v === 'string') return key === 'length' || (isArrayIndex(key) && Number(key) < v.length);
  if (isJsObj(v)) return ownSlot(ctx, v, key) !== undefined;
  return false;
}

/** The own slot of any JS value (Object.getOwnPropertyDescriptor). */
export function getOwnSlot(ctx: JsCtx, v: Value, key: string): PropSlot | undefined {
  if (Array.isArray(v)) {
    if (key === 'length') return { value: v.length, enumerable: false, configurable: false };
    if (isArrayIndex(key)) return Number(key) in v ? { value: v[Number(key)] } : undefined;
    return ctx.arrayProps.get(v)?.get(key);
  }
  if (typeof v === 'string') {
    if (key === 'length') return { value: v.length, enumerable: false, writable: false, configurable: false };
    if (isArrayIndex(key) && Number(key) < v.length) return { value: v[Number(key)], writable: false, configurable: false };
    return undefined;
  }
  if (isJsObj(v)) return ownSlot(ctx, v, key);
  return undefined;
}

export { isSymbol };
