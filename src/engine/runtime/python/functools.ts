/**
 * `functools`: partial, reduce, wraps / update_wrapper, cache / lru_cache (memoised by
 * hashKey), cached_property, total_ordering and cmp_to_key, as Lib/functools.py defines them.
 */
import { FunctionValue, None, PyClass, PyInstance, PyTuple, type CallArgs, type PyModule, type Value } from '../values';
import { positional } from './args';
import { getAttr, isAttributeError, setAttr } from './attributes';
import { call, callArgs } from './calls';
import { defineBuiltinClass, invalidateLookups, lookupMro, nativeModule, pyNative } from './classes';
import { compare } from './comparisons';
import { hashKey, newDict } from './equality';
import { callClass } from './instances';
import { namedtupleClass } from './namedtuple';
import { partialClasses } from './partial';
import { stepOf, toArray } from './iteration';
import { DONE, NotImplemented } from './objects';
import { truthy } from './operators';
import type { PyRuntime } from './state';
import { typeName, typeOf } from './types';

export function functoolsModule(rt: PyRuntime): PyModule {
  const { partial, partialmethod } = partialClasses(rt);
  // lru_cache / cache (Lib/functools.py _lru_cache_wrapper, as the C version behaves): the key
  // is the arguments (a lone int or str argument is its own key), the keyword items after a
  // marker, and the argument types when typed; a hit moves the entry to the newest end, a
  // miss past maxsize drops the oldest; maxsize=0 caches nothing. The wrapper is a native
  // function carrying cache_info / cache_clear / cache_parameters and update_wrapper's
  // attributes; looked up on an instance it binds it, as the C wrapper's __get__ does.
  const kwdMark = new PyInstance(rt.cls('object'));
  let cacheInfoClass: PyClass | undefined;
  const cacheInfo = (hits: number, misses: number, maxsize: number | null, size: number): Value => {
    cacheInfoClass ??= namedtupleClass(rt, 'CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'], [], 'functools');
    return callClass(rt, cacheInfoClass, { positional: [hits, misses, maxsize ?? None, size] });
  };
  const getAttrOr = (v: Value, name: string): Value | undefined => {
    try {
      return getAttr(rt, v, name);
    } catch (e) {
      if (isAttributeError(rt, e)) return undefined;
      throw e;
    }
  };
  const lruCache = (fn: Value, maxsize: number | null, typed: boolean): Value => {
    if (!rt.realm.interp?.isCallable(fn)) throw rt.error('TypeError', 'the first argument must be callable');
    const memo = new Map<unknown, Value>();
    let hits = 0;
    let misses = 0;
    const keyOf = (args: Value[], kw: Map<string, Value> | undefined): unknown => {
      if (!typed && (kw?.size ?? 0) === 0 && args.length === 1) {
        const only = args[0];
        if (typeof only === 'string' || (typeof only === 'number' && Number.isInteger(only)) || typeof only === 'bigint')
          return hashKey(rt, only, 'hash');
      }
      const parts: Value[] = [...args];
      if (kw && kw.size > 0) {
        parts.push(kwdMark);
        for (const [k, v] of kw) parts.push(k, v);
      }
      if (typed) {
        for (const a of args) parts.push(typeOf(rt, a));
        for (const v of kw?.values() ?? []) parts.push(typeOf(rt, v));
      }
      return hashKey(rt, new PyTuple(parts), 'hash');
    };
    const name = getAttrOr(fn, '__name__');
    const wrapper = pyNative(typeof name === 'string' ? name : 'lru_cache_wrapper', (self, a) => {
      // Called as a method (bound on an instance): the instance is the first argument.
      const positional = self === undefined || self === None ? a.positional : [self, ...a.positional];
      const key = keyOf(positional, a.keywords);
      if (maxsize !== 0) {
        const hit = memo.get(key);
        if (hit !== undefined) {
          hits++;
          if (maxsize !== null) {
            memo.delete(key);
            memo.set(key, hit);
          }
          return hit;
        }
      }
      misses++;
      const r = callArgs(rt, fn, { positional, keywords: a.keywords });
      if (maxsize !== 0) {
        memo.set(key, r);
        if (maxsize !== null && memo.size > maxsize) memo.delete(memo.keys().next().value);
      }
      return r;
    });
    const props = wrapper.props;
    for (const attr of ['__module__', '__name__', '__qualname__', '__doc__']) {
      const v = getAttrOr(fn, attr);
      if (v !== undefined) props.set(attr, { value: v });
    }
    props.set('__wrapped__', { value: fn });
    props.set('cache_info', { value: pyNative('cache_info', () => cacheInfo(hits, misses, maxsize, memo.size)) });
    props.set('cache_clear', {
      value: pyNative('cache_clear', () => {
        memo.clear();
        hits = misses = 0;
        return None;
      }),
    });
    props.set('cache_parameters', {
      value: pyNative('cache_parameters', () =>
        newDict(rt, [
          ['maxsize', maxsize ?? None],
          ['typed', typed],
        ]),
      ),
    });
    return wrapper;
  };
  // functools.cached_property: a non-data descriptor (only __get__) that stores the value in
  // the instance's __dict__ under the name __set_name__ gave it, so the next lookup finds
  // the instance's own attribute and never calls the function again (Lib/functools.py).
  const cachedProperty = defineBuiltinClass(rt.realm, 'cached_property', [rt.cls('object')], {
    module: 'functools',
    register: false,
    // A Python class in Lib/functools.py: its methods called without an instance lack `self`.
    pythonLevel: true,
    construct: (cls, args) => {
      const [func] = positional(rt, 'cached_property', args, 1, 1);
      return new PyInstance(cls, { func, name: undefined as string | undefined });
    },
    methods: {
      __set_name__: (self, a) => {
        const [, name] = positional(rt, '__set_name__', a, 2, 2);
        ((self as PyInstance).internal as { name?: string }).name = String(name);
        return None;
      },
      __get__: (self, a) => {
        const [obj] = positional(rt, '__get__', a, 1, 2);
        if (obj === None || obj === undefined) return self as Value;
        const state = (self as PyInstance).internal as { func: Value; name?: string };
        if (state.name === undefined) {
          throw rt.error('TypeError', 'Cannot use cached_property instance without calling __set_name__ on it.');
        }
        const value = call(rt, state.func, [obj]);
        if (obj instanceof PyInstance) obj.dict.set(state.name, value);
        return value;
      },
    },
    properties: { func: { get: (self) => ((self as PyInstance).internal as { func: Value }).func } },
  });
  // Lib/functools.py update_wrapper: copy WRAPPER_ASSIGNMENTS that `wrapped` has, update the
  // wrapper's __dict__ with WRAPPER_UPDATES, then set __wrapped__. (3.14 also assigns
  // __annotate__ and __type_params__, which the engine's functions do not have.) The wrapper
  // then reads as the wrapped function (`add.__name__`); its coroutines keep the wrapper's code
  // name, as CPython's code objects do (the lane trace names lanes by `co_name`).
  const WRAPPER_ASSIGNMENTS = ['__module__', '__name__', '__qualname__', '__doc__'];
  const updateWrapper = (wrapper: Value, wrapped: Value, assigned?: Value, updated?: Value): Value => {
    const names = (v: Value | undefined, dflt: string[]) => (v === undefined ? dflt : toArray(rt, v).map((x) => String(x)));
    for (const name of names(assigned, WRAPPER_ASSIGNMENTS)) {
      let v: Value;
      try {
        v = getAttr(rt, wrapped, name);
      } catch (e) {
        if (isAttributeError(rt, e)) continue;
        throw e;
      }
      setAttr(rt, wrapper, name, v);
    }
    for (const name of names(updated, ['__dict__'])) {
      const mine = getAttr(rt, wrapper, name);
      let theirs: Value;
      try {
        theirs = getAttr(rt, wrapped, name);
      } catch (e) {
        if (isAttributeError(rt, e)) continue;
        throw e;
      }
      if (name === '__dict__' && wrapper instanceof FunctionValue) {
        // A function's __dict__ read here is a snapshot: update the function itself.
        for (const [k, v] of toArray(rt, call(rt, getAttr(rt, theirs, 'items'), [])).map((t) => (t as PyTuple).items))
          setAttr(rt, wrapper, String(k), v!);
      } else call(rt, getAttr(rt, mine, 'update'), [theirs]);
    }
    setAttr(rt, wrapper, '__wrapped__', wrapped);
    return wrapper;
  };
  // functools.total_ordering (Lib/functools.py _convert): from the one ordering method the
  // class defines (the greatest name of those defined, as CPython's max(roots) picks), the
  // missing three, each passing NotImplemented through and completing with __eq__.
  type Derived = 'notAndNe' | 'orEq' | 'not' | 'notOrEq' | 'andNe';
  const CONVERT: Record<string, [string, Derived][]> = {
    __lt__: [
      ['__gt__', 'notAndNe'],
      ['__le__', 'orEq'],
      ['__ge__', 'not'],
    ],
    __le__: [
      ['__ge__', 'notOrEq'],
      ['__lt__', 'andNe'],
      ['__gt__', 'not'],
    ],
    __gt__: [
      ['__lt__', 'notAndNe'],
      ['__ge__', 'orEq'],
      ['__le__', 'not'],
    ],
    __ge__: [
      ['__le__', 'notOrEq'],
      ['__gt__', 'andNe'],
      ['__lt__', 'not'],
    ],
  };
  const derive = (kind: Derived, self: Value, other: Value, root: Value): Value => {
    const x = call(rt, root, [self, other]);
    if (x === NotImplemented) return x;
    const t = truthy(rt, x);
    const eq = () => truthy(rt, compare(rt, '==', self, other));
    switch (kind) {
      case 'notAndNe':
        return !t && !eq();
      case 'orEq':
        return t || eq();
      case 'not':
        return !t;
      case 'notOrEq':
        return !t || eq();
      case 'andNe':
        return t && !eq();
    }
  };
  const totalOrdering = (cls: Value): Value => {
    if (!(cls instanceof PyClass)) throw rt.error('AttributeError', `'${typeName(rt, cls)}' object has no attribute '__lt__'`);
    const object = rt.cls('object');
    const roots = Object.keys(CONVERT).filter((op) => {
      const mine = lookupMro(cls, op);
      return mine !== undefined && mine !== lookupMro(object, op);
    });
    if (roots.length === 0) throw rt.error('ValueError', 'must define at least one ordering operation: < > <= >=');
    const root = roots.sort().at(-1)!;
    const rootFn = lookupMro(cls, root)!;
    for (const [name, kind] of CONVERT[root]!) {
      if (roots.includes(name)) continue;
      cls.dict.set(
        name,
        pyNative(name, (self, a) => derive(kind, self, a.positional[0]!, rootFn)),
      );
    }
    invalidateLookups();
    return cls;
  };
  // functools.cmp_to_key: a key class whose comparisons ask `mycmp(a, b)` against 0.
  const cmpToKey = (mycmp: Value): Value => {
    const keyOf = (v: Value) => (v as PyInstance).internal as { obj: Value };
    const cmp = (op: '<' | '>' | '==' | '<=' | '>=') => (self: Value, a: CallArgs) => {
      const other = a.positional[0];
      if (!(other instanceof PyInstance) || other.cls !== K) return NotImplemented;
      return compare(rt, op, call(rt, mycmp, [keyOf(self).obj, keyOf(other).obj]), 0);
    };
    const K: PyClass = defineBuiltinClass(rt.realm, 'K', [rt.cls('object')], {
      module: 'functools',
      qualname: 'cmp_to_key.<locals>.K',
      register: false,
      construct: (cls, a) => new PyInstance(cls, { obj: positional(rt, 'K', a, 1, 1)[0] }),
      methods: { __lt__: cmp('<'), __gt__: cmp('>'), __eq__: cmp('=='), __le__: cmp('<='), __ge__: cmp('>=') },
      properties: { obj: { get: (self) => keyOf(self).obj } },
      attrs: { __hash__: None },
    });
    return K;
  };
  const functools = nativeModule('functools', {
    total_ordering: (a) => totalOrdering(positional(rt, 'total_ordering', a, 1, 1)[0]),
    cmp_to_key: (a) => cmpToKey(positional(rt, 'cmp_to_key', a, 1, 1, ['mycmp'])[0] ?? a.keywords?.get('mycmp')),
    reduce: (a) => {
      const p = positional(rt, 'reduce', a, 2, 3);
      const step = stepOf(rt, p[1]);
      let acc: Value;
      if (p.length === 3) acc = p[2];
      else {
        const first = step();
        if (first === DONE) throw rt.error('TypeError', 'reduce() of empty iterable with no initial value');
        acc = first;
      }
      for (let x = step(); x !== DONE; x = step()) acc = call(rt, p[0], [acc, x]);
      return acc;
    },
    // wraps(wrapped, assigned=..., updated=...): partial(update_wrapper, wrapped=wrapped, ...).
    wraps: (a) => {
      const [wrapped, assigned, updated] = positional(rt, 'wraps', a, 1, 3, ['wrapped', 'assigned', 'updated']);
      const w = wrapped ?? a.keywords?.get('wrapped');
      const as = assigned ?? a.keywords?.get('assigned');
      const up = updated ?? a.keywords?.get('updated');
      return pyNative('wraps', (_self, args) => updateWrapper(positional(rt, 'update_wrapper', args, 1, 1)[0], w, as, up));
    },
    update_wrapper: (a) => {
      const p = positional(rt, 'update_wrapper', a, 2, 4, ['wrapper', 'wrapped', 'assigned', 'updated']);
      const kw = (k: string) => a.keywords?.get(k);
      return updateWrapper(p[0], p[1] ?? kw('wrapped'), p[2] ?? kw('assigned'), p[3] ?? kw('updated'));
    },
    cache: (a) => lruCache(positional(rt, 'cache', a, 1, 1)[0], null, false),
    lru_cache: (a) => {
      const [first, typedArg] = positional(rt, 'lru_cache', a, 0, 2, ['maxsize', 'typed']);
      const typed = truthy(rt, typedArg ?? a.keywords?.get('typed') ?? false);
      // @lru_cache without parentheses: the function is the first argument (maxsize 128).
      if (first !== undefined && typeof first !== 'number' && first !== None && rt.realm.interp?.isCallable(first))
        return lruCache(first, 128, typed);
      const m = first ?? a.keywords?.get('maxsize') ?? 128;
      if (m !== None && !(typeof m === 'number' && Number.isInteger(m)))
        throw rt.error('TypeError', 'Expected first argument to be an integer, a callable, or None');
      const maxsize = m === None ? null : Math.max(0, m as number);
      return pyNative('decorating_function', (_self, args) => lruCache(positional(rt, 'lru_cache', args, 1, 1)[0], maxsize, typed));
    },
  });
  functools.dict.set('cached_property', cachedProperty);
  functools.dict.set('partial', partial);
  functools.dict.set('partialmethod', partialmethod);
  return functools;
}
