/**
 * The `itertools` module (Modules/itertoolsmodule.c): lazy iterators over PyIterator, in
 * CPython's orders — count, cycle, repeat, accumulate, chain (+ from_iterable), compress,
 * dropwhile, takewhile, filterfalse, groupby, islice, pairwise, starmap, zip_longest,
 * batched, product, permutations, combinations, combinations_with_replacement (those four
 * in itertools-combinatoric.ts: they read their inputs into lists first, as CPython does, and
 * make each result when asked). `tee` is absent.
 */
import { None, PyModule, PyTuple, type CallArgs, type Value } from '../values';
import { intArg, positional } from './args';
import { call } from './calls';
import { defineBuiltinClass, pyNative } from './classes';
import { stepOf, toArray } from './iteration';
import { DONE, PyIterator, type NextResult } from './objects';
import { binary, truthy } from './operators';
import { pyEquals } from './equality';
import type { PyRuntime } from './state';
import { tick as tickBudget } from '../realm';
import { combinationsNext, permutationsNext, productNext } from './itertools-combinatoric';

export function installItertools(rt: PyRuntime): PyModule {
  const m = new PyModule('itertools');
  m.dict.set('__name__', 'itertools');
  const def = (name: string, impl: (a: CallArgs) => Value) =>
    m.dict.set(
      name,
      pyNative(name, (_s, a) => impl(a)),
    );
  const it = (kind: string, next: () => NextResult) => new PyIterator(kind, next);
  const kw = (a: CallArgs, n: string) => a.keywords?.get(n);
  const tuple = (xs: Value[]) => new PyTuple(xs);
  // The endless iterators count each item a step: nothing else would, so `sum(count())` ran
  // forever past every budget, the time budget's included (it is looked at when steps count).
  const budget = rt.realm.budget;
  const tick = () => tickBudget(budget, undefined);

  def('count', (a) => {
    let n: Value = a.positional[0] ?? kw(a, 'start') ?? 0;
    const step: Value = a.positional[1] ?? kw(a, 'step') ?? 1;
    return it('count', () => {
      tick();
      const v = n;
      n = binary(rt, '+', n, step);
      return v;
    });
  });
  def('cycle', (a) => {
    const step = stepOf(rt, positional(rt, 'cycle', a, 1, 1)[0]);
    const saved: Value[] = [];
    let exhausted = false;
    let i = 0;
    return it('cycle', () => {
      if (!exhausted) {
        const v = step();
        if (v !== DONE) {
          saved.push(v);
          return v;
        }
        exhausted = true;
      }
      if (saved.length === 0) return DONE;
      tick();
      return saved[i++ % saved.length]!;
    });
  });
  def('repeat', (a) => {
    const [obj, times] = positional(rt, 'repeat', a, 1, 2, ['times']);
    let left = times !== undefined ? intArg(rt, times) : kw(a, 'times') !== undefined ? intArg(rt, kw(a, 'times')) : Infinity;
    return it('repeat', () => {
      if (left-- <= 0) return DONE;
      tick();
      return obj!;
    });
  });
  def('accumulate', (a) => {
    const [src, fn] = positional(rt, 'accumulate', a, 1, 2, ['func', 'initial']);
    const func = fn ?? kw(a, 'func');
    const initial = kw(a, 'initial');
    const step = stepOf(rt, src);
    let total: Value | typeof DONE = DONE;
    let first = initial !== undefined && initial !== None;
    return it('accumulate', () => {
      if (first) {
        first = false;
        total = initial!;
        return total;
      }
      const v = step();
      if (v === DONE) return DONE;
      total = total === DONE ? v : func !== undefined && func !== None ? call(rt, func, [total, v]) : binary(rt, '+', total, v);
      return total;
    });
  });
  const chainOf = (sources: () => NextResult) => {
    let cur: (() => NextResult) | undefined;
    return it('chain', () => {
      for (;;) {
        if (!cur) {
          const src = sources();
          if (src === DONE) return DONE;
          cur = stepOf(rt, src);
        }
        const v = cur();
        if (v !== DONE) return v;
        cur = undefined;
      }
    });
  };
  // chain is a class in CPython (chain.from_iterable is its classmethod).
  const chain = defineBuiltinClass(rt.realm, 'chain', [rt.cls('object')], {
    module: 'itertools',
    register: false,
    construct: (_cls, a) => {
      let i = 0;
      return chainOf(() => (i < a.positional.length ? a.positional[i++]! : DONE));
    },
    classMethods: { from_iterable: (_cls, a) => chainOf(stepOf(rt, positional(rt, 'from_iterable', a, 1, 1)[0])) },
  });
  m.dict.set('chain', chain);
  def('compress', (a) => {
    const [data, sel] = positional(rt, 'compress', a, 2, 2);
    const d = stepOf(rt, data);
    const s = stepOf(rt, sel);
    return it('compress', () => {
      for (;;) {
        const v = d();
        const t = s();
        if (v === DONE || t === DONE) return DONE;
        if (truthy(rt, t)) return v;
      }
    });
  });
  const whileIter = (name: string, take: boolean) => (a: CallArgs) => {
    const [pred, src] = positional(rt, name, a, 2, 2);
    const step = stepOf(rt, src);
    let done = false;
    return it(name, () => {
      for (;;) {
        if (take && done) return DONE;
        const v = step();
        if (v === DONE) return DONE;
        if (done) return v;
        const ok = truthy(rt, call(rt, pred, [v]));
        if (take) {
          if (ok) return v;
          done = true;
          return DONE;
        }
        if (!ok) {
          done = true;
          return v;
        }
      }
    });
  };
  def('takewhile', whileIter('takewhile', true));
  def('dropwhile', whileIter('dropwhile', false));
  def('filterfalse', (a) => {
    const [pred, src] = positional(rt, 'filterfalse', a, 2, 2);
    const step = stepOf(rt, src);
    return it('filterfalse', () => {
      for (;;) {
        const v = step();
        if (v === DONE) return DONE;
        if (!truthy(rt, pred === None ? v : call(rt, pred, [v]))) return v;
      }
    });
  });
  def('groupby', (a) => {
    const [src, keyFn] = positional(rt, 'groupby', a, 1, 2, ['key']);
    const keyf = keyFn ?? kw(a, 'key');
    const step = stepOf(rt, src);
    const keyOf = (v: Value) => (keyf === undefined || keyf === None ? v : call(rt, keyf, [v]));
    let pending: Value | typeof DONE = step();
    return it('groupby', () => {
      if (pending === DONE) return DONE;
      const k = keyOf(pending);
      const group: Value[] = [pending];
      for (;;) {
        pending = step();
        if (pending === DONE || !pyEquals(rt, keyOf(pending), k)) break;
        group.push(pending);
      }
      let i = 0;
      return tuple([k, it('_grouper', () => (i < group.length ? group[i++]! : DONE))]);
    });
  });
  def('islice', (a) => {
    const p = positional(rt, 'islice', a, 2, 4);
    const src = p[0];
    const toInt = (v: Value | undefined, d: number) => (v === undefined || v === None ? d : intArg(rt, v));
    const [start, stop, stepBy] = p.length === 2 ? [0, toInt(p[1], Infinity), 1] : [toInt(p[1], 0), toInt(p[2], Infinity), toInt(p[3], 1)];
    if (stop < 0) throw rt.error('ValueError', 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.');
    if (start < 0) throw rt.error('ValueError', 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.');
    if (stepBy <= 0) throw rt.error('ValueError', 'Step for islice() must be a positive integer or None.');
    const step = stepOf(rt, src);
    let i = 0;
    let next = start;
    return it('islice', () => {
      if (next >= stop) return DONE;
      for (;;) {
        const v = step();
        if (v === DONE) return DONE;
        if (i++ === next) {
          next += stepBy;
          return v;
        }
      }
    });
  });
  def('pairwise', (a) => {
    const step = stepOf(rt, positional(rt, 'pairwise', a, 1, 1)[0]);
    let prev: Value | typeof DONE = step();
    return it('pairwise', () => {
      if (prev === DONE) return DONE;
      const v = step();
      if (v === DONE) return DONE;
      const pair = tuple([prev, v]);
      prev = v;
      return pair;
    });
  });
  def('starmap', (a) => {
    const [fn, src] = positional(rt, 'starmap', a, 2, 2);
    const step = stepOf(rt, src);
    return it('starmap', () => {
      const v = step();
      return v === DONE ? DONE : call(rt, fn, toArray(rt, v));
    });
  });
  def('zip_longest', (a) => {
    const fill = kw(a, 'fillvalue') ?? None;
    const steps = a.positional.map((x) => stepOf(rt, x) as (() => NextResult) | undefined);
    let live = steps.length;
    return it('zip_longest', () => {
      if (live === 0) return DONE;
      const out: Value[] = [];
      for (let i = 0; i < steps.length; i++) {
        const s = steps[i];
        const v = s ? s() : DONE;
        if (v === DONE) {
          if (s) {
            steps[i] = undefined;
            live--;
          }
          out.push(fill);
        } else out.push(v);
      }
      return live === 0 ? DONE : tuple(out);
    });
  });
  def('batched', (a) => {
    const [src, nArg] = positional(rt, 'batched', a, 2, 2, ['strict']);
    const n = intArg(rt, nArg);
    if (n < 1) throw rt.error('ValueError', 'n must be at least one');
    const step = stepOf(rt, src);
    return it('batched', () => {
      const out: Value[] = [];
      while (out.length < n) {
        const v = step();
        if (v === DONE) break;
        out.push(v);
      }
      return out.length === 0 ? DONE : tuple(out);
    });
  });

  def('product', (a) => {
    const repeat = kw(a, 'repeat') !== undefined ? intArg(rt, kw(a, 'repeat')) : 1;
    if (repeat < 0) throw rt.error('ValueError', 'repeat argument cannot be negative');
    const pools = a.positional.map((x) => toArray(rt, x));
    return it('product', productNext(rt, pools, repeat));
  });
  const rArg = (a: CallArgs, name: string, n: number, required: boolean) => {
    const r = a.positional[1] ?? kw(a, 'r');
    if (r === undefined || r === None) {
      if (required) throw rt.error('TypeError', `${name}() missing required argument 'r' (pos 2)`);
      return n;
    }
    const v = intArg(rt, r);
    if (v < 0) throw rt.error('ValueError', 'r must be non-negative');
    return v;
  };
  def('permutations', (a) => {
    const pool = toArray(rt, a.positional[0]);
    return it('permutations', permutationsNext(rt, pool, rArg(a, 'permutations', pool.length, false)));
  });
  const combos = (kind: string, withReplacement: boolean) => (a: CallArgs) => {
    const pool = toArray(rt, a.positional[0]);
    return it(kind, combinationsNext(rt, pool, rArg(a, kind, pool.length, true), withReplacement));
  };
  def('combinations', combos('combinations', false));
  def('combinations_with_replacement', combos('combinations_with_replacement', true));
  return m;
}
