/**
 * The mapping protocol used by `f(**m)` and `dict(m)`: a dict, or any object with
 * `keys()` and `__getitem__` (CPython's PyMapping_Keys + PyObject_GetItem).
 */
import type { Pos } from '../../events/types';
import { PyDict, PyInstance, type Value } from '../values';
import { lookupMro } from './classes';
import { callDunder } from './calls';
import { getAttr } from './attributes';
import { call } from './calls';
import { toArray } from './iteration';
import type { PyRuntime } from './state';
import { typeName } from './types';

/** Key/value pairs of a mapping, in its iteration order. */
export function mappingItems(rt: PyRuntime, v: Value, loc?: Pos): [Value, Value][] {
  if (v instanceof PyDict) return [...v.entries.values()].map((e) => [e.key, e.value]);
  if (v instanceof PyInstance && lookupMro(v.cls, 'keys') !== undefined) {
    const keys = toArray(rt, call(rt, getAttr(rt, v, 'keys', loc), [], loc), loc);
    return keys.map((k) => [k, callDunder(rt, v, '__getitem__', [k], loc)!]);
  }
  throw rt.error('TypeError', `argument after ** must be a mapping, not ${typeName(rt, v)}`);
}

/** `f(**m)`: the items with string keys. */
export function keywordItems(rt: PyRuntime, v: Value, loc?: Pos): [string, Value][] {
  return mappingItems(rt, v, loc).map(([k, val]) => {
    if (typeof k !== 'string') throw rt.error('TypeError', 'keywords must be strings');
    return [k, val];
  });
}
