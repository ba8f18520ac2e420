/**
 * The js model's JsPromiseOps (models/model.ts): the promise abstract operations that
 * `for await` (CreateAsyncFromSyncIterator, ECMA-262 §27.1.6) and async generators
 * (§27.6.3) are specified with, on %Promise% itself — a user's patched `Promise.prototype.then`
 * or `Promise.resolve` is never called, exactly as in V8. The promises are internal (id 0):
 * the timeline shows the async function or generator that awaits them, not these links.
 */
import type { Value } from '../../runtime/values';
import type { JsPromiseOps } from '../model';
import { internalFn } from './host';
import { thenNative, newPromise, promiseRecordOf, rejectPromise, type PromiseHost } from './promise';
import { NativeCapability, promiseResolve } from './promise-capability';

export function createJsPromiseOps(host: PromiseHost): JsPromiseOps {
  const capability = () => new NativeCapability(host, newPromise(host, 0, ''));
  return {
    resolve: (v) => promiseResolve(host, host.promiseCtor, v),
    rejected: (reason) => {
      const rec = newPromise(host, 0, '');
      rejectPromise(host, rec, reason);
      return rec.obj;
    },
    then: (p, onFulfilled, onRejected) => {
      const rec = promiseRecordOf(p);
      if (!rec) throw new Error('internal: JsPromiseOps.then on a value that is not a native promise');
      const wrap = (f: ((v: Value) => Value) | undefined) => (f ? internalFn('', (_self, args) => f(args[0])) : undefined);
      return thenNative(host, rec, wrap(onFulfilled), wrap(onRejected), 0, '').obj;
    },
    capability: () => {
      const cap = capability();
      return { promise: cap.promise, resolve: (v) => cap.resolve(v), reject: (r) => cap.reject(r) };
    },
  };
}
