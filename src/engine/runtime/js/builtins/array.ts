/**
 * Array, Array.prototype and %ArrayIteratorPrototype% (ECMA-262 §23.1).
 *
 * Arrays are plain TS arrays (shared with Python lists, runtime/values.ts), so most
 * methods can lean on the host's own Array.prototype where the host algorithm is the
 * spec's (slice, splice, reverse, indexOf on primitives). Callbacks go through the
 * interpreter. Holes are host-array holes (runtime/js/properties.ts): the methods whose
 * spec steps test HasProperty(O, Pk) — forEach, map (which keeps the holes), filter, some,
 * every, reduce, indexOf, flat, sort... — skip them (`present`); find, includes, join and
 * the iterators read them as undefined. The methods that call a function per element are
 * array-callbacks.ts. A walk over an array's indices is charged to the budget before it starts
 * (`walk`): a length is not what an array holds (`a[2**32 - 2] = 1`).
 * Receivers that are not arrays are read as array-likes (`{ length: n }`) by the
 * non-mutating methods; mutators require a real array.
 */
import { unsupported } from '../../../errors';
import { JSObject, PyFloat, type Value } from '../../values';
import { type JsCtx, ITERATOR_KEY, TO_STRING_TAG_KEY, isSymbol } from '../context';
import { relativeIndex, toIntegerOrInfinity, toLength, toNumber, toStr } from '../convert';
import { IteratorData } from '../internals';
import { iterResult, makeIterator } from '../iteration';
import { defineHidden, defineMethods, defineNativeClass, defineSymbolMethod, makeNative, type MethodSpec } from '../natives';
import { spec } from '../natives';
import { sameValueZero, strictEquals } from '../operators';
import { getValue, isJsObj, objectTag, protoOf } from '../properties';
import { arrayFits, chargeVisit, HOST_ARGS_CHUNK, MAX_ARRAY_LENGTH, MAX_STRING_LENGTH, walkFits } from '../../limits';
import { tick } from '../../realm';
import { callbackMethods, present } from './array-callbacks';

/** How V8 names a non-callable in `X is not a function` for built-in callbacks. */
export function describeNonCallable(ctx: JsCtx, v: Value): string {
  if (Array.isArray(v)) return '[object Array]';
  if (isSymbol(v)) return ctx.realm.js.display(v);
  if (v instanceof JSObject) return objectTag(ctx, v);
  if (v instanceof PyFloat) return String(v.v);
  if (v !== null && typeof v === 'object') return ctx.realm.js.display(v);
  return String(v);
}

export function requireCallable(ctx: JsCtx, fn: Value): void {
  if (!ctx.isCallable(fn)) throw ctx.typeError(`${describeNonCallable(ctx, fn)} is not a function`);
}

function* liveValues(arr: Value[]): Generator<Value> {
  for (let i = 0; i < arr.length; i++) yield arr[i];
}
function* liveKeys(arr: Value[]): Generator<Value> {
  for (let i = 0; i < arr.length; i++) yield i;
}
function* liveEntries(arr: Value[]): Generator<Value> {
  for (let i = 0; i < arr.length; i++) yield [i, arr[i]];
}

/**
 * `arr.splice(start, deleteCount, ...items)` with the items handed to the host a slice at a
 * time (limits.ts HOST_ARGS_CHUNK: `a.splice(1, 0, ...x)` with 124k items, fine in Node,
 * overflowed the host's stack).
 */
function spliceItems(arr: Value[], start: number, deleteCount: number, items: readonly Value[]): Value[] {
  if (items.length <= HOST_ARGS_CHUNK) return arr.splice(start, deleteCount, ...items);
  const removed = arr.splice(start, deleteCount);
  for (let k = 0; k < items.length; k += HOST_ARGS_CHUNK) arr.splice(start + k, 0, ...items.slice(k, k + HOST_ARGS_CHUNK));
  return removed;
}

