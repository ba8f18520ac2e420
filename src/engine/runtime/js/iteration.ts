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
import { FunctionValue, JSObject, NativeFunction, PyFloat, type Value } from '../values';
import { type JsCtx, ITERATOR_KEY, isSymbol } from './context';
import { toBoolean } from './convert';
import { IteratorData, MapData, SetData } from './internals';
import { getValue, isJsObj, ownKeys, protoOf } from './properties';
import type { Thrown } from '../thrown';

/** `X is not iterable` in V8's built-in wording (the form `new Set(5)` / `Promise.all(5)` print). */
export function notIterable(ctx: JsCtx, v: Value): Thrown {
  let what: string;
  if (v === undefined) what = 'undefined';
  else if (v === null) what = 'object null';
  else if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') what = `${typeof v} ${String(v)}`;
  else if (v instanceof PyFloat) what = `number ${String(v.v)}`;
  else if (isSymbol(v)) what = 'symbol';
  else if (ctx.isCallable(v)) what = 'function';
  else what = 'object';
  return ctx.typeError(`${what} is not iterable (cannot read property Symbol(Symbol.iterator))`);
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

/** A host Iterable over a user iterator object (next/return looked up once, §7.4.2). */
function userIterable(ctx: JsCtx, iterObj: Value): Iterable<Value> {
  if (!isJsObj(iterObj) && !Array.isArray(iterObj)) {
    throw ctx.typeError(`Result of the Symbol.iterator method is not an object`);
  }
  const next = getValue(ctx, iterObj, 'next');
  const iterator: Iterator<Value> = {
    next(): IteratorResult<Value> {
      const r = ctx.call(next, iterObj, []);
      if (!isJsObj(r)) throw ctx.typeError(`Iterator result ${ctx.realm.js.toString(r)} is not an object`);
      if (toBoolean(getValue(ctx, r, 'done'))) return { done: true, value: undefined };
      return { done: false, value: getValue(ctx, r, 'value') };
    },
    return(): IteratorResult<Value> {
      const ret = getValue(ctx, iterObj, 'return');
      if (ret !== undefined && ret !== null) ctx.call(ret, iterObj, []);
      return { done: true, value: undefined };
    },
  };
  return { [Symbol.iterator]: () => iterator };
}

/** GetIterator(v, sync) as a host Iterable. */
export function iterate(ctx: JsCtx, v: Value, loc?: Pos): Iterable<Value> {
  if (Array.isArray(v) || typeof v === 'string') return v;
  if (v instanceof JSObject) {
    const internal = v.internal;
    if (internal instanceof IteratorData && getValue(ctx, v, 'next') === ctx.nativeNext) {
      return { [Symbol.iterator]: () => internal.it };
    }
    if (internal instanceof MapData && getValue(ctx, v, ITERATOR_KEY) === ctx.nativeMapIterator) return mapEntries(internal);
    if (internal instanceof SetData && getValue(ctx, v, ITERATOR_KEY) === ctx.nativeSetIterator) return internal.set.values();
  }
  if (v === undefined || v === null || typeof v !== 'object' || v instanceof PyFloat || isSymbol(v)) throw notIterable(ctx, v);
  if (isJsObj(v)) {
    const method = getValue(ctx, v, ITERATOR_KEY);
    if (method === undefined || method === null || !ctx.isCallable(method)) throw notIterable(ctx, v);
    return userIterable(ctx, ctx.call(method, v, []));
  }
  // A Python value: its own language knows how to iterate it (lists are arrays, above).
  return ctx.realm.py.iterate(v, loc);
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
