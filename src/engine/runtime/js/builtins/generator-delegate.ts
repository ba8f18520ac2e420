/**
 * `yield*` in JavaScript generators (ECMA-262 §15.5.5, YieldExpression : yield * AssignmentExpression),
 * the GeneratorLang.delegate of runtime/generator.ts: a TS generator the body delegates to.
 *
 *  - Sync: each inner result object is handed to the caller of next() as it is
 *    (GeneratorYield(innerResult): JsGeneratorData.rawResult); next(v) forwards v, throw(e)
 *    calls the inner `throw` — an iterator without one is closed and a TypeError
 *    `The iterator does not provide a 'throw' method.` is thrown; return(v) calls the inner
 *    `return`, and a done result ends the outer generator with its value.
 *  - Async: the inner iterator is an async one (or a sync one wrapped as for `for await`);
 *    every call's result is awaited, the inner `value` is yielded without a further await
 *    (AsyncGeneratorYield(IteratorValue(innerResult))), and a return() without an inner
 *    `return` awaits the value once more.
 *
 * A return() reaches the yield as a GeneratorReturn (runtime/generator.ts) and is forwarded
 * like next and throw: an inner iterator that does not finish on it goes on delegating,
 * and its later normal end resumes the outer body after the `yield*`, as the spec says.
 *
 * V8's errors for an operand that is not iterable: the generic runtime text, except for
 * a member or call operand (`yield* (intermediate value) is not iterable`, and in async
 * generators V8's CallPrinter repeats `(intermediate value)` four times).
 */
import type { Pos } from '../../../events/types';
import type { Expr } from '../../../ir/nodes';
import { GeneratorDriver, GeneratorReturn, Yielded } from '../../generator';
import type { Realm } from '../../realm';
import { Thrown } from '../../thrown';
import type { Value } from '../../values';
import { ASYNC_ITERATOR_KEY, ITERATOR_KEY, type JsCtx } from '../context';
import { asyncFromSyncIterator, getMethod, userAsyncIterator, type AsyncIteratorRecord } from '../async-iteration';
import { isObject, iterResult, notIterable, typeAndValue } from '../iteration';
import { type JsGeneratorData, dataOfDriver } from './generators';

type Gen<T> = Generator<unknown, T, unknown>;
type Received = { mode: 'next' | 'throw' | 'return'; value: Value };

/** An inner iterator: each method returns the iterator method's own result (not yet checked). */
interface Inner {
  next(args: Value[]): Value;
  method(name: 'return' | 'throw'): ((args: Value[]) => Value) | undefined;
}

const NO_THROW = "The iterator does not provide a 'throw' method.";

function isMemberOrCall(operand: Expr | undefined): boolean {
  return operand !== undefined && (operand.kind === 'Member' || operand.kind === 'Index' || operand.kind === 'Call');
}

/** Suspend at a yield of the outer generator; what comes back is the next request (next, throw or return). */
function* receive(yielded: Yielded | undefined): Gen<Received> {
  try {
    const v = yield yielded ?? new Yielded(undefined);
    return { mode: 'next', value: v as Value };
  } catch (e) {
    if (e instanceof Thrown) return { mode: 'throw', value: e.value };
    if (e instanceof GeneratorReturn) return { mode: 'return', value: e.value };
    throw e;
  }
}

/** GetIterator(value, sync) with V8's `yield*` messages. */
function syncInner(ctx: JsCtx, v: Value, loc: Pos | undefined, operand: Expr | undefined): Inner {
  const js = ctx.realm.js;
  const method = v === null || v === undefined ? undefined : js.getAttr(v, ITERATOR_KEY, loc);
  if (method === undefined || method === null || !ctx.isCallable(method)) {
    if (isMemberOrCall(operand)) throw ctx.typeError('yield* (intermediate value) is not iterable');
    throw notIterable(ctx, v);
  }
  const it = js.getIterator(v, loc);
  if ('host' in it) {
    const host = it.host[Symbol.iterator]();
    return {
      next: () => {
        const r = host.next();
        return iterResult(ctx, r.done ? undefined : r.value, r.done === true);
      },
      method: () => undefined,
    };
  }
  const realm = ctx.realm;
  const call = (fn: Value, args: Value[]): Value => {
    if (!ctx.isCallable(fn)) throw ctx.typeError(`${typeAndValue(ctx, fn)} is not a function`);
    return realm.interp.call(fn, it.iterator, { positional: args }, 'js', loc);
  };
  return {
    next: (args) => call(it.next, args),
    method(name) {
      const m = getMethod(realm, it.iterator, name, loc);
      return m === undefined ? undefined : (args) => call(m, args);
    },
  };
}

