/**
 * The object-model half of `match` (PEP 634), after CPython 3.14 Python/ceval.c
 * `match_class`, `match_keys` and the MATCH_SEQUENCE / MATCH_MAPPING type flags.
 *
 *  - Sequence patterns match the types with Py_TPFLAGS_SEQUENCE that a program can make
 *    here: list, tuple, range, collections.deque and their subclasses — never str.
 *  - Mapping patterns match dict and its subclasses (defaultdict, Counter); values are read
 *    with `get` semantics (no `__missing__`), and `**rest` is a new dict without the keys
 *    the pattern named.
 *  - Class patterns: the class must be a type; `isinstance` decides first, then positional
 *    sub-patterns take their attribute names from `__match_args__` (a tuple of str; the
 *    built-ins bool, dict, float, frozenset, int, list, set, str, tuple match the subject
 *    itself for one positional sub-pattern), and a missing attribute is a failed match.
 */
import { PyClass, PyDict, PyTuple, type Value } from '../values';
import { isSubclass, lookupMro } from './classes';
import { getAttr, isAttributeError } from './attributes';
import { dictGet, newDict, pyEquals } from './equality';
import { toArray } from './iteration';
import type { PyRuntime } from './state';
import { typeName, typeOf } from './types';
import { PyRange } from './objects';
import { pyRepr } from './formatting';

/** Types whose one positional sub-pattern matches the subject itself (ceval MATCH_SELF). */
const MATCH_SELF = ['bool', 'bytearray', 'bytes', 'dict', 'float', 'frozenset', 'int', 'list', 'set', 'str', 'tuple'];

/** The items of `v` when a sequence pattern may match it, else undefined. */
export function matchSequenceItems(rt: PyRuntime, v: Value): Value[] | undefined {
  if (Array.isArray(v) || v instanceof PyTuple || v instanceof PyRange) return toArray(rt, v);
  const cls = typeOf(rt, v);
  const deque = rt.classes.get('deque');
  if (deque && isSubclass(cls, deque)) return toArray(rt, v);
  return undefined;
}

export function isMatchMapping(v: Value): v is PyDict {
  return v instanceof PyDict;
}

/**
 * The values of `keys` in `subject` (a mapping), or undefined when one is missing.
 * A key named twice is `ValueError: mapping pattern checks duplicate key (...)`.
 */
export function matchMappingValues(rt: PyRuntime, subject: PyDict, keys: Value[]): Value[] | undefined {
  const out: Value[] = [];
  const seen: Value[] = [];
  for (const k of keys) {
    if (seen.some((s) => pyEquals(rt, s, k))) throw rt.error('ValueError', `mapping pattern checks duplicate key (${pyRepr(rt, k)})`);
    seen.push(k);
    const v = dictGet(rt, subject, k);
    if (v === undefined) return undefined;
    out.push(v);
  }
  return out;
}

/** `**rest`: a copy of the mapping without the keys the pattern named. */
export function matchMappingRest(rt: PyRuntime, subject: PyDict, keys: Value[]): PyDict {
  const entries: [Value, Value][] = [];
  for (const { key, value } of subject.entries.values()) {
    if (!keys.some((k) => pyEquals(rt, k, key))) entries.push([key, value]);
  }
  return newDict(rt, entries);
}

/**
 * The values a class pattern's sub-patterns match against — positional ones first, then
 * the keyword ones — or undefined when the subject is not an instance or lacks an attribute.
 */
export function matchClassValues(rt: PyRuntime, subject: Value, cls: Value, positional: number, keywords: string[]): Value[] | undefined {
  if (!(cls instanceof PyClass)) throw rt.error('TypeError', 'called match pattern must be a class');
  if (!isSubclass(typeOf(rt, subject), cls)) return undefined;
  let matchSelf = false;
  let allowed: readonly Value[] = [];
  if (positional > 0) {
    const matchArgs = lookupMro(cls, '__match_args__');
    if (matchArgs === undefined) {
      matchSelf = MATCH_SELF.some((n) => rt.classes.get(n) !== undefined && isSubclass(cls, rt.classes.get(n)!));
    } else {
      const value = getAttr(rt, cls, '__match_args__');
      if (!(value instanceof PyTuple))
        throw rt.error('TypeError', `${cls.name}.__match_args__ must be a tuple (got ${typeName(rt, value)})`);
      allowed = value.items;
    }
    const limit = matchSelf ? 1 : allowed.length;
    if (positional > limit) {
      const s = limit === 1 ? '' : 's';
      throw rt.error('TypeError', `${cls.name}() accepts ${limit} positional sub-pattern${s} (${positional} given)`);
    }
  }
  const out: Value[] = [];
  const seen = new Set<string>();
  // One attribute at a time, as match_class does: a missing one ends the match before a
  // later name is checked.
  const attribute = (n: string): boolean => {
    if (seen.has(n)) throw rt.error('TypeError', `${cls.name}() got multiple sub-patterns for attribute ${pyRepr(rt, n)}`);
    seen.add(n);
    try {
      out.push(getAttr(rt, subject, n));
      return true;
    } catch (e) {
      if (isAttributeError(rt, e)) return false;
      throw e;
    }
  };
  if (matchSelf) out.push(subject);
  else {
    for (let i = 0; i < positional; i++) {
      const n = allowed[i];
      if (typeof n !== 'string') throw rt.error('TypeError', `__match_args__ elements must be strings (got ${typeName(rt, n)})`);
      if (!attribute(n)) return undefined;
    }
  }
  for (const n of keywords) if (!attribute(n)) return undefined;
  return out;
}
