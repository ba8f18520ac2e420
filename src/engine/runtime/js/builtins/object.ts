/**
 * Object, Object.prototype, Function.prototype, Symbol (ECMA-262 §20.1–§20.4).
 *
 * `Object(v)` boxes a number, string or boolean in its wrapper object (ToObject, §7.1.18; the
 * wrappers are `new Number(v)` etc.); a symbol or bigint comes back unboxed (the value model
 * has no wrappers for them, so only `typeof Object(1n)` differs from Node). The Function constructor would compile code from
 * a string, which the engine never does: it is reported as unsupported.
 */
import { unsupported } from '../../../errors';
import { FunctionValue, JSObject, NativeFunction, type PropSlot, type Value } from '../../values';
import {
  type JsCtx,
  type JsObj,
  ITERATOR_KEY,
  ASYNC_ITERATOR_KEY,
  TO_STRING_TAG_KEY,
  TO_PRIMITIVE_KEY,
  HAS_INSTANCE_KEY,
  SPECIES_KEY,
  isSymbol,
  type SymbolData,
} from '../context';
import { argumentList, toBoolean, toPropertyKey, toStr } from '../convert';
import { iterateCounted } from '../iteration';
import { DateData, ErrorData, PrimitiveData, RegExpData, wrapper, wrapperType } from '../internals';
import { defineConstant, defineGetters, defineHidden, defineMethods, makeNative, protoFromNewTarget } from '../natives';
import { spec } from '../natives';
import { sameValue } from '../operators';
import { defineOwn, functionSourceText, getOwnSlot, getValue, hasOwn, isJsObj, ownKeys, protoOf, setValue } from '../properties';
import { MAX_ARRAY_LENGTH } from '../../limits';

/** ToObject's error for undefined/null receivers of Object.* functions. */
function requireObjectCoercible(ctx: JsCtx, v: Value): void {
  if (v === undefined || v === null) throw ctx.typeError('Cannot convert undefined or null to object');
}

export function newPlainObject(ctx: JsCtx): JSObject {
  return new JSObject(ctx.intr.ObjectPrototype);
}

/** FromPropertyDescriptor (§6.2.6.4). */
function fromSlot(ctx: JsCtx, slot: PropSlot): JSObject {
  const o = newPlainObject(ctx);
  if ('value' in slot) {
    o.props.set('value', { value: slot.value });
    o.props.set('writable', { value: slot.writable !== false });
  } else {
    o.props.set('get', { value: slot.get });
    o.props.set('set', { value: slot.set });
  }
  o.props.set('enumerable', { value: slot.enumerable !== false });
  o.props.set('configurable', { value: slot.configurable !== false });
  return o;
}

/** ToPropertyDescriptor (§6.2.6.5) merged with the existing slot (ValidateAndApplyPropertyDescriptor). */
function toSlot(ctx: JsCtx, desc: Value, existing: PropSlot | undefined): PropSlot {
  if (!isJsObj(desc)) throw ctx.typeError(`Property description must be an object: ${ctx.realm.js.toString(desc)}`);
  const has = (k: string) => hasOwn(ctx, desc, k) || getValue(ctx, desc, k) !== undefined;
  const flag = (k: 'enumerable' | 'configurable' | 'writable'): boolean => {
    if (has(k)) return toBoolean(getValue(ctx, desc, k));
    if (existing && k in existing) return (existing as Record<string, unknown>)[k] !== false;
    if (existing && k !== 'writable') return true;
    if (existing && 'value' in existing) return existing.writable !== false;
    return false;
  };
  if (has('get') || has('set')) {
    const get = getValue(ctx, desc, 'get');
    const set = getValue(ctx, desc, 'set');
    if (get !== undefined && !ctx.isCallable(get)) throw ctx.typeError(`Getter must be a function: ${ctx.realm.js.toString(get)}`);
    if (set !== undefined && !ctx.isCallable(set)) throw ctx.typeError(`Setter must be a function: ${ctx.realm.js.toString(set)}`);
    const prev = existing && !('value' in existing) ? existing : undefined;
    return {
      get: has('get') ? get : prev?.get,
      set: has('set') ? set : prev?.set,
      enumerable: flag('enumerable'),
      configurable: flag('configurable'),
    };
  }
  const value = has('value') ? getValue(ctx, desc, 'value') : existing && 'value' in existing ? existing.value : undefined;
  return { value, writable: flag('writable'), enumerable: flag('enumerable'), configurable: flag('configurable') };
}

