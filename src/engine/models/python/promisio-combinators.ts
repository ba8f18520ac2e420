/**
 * promisio's `Promise.all / all_settled / any / race` (docs/semantics.md §4), as the library
 * writes them: each input goes through `Promise.resolve(x).then(...)` in input order, so a
 * settled Promise input costs 2 iterations (the re-wrap plus the `then`).
 *  - Only `race` guards against settling twice. In `all` a second rejection, and in `any` a
 *    second fulfilment, makes the internal `set_exception`/`set_result` raise
 *    InvalidStateError inside a handler: it lands in the derived promise of that `then`,
 *    which nobody observes ("Future exception was never retrieved").
 *  - `all_settled` maps each input through `.then(...).catch(...)` to a
 *    `{'status', 'value'|'reason'}` dict, then `all`.
 */
import { NativeFunction, None, type Value } from '../../runtime/values';
import type { PyModelContext } from './context';
import { Promise, promiseResolve, type Handler } from './promisio';
import { callValue, pyExceptionArgs } from './host';

export function promiseAll(ctx: PyModelContext, promises: Value): Promise {
  const items = [...ctx.realm.py.iterate(promises)];
  const newPromise = new Promise(ctx);
  const results: Value[] = [];
  const total = items.length;
  let resolved = 0;
  const resolveAt =
    (index: number) =>
    (result: Value): Value => {
      while (results.length < index + 1) results.push(None);
      results[index] = result;
      resolved++;
      if (resolved === total) newPromise.resolve(results);
      return None;
    };
  const reject: Handler = (e: Value) => newPromise.reject(e);
  items.forEach((p, index) => {
    promiseResolve(ctx, p).then(resolveAt(index), reject);
  });
  if (total === resolved) newPromise.resolve(results);
  return newPromise;
}

export function promiseAllSettled(ctx: PyModelContext, promises: Value): Promise {
  const realm = ctx.realm;
  const mapped: Value[] = [];
  for (const p of realm.py.iterate(promises)) {
    const fulfilled = (value: Value): Value =>
      realm.py.makeDict([
        ['status', 'fulfilled'],
        ['value', value],
      ]);
    const rejected = (reason: Value): Value =>
      realm.py.makeDict([
        ['status', 'rejected'],
        ['reason', reason],
      ]);
    if (p instanceof Promise) {
      mapped.push(p.then(fulfilled, None).catch(rejected));
    } else {
      // `promise.then(...)` on a non-Promise: whatever its `then` attribute does (usually AttributeError).
      const then = realm.py.getAttr(p, 'then');
      const derived = callValue(realm, then, [nativeLambda(ctx, fulfilled)]);
      mapped.push(callValue(realm, realm.py.getAttr(derived, 'catch'), [nativeLambda(ctx, rejected)]));
    }
  }
  return promiseAll(ctx, mapped);
}

function nativeLambda(_ctx: PyModelContext, f: (v: Value) => Value): Value {
  return new NativeFunction('<lambda>', (_self, args) => f(args.positional[0]), 'py');
}

export function promiseAny(ctx: PyModelContext, promises: Value): Promise {
  const items = [...ctx.realm.py.iterate(promises)];
  const newPromise = new Promise(ctx);
  const errors: Value[] = [];
  const total = items.length;
  let rejected = 0;
  const aggregate = (): Value => {
    // AggregateError(errors): BaseException.__new__ keeps args = (errors,); __init__ sets .errors.
    const e = pyExceptionArgs(ctx.realm, ctx.cls.aggregateError, [errors]);
    e.dict.set('errors', errors);
    return e;
  };
  const rejectAt =
    (index: number) =>
    (error: Value): Value => {
      while (errors.length < index + 1) errors.push(None);
      errors[index] = error;
      rejected++;
      if (rejected === total) newPromise.reject(aggregate());
      return None;
    };
  const resolve: Handler = (v: Value) => newPromise.resolve(v);
  items.forEach((p, index) => {
    promiseResolve(ctx, p).then(resolve, rejectAt(index));
  });
  if (total === rejected) newPromise.reject(aggregate());
  return newPromise;
}

export function promiseRace(ctx: PyModelContext, promises: Value): Promise {
  const newPromise = new Promise(ctx);
  let settled = false;
  const resolve = (result: Value): Value => {
    if (!settled) {
      settled = true;
      newPromise.resolve(result);
    }
    return None;
  };
  const reject = (error: Value): Value => {
    if (!settled) {
      settled = true;
      newPromise.reject(error);
    }
    return None;
  };
  for (const p of ctx.realm.py.iterate(promises)) promiseResolve(ctx, p).then(resolve, reject);
  return newPromise;
}
