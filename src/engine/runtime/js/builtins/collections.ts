/**
 * Map and Set (ECMA-262 §24.1, §24.2), WeakMap and WeakSet (§24.3, §24.4).
 *
 * [[MapData]]/[[SetData]] are host Map/Set keyed by the engine value itself: host Maps use
 * SameValueZero, exactly the spec's key equality, and iterate in insertion order, live
 * (entries added during forEach/for-of are visited; deleted ones are skipped). A PyFloat
 * key is unboxed to its number first (internals.normalizeKey).
 */
import { JSObject, type Value } from '../../values';
import { type JsCtx, ITERATOR_KEY, TO_STRING_TAG_KEY } from '../context';
import { MapData, SetData, normalizeKey } from '../internals';
import { iterateCounted, makeIterator } from '../iteration';
import { defineHidden, defineNativeClass, incompatibleReceiver } from '../natives';
import { getValue, isJsObj, objectTag } from '../properties';
import { requireCallable } from './array';

function* entriesOf(map: Map<Value, Value>): Generator<Value> {
  for (const [k, v] of map) yield [k, v];
}
function* setEntries(set: Set<Value>): Generator<Value> {
  for (const v of set) yield [v, v];
}

export function installCollections(ctx: JsCtx): void {
  const js = () => ctx.realm.js;
  const receiverText = (self: Value): string =>
    Array.isArray(self) || self instanceof JSObject ? objectTag(ctx, self) : js().display(self);

  const mapOf = (self: Value, method: string): Map<Value, Value> => {
    if (self instanceof JSObject && self.internal instanceof MapData) return self.internal.map;
    return incompatibleReceiver(ctx, `Map.prototype.${method}`, receiverText(self));
  };
  const setOf = (self: Value, method: string): Set<Value> => {
    if (self instanceof JSObject && self.internal instanceof SetData) return self.internal.set;
    return incompatibleReceiver(ctx, `Set.prototype.${method}`, receiverText(self));
  };

  const MapCtor = defineNativeClass(ctx, {
    name: 'Map',
    length: 0,
    construct: ([iterable], proto) => {
      const data = new MapData();
      const m = new JSObject(proto, data);
      if (iterable === undefined || iterable === null) return m;
      for (const entry of iterateCounted(ctx, iterable)) {
        if (!Array.isArray(entry) && !isJsObj(entry)) throw ctx.typeError(`Iterator value ${js().toString(entry)} is not an entry object`);
        data.map.set(normalizeKey(getValue(ctx, entry, '0')), getValue(ctx, entry, '1'));
      }
      return m;
    },
    methods: {
      get: [1, (self, [k]) => mapOf(self, 'get').get(normalizeKey(k))],
      set: [
        2,
        (self, [k, v]) => {
          mapOf(self, 'set').set(normalizeKey(k), v);
          return self;
        },
      ],
      has: [1, (self, [k]) => mapOf(self, 'has').has(normalizeKey(k))],
      delete: [1, (self, [k]) => mapOf(self, 'delete').delete(normalizeKey(k))],
      clear: [0, (self) => (mapOf(self, 'clear').clear(), undefined)],
      forEach: [
        1,
        (self, [fn, thisArg]) => {
          const map = mapOf(self, 'forEach');
          requireCallable(ctx, fn);
          for (const [k, v] of map) ctx.call(fn, thisArg, [v, k, self]);
          return undefined;
        },
      ],
      keys: [0, (self) => makeIterator(ctx, mapOf(self, 'keys').keys(), 'Map Iterator')],
      values: [0, (self) => makeIterator(ctx, mapOf(self, 'values').values(), 'Map Iterator')],
      entries: [0, (self) => makeIterator(ctx, entriesOf(mapOf(self, 'entries')), 'Map Iterator')],
    },
    getters: { size: (self) => mapOf(self, 'size').size },
    global: true,
  });
  const MapProto = getValue(ctx, MapCtor, 'prototype') as JSObject;
  const mapEntries = getValue(ctx, MapProto, 'entries');
  defineHidden(MapProto, ITERATOR_KEY, mapEntries);
  ctx.nativeMapIterator = mapEntries;
  MapProto.props.set(TO_STRING_TAG_KEY, { value: 'Map', writable: false, enumerable: false });

  const SetCtor = defineNativeClass(ctx, {
    name: 'Set',
    length: 0,
    construct: ([iterable], proto) => {
      const data = new SetData();
      const s = new JSObject(proto, data);
      if (iterable === undefined || iterable === null) return s;
      for (const v of iterateCounted(ctx, iterable)) data.set.add(normalizeKey(v));
      return s;
    },
    methods: {
      add: [
        1,
        (self, [v]) => {
          setOf(self, 'add').add(normalizeKey(v));
          return self;
        },
      ],
      has: [1, (self, [v]) => setOf(self, 'has').has(normalizeKey(v))],
      delete: [1, (self, [v]) => setOf(self, 'delete').delete(normalizeKey(v))],
      clear: [0, (self) => (setOf(self, 'clear').clear(), undefined)],
      forEach: [
        1,
        (self, [fn, thisArg]) => {
          const set = setOf(self, 'forEach');
          requireCallable(ctx, fn);
          for (const v of set) ctx.call(fn, thisArg, [v, v, self]);
          return undefined;
        },
      ],
      values: [0, (self) => makeIterator(ctx, setOf(self, 'values').values(), 'Set Iterator')],
      entries: [0, (self) => makeIterator(ctx, setEntries(setOf(self, 'entries')), 'Set Iterator')],
    },
    getters: { size: (self) => setOf(self, 'size').size },
    global: true,
  });
  const SetProto = getValue(ctx, SetCtor, 'prototype') as JSObject;
  const setValues = getValue(ctx, SetProto, 'values');
  defineHidden(SetProto, 'keys', setValues);
  defineHidden(SetProto, ITERATOR_KEY, setValues);
  ctx.nativeSetIterator = setValues;
  SetProto.props.set(TO_STRING_TAG_KEY, { value: 'Set', writable: false, enumerable: false });

  installWeak(ctx);
}