export function* delegateSync(ctx: JsCtx, iterable: Value, loc: Pos | undefined, operand?: Expr): Gen<Value> {
  const js = ctx.realm.js;
  const data = dataOfDriver.get(GeneratorDriver.current!) as JsGeneratorData;
  const inner = syncInner(ctx, iterable, loc, operand);
  const checked = (r: Value): Value => {
    if (!isObject(r)) throw ctx.typeError(`Iterator result ${js.toString(r)} is not an object`);
    return r;
  };

  /** Yield an inner result as it is; what comes back is the next request. */
  const yieldRaw = function* (result: Value): Gen<Received> {
    data.rawResult = result;
    return yield* receive(undefined);
  };

  /**
   * The delegation loop. Each inner result's `done` is read once (§15.5.5 step 7): a done
   * result of `return` ends the outer generator, of `next` or `throw` is the value of `yield*`;
   * one not done is yielded as it is.
   */
  const run = function* (): Gen<Value> {
    let received: Received = { mode: 'next', value: undefined };
    for (;;) {
      let result: Value;
      if (received.mode === 'next') result = checked(inner.next([received.value]));
      else if (received.mode === 'return') {
        // §15.5.5 step 7.c: forward return(v); a done result ends the outer generator.
        const ret = inner.method('return');
        if (ret === undefined) throw new GeneratorReturn(received.value);
        result = checked(ret([received.value]));
        if (js.truthy(js.getAttr(result, 'done', loc))) throw new GeneratorReturn(js.getAttr(result, 'value', loc));
        received = yield* yieldRaw(result);
        continue;
      } else {
        const thr = inner.method('throw');
        if (thr === undefined) {
          // Give the iterator a chance to clean up, then fail (§15.5.5 step 7.b.iii).
          const ret = inner.method('return');
          if (ret !== undefined) checked(ret([]));
          throw ctx.typeError(NO_THROW);
        }
        result = checked(thr([received.value]));
      }
      if (js.truthy(js.getAttr(result, 'done', loc))) return js.getAttr(result, 'value', loc);
      received = yield* yieldRaw(result);
    }
  };

  return yield* run();
}

/** GetIterator(value, async) with V8's `yield*` messages. */
function asyncInner(realm: Realm, v: Value, loc: Pos | undefined, operand: Expr | undefined): AsyncIteratorRecord {
  const js = realm.js;
  const fail = (method: Value): Thrown => {
    if (isMemberOrCall(operand))
      return js.newError(
        'TypeError',
        'yield* (intermediate value)(intermediate value)(intermediate value)(intermediate value) is not async iterable',
      );
    return js.newError('TypeError', `${typeAndValue(realm.interp, method)} is not a function`);
  };
  if (v === null || v === undefined)
    throw js.newError('TypeError', `Cannot read properties of ${v} (reading 'Symbol(Symbol.asyncIterator)')`);
  const method = js.getAttr(v, ASYNC_ITERATOR_KEY, loc);
  if (method === undefined || method === null) {
    const syncMethod = js.getAttr(v, ITERATOR_KEY, loc);
    if (syncMethod === undefined || syncMethod === null || !realm.interp.isCallable(syncMethod)) throw fail(syncMethod);
    return asyncFromSyncIterator(realm, realm.model.jsPromises!, v, loc, syncMethod);
  }
  if (!realm.interp.isCallable(method)) throw fail(method);
  const iterator = realm.interp.call(method, v, { positional: [] }, 'js', loc);
  if (!isObject(iterator)) throw js.newError('TypeError', 'Result of the Symbol.asyncIterator method is not an object');
  return userAsyncIterator(realm, iterator, loc);
}

export function* delegateAsync(realm: Realm, iterable: Value, loc: Pos | undefined, operand?: Expr): Gen<Value> {
  const js = realm.js;
  const model = realm.model;
  const inner = asyncInner(realm, iterable, loc, operand);
  const awaited = function* (r: Value): Gen<Value> {
    const x = yield* model.awaitValue(r, loc);
    if (!isObject(x)) throw js.newError('TypeError', `Iterator result ${js.toString(x)} is not an object`);
    return x;
  };

  const yieldValue = function* (value: Value): Gen<Received> {
    return yield* receive(new Yielded(value));
  };

  /** As the sync loop: each inner result's `done` is read once, then its `value`. */
  const run = function* (): Gen<Value> {
    let received: Received = { mode: 'next', value: undefined };
    for (;;) {
      let result: Value;
      if (received.mode === 'next') result = yield* awaited(inner.next([received.value]));
      else if (received.mode === 'return') {
        // Without an inner `return` the value is awaited once more (§15.5.5 step 7.c.iii).
        const ret = inner.method('return');
        if (ret === undefined) throw new GeneratorReturn(yield* model.awaitValue(received.value, loc));
        result = yield* awaited(ret([received.value]));
        if (js.truthy(js.getAttr(result, 'done', loc))) throw new GeneratorReturn(js.getAttr(result, 'value', loc));
        received = yield* yieldValue(js.getAttr(result, 'value', loc));
        continue;
      } else {
        const thr = inner.method('throw');
        if (thr === undefined) {
          const ret = inner.method('return');
          if (ret !== undefined) yield* awaited(ret([]));
          throw js.newError('TypeError', NO_THROW);
        }
        result = yield* awaited(thr([received.value]));
      }
      if (js.truthy(js.getAttr(result, 'done', loc))) return js.getAttr(result, 'value', loc);
      received = yield* yieldValue(js.getAttr(result, 'value', loc));
    }
  };

  return yield* run();
}