export function installArray(ctx: JsCtx): void {
  const { ArrayPrototype, ArrayIteratorPrototype, IteratorPrototype } = ctx.intr;
  const js = () => ctx.realm.js;

  /** The receiver as an array: arrays themselves, array-likes copied (read-only methods). */
  const elements = (self: Value, method: string): Value[] => {
    if (Array.isArray(self)) return self;
    if (self === undefined || self === null) throw ctx.typeError(`Array.prototype.${method} called on null or undefined`);
    if (typeof self === 'string') return self.split('');
    if (!isJsObj(self)) return [];
    const len = toLength(ctx, getValue(ctx, self, 'length'));
    // An array-like is copied element by element: its length is checked against the run's
    // array cap first (V8 itself aborts the process past 2**32 - 1 here).
    if (!arrayFits(ctx.realm.budget, len)) throw ctx.rangeError('Invalid array length');
    const out: Value[] = [];
    for (let i = 0; i < len; i++) out.push(getValue(ctx, self, String(i)));
    return out;
  };
  /** The receiver of a mutator: must be a real, unfrozen array. */
  const mutable = (self: Value, method: string): Value[] => {
    if (Array.isArray(self)) return self;
    if (self === undefined || self === null) throw ctx.typeError('Cannot convert undefined or null to object');
    throw ctx.typeError(`Array.prototype.${method} is only supported on arrays here (receiver ${describeNonCallable(ctx, self)})`);
  };
  const frozenAssign = (arr: Value[]): void => {
    if (ctx.nonExtensible.has(arr) && arr.length > 0)
      throw ctx.typeError(`Cannot assign to read only property '0' of object '[object Array]'`);
  };
  const frozenDelete = (arr: Value[], index: number): void => {
    if (ctx.nonExtensible.has(arr) && arr.length > 0) throw ctx.typeError(`Cannot delete property '${index}' of [object Array]`);
  };
  const frozenAdd = (arr: Value[], count: number): void => {
    if (ctx.nonExtensible.has(arr) && count > 0) throw ctx.typeError(`Cannot add property ${arr.length}, object is not extensible`);
  };

  const callback = (fn: Value): void => requireCallable(ctx, fn);

  /**
   * A walk over `span` indices of an array, charged before it starts (limits.ts chargeVisit: a
   * step per 64 indices, holes included). An array's length is not what it holds: `a[2**32 - 2]
   * = 1` makes one of length 4,294,967,295 with one element, and a loop over its indices inside
   * one native call (`indexOf`, `join`, `forEach` skipping holes, `reverse`...) ran for minutes,
   * where no budget looked (issue 10; real Node takes as long). Charged first, such a walk is the
   * step budget's at once, and a walk of a long real array costs steps in proportion, as the
   * loop a program would write instead, so a loop of such calls meets the budget's checkpoints.
   */
  const walk = (span: number): void => {
    if (span > 0) chargeVisit(ctx.realm.budget, span);
  };
  /** Every index read with Get, holes as undefined (toSorted, toSpliced, toReversed, with): a new array of the whole length. */
  const denseCopy = (arr: Value[]): Value[] => {
    if (!arrayFits(ctx.realm.budget, arr.length)) throw ctx.rangeError('Invalid array length');
    return Array.from(arr);
  };

  /**
   * Array.prototype.join. Nested arrays join through their toString, so it is one visit of a
   * walk (limits.ts walkFits), and the text is checked against the string cap as it grows.
   */
  const join = (arr: Value[], sep: string): string => {
    if (ctx.joinStack.has(arr)) return '';
    walk(arr.length);
    ctx.joinStack.add(arr);
    let out = '';
    try {
      for (let i = 0; i < arr.length; i++) {
        if (i > 0) out += sep;
        const e = arr[i];
        if (e !== undefined && e !== null) out += toStr(ctx, e);
        if (out.length > MAX_STRING_LENGTH) throw ctx.rangeError('Invalid string length');
      }
    } finally {
      ctx.joinStack.delete(arr);
    }
    walkFits(ctx.realm.budget, arr.length + out.length);
    return out;
  };

  /** `flat`: each array it descends into is one visit of a walk; the result is capped. */
  const flatten = (target: Value[], source: Value[], depth: number): void => {
    walkFits(ctx.realm.budget, source.length);
    for (let i = 0; i < source.length; i++) {
      if (!present(source, i)) continue;
      const e = source[i];
      if (depth > 0 && Array.isArray(e)) flatten(target, e, depth - 1);
      else target.push(e);
    }
    if (target.length > MAX_ARRAY_LENGTH) throw ctx.rangeError('Invalid array length');
  };

  /** SortCompare (§23.1.3.30.2) with the default string order when no comparator is given. */
  const sortValues = (items: Value[], cmp: Value): Value[] => {
    const defined = items.filter((v) => v !== undefined);
    const undefCount = items.length - defined.length;
    let sorted: Value[];
    if (cmp === undefined) {
      const keyed = defined.map((v) => ({ k: toStr(ctx, v), v }));
      keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
      sorted = keyed.map((e) => e.v);
    } else {
      sorted = defined.sort((a, b) => {
        const r = toNumber(ctx, ctx.call(cmp, undefined, [a, b]));
        return r !== r ? 0 : r;
      });
    }
    for (let i = 0; i < undefCount; i++) sorted.push(undefined);
    return sorted;
  };

  const SUBCLASS = 'subclassing the built-in Array (class … extends Array)';
  /**
   * Array.from / Array.of construct `new this(...)` (§23.1.2.1 step 5): on a subclass that
   * would be a subclass instance, which host arrays cannot be, so it is refused as `new` is.
   */
  const refuseSubclass = (self: Value): void => {
    let c = isJsObj(self) && self !== ArrayCtor && ctx.isCallable(self) ? protoOf(ctx, self) : null;
    for (; c !== null; c = protoOf(ctx, c)) if (c === ArrayCtor) throw unsupported(SUBCLASS, undefined);
  };

  const ArrayCtor = defineNativeClass(ctx, {
    name: 'Array',
    length: 1,
    proto: ArrayPrototype,
    construct: (args, proto) => {
      // Arrays are host arrays, whose prototype is always Array.prototype: an instance of a
      // subclass would silently lose the subclass's methods, so it is refused by name.
      if (proto !== ArrayPrototype) throw unsupported(SUBCLASS, undefined);
      return construct(args);
    },
    call: (_s, args) => construct(args),
    global: true,
    statics: {
      isArray: [1, (_s, [v]) => Array.isArray(v)],
      of: [
        0,
        (self, args) => {
          refuseSubclass(self);
          return args.slice();
        },
      ],
      from: [
        1,
        (self, [items, mapFn, thisArg]) => {
          refuseSubclass(self);
          if (mapFn !== undefined) callback(mapFn);
          if (items === undefined || items === null)
            throw ctx.typeError(
              `${items === null ? 'object null' : 'undefined'} is not iterable (cannot read property Symbol(Symbol.iterator))`,
            );
          let source: Iterable<Value>;
          // GetMethod(items, @@iterator) (§23.1.2.1 step 4): null or undefined means array-like.
          const method = isJsObj(items) ? getValue(ctx, items, ITERATOR_KEY) : undefined;
          if (method !== undefined && method !== null && !ctx.isCallable(method))
            throw ctx.typeError(
              '%Array%.from requires that the property of the first argument, items[Symbol.iterator], when exists, be a function',
            );
          const iterable =
            typeof items === 'string' ||
            Array.isArray(items) ||
            (isJsObj(items) && method !== undefined && method !== null) ||
            (typeof items === 'object' && !isJsObj(items) && !(items instanceof PyFloat));
          if (iterable) source = js().iterate(items);
          else source = elements(items, 'from');
          const out: Value[] = [];
          let i = 0;
          const budget = ctx.realm.budget;
          for (const v of source) {
            // One step per element: `Array.from({ length: 2**32 })` is a loop inside one call.
            tick(budget, undefined);
            if (i >= MAX_ARRAY_LENGTH) throw ctx.rangeError('Invalid array length');
            out.push(mapFn === undefined ? v : ctx.call(mapFn, thisArg, [v, i]));
            i++;
          }
          return out;
        },
      ],
    },
  });

  /** splice / toSpliced (§23.1.3.31 steps 3–8): where to start and how many to remove. */
  const spliceRange = (args: Value[], len: number): [start: number, count: number] => {
    const start = relativeIndex(ctx, args[0], len, 0);
    if (args.length === 0) return [start, 0];
    if (args.length === 1) return [start, len - start];
    return [start, Math.min(Math.max(toIntegerOrInfinity(ctx, args[1]), 0), len - start)];
  };

  const construct = (args: Value[]): Value[] => {
    if (args.length === 1 && typeof args[0] === 'number') {
      const n = args[0];
      if (!Number.isInteger(n) || n < 0 || n > 4294967295) throw ctx.rangeError('Invalid array length');
      return new Array<Value>(n); // n holes (§23.1.1.1 step 5)
    }
    return args.slice();
  };
  void ArrayCtor;

  const cb = callbackMethods(ctx, { elements, walk, callback });
  const methods: Record<string, MethodSpec> = {
    push: [
      1,
      (self, args) => {
        const arr = mutable(self, 'push');
        frozenAdd(arr, args.length);
        for (const a of args) arr.push(a);
        return arr.length;
      },
    ],
    pop: [
      0,
      (self) => {
        const arr = mutable(self, 'pop');
        frozenDelete(arr, arr.length - 1);
        return arr.pop();
      },
    ],
    shift: [
      0,
      (self) => {
        const arr = mutable(self, 'shift');
        frozenDelete(arr, 0);
        walk(arr.length);
        return arr.shift();
      },
    ],
    unshift: [
      1,
      (self, args) => {
        const arr = mutable(self, 'unshift');
        frozenAdd(arr, args.length);
        walk(arr.length);
        spliceItems(arr, 0, 0, args);
        return arr.length;
      },
    ],
    slice: [
      2,
      (self, [start, end]) => {
        const arr = elements(self, 'slice');
        const len = arr.length;
        const from = relativeIndex(ctx, start, len, 0);
        const to = relativeIndex(ctx, end, len, len);
        walk(to - from);
        return arr.slice(from, to);
      },
    ],
    splice: [
      2,
      (self, args) => {
        const arr = mutable(self, 'splice');
        const [start, deleteCount] = spliceRange(args, arr.length);
        // Everything after the removed part moves.
        walk(arr.length - start);
        if (ctx.nonExtensible.has(arr)) {
          if (deleteCount > 0) frozenDelete(arr, start);
          frozenAdd(arr, args.length - 2);
        }
        return spliceItems(arr, start, deleteCount, args.slice(2));
      },
    ],
    concat: [
      1,
      (self, args) => {
        const first = elements(self, 'concat');
        let total = first.length;
        for (const a of args) total += Array.isArray(a) ? a.length : 1;
        if (!arrayFits(ctx.realm.budget, total)) throw ctx.rangeError('Invalid array length');
        const out = first.slice();
        for (const a of args) {
          if (Array.isArray(a)) {
            const base = out.length;
            out.length = base + a.length;
            for (let i = 0; i < a.length; i++) if (present(a, i)) out[base + i] = a[i];
          } else out.push(a);
        }
        return out;
      },
    ],
    join: [1, (self, [sep]) => join(elements(self, 'join'), sep === undefined ? ',' : toStr(ctx, sep))],
    toString: spec(0, (self) => (Array.isArray(self) ? join(self, ',') : js().toString(self))),
    // §23.1.3.32 with ECMA-402 §19.5.1: each element's own toLocaleString, given the locales
    // and options (so numbers are grouped: [1234].toLocaleString() is '1,234'), joined by ','.
    // An array met again inside itself is '' and each array is one visit of a walk, as `join`.
    toLocaleString: spec(0, (self, [locales, options]) => {
      const arr = elements(self, 'toLocaleString');
      if (ctx.joinStack.has(arr)) return '';
      walk(arr.length);
      ctx.joinStack.add(arr);
      let out: string;
      try {
        out = arr
          .map((e) =>
            e === undefined || e === null ? '' : toStr(ctx, ctx.call(getValue(ctx, e, 'toLocaleString'), e, [locales, options])),
          )
          .join(',');
      } finally {
        ctx.joinStack.delete(arr);
      }
      if (!walkFits(ctx.realm.budget, arr.length + out.length)) throw ctx.rangeError('Invalid string length');
      return out;
    }),
    reverse: [
      0,
      (self) => {
        const arr = mutable(self, 'reverse');
        if (arr.length > 1) frozenAssign(arr);
        walk(arr.length);
        return arr.reverse();
      },
    ],
    indexOf: [
      1,
      (self, [v, from]) => {
        const arr = elements(self, 'indexOf');
        const start = relativeIndex(ctx, from, arr.length, 0);
        walk(arr.length - start);
        for (let i = start; i < arr.length; i++) if (strictEquals(arr[i], v) && present(arr, i)) return i;
        return -1;
      },
    ],
    lastIndexOf: [
      1,
      (self, args) => {
        const arr = elements(self, 'lastIndexOf');
        const len = arr.length;
        let i = args.length > 1 ? toIntegerOrInfinity(ctx, args[1]) : len - 1;
        i = i < 0 ? len + i : Math.min(i, len - 1);
        walk(i + 1);
        for (; i >= 0; i--) if (strictEquals(arr[i], args[0]) && present(arr, i)) return i;
        return -1;
      },
    ],
    includes: [
      1,
      (self, [v, from]) => {
        const arr = elements(self, 'includes');
        const start = relativeIndex(ctx, from, arr.length, 0);
        walk(arr.length - start);
        for (let i = start; i < arr.length; i++) if (sameValueZero(arr[i], v)) return true;
        return false;
      },
    ],
    find: cb.find,
    findIndex: cb.findIndex,
    findLast: cb.findLast,
    findLastIndex: cb.findLastIndex,
    filter: cb.filter,
    map: cb.map,
    forEach: cb.forEach,
    some: cb.some,
    every: cb.every,
    reduce: cb.reduce,
    reduceRight: cb.reduceRight,
    sort: [
      1,
      (self, [cmp]) => {
        if (cmp !== undefined && !ctx.isCallable(cmp))
          throw ctx.typeError('The comparison function must be either a function or undefined');
        const arr = mutable(self, 'sort');
        // SortIndexedProperties with skip-holes (§23.1.3.30): holes end up last, still holes.
        const items: Value[] = [];
        walk(arr.length);
        for (let i = 0; i < arr.length; i++) if (present(arr, i)) items.push(arr[i]);
        const sorted = sortValues(items, cmp);
        if (arr.length > 1) frozenAssign(arr);
        for (let i = 0; i < sorted.length; i++) arr[i] = sorted[i];
        for (let i = sorted.length; i < arr.length; i++) delete arr[i];
        return arr;
      },
    ],
    toSorted: [
      1,
      (self, [cmp]) => {
        if (cmp !== undefined && !ctx.isCallable(cmp))
          throw ctx.typeError('The comparison function must be either a function or undefined');
        return sortValues(denseCopy(elements(self, 'toSorted')), cmp);
      },
    ],
    // toSpliced / toReversed / with read every index with Get (§23.1.3.35, §23.1.3.33,
    // §23.1.3.39): holes become undefined.
    toSpliced: [
      2,
      (self, args) => {
        const arr = denseCopy(elements(self, 'toSpliced'));
        const len = arr.length;
        const [start, skip] = spliceRange(args, len);
        const items = args.slice(2);
        if (!arrayFits(ctx.realm.budget, len - skip + items.length)) throw ctx.rangeError('Invalid array length');
        spliceItems(arr, start, skip, items);
        return arr;
      },
    ],
    toReversed: [0, (self) => denseCopy(elements(self, 'toReversed')).reverse()],
    with: [
      2,
      (self, [index, value]) => {
        const arr = denseCopy(elements(self, 'with'));
        const rel = toIntegerOrInfinity(ctx, index);
        const i = rel < 0 ? arr.length + rel : rel;
        if (i < 0 || i >= arr.length) throw ctx.rangeError('Invalid index : ' + String(rel));
        arr[i] = value;
        return arr;
      },
    ],
    flat: [
      0,
      (self, [depth]) => {
        const out: Value[] = [];
        flatten(out, elements(self, 'flat'), depth === undefined ? 1 : toIntegerOrInfinity(ctx, depth));
        return out;
      },
    ],
    flatMap: cb.flatMap,
    fill: [
      1,
      (self, [value, start, end]) => {
        const arr = mutable(self, 'fill');
        const len = arr.length;
        const s = relativeIndex(ctx, start, len, 0);
        const e = relativeIndex(ctx, end, len, len);
        if (s < e) frozenAssign(arr);
        // Filling materialises every hole: the run's array cap applies (runtime/limits.ts).
        if (s < e && !arrayFits(ctx.realm.budget, e - s)) throw ctx.rangeError('Invalid array length');
        for (let i = s; i < e; i++) arr[i] = value;
        return arr;
      },
    ],
    // Array.prototype.copyWithin (§23.1.3.4): copies as if through a temporary.
    copyWithin: [
      2,
      (self, [target, start, end]) => {
        const arr = mutable(self, 'copyWithin');
        const len = arr.length;
        const to = relativeIndex(ctx, target, len, 0);
        const from = relativeIndex(ctx, start, len, 0);
        const fin = relativeIndex(ctx, end, len, len);
        const count = Math.min(fin - from, len - to);
        if (count > 0) {
          frozenAssign(arr);
          walk(count);
          const chunk = arr.slice(from, from + count);
          for (let i = 0; i < count; i++) arr[to + i] = chunk[i]!;
        }
        return arr;
      },
    ],
    at: [
      1,
      (self, [index]) => {
        const arr = elements(self, 'at');
        const rel = toIntegerOrInfinity(ctx, index);
        const i = rel < 0 ? arr.length + rel : rel;
        return i < 0 || i >= arr.length ? undefined : arr[i];
      },
    ],
    keys: [0, (self) => makeIterator(ctx, liveKeys(elements(self, 'keys')), 'Array Iterator')],
    values: [0, (self) => makeIterator(ctx, liveValues(elements(self, 'values')), 'Array Iterator')],
    entries: [0, (self) => makeIterator(ctx, liveEntries(elements(self, 'entries')), 'Array Iterator')],
  };

  defineMethods(ArrayPrototype, methods);
  defineHidden(ArrayPrototype, ITERATOR_KEY, getValue(ctx, ArrayPrototype, 'values'));
  ctx.nativeArrayIterator = getValue(ctx, ArrayPrototype, 'values');

  // %IteratorPrototype%[@@iterator] returns this; %ArrayIteratorPrototype%.next steps the host iterator.
  defineSymbolMethod(IteratorPrototype, ITERATOR_KEY, '[Symbol.iterator]', 0, (self) => self);
  const next = makeNative('next', 0, (self) => {
    if (!(self instanceof JSObject) || !(self.internal instanceof IteratorData)) {
      throw ctx.typeError(`next method called on incompatible receiver ${describeNonCallable(ctx, self)}`);
    }
    const r = self.internal.it.next();
    return iterResult(ctx, r.done ? undefined : r.value, r.done === true);
  });
  ctx.nativeNext = next;
  for (const [proto, tag] of [
    [ArrayIteratorPrototype, 'Array Iterator'],
    [ctx.intr.MapIteratorPrototype, 'Map Iterator'],
    [ctx.intr.SetIteratorPrototype, 'Set Iterator'],
    [ctx.intr.StringIteratorPrototype, 'String Iterator'],
  ] as const) {
    defineHidden(proto, 'next', next);
    proto.props.set(TO_STRING_TAG_KEY, { value: tag, writable: false, enumerable: false });
  }
}
