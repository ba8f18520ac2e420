/**
 * The iteration protocol: `for x in v`, unpacking, `*args`, and the `iter`/`next` builtins.
 *
 * Every iterable is reduced to a step function `() => value | DONE`. Lists are read live
 * (appending while iterating is seen, as in CPython); dicts raise
 * `RuntimeError: dictionary changed size during iteration`. User classes go through
 * `__iter__` / `__next__` and StopIteration. JS values iterate through `realm.js`.
 *
 * Strings iterate by code point (Python str is a sequence of code points; TS strings are
 * UTF-16), so an emoji is one item.
 */
import type { Pos } from '../../events/types';
import { isThrown } from '../thrown';
import { JSObject, PyClass, PyDict, PyInstance, PySet, PyTuple, type Value } from '../values';
import { isSubclass, lookupMro } from './classes';
import { callDunder } from './calls';
import { DONE, PyDictView, PyIterator, PyRange, type NextResult } from './objects';
import type { PyRuntime } from './state';
import { typeName, typeOf } from './types';
import { setOrder } from './set-order';
import { ownedIterator, PyGenerator } from './generators';
import { tick, type Budget } from '../realm';
import { arrayFits, MAX_ARRAY_LENGTH } from '../limits';
import { rangeLen } from './range';

export type StepFn = () => NextResult;

/** A list's or tuple's items, read live, a step each (as ListIteration below: issue 10). */
function arrayStep(budget: Budget, a: readonly Value[]): StepFn {
  let i = 0;
  return () => {
    if (i >= a.length) return DONE;
    tick(budget, undefined);
    return a[i++];
  };
}

function stringStep(s: string): StepFn {
  let i = 0;
  return () => {
    if (i >= s.length) return DONE;
    const c = s.codePointAt(i)!;
    const ch = s.slice(i, c > 0xffff ? i + 2 : i + 1);
    i += ch.length;
    return ch;
  };
}

function dictStep(rt: PyRuntime, d: PyDict, kind: 'keys' | 'values' | 'items'): StepFn {
  const it = d.entries.values();
  const size = d.entries.size;
  return () => {
    if (d.entries.size !== size) throw rt.error('RuntimeError', 'dictionary changed size during iteration');
    const r = it.next();
    if (r.done) return DONE;
    const e = r.value;
    return kind === 'keys' ? e.key : kind === 'values' ? e.value : new PyTuple([e.key, e.value]);
  };
}

/**
 * A range costs a step per element: `sum(range(10**9))` or `list(range(10**8))` run inside
 * one native call, which the budget would otherwise never see (issue 10).
 */
function rangeStep(budget: Budget, r: PyRange): StepFn {
  let i = 0;
  const n = r.length;
  return () => {
    if (i >= n) return DONE;
    tick(budget, undefined);
    return r.at(i++);
  };
}

/** Whether a thrown value is a StopIteration instance. */
export function isStopIteration(rt: PyRuntime, e: unknown): boolean {
  return isThrown(e) && e.value instanceof PyInstance && isSubclass(e.value.cls, rt.cls('StopIteration'));
}