export function definePropertyFromDescriptor(ctx: JsCtx, o: Value, key: string, desc: Value): void {
  if (!isJsObj(o) && !Array.isArray(o)) throw ctx.typeError('Object.defineProperty called on non-object');
  const existing = getOwnSlot(ctx, o, key);
  if (existing?.configurable === false) throw ctx.typeError(`Cannot redefine property: ${key}`);
  const slot = toSlot(ctx, desc, existing);
  if (Array.isArray(o) && (key === 'length' || /^\d+$/.test(key)) && 'value' in slot) {
    setValue(ctx, o, key, slot.value);
    return;
  }
  defineOwn(ctx, o, key, slot);
}

/** Object.setPrototypeOf / class `extends` (JsOps.setPrototypeOf). */
export function setPrototypeOf(ctx: JsCtx, obj: Value, proto: Value): void {
  if (proto !== null && !isJsObj(proto)) {
    throw ctx.typeError(`Object prototype may only be an Object or null: ${ctx.realm.js.display(proto)}`);
  }
  if (!isJsObj(obj)) {
    if (Array.isArray(obj)) throw unsupported('changing the prototype of an array', undefined);
    return;
  }
  for (let p: JsObj | null = proto; p !== null; p = protoOf(ctx, p)) {
    if (p === obj) throw ctx.typeError('Cyclic __proto__ value');
  }
  if (obj instanceof JSObject) {
    if (proto !== null && !(proto instanceof JSObject)) throw unsupported('a function as the prototype of an ordinary object', undefined);
    obj.proto = proto;
  } else {
    ctx.fnProto.set(obj, proto);
  }
}

/** Object.freeze (§20.1.2.6): shallow, enforced by the property writers. */
export function freeze(ctx: JsCtx, o: Value): Value {
  if (Array.isArray(o)) {
    ctx.nonExtensible.add(o);
    ctx.frozenArrays.add(o);
    for (const slot of ctx.arrayProps.get(o)?.values() ?? []) freezeSlot(slot);
  } else if (isJsObj(o)) {
    ownKeys(ctx, o, { enumerableOnly: false, symbols: true });
    for (const slot of o.props.values()) freezeSlot(slot);
    ctx.nonExtensible.add(o);
  }
  return o;
}

function freezeSlot(slot: PropSlot): void {
  slot.configurable = false;
  if ('value' in slot) slot.writable = false;
}

function isFrozen(ctx: JsCtx, o: Value): boolean {
  if (Array.isArray(o)) return ctx.frozenArrays.has(o) || (o.length === 0 && ctx.nonExtensible.has(o));
  if (!isJsObj(o)) return true;
  if (!ctx.nonExtensible.has(o)) return false;
  for (const slot of o.props.values()) {
    if (slot.configurable !== false) return false;
    if ('value' in slot && slot.writable !== false) return false;
  }
  return true;
}

/** The `[object Tag]` of Object.prototype.toString (§20.1.3.6). */
export function objectToStringTag(ctx: JsCtx, v: Value): string {
  if (v === undefined) return '[object Undefined]';
  if (v === null) return '[object Null]';
  let builtinTag = 'Object';
  if (Array.isArray(v)) builtinTag = 'Array';
  else if (typeof v === 'string') builtinTag = 'String';
  else if (typeof v === 'number') builtinTag = 'Number';
  else if (typeof v === 'boolean') builtinTag = 'Boolean';
  else if (ctx.isCallable(v)) builtinTag = 'Function';
  else if (v instanceof JSObject && v.internal instanceof ErrorData) builtinTag = 'Error';
  else if (v instanceof JSObject && v.internal instanceof DateData) builtinTag = 'Date';
  else if (v instanceof JSObject && v.internal instanceof RegExpData) builtinTag = 'RegExp';
  else if (v instanceof JSObject && v.internal instanceof PrimitiveData) builtinTag = wrapperType(v.internal);
  const tag =
    isJsObj(v) || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint'
      ? getValue(ctx, v, TO_STRING_TAG_KEY)
      : undefined;
  return `[object ${typeof tag === 'string' ? tag : builtinTag}]`;
}

