/**
 * The iteration protocol (§7.4) as the interpreter and the builtins use it: for-of,
 * spread, destructuring, Array.from, new Map(iterable), Promise.all(iterable).
 *
 * Fast paths keep the common cases allocation-free: an array iterates as itself (the host
 * array iterator reads `length` on every step, like %ArrayIteratorPrototype%.next), a
 * string iterates by code point (§22.1.5.1), Map/Set iterate their host collections
 * (live: entries added during iteration are visited, as in §24.1.3.5). User iterables go
 * through `[Symbol.iterator]()` and `next()`, and `return()` is called when the loop exits
 * early (§7.4.11 IteratorClose; the host calls `return` on our wrapper for `break`).
 */
import type { Pos } from '../../events/types';
import { type FunctionValue, JSObject, type NativeFunction, PyFloat, type Value } from '../values';
import { type JsCtx, ITERATOR_KEY, isSymbol } from './context';
import { toBoolean } from './convert';
import { IteratorData, MapData, SetData } from './internals';
import { getValue, isJsObj, ownKeys, protoOf } from './properties';
import { tick } from '../realm';
import type { Thrown } from '../thrown';

/**
 * How V8 names a value in a message that has no source text to print (its
 * `Object::TypeOf` followed by a primitive's value): `number 5`, `string "s"`,
 * `object null`, `undefined`, `symbol`, `function`, `object`.
 */
export function typeAndValue(ctx: { isCallable(v: Value): boolean }, v: Value): string {
  if (v === undefined) return 'undefined';
  if (v === null) return 'object null';
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return `${typeof v} ${String(v)}`;
  if (typeof v === 'string') return `string ${JSON.stringify(v)}`;
  if (v instanceof PyFloat) return `number ${String(v.v)}`;
  if (isSymbol(v)) return 'symbol';
  if (ctx.isCallable(v)) return 'function';
  return 'object';
}

/** `X is not iterable` in V8's built-in wording (the form `new Set(5)` / `Promise.all(5)` print). */
export function notIterable(ctx: JsCtx, v: Value): Thrown {
  return ctx.typeError(`${typeAndValue(ctx, v)} is not iterable (cannot read property Symbol(Symbol.iterator))`);
}

/** `number 5 is not a function`: an iterator's `next` / `return` that cannot be called. */
export function notCallable(ctx: JsCtx, v: Value): Thrown {
  return ctx.typeError(`${typeAndValue(ctx, v)} is not a function`);
}

/** An iterator result object `{ value, done }` (§7.4.14 CreateIterResultObject). */
export function iterResult(ctx: JsCtx, value: Value, done: boolean): JSObject {
  const o = new JSObject(ctx.intr.ObjectPrototype);
  o.props.set('value', { value });
  o.props.set('done', { value: done });
  return o;
}

/** A built-in iterator object over a host iterator (`arr.values()`, `map.entries()`). */
export function makeIterator(
  ctx: JsCtx,
  it: Iterator<Value>,
  kind: 'Array Iterator' | 'String Iterator' | 'Map Iterator' | 'Set Iterator',
): JSObject {
  const proto =
    kind === 'Array Iterator'
      ? ctx.intr.ArrayIteratorPrototype
      : kind === 'Map Iterator'
        ? ctx.intr.MapIteratorPrototype
        : kind === 'Set Iterator'
          ? ctx.intr.SetIteratorPrototype
          : ctx.intr.StringIteratorPrototype;
  return new JSObject(proto, new IteratorData(it, kind));
}

function* mapEntries(data: MapData): Generator<Value> {
  for (const [k, v] of data.map) yield [k, v];
}

/**
 * A host Iterable over a user iterator object (`next` looked up once, §7.4.2; called —
 * and checked callable — at each step). Its host `return()` is IteratorClose (§7.4.11):
 * GetMethod(iterator, "return"), call it, and the result must be an object. Callers
 * closing after a throw ignore what this throws (the original exception wins), as the
 * host for-of does.
 */
function userIterable(ctx: JsCtx, { iterator: iterObj, next }: UserIterator): Iterable<Value> {
  const iterator: Iterator<Value> = {
    next(): IteratorResult<Value> {
      if (!ctx.isCallable(next)) throw notCallable(ctx, next);
      const r = ctx.call(next, iterObj, []);
      if (!isObject(r)) throw ctx.typeError(`Iterator result ${ctx.realm.js.toString(r)} is not an object`);
      if (toBoolean(getValue(ctx, r, 'done'))) return { done: true, value: undefined };
      return { done: false, value: getValue(ctx, r, 'value') };
    },
    return(): IteratorResult<Value> {
      const ret = getValue(ctx, iterObj, 'return');
      if (ret === undefined || ret === null) return { done: true, value: undefined };
      if (!ctx.isCallable(ret)) throw notCallable(ctx, ret);
      const r = ctx.call(ret, iterObj, []);
      if (!isObject(r)) throw ctx.typeError(`Iterator result ${ctx.realm.js.toString(r)} is not an object`);
      return { done: true, value: undefined };
    },
  };
  return { [Symbol.iterator]: () => iterator };
}

/** Type(x) is Object, for the iterator protocol's checks (arrays are objects too). */
export function isObject(v: Value): boolean {
  return isJsObj(v) || Array.isArray(v);
}

