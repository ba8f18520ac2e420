/**
 * JS `for await (x of iterable)` (ECMA-262 §14.7.5.6 ForIn/OfHeadEvaluation with async
 * iteration, §14.7.5.7 ForIn/OfBodyEvaluation): GetIterator(obj, async) — the object's
 * `[Symbol.asyncIterator]`, else its sync iterator wrapped by CreateAsyncFromSyncIterator
 * (async-iteration.ts) — then per step `Await(next())`, whose result must be an object;
 * its `value` is not awaited again. Leaving the loop early runs AsyncIteratorClose
 * (§7.4.13): call `return()` and await it; after a throw the original exception wins,
 * otherwise the awaited result must be an object. Each await is a real suspension (an
 * `awaited` event under the js model).
 *
 * V8 names the iterable in its errors as for sync iteration (iterable-errors.ts):
 * `o.n is not async iterable`, `o.f(...) is not a function or its return value is not
 * async iterable`; null and undefined fail reading the method
 * (`Cannot read properties of null (reading 'Symbol(Symbol.asyncIterator)')`).
 */
import type { Expr, ForOf } from '../ir/nodes';
import { unsupported } from '../errors';
import type { Value } from '../runtime/values';
import { Thrown } from '../runtime/thrown';
import { GeneratorReturn } from '../runtime/generator';
import { ASYNC_ITERATOR_KEY, ITERATOR_KEY } from '../runtime/js/context';
import { isObject, typeAndValue } from '../runtime/js/iteration';
import type { Cx } from './context';
import { userError } from './context';
import { pending, type Completion, type Env, type GenStmtFn } from './core';
import { compileExprD } from './compile';
import { compileLoopHead, loopControl } from './loop-heads';
import { compileBodyD } from './compile';
import { containsAwait } from './analysis';
import { iterableText } from './iterable-errors';
import { calleeText } from './callee-text';
import { asyncFromSyncIterator, userAsyncIterator, type AsyncIteratorRecord } from '../runtime/js/async-iteration';
import { tick } from '../runtime/realm';

type Gen<T> = Generator<unknown, T, unknown>;

/** V8's CallPrinter text for the iterable of a `for await`, or undefined when it prints none. */
function asyncIterableText(x: Expr): string | undefined {
  switch (x.kind) {
    case 'Call':
      return x.optional ? undefined : `${calleeText(x.callee)}(...)`;
    case 'New':
      return '(intermediate value)';
    case 'Object':
      return x.props.some((p) => p.computedKey !== undefined) ? undefined : iterableText(x);
    case 'Member':
    case 'Index':
      return x.optional ? undefined : iterableText(x);
    default:
      return iterableText(x);
  }
}

export function compileForAwaitG(cx: Cx, s: ForOf): GenStmtFn {
  if (cx.lang !== 'js') throw unsupported("'async for' loops", s.loc);
  if (containsAwait(s.target)) throw unsupported('await or yield inside a loop target', s.loc);
  const source = compileExprD(cx, s.iter);
  const head = compileLoopHead(cx, s.declKind, s.target, s.body);
  const body = compileBodyD(head.hcx, s.body);
  const realm = cx.realm;
  const js = realm.js;
  const budget = cx.st.budget;
  const loc = s.loc;
  const label = s.label;
  const text = asyncIterableText(s.iter);
  const typeError = (msg: string) => userError(cx, 'js', 'TypeError', msg, loc);
  const isCallable = (v: Value) => realm.interp.isCallable(v);

  /** The method found (or not) is unusable: V8's message names the expression when it can. */
  const notAsyncIterable = (method: Value) => {
    if (text === undefined) return typeError(`${typeAndValue(realm.interp, method)} is not a function`);
    if (s.iter.kind === 'Call' || s.iter.kind === 'New')
      return typeError(`${text} is not a function or its return value is not async iterable`);
    return typeError(`${text} is not async iterable`);
  };

  /** GetIterator(v, async) (§7.4.3). */
  const getAsyncIterator = (v: Value): AsyncIteratorRecord => {
    if (v === null || v === undefined) throw typeError(`Cannot read properties of ${v} (reading 'Symbol(Symbol.asyncIterator)')`);
    const method = js.getAttr(v, ASYNC_ITERATOR_KEY, loc);
    if (method === undefined || method === null) {
      const syncMethod = js.getAttr(v, ITERATOR_KEY, loc);
      if (syncMethod === undefined || syncMethod === null || !isCallable(syncMethod)) throw notAsyncIterable(syncMethod);
      const P = realm.model.jsPromises;
      if (!P) throw unsupported('for await over a sync iterable outside the js model', loc);
      return asyncFromSyncIterator(realm, P, v, loc, syncMethod);
    }
    if (!isCallable(method)) throw notAsyncIterable(method);
    const iterator = realm.interp.call(method, v, { positional: [] }, 'js', loc);
    if (!isObject(iterator)) throw typeError('Result of the Symbol.asyncIterator method is not an object');
    return userAsyncIterator(realm, iterator, loc);
  };

  /** AsyncIteratorClose (§7.4.13) for a break / return / continue-outer exit. */
  const close = function* (it: AsyncIteratorRecord): Gen<void> {
    const ret = it.method('return');
    if (ret === undefined) return;
    const inner = yield* realm.model.awaitValue(ret([]), loc);
    if (!isObject(inner)) throw typeError(`Iterator result ${js.toString(inner)} is not an object`);
  };
  /** AsyncIteratorClose after a throw: `return()` still runs and is awaited, the throw wins. */
  const closeAfterThrow = function* (it: AsyncIteratorRecord): Gen<void> {
    try {
      const ret = it.method('return');
      if (ret !== undefined) yield* realm.model.awaitValue(ret([]), loc);
    } catch (inner) {
      if (!(inner instanceof Thrown)) throw inner;
    }
  };

  return function* (e: Env): Gen<Completion> {
    const v = source.g ? yield* source.g(e) : source.p(e);
    const it = getAsyncIterator(v);
    for (;;) {
      const r = yield* realm.model.awaitValue(it.next([]), loc);
      if (!isObject(r)) throw typeError(`Iterator result ${js.toString(r)} is not an object`);
      if (js.truthy(js.getAttr(r, 'done', loc))) return undefined;
      const x = js.getAttr(r, 'value', loc);
      tick(budget, loc);
      let c: Completion;
      try {
        const be = head.bind(e, x);
        c = body.g ? yield* body.g(be) : body.p(be);
      } catch (err) {
        if (err instanceof Thrown) yield* closeAfterThrow(it);
        // An async generator's return() at a yield in the body: close as break does.
        else if (err instanceof GeneratorReturn) yield* close(it);
        throw err;
      }
      if (c !== undefined) {
        const k = loopControl(c, label);
        if (k === 0) continue;
        // `return()` is awaited: other code runs meanwhile, so keep this loop's return value.
        const saved = pending.value;
        yield* close(it);
        pending.value = saved;
        return k === 1 ? undefined : c;
      }
    }
  };
}