/** WeakMap/WeakSet: object keys only; not iterable themselves (so a strong host Map is observably the same). */
function installWeak(ctx: JsCtx): void {
  const isKey = (v: Value): boolean => v !== null && typeof v === 'object';
  const weakMapOf = (self: Value, m: string): Map<Value, Value> => {
    if (self instanceof JSObject && self.internal instanceof WeakMapData) return self.internal.map;
    return incompatibleReceiver(ctx, `WeakMap.prototype.${m}`, ctx.realm.js.display(self));
  };
  const weakSetOf = (self: Value, m: string): Set<Value> => {
    if (self instanceof JSObject && self.internal instanceof WeakSetData) return self.internal.set;
    return incompatibleReceiver(ctx, `WeakSet.prototype.${m}`, ctx.realm.js.display(self));
  };
  const WM = defineNativeClass(ctx, {
    name: 'WeakMap',
    length: 0,
    construct: ([iterable], proto) => {
      const data = new WeakMapData();
      const m = new JSObject(proto, data);
      if (iterable === undefined || iterable === null) return m;
      // §24.3.1.1: entries as `new Map(iterable)` takes them; a host for-of closes the
      // iterator when an entry is rejected.
      for (const entry of iterateCounted(ctx, iterable)) {
        if (!Array.isArray(entry) && !isJsObj(entry))
          throw ctx.typeError(`Iterator value ${ctx.realm.js.toString(entry)} is not an entry object`);
        const k = getValue(ctx, entry, '0');
        if (!isKey(k)) throw ctx.typeError(`Invalid value used as weak map key`);
        data.map.set(k, getValue(ctx, entry, '1'));
      }
      return m;
    },
    methods: {
      get: [1, (self, [k]) => weakMapOf(self, 'get').get(k)],
      set: [
        2,
        (self, [k, v]) => {
          if (!isKey(k)) throw ctx.typeError(`Invalid value used as weak map key`);
          weakMapOf(self, 'set').set(k, v);
          return self;
        },
      ],
      has: [1, (self, [k]) => weakMapOf(self, 'has').has(k)],
      delete: [1, (self, [k]) => weakMapOf(self, 'delete').delete(k)],
    },
    global: true,
  });
  (getValue(ctx, WM, 'prototype') as JSObject).props.set(TO_STRING_TAG_KEY, { value: 'WeakMap', writable: false, enumerable: false });
  const WS = defineNativeClass(ctx, {
    name: 'WeakSet',
    length: 0,
    construct: ([iterable], proto) => {
      const data = new WeakSetData();
      const ws = new JSObject(proto, data);
      if (iterable === undefined || iterable === null) return ws;
      for (const v of iterateCounted(ctx, iterable)) {
        if (!isKey(v)) throw ctx.typeError(`Invalid value used in weak set`);
        data.set.add(v);
      }
      return ws;
    },
    methods: {
      add: [
        1,
        (self, [v]) => {
          if (!isKey(v)) throw ctx.typeError(`Invalid value used in weak set`);
          weakSetOf(self, 'add').add(v);
          return self;
        },
      ],
      has: [1, (self, [v]) => weakSetOf(self, 'has').has(v)],
      delete: [1, (self, [v]) => weakSetOf(self, 'delete').delete(v)],
    },
    global: true,
  });
  (getValue(ctx, WS, 'prototype') as JSObject).props.set(TO_STRING_TAG_KEY, { value: 'WeakSet', writable: false, enumerable: false });
}

/** Node prints weak collections as `WeakMap { <items unknown> }` (their entries are not observable). */
class WeakMapData {
  readonly map = new Map<Value, Value>();
  inspectEntries(): string[] {
    return ['<items unknown>'];
  }
}
class WeakSetData {
  readonly set = new Set<Value>();
  inspectEntries(): string[] {
    return ['<items unknown>'];
  }
}
