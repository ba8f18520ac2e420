/**
 * Generator-mode loops: for-of / for-in / C-style for / JS `for await` whose bodies
 * contain `await` (same semantics as compile-loops.ts). The loop runs its body's
 * statements itself — one generator level and one generator object less per iteration.
 */
import type { ForC, ForIn, ForOf, Stmt } from '../ir/nodes';
import { unsupported } from '../errors';
import { NativeFunction, None, type Value } from '../runtime/values';
import { Thrown } from '../runtime/thrown';
import type { Cx } from './context';
import { userError } from './context';
import { RETURN, pending, type Completion, type Env, type GenExprFn, type GenStmtFn, type StmtFn } from './core';
import { compileExprD, compileStmtPartsG, compileStmtsD, tagLoc, type StmtPartsG } from './compile';
import { openBlock } from './compile-stmt';
import { compileLoopHead, forCScope, loopControl } from './compile-loops';
import { containsAwait } from './analysis';
import { ASYNC_ITERATOR_KEY } from '../runtime/js/context';
import { jsIterableGuard } from './iterable-errors';
import { callValue } from './calls';
import { compileBodyD, PART_EXPR, PART_PLAIN, PART_RETURN } from './compile-async-stmt';

type Gen<T> = Generator<unknown, T, unknown>;

/**
 * A loop body for the generator-mode loops, which run its statements themselves (the
 * same steps as compile.ts compileStmtsD) instead of through a list generator: one
 * generator level and one generator object less per iteration.
 */
interface LoopBodyG extends StmtPartsG {
  enter: ((e: Env) => Env) | null;
}

export function compileLoopBodyG(cx: Cx, body: readonly Stmt[]): LoopBodyG {
  const b = openBlock(cx, body);
  return { enter: b.enter, ...compileStmtPartsG(b.bcx, body) };
}

export function compileForEachG(cx: Cx, s: ForOf | ForIn): GenStmtFn {
  if (s.kind === 'ForOf' && s.isAsync) return compileForAwaitG(cx, s);
  if (containsAwait(s.target)) throw unsupported('await inside a loop target', s.loc);
  const source = compileExprD(cx, s.kind === 'ForOf' ? s.iter : s.object);
  const head = compileLoopHead(cx, s.declKind, s.target, s.body);
  const { enter, kinds, fns, locs } = compileLoopBodyG(head.hcx, s.body);
  const n = fns.length;
  const orelse = s.kind === 'ForOf' && s.orelse.length ? compileBodyD(cx, s.orelse) : undefined;
  const ops = cx.ops;
  const js = cx.realm.js;
  const budget = cx.st.budget;
  const loc = s.loc;
  const label = s.label;
  const isIn = s.kind === 'ForIn';
  const guard = s.kind === 'ForOf' ? jsIterableGuard(cx, s.iter, 'iterate') : undefined;
  return function* (e) {
    const v = source.g ? yield* source.g(e) : source.p(e);
    let iterable: Iterable<Value>;
    if (isIn) iterable = v === null || v === undefined ? [] : js.forInKeys(v);
    else {
      guard?.(v);
      iterable = ops.iterate(v, loc);
    }
    for (const item of iterable) {
      if (++budget.used > budget.limit) budget.exceeded(loc);
      const he = head.bind(e, item);
      let c: Completion = undefined;
      let i = 0;
      const be = enter ? enter(he) : he;
      try {
        for (; i < n; i++) {
          if (++budget.used > budget.limit) budget.exceeded(locs[i]);
          const k = kinds[i];
          if (k === PART_PLAIN) c = (fns[i] as StmtFn)(be);
          else if (k === PART_EXPR) yield* (fns[i] as GenExprFn)(be);
          else if (k === PART_RETURN) {
            pending.value = yield* (fns[i] as GenExprFn)(be);
            c = RETURN;
          } else c = yield* (fns[i] as GenStmtFn)(be);
          if (c !== undefined) break;
        }
      } catch (err) {
        tagLoc(err, locs[i]!);
        throw err;
      }
      if (c !== undefined) {
        const k = loopControl(c, label);
        if (k === 1) return undefined;
        if (k === 2) return c;
      }
    }
    if (orelse) return orelse.g ? yield* orelse.g(e) : orelse.p(e);
    return undefined;
  };
}