export function installObject(ctx: JsCtx): void {
  const { ObjectPrototype, FunctionPrototype } = ctx.intr;
  const js = () => ctx.realm.js;

  const toObject = (v: Value): Value => {
    if (v === undefined || v === null) return newPlainObject(ctx);
    // ToObject (§7.1.18): a Symbol or BigInt object (their constructors cannot be `new`ed).
    if (isSymbol(v)) return wrapper(ctx.intr.SymbolPrototype, v);
    if (typeof v === 'bigint') return wrapper(ctx.intr.BigIntPrototype, v);
    const t = typeof v;
    if (t !== 'number' && t !== 'string' && t !== 'boolean') return v;
    const ctor = ctx.intr.ctors.get(t === 'number' ? 'Number' : t === 'string' ? 'String' : 'Boolean')!;
    return ctx.realm.interp.construct(ctor, { positional: [v] }, 'js');
  };
  const ObjectCtor: NativeFunction = makeNative(
    'Object',
    1,
    (_self, [v]) => toObject(v),
    // `super()` in `class A extends Object` (newTarget A): an ordinary object with A's
    // prototype, its argument ignored (§20.1.1.1 step 1).
    ([v], newTarget) =>
      newTarget !== undefined && newTarget !== ObjectCtor ? new JSObject(protoFromNewTarget(ctx, newTarget, ObjectPrototype)) : toObject(v),
  );
  ObjectCtor.props.set('prototype', { value: ObjectPrototype, writable: false, enumerable: false, configurable: false });
  defineHidden(ObjectPrototype, 'constructor', ObjectCtor);
  ctx.intr.ctors.set('Object', ObjectCtor);
  ctx.realm.builtins.js.set('Object', ObjectCtor);

  const keysOf = (o: Value): string[] => {
    requireObjectCoercible(ctx, o);
    // An array's or a string's keys are made one string per index (and entries one pair
    // each): a step each, before they are made (issue 10: Object.entries of a 2**25-element
    // array took 4 GB in one call).
    // An array longer than the array cap is sparse: its keys are its elements, which were
    // counted as they were set (properties.ts presentIndices), not its length.
    if ((Array.isArray(o) && o.length <= MAX_ARRAY_LENGTH) || typeof o === 'string') ctx.realm.budget.charge(o.length);
    // An object's keys: a step each too (its values and entries are made one per key).
    else if (isJsObj(o)) ctx.realm.budget.charge(o.props.size);
    return ownKeys(ctx, o, { enumerableOnly: true, symbols: false });
  };

  defineMethods(ObjectCtor, {
    keys: [1, (_s, [o]) => keysOf(o)],
    values: [1, (_s, [o]) => keysOf(o).map((k) => getValue(ctx, o, k))],
    entries: [1, (_s, [o]) => keysOf(o).map((k) => [k, getValue(ctx, o, k)])],
    assign: [
      2,
      (_s, [target, ...sources]) => {
        requireObjectCoercible(ctx, target);
        for (const src of sources) {
          if (src === undefined || src === null) continue;
          const keys = ownKeys(ctx, src, { enumerableOnly: true, symbols: true });
          // A property set per key: a step each, as the loop `target[k] = src[k]` takes.
          ctx.realm.budget.charge(keys.length);
          for (const k of keys) setValue(ctx, target, k, getValue(ctx, src, k));
        }
        return target;
      },
    ],
    freeze: [1, (_s, [o]) => freeze(ctx, o)],
    isFrozen: [1, (_s, [o]) => isFrozen(ctx, o)],
    // Object.seal (§20.1.2.20): no new properties, none deletable; values stay writable.
    // (A sealed array only refuses growth here: its elements have no per-index slots.)
    seal: [
      1,
      (_s, [o]) => {
        if (isJsObj(o)) {
          ownKeys(ctx, o, { enumerableOnly: false, symbols: true });
          for (const slot of o.props.values()) slot.configurable = false;
        }
        if (isJsObj(o) || Array.isArray(o)) ctx.nonExtensible.add(o);
        return o;
      },
    ],
    isSealed: [
      1,
      (_s, [o]) => {
        if (!isJsObj(o)) return Array.isArray(o) ? ctx.nonExtensible.has(o) && (o.length === 0 || ctx.frozenArrays.has(o)) : true;
        if (!ctx.nonExtensible.has(o)) return false;
        for (const slot of o.props.values()) if (slot.configurable !== false) return false;
        return true;
      },
    ],
    preventExtensions: [
      1,
      (_s, [o]) => {
        if (isJsObj(o) || Array.isArray(o)) ctx.nonExtensible.add(o);
        return o;
      },
    ],
    isExtensible: [1, (_s, [o]) => (isJsObj(o) || Array.isArray(o) ? !ctx.nonExtensible.has(o) : false)],
    fromEntries: [
      1,
      (_s, [iterable]) => {
        // RequireObjectCoercible first (§20.1.2.7 step 1), which V8 words as for undefined.
        if (iterable === undefined || iterable === null) throw ctx.typeError('undefined is not iterable');
        const o = newPlainObject(ctx);
        for (const entry of iterateCounted(ctx, iterable)) {
          if (!isJsObj(entry) && !Array.isArray(entry))
            throw ctx.typeError(`Iterator value ${js().toString(entry)} is not an entry object`);
          const k = getValue(ctx, entry, '0');
          defineOwn(ctx, o, toPropertyKey(ctx, k), { value: getValue(ctx, entry, '1') });
        }
        return o;
      },
    ],
    getPrototypeOf: [
      1,
      (_s, [o]) => {
        requireObjectCoercible(ctx, o);
        if (Array.isArray(o)) return ctx.intr.ArrayPrototype;
        if (isJsObj(o)) return protoOf(ctx, o);
        if (typeof o === 'string') return ctx.intr.StringPrototype;
        if (typeof o === 'number') return ctx.intr.NumberPrototype;
        if (typeof o === 'boolean') return ctx.intr.BooleanPrototype;
        return null;
      },
    ],
    setPrototypeOf: [
      2,
      (_s, [o, proto]) => {
        requireObjectCoercible(ctx, o);
        setPrototypeOf(ctx, o, proto);
        return o;
      },
    ],
    create: [
      2,
      (_s, [proto, props]) => {
        if (proto !== null && !(proto instanceof JSObject)) {
          if (isJsObj(proto)) throw unsupported('Object.create with a function as prototype', undefined);
          throw ctx.typeError(`Object prototype may only be an Object or null: ${js().display(proto)}`);
        }
        const o = new JSObject(proto);
        if (props !== undefined) {
          for (const k of ownKeys(ctx, props, { enumerableOnly: true, symbols: true }))
            definePropertyFromDescriptor(ctx, o, k, getValue(ctx, props, k));
        }
        return o;
      },
    ],
    defineProperty: [
      3,
      (_s, [o, key, desc]) => {
        if (!isJsObj(o) && !Array.isArray(o)) throw ctx.typeError('Object.defineProperty called on non-object');
        definePropertyFromDescriptor(ctx, o, toPropertyKey(ctx, key), desc);
        return o;
      },
    ],
    defineProperties: [
      2,
      (_s, [o, props]) => {
        if (!isJsObj(o) && !Array.isArray(o)) throw ctx.typeError('Object.defineProperties called on non-object');
        for (const k of ownKeys(ctx, props, { enumerableOnly: true, symbols: true }))
          definePropertyFromDescriptor(ctx, o, k, getValue(ctx, props, k));
        return o;
      },
    ],
    getOwnPropertyNames: [
      1,
      (_s, [o]) => {
        requireObjectCoercible(ctx, o);
        return ownKeys(ctx, o, { enumerableOnly: false, symbols: false });
      },
    ],
    getOwnPropertySymbols: [
      1,
      (_s, [o]) => ownKeys(ctx, o, { enumerableOnly: false, symbols: true, strings: false }).map((k) => ctx.symbolsByKey.get(k)!),
    ],
    getOwnPropertyDescriptor: [
      2,
      (_s, [o, key]) => {
        requireObjectCoercible(ctx, o);
        const slot = getOwnSlot(ctx, o, toPropertyKey(ctx, key));
        return slot ? fromSlot(ctx, slot) : undefined;
      },
    ],
    // §20.1.2.9: every own property's descriptor, keyed like Reflect.ownKeys (symbols too).
    getOwnPropertyDescriptors: [
      1,
      (_s, [o]) => {
        requireObjectCoercible(ctx, o);
        const out = newPlainObject(ctx);
        for (const k of ownKeys(ctx, o, { enumerableOnly: false, symbols: true })) {
          const slot = getOwnSlot(ctx, o, k);
          if (slot) out.props.set(k, { value: fromSlot(ctx, slot) });
        }
        return out;
      },
    ],
    hasOwn: [
      2,
      (_s, [o, key]) => {
        requireObjectCoercible(ctx, o);
        return hasOwn(ctx, o, toPropertyKey(ctx, key));
      },
    ],
    is: [2, (_s, [a, b]) => sameValue(a, b)],
  });

  defineMethods(ObjectPrototype, {
    hasOwnProperty: spec(1, (self, [key]) => hasOwn(ctx, self, toPropertyKey(ctx, key))),
    isPrototypeOf: spec(1, (self, [v]) => {
      if (!isJsObj(v)) return false;
      for (let p = protoOf(ctx, v); p !== null; p = protoOf(ctx, p)) if (p === self) return true;
      return false;
    }),
    propertyIsEnumerable: spec(1, (self, [key]) => {
      const slot = getOwnSlot(ctx, self, toPropertyKey(ctx, key));
      return slot !== undefined && slot.enumerable !== false;
    }),
    toString: spec(0, (self) => objectToStringTag(ctx, self)),
    toLocaleString: spec(0, (self) => js().toString(self)),
    valueOf: spec(0, (self) => self),
  });

  installFunctionPrototype(ctx, FunctionPrototype);
  installSymbol(ctx);
}