/** A user's iterator object and its `next` (an Iterator Record, §7.4.1). */
export interface UserIterator {
  iterator: Value;
  next: Value;
}

/**
 * GetIterator(v, sync) (§7.4.3): built-in iterables whose iteration is not observable
 * come back as a host Iterable (`host`); anything else runs its `[Symbol.iterator]()`.
 * `method`: `v[Symbol.iterator]` when the caller has read it already (GetIterator(v, async)
 * reads it once, after `[Symbol.asyncIterator]`, §7.4.3 step 1.b), so that a getter runs once.
 */
export function getIterator(ctx: JsCtx, v: Value, loc?: Pos, method?: Value): { host: Iterable<Value> } | UserIterator {
  if (typeof v === 'string') return { host: v };
  if (Array.isArray(v)) {
    // An array iterates as itself unless its own or Array.prototype's [Symbol.iterator] was replaced.
    if (method !== undefined) return method === ctx.nativeArrayIterator ? { host: v } : userIterator(ctx, v, method);
    const slot = ctx.intr.ArrayPrototype.props.get(ITERATOR_KEY);
    if (!ctx.arrayProps.get(v)?.has(ITERATOR_KEY) && slot && 'value' in slot && slot.value === ctx.nativeArrayIterator) return { host: v };
    return userIterator(ctx, v);
  }
  if (v instanceof JSObject) {
    const internal = v.internal;
    if (internal instanceof IteratorData && getValue(ctx, v, 'next') === ctx.nativeNext) {
      return { host: { [Symbol.iterator]: () => internal.it } };
    }
    if (internal instanceof MapData && iteratorMethod(ctx, v, method) === ctx.nativeMapIterator) return { host: mapEntries(internal) };
    if (internal instanceof SetData && iteratorMethod(ctx, v, method) === ctx.nativeSetIterator) return { host: internal.set.values() };
  }
  if (v === undefined || v === null || typeof v !== 'object' || v instanceof PyFloat || isSymbol(v)) throw notIterable(ctx, v);
  if (isJsObj(v)) return userIterator(ctx, v, method);
  // A Python value: its own language knows how to iterate it (lists are arrays, above).
  return { host: ctx.realm.py.iterate(v, loc) };
}

/** `v[Symbol.iterator]`, unless the caller read it already (`known`). */
function iteratorMethod(ctx: JsCtx, v: Value, known: Value): Value {
  return known !== undefined ? known : getValue(ctx, v, ITERATOR_KEY);
}

function userIterator(ctx: JsCtx, v: Value, known?: Value): UserIterator {
  const method = iteratorMethod(ctx, v, known);
  if (method === undefined || method === null || !ctx.isCallable(method)) throw notIterable(ctx, v);
  const iterator = ctx.call(method, v, []);
  if (!isObject(iterator)) throw ctx.typeError(`Result of the Symbol.iterator method is not an object`);
  return { iterator, next: getValue(ctx, iterator, 'next') };
}

/** GetIterator(v, sync) as a host Iterable. */
export function iterate(ctx: JsCtx, v: Value, loc?: Pos): Iterable<Value> {
  const it = getIterator(ctx, v, loc);
  return 'host' in it ? it.host : userIterable(ctx, it);
}

/**
 * `iterate` for a native that takes in an iterable (Object.fromEntries, the Map and Set
 * constructors, AggregateError, the Promise combinators): each item a step of the budget, as
 * Array.from counts them. A native iterator (`a.entries()`) runs no statement that would count
 * one, so `Object.fromEntries(a.entries())` of a 2**25-element array ran 40 s in one call.
 */
export function* iterateCounted(ctx: JsCtx, v: Value, loc?: Pos): Generator<Value, void, undefined> {
  const budget = ctx.realm.budget;
  for (const x of iterate(ctx, v, loc)) {
    tick(budget, loc);
    yield x;
  }
}

/** for-in keys: own enumerable string keys, then inherited ones not shadowed (§14.7.5.9). */
export function forInKeys(ctx: JsCtx, v: Value): string[] {
  if (v === undefined || v === null) return [];
  if (typeof v === 'string') return ownKeys(ctx, v, { enumerableOnly: true, symbols: false });
  if (Array.isArray(v)) {
    const keys = ownKeys(ctx, v, { enumerableOnly: true, symbols: false });
    return keys.concat(inheritedKeys(ctx, ctx.intr.ArrayPrototype, new Set(keys)));
  }
  if (!isJsObj(v)) return [];
  const seen = new Set(ownKeys(ctx, v, { enumerableOnly: false, symbols: false }));
  const keys = ownKeys(ctx, v, { enumerableOnly: true, symbols: false });
  const proto = protoOf(ctx, v);
  return proto ? keys.concat(inheritedKeys(ctx, proto, seen)) : keys;
}

function inheritedKeys(ctx: JsCtx, start: JSObject | FunctionValue | NativeFunction, seen: Set<string>): string[] {
  const out: string[] = [];
  for (let o: ReturnType<typeof protoOf> = start; o !== null; o = protoOf(ctx, o)) {
    const enumerable = new Set(ownKeys(ctx, o, { enumerableOnly: true, symbols: false }));
    for (const k of ownKeys(ctx, o, { enumerableOnly: false, symbols: false })) {
      if (seen.has(k)) continue;
      seen.add(k);
      if (enumerable.has(k)) out.push(k);
    }
  }
  return out;
}