export function compileForCG(cx: Cx, s: ForC): GenStmtFn {
  const parts = forCScope(cx, s);
  const lcx = parts.lcx;
  const init = s.init ? compileStmtsD(lcx, [s.init]) : undefined;
  const test = s.test ? compileExprD(lcx, s.test) : undefined;
  const update = s.update ? compileExprD(lcx, s.update) : undefined;
  const { enter, kinds, fns, locs } = compileLoopBodyG(lcx, s.body);
  const n = fns.length;
  const ops = cx.ops;
  const budget = cx.st.budget;
  const loc = s.loc;
  const label = s.label;
  const { open, copy } = parts;
  return function* (e0) {
    let e = open(e0);
    if (init) {
      if (init.g) yield* init.g(e);
      else init.p(e);
    }
    e = copy(e);
    for (;;) {
      if (test) {
        const t = test.g ? yield* test.g(e) : test.p(e);
        if (!ops.truthy(t)) return undefined;
      }
      if (++budget.used > budget.limit) budget.exceeded(loc);
      let c: Completion = undefined;
      let i = 0;
      const be = enter ? enter(e) : e;
      try {
        for (; i < n; i++) {
          if (++budget.used > budget.limit) budget.exceeded(locs[i]);
          const k = kinds[i];
          if (k === PART_PLAIN) c = (fns[i] as StmtFn)(be);
          else if (k === PART_EXPR) yield* (fns[i] as GenExprFn)(be);
          else if (k === PART_RETURN) {
            pending.value = yield* (fns[i] as GenExprFn)(be);
            c = RETURN;
          } else c = yield* (fns[i] as GenStmtFn)(be);
          if (c !== undefined) break;
        }
      } catch (err) {
        tagLoc(err, locs[i]!);
        throw err;
      }
      if (c !== undefined) {
        const k = loopControl(c, label);
        if (k === 1) return undefined;
        if (k === 2) return c;
      }
      e = copy(e);
      if (update) {
        if (update.g) yield* update.g(e);
        else update.p(e);
      }
    }
  };
}

/** A JS object for the iterator protocol's "is an Object" checks. */
function isObj(v: Value): boolean {
  return typeof v === 'object' && v !== null && v !== None;
}

/**
 * JS `for await (x of iterable)`: an object with [Symbol.asyncIterator] is iterated with the
 * async iterator protocol (async generators themselves are unsupported); otherwise a sync
 * iterable (arrays of promises) runs as spec CreateAsyncFromSyncIterator runs it: every step — including the
 * final `done` one — awaits `Promise.resolve(value).then(unwrap)`; leaving the loop early
 * (break, return, throw) closes the iterator and awaits the resolved result of its `return`
 * (AsyncIteratorClose). Needs the js model's native Promise.
 */