function installFunctionPrototype(ctx: JsCtx, FunctionPrototype: JSObject): void {
  const js = () => ctx.realm.js;
  const FunctionCtor = makeNative(
    'Function',
    1,
    () => {
      throw unsupported('the Function constructor (code from strings)', undefined);
    },
    () => {
      throw unsupported('the Function constructor (code from strings)', undefined);
    },
  );
  FunctionCtor.props.set('prototype', { value: FunctionPrototype, writable: false, enumerable: false, configurable: false });
  defineHidden(FunctionPrototype, 'constructor', FunctionCtor);
  ctx.intr.ctors.set('Function', FunctionCtor);
  ctx.realm.builtins.js.set('Function', FunctionCtor);
  FunctionPrototype.props.set('name', { value: '', writable: false, enumerable: false });
  FunctionPrototype.props.set('length', { value: 0, writable: false, enumerable: false });

  const requireCallable = (self: Value, method: string): void => {
    if (!ctx.isCallable(self)) throw ctx.typeError(`Function.prototype.${method} called on non-function`);
  };

  defineMethods(FunctionPrototype, {
    call: [
      1,
      (self, [thisArg, ...args]) => {
        if (!ctx.isCallable(self)) throw ctx.typeError(`Function.prototype.call called on non-function`);
        return ctx.call(self, thisArg, args);
      },
    ],
    apply: [
      2,
      (self, [thisArg, argArray]) => {
        requireCallable(self, 'apply');
        const args = argArray === undefined || argArray === null ? [] : argumentList(ctx, argArray);
        return ctx.call(self, thisArg, args);
      },
    ],
    bind: [
      1,
      (self, [boundThis, ...boundArgs]) => {
        requireCallable(self, 'bind');
        const target = self;
        const targetName = isJsObj(target) ? getValue(ctx, target, 'name') : undefined;
        const targetLen = isJsObj(target) ? getValue(ctx, target, 'length') : 0;
        const canConstruct =
          (target instanceof NativeFunction && target.construct !== undefined) ||
          (target instanceof FunctionValue &&
            (target.def.flavor === 'function' || target.def.flavor === 'constructor') &&
            !target.def.isAsync);
        const bound = makeNative(
          `bound ${typeof targetName === 'string' ? targetName : ''}`,
          Math.max(0, (typeof targetLen === 'number' ? targetLen : 0) - boundArgs.length),
          (_s, args) => ctx.call(target, boundThis, [...boundArgs, ...args]),
          canConstruct ? (args) => ctx.realm.interp.construct(target, { positional: [...boundArgs, ...args] }, 'js') : undefined,
        );
        ctx.boundTargets.set(bound, target);
        // BoundFunctionCreate (§10.4.1.3): the bound function inherits from the target's
        // [[Prototype]], so a bound async function's constructor is AsyncFunction.
        const proto = isJsObj(target) ? protoOf(ctx, target) : ctx.intr.FunctionPrototype;
        if (proto !== ctx.intr.FunctionPrototype) ctx.fnProto.set(bound, proto);
        return bound;
      },
    ],
    toString: spec(0, (self) => {
      // A bound function has no source text of its own: V8 prints it as native (§20.2.3.5 step 2).
      if (ctx.boundTargets.has(self as NativeFunction)) return 'function () { [native code] }';
      if (self instanceof FunctionValue || self instanceof NativeFunction) return functionSourceText(self);
      if (ctx.isCallable(self)) return js().display(self);
      throw ctx.typeError("Function.prototype.toString requires that 'this' be a Function");
    }),
  });
}

