/**
 * The Array.prototype methods that call a function per element (ECMA-262 §23.1.3: find,
 * findIndex, findLast, findLastIndex, filter, map, forEach, some, every, reduce, reduceRight,
 * flatMap). The methods whose spec steps test HasProperty(O, Pk) skip holes (`present`); the
 * find family reads them as undefined. Each charges its walk over the indices before it starts
 * (ArrayReader.walk): skipping holes runs no statement that would count a step (issue 10).
 */
import type { Value } from '../../values';
import type { JsCtx } from '../context';
import { toBoolean } from '../convert';
import type { MethodSpec } from '../natives';

/** HasProperty(arr, i) for an index below the length (a hole answers false). */
export function present(arr: Value[], i: number): boolean {
  return arr[i] !== undefined || i in arr;
}

/** How the array methods read their receiver and charge their walks (array.ts installArray). */
export interface ArrayReader {
  /** The receiver as an array: arrays themselves, array-likes copied. */
  elements(self: Value, method: string): Value[];
  /** A walk over `span` indices, charged before it starts. */
  walk(span: number): void;
  /** Throws V8's TypeError unless `fn` is callable. */
  callback(fn: Value): void;
}

export type CallbackMethodName =
  | 'find'
  | 'findIndex'
  | 'findLast'
  | 'findLastIndex'
  | 'filter'
  | 'map'
  | 'forEach'
  | 'some'
  | 'every'
  | 'reduce'
  | 'reduceRight'
  | 'flatMap';

export function callbackMethods(ctx: JsCtx, { elements, walk, callback }: ArrayReader): Record<CallbackMethodName, MethodSpec> {
  /** The receiver of a method that calls `fn` per element, its walk charged. */
  const receive = (self: Value, name: string, fn: Value): Value[] => {
    const arr = elements(self, name);
    callback(fn);
    walk(arr.length);
    return arr;
  };

  const findImpl = (self: Value, name: string, fn: Value, thisArg: Value, wantIndex: boolean, fromEnd: boolean): Value => {
    const arr = elements(self, name);
    callback(fn);
    const len = arr.length;
    for (let k = 0; k < len; k++) {
      const i = fromEnd ? len - 1 - k : k;
      const e = arr[i];
      if (toBoolean(ctx.call(fn, thisArg, [e, i, self]))) return wantIndex ? i : e;
    }
    return wantIndex ? -1 : undefined;
  };

  const reduceImpl = (self: Value, args: Value[], fromEnd: boolean): Value => {
    const fn = args[0];
    const arr = receive(self, fromEnd ? 'reduceRight' : 'reduce', fn);
    const len = arr.length;
    let k = 0;
    let acc: Value;
    const at = (n: number) => (fromEnd ? len - 1 - n : n);
    if (args.length >= 2) acc = args[1];
    else {
      while (k < len && !present(arr, at(k))) k++;
      if (k >= len) throw ctx.typeError('Reduce of empty array with no initial value');
      acc = arr[at(k)];
      k++;
    }
    for (; k < len; k++) {
      const i = at(k);
      if (i >= arr.length || !present(arr, i)) continue;
      acc = ctx.call(fn, undefined, [acc, arr[i], i, self]);
    }
    return acc;
  };

  return {
    find: [1, (self, [fn, thisArg]) => findImpl(self, 'find', fn, thisArg, false, false)],
    findIndex: [1, (self, [fn, thisArg]) => findImpl(self, 'findIndex', fn, thisArg, true, false)],
    findLast: [1, (self, [fn, thisArg]) => findImpl(self, 'findLast', fn, thisArg, false, true)],
    findLastIndex: [1, (self, [fn, thisArg]) => findImpl(self, 'findLastIndex', fn, thisArg, true, true)],
    filter: [
      1,
      (self, [fn, thisArg]) => {
        const arr = receive(self, 'filter', fn);
        const out: Value[] = [];
        for (let i = 0; i < arr.length; i++) {
          if (!present(arr, i)) continue;
          const e = arr[i];
          if (toBoolean(ctx.call(fn, thisArg, [e, i, self]))) out.push(e);
        }
        return out;
      },
    ],
    map: [
      1,
      (self, [fn, thisArg]) => {
        const arr = receive(self, 'map', fn);
        const len = arr.length;
        const out: Value[] = new Array(len);
        for (let i = 0; i < len; i++) if (i < arr.length && present(arr, i)) out[i] = ctx.call(fn, thisArg, [arr[i], i, self]);
        return out;
      },
    ],
    forEach: [
      1,
      (self, [fn, thisArg]) => {
        const arr = receive(self, 'forEach', fn);
        const len = arr.length;
        for (let i = 0; i < len && i < arr.length; i++) if (present(arr, i)) ctx.call(fn, thisArg, [arr[i], i, self]);
        return undefined;
      },
    ],
    some: [
      1,
      (self, [fn, thisArg]) => {
        const arr = receive(self, 'some', fn);
        for (let i = 0; i < arr.length; i++) if (present(arr, i) && toBoolean(ctx.call(fn, thisArg, [arr[i], i, self]))) return true;
        return false;
      },
    ],
    every: [
      1,
      (self, [fn, thisArg]) => {
        const arr = receive(self, 'every', fn);
        for (let i = 0; i < arr.length; i++) if (present(arr, i) && !toBoolean(ctx.call(fn, thisArg, [arr[i], i, self]))) return false;
        return true;
      },
    ],
    reduce: [1, (self, args) => reduceImpl(self, args, false)],
    reduceRight: [1, (self, args) => reduceImpl(self, args, true)],
    flatMap: [
      1,
      (self, [fn, thisArg]) => {
        const arr = receive(self, 'flatMap', fn);
        const out: Value[] = [];
        for (let i = 0; i < arr.length; i++) {
          if (!present(arr, i)) continue;
          const r = ctx.call(fn, thisArg, [arr[i], i, self]);
          if (Array.isArray(r)) for (const e of r) out.push(e);
          else out.push(r);
        }
        return out;
      },
    ],
  };
}