function compileForAwaitG(cx: Cx, s: ForOf): GenStmtFn {
  if (cx.lang !== 'js') throw unsupported("'async for' loops", s.loc);
  if (containsAwait(s.target)) throw unsupported('await inside a loop target', s.loc);
  const source = compileExprD(cx, s.iter);
  const head = compileLoopHead(cx, s.declKind, s.target, s.body);
  const body = compileBodyD(head.hcx, s.body);
  const realm = cx.realm;
  const js = realm.js;
  const st = cx.st;
  const budget = st.budget;
  const loc = s.loc;
  const label = s.label;
  const unwrap = new NativeFunction('', (_self, args) => args.positional[0], 'js');
  const typeError = (msg: string) => userError(cx, 'js', 'TypeError', msg, loc);
  const call = (fn: Value, self: Value) => callValue(st, fn, self, { positional: [] }, 'js', loc);
  /**
   * The async iterator protocol (GetIterator(obj, async), ForIn/OfBodyEvaluation with
   * iteratorKind async): await each `next()` result, which must be an object; its `value`
   * is not awaited. Leaving early runs AsyncIteratorClose: call and await `return()` — on a
   * throw the original exception wins; otherwise its result must be an object.
   */
  const asyncIteration = function* (obj: Value, method: Value, e: Env): Gen<Completion> {
    const iterator = call(method, obj);
    if (!isObj(iterator)) throw typeError('Result of the Symbol.asyncIterator method is not an object');
    const next = js.getAttr(iterator, 'next', loc);
    let open = true;
    let threw = false;
    try {
      for (;;) {
        const r = yield* realm.model.awaitValue(call(next, iterator), loc);
        if (!isObj(r)) throw typeError(`Iterator result ${js.toString(r)} is not an object`);
        if (js.truthy(js.getAttr(r, 'done', loc))) {
          open = false;
          return undefined;
        }
        const x = js.getAttr(r, 'value', loc);
        if (++budget.used > budget.limit) budget.exceeded(loc);
        const be = head.bind(e, x);
        const c = body.g ? yield* body.g(be) : body.p(be);
        if (c !== undefined) {
          const k = loopControl(c, label);
          if (k === 1) return undefined;
          if (k === 2) return c;
        }
      }
    } catch (err) {
      threw = true;
      if (!(err instanceof Thrown)) open = false; // engine errors (budget) run no user code
      throw err;
    } finally {
      if (open) {
        open = false;
        const ret = js.getAttr(iterator, 'return', loc);
        if (ret !== undefined && ret !== null) {
          if (threw) {
            try {
              yield* realm.model.awaitValue(call(ret, iterator), loc);
            } catch (inner) {
              if (!(inner instanceof Thrown)) throw inner;
            }
          } else {
            const inner = yield* realm.model.awaitValue(call(ret, iterator), loc);
            if (!isObj(inner)) throw typeError(`Iterator result ${js.toString(inner)} is not an object`);
          }
        }
      }
    }
  };
  return function* (e) {
    const P = realm.builtins.js.get('Promise');
    if (!(P instanceof NativeFunction)) throw unsupported('for await outside the js model', loc);
    const resolve = js.getAttr(P, 'resolve', loc);
    const settle = function* (value: Value): Gen<Value> {
      const wrapper = callValue(st, resolve, P, { positional: [value] }, 'js', loc);
      const p = callValue(st, js.getAttr(wrapper, 'then', loc), wrapper, { positional: [unwrap] }, 'js', loc);
      return yield* realm.model.awaitValue(p, loc);
    };
    const v = source.g ? yield* source.g(e) : source.p(e);
    const asyncMethod = isObj(v) ? js.getAttr(v, ASYNC_ITERATOR_KEY, loc) : undefined;
    if (asyncMethod !== undefined && asyncMethod !== null) {
      return yield* asyncIteration(v, asyncMethod, e);
    }
    const it = js.iterate(v, loc)[Symbol.iterator]();
    let open = true;
    try {
      for (;;) {
        const r = it.next();
        const x = yield* settle(r.done ? undefined : r.value);
        if (r.done) {
          open = false;
          return undefined;
        }
        if (++budget.used > budget.limit) budget.exceeded(loc);
        const be = head.bind(e, x);
        const c = body.g ? yield* body.g(be) : body.p(be);
        if (c !== undefined) {
          const k = loopControl(c, label);
          if (k === 1) return undefined;
          if (k === 2) return c;
        }
      }
    } finally {
      if (open) {
        open = false;
        it.return?.();
        // AsyncIteratorClose awaits the promise return() gave, already resolved with the
        // iteration result (one tick) — also when an exception leaves the loop.
        yield* realm.model.awaitValue(callValue(st, resolve, P, { positional: [undefined] }, 'js', loc), loc);
      }
    }
  };
}