/** The step function of `iter(v)`. Raises `TypeError: 'int' object is not iterable`. */
export function stepOf(rt: PyRuntime, v: Value, loc?: Pos): StepFn {
  if (Array.isArray(v)) return arrayStep(rt.realm.budget, v);
  if (typeof v === 'string') return stringStep(v);
  if (v instanceof PyRange) return rangeStep(rt.realm.budget, v);
  if (v instanceof PyTuple) return arrayStep(rt.realm.budget, v.items);
  if (v instanceof PyIterator) return v.next;
  if (v instanceof PyGenerator && !v.isAsync) return v.step;
  if (v instanceof PyDict) return dictStep(rt, v, 'keys');
  if (v instanceof PyDictView) return dictStep(rt, v.dict, v.kind);
  if (v instanceof PyClass && rt.enumMembers.has(v)) return arrayStep(rt.realm.budget, rt.enumMembers.get(v)!.slice());
  if (v instanceof PySet) {
    const order = setOrder(v);
    const size = v.entries.size;
    let i = 0;
    return () => {
      if (v.entries.size !== size) throw rt.error('RuntimeError', 'Set changed size during iteration');
      return i < order.length ? order[i++] : DONE;
    };
  }
  if (v instanceof PyInstance && lookupMro(v.cls, '__iter__') !== undefined) {
    const it = callDunder(rt, v, '__iter__', [], loc)!;
    if (it instanceof PyIterator) return it.next;
    if (lookupMro(typeOf(rt, it), '__next__') === undefined) {
      throw rt.error('TypeError', `iter() returned non-iterator of type '${typeName(rt, it)}'`);
    }
    return () => {
      try {
        return callDunder(rt, it, '__next__', [], loc)!;
      } catch (e) {
        if (isStopIteration(rt, e)) return DONE;
        throw e;
      }
    };
  }
  if (v instanceof JSObject || v === undefined || v === null) {
    const js = rt.realm.js;
    if (js) {
      const it = js.iterate(v, loc)[Symbol.iterator]();
      return () => {
        const r = it.next();
        return r.done ? DONE : r.value;
      };
    }
  }
  throw rt.error('TypeError', `'${typeName(rt, v)}' object is not iterable`);
}

/** The iterator-object name CPython gives `iter(v)`. */
function iteratorKind(v: Value): string {
  if (Array.isArray(v)) return 'list_iterator';
  if (typeof v === 'string') return 'str_ascii_iterator';
  if (v instanceof PyTuple) return 'tuple_iterator';
  if (v instanceof PyRange) return 'range_iterator';
  if (v instanceof PySet) return 'set_iterator';
  if (v instanceof PyDict) return 'dict_keyiterator';
  if (v instanceof PyDictView)
    return v.kind === 'keys' ? 'dict_keyiterator' : v.kind === 'values' ? 'dict_valueiterator' : 'dict_itemiterator';
  return 'iterator';
}

/** `iter(v)`. */
export function getIter(rt: PyRuntime, v: Value, loc?: Pos): Value {
  if (v instanceof PyIterator) return v;
  if (v instanceof PyInstance && lookupMro(v.cls, '__iter__') !== undefined) {
    const it = callDunder(rt, v, '__iter__', [], loc)!;
    return it;
  }
  return new PyIterator(iteratorKind(v), stepOf(rt, v, loc));
}

/** `next(it)`; DONE when exhausted. */
export function nextOf(rt: PyRuntime, it: Value, loc?: Pos): NextResult {
  if (it instanceof PyIterator) return it.next();
  if (it instanceof PyGenerator && !it.isAsync) return it.step();
  if (it instanceof PyInstance && lookupMro(it.cls, '__next__') !== undefined) {
    try {
      return callDunder(rt, it, '__next__', [], loc)!;
    } catch (e) {
      if (isStopIteration(rt, e)) return DONE;
      throw e;
    }
  }
  throw rt.error('TypeError', `'${typeName(rt, it)}' object is not an iterator`);
}

/** A TS iterable over a Python iterable (for-loops, unpacking, spread). */
export function iterate(rt: PyRuntime, v: Value, loc?: Pos): Iterable<Value> {
  if (Array.isArray(v)) return new ListIteration(rt.realm.budget, v);
  // A generator the call at `loc` (a for loop's iterable) just created: the loop owns it.
  if (v instanceof PyGenerator && !v.isAsync && loc !== undefined && v.driver.info.callSite === loc) {
    const g = v;
    return { [Symbol.iterator]: () => ownedIterator(g, loc) };
  }
  // A range's loop (`for r in range(10)`, the commonest there is) gets one object that is its
  // own iterable and iterator: the generic one below is four objects and three closures, kept
  // alive as long as the loop, by every task suspended in one (issue 10, many tasks).
  if (v instanceof PyRange) return new RangeIteration(rt.realm.budget, v);
  const step = stepOf(rt, v, loc);
  return {
    [Symbol.iterator]() {
      return {
        next(): IteratorResult<Value> {
          const r = step();
          return r === DONE ? { done: true, value: undefined } : { done: false, value: r };
        },
      };
    },
  };
}