function installSymbol(ctx: JsCtx): void {
  const { SymbolPrototype } = ctx.intr;
  const SymbolCtor = makeNative('Symbol', 0, (_s, [desc]) => ctx.newSymbol(desc === undefined ? undefined : toStr(ctx, desc)));
  // `new Symbol()` is a TypeError: the native has no construct, so the interpreter reports it.
  SymbolCtor.props.set('prototype', { value: SymbolPrototype, writable: false, enumerable: false, configurable: false });
  defineHidden(SymbolPrototype, 'constructor', SymbolCtor);
  for (const [name, key] of [
    ['iterator', ITERATOR_KEY],
    ['asyncIterator', ASYNC_ITERATOR_KEY],
    ['toStringTag', TO_STRING_TAG_KEY],
    ['toPrimitive', TO_PRIMITIVE_KEY],
    ['hasInstance', HAS_INSTANCE_KEY],
    ['species', SPECIES_KEY],
  ] as const) {
    const sym = ctx.newSymbol(`Symbol.${name}`, `Symbol.${name}`);
    if ((sym.internal as SymbolData).key !== key) throw new Error('symbol key mismatch');
    ctx.wellKnown.set(name, sym);
    defineConstant(SymbolCtor, name, sym);
  }
  const registry = ctx.symbolRegistry;
  defineMethods(SymbolCtor, {
    for: [
      1,
      (_s, [k]) => {
        const key = toStr(ctx, k);
        let sym = registry.get(key);
        if (!sym) registry.set(key, (sym = ctx.newSymbol(key)));
        return sym;
      },
    ],
  });
  // thisSymbolValue (§20.4.3): a symbol, or the symbol inside a Symbol object (`Object(sym)`).
  const thisSymbolValue = (self: Value): JSObject => {
    if (isSymbol(self)) return self;
    if (self instanceof JSObject && self.internal instanceof PrimitiveData && isSymbol(self.internal.value)) return self.internal.value;
    throw ctx.typeError("Symbol.prototype.toString requires that 'this' be a Symbol");
  };
  const thisSymbol = (self: Value): SymbolData => thisSymbolValue(self).internal as SymbolData;
  defineMethods(SymbolPrototype, {
    toString: spec(0, (self) => `Symbol(${thisSymbol(self).description ?? ''})`),
    valueOf: spec(0, (self) => thisSymbolValue(self)),
  });
  // Symbol.prototype[@@toPrimitive] (§20.4.3.5): a Symbol object converts to its symbol, so
  // `${Object(sym)}` throws as `${sym}` does.
  SymbolPrototype.props.set(TO_PRIMITIVE_KEY, {
    value: makeNative('[Symbol.toPrimitive]', 1, (self) => thisSymbolValue(self)),
    writable: false,
    enumerable: false,
    configurable: true,
  });
  defineGetters(SymbolPrototype, { description: (self) => thisSymbol(self).description });
  SymbolPrototype.props.set(TO_STRING_TAG_KEY, { value: 'Symbol', writable: false, enumerable: false });
  ctx.intr.ctors.set('Symbol', SymbolCtor);
  ctx.realm.builtins.js.set('Symbol', SymbolCtor);
}

export { sameValue };