/**
 * `iter(range(...))` for a for loop: what rangeStep does, as one object, which is also the
 * result of each step, rewritten (as a finished BodyRun is its own result: interp/body-run.ts).
 * Every consumer of `iterate` (a for loop's LoopRun / runEach, for-of in the runtime's
 * natives) reads `done` and `value` before it asks for the next, and a fresh object per item
 * was most of what an await loop allocated per iteration (issue 10: recording adds at most
 * 50 %, the garbage collector's share of a run being what makes the two differ); a result
 * object of its own would be one more object for a task suspended in the loop to touch at
 * every step (issue 10: 100k tasks within 10× of 10k).
 */
class RangeIteration implements Iterable<Value>, Iterator<Value> {
  done = false;
  value: Value = undefined;
  private i = 0;
  private readonly n: number;
  constructor(
    private readonly budget: Budget,
    private readonly range: PyRange,
  ) {
    this.n = range.length;
  }

  [Symbol.iterator](): this {
    return this;
  }

  next(): IteratorResult<Value> {
    if (this.i >= this.n) {
      this.done = true;
      this.value = undefined;
      return this as IteratorResult<Value>;
    }
    tick(this.budget, undefined);
    this.value = this.range.at(this.i++);
    return this as IteratorResult<Value>;
  }
}

/**
 * A list read live, a step per item as a range's loop takes: the runtime's natives that walk a
 * list (promisio's `Promise.all`, `asyncio.wait`, `print`'s caller...) run no statement per
 * item, and a JavaScript array reaching them under a Python model may be sparse with a length
 * of 2**32 - 1 (`a[2**32 - 2] = 1`), which they walked for minutes in one call (issue 10).
 */
class ListIteration implements Iterable<Value>, Iterator<Value> {
  private i = 0;
  constructor(
    private readonly budget: Budget,
    private readonly list: Value[],
  ) {}

  [Symbol.iterator](): this {
    return this;
  }

  next(): IteratorResult<Value> {
    if (this.i >= this.list.length) return { done: true, value: undefined };
    tick(this.budget, undefined);
    return { done: false, value: this.list[this.i++] };
  }
}

/** All items of an iterable as a fresh TS array. */
export function toArray(rt: PyRuntime, v: Value, loc?: Pos): Value[] {
  // A JavaScript array may be longer than any list (a sparse one, up to 2**32 - 1).
  if (Array.isArray(v)) {
    if (!arrayFits(rt.realm.budget, v.length)) throw rt.error('MemoryError', '');
    return v.slice();
  }
  if (v instanceof PyTuple) return v.items.slice();
  // A range knows its size: one past the run's array cap fails before it is built.
  if (v instanceof PyRange) {
    // Longer than a C ssize_t holds: CPython's OverflowError (`list(range(10**30))`), before the cap's MemoryError.
    if (v.big) rangeLen(rt, v);
    if (!arrayFits(rt.realm.budget, v.length)) throw rt.error('MemoryError', '');
  }
  const out: Value[] = [];
  const step = stepOf(rt, v, loc);
  // Each item a step: a native iterator (itertools.count, a FutureIter) runs no statement
  // that would count one, and without it `list(count())` ran to the array cap unstopped.
  const budget = rt.realm.budget;
  for (let x = step(); x !== DONE; x = step()) {
    tick(budget, undefined);
    if (out.length >= MAX_ARRAY_LENGTH) throw rt.error('MemoryError', '');
    out.push(x);
  }
  return out;
}
