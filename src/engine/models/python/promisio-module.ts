/**
 * The `promisio` module as Python sees it: the classes `Promise`, `TaskPromise`,
 * `AggregateError`, and the functions `promisify` and `run` (docs/semantics.md §4).
 *
 * `promisify(f)` calls f synchronously; a raised exception becomes `Promise.reject`; a
 * coroutine result goes to `asyncio.create_task` (the body starts next iteration, or at
 * once under an eager task factory, §3); the outcome goes through `Promise.resolve`.
 * Under the `promisio` model every `async def` call is already promisified (driver.ts
 * `callAsync`); the oracle's AST transform skipped functions that already had a
 * `@promisify` decorator, so there `promisify(async_fn)` returns the function unchanged —
 * the same single promisification.
 */
import type { Pos } from '../../events/types';
import {
  FunctionValue,
  type NativeFunction,
  None,
  PyInstance,
  PyModule,
  type CallArgs,
  type PyClass,
  type Value,
} from '../../runtime/values';
import { defineBuiltinClass, defineExceptionClass, pyClass, pyNative } from '../../runtime/python/classes';
import { calledFromJs, type PyModelContext } from './context';
import { getEventLoop } from './event-loop';
import { Coroutine } from './coroutine';
import { FutureIter, awaitValue } from './await';
import { Promise, type TaskPromise, promiseReject, promiseResolve } from './promisio';
import { promiseAll, promiseAllSettled, promiseAny, promiseRace } from './promisio-combinators';
import { createTaskFor, nativeCoroutine } from './tasks-api';
import { runUntilComplete } from './runner';
import { arg, isNone, pyError, required, Thrown } from './host';

/** A required argument, except that a JS caller's missing argument is `undefined` (None). */
function jsLenient(ctx: PyModelContext, args: CallArgs, index: number, name: string, fn: string): Value {
  const v = arg(args, index, name);
  if (v === undefined && calledFromJs(ctx)) return None;
  return required(ctx.realm, args, index, name, fn);
}

function asPromise(ctx: PyModelContext, v: Value): Promise {
  if (v instanceof Promise) return v;
  throw pyError(ctx.realm, 'TypeError', `descriptor requires a 'Promise' object but received '${ctx.realm.py.repr(v)}'`);
}

export function definePromisioClasses(ctx: PyModelContext): void {
  const realm = ctx.realm;
  const object = pyClass(realm, 'object');
  const p = (v: Value) => asPromise(ctx, v);
  const promise: PyClass = defineBuiltinClass(realm, 'Promise', [object], {
    pythonLevel: true,
    module: 'promisio',
    register: false,
    construct: (cls, args) => {
      const pr = new Promise(ctx, cls);
      const f = arg(args, 0, 'f', None);
      if (!isNone(f) && realm.py.truthy(f)) {
        pr.runExecutor(f, realm.py.getAttr(pr, '_resolve'), realm.py.getAttr(pr, '_reject'));
      }
      return pr;
    },
    methods: {
      then: (s, a) => p(s).then(arg(a, 0, 'on_resolved', None), arg(a, 1, 'on_rejected', None)),
      catch: (s, a) => p(s).catch(jsLenient(ctx, a, 0, 'on_rejected', 'catch')),
      finally_: (s, a) => p(s).finally_(jsLenient(ctx, a, 0, 'on_settled', 'finally_')),
      // `p.finally(f)` from JS code (a keyword, so Python code can never reach this alias).
      finally: (s, a) => p(s).finally_(jsLenient(ctx, a, 0, 'on_settled', 'finally_')),
      cancel: (s) => p(s).cancel(),
      cancelled: (s) => p(s).cancelled(),
      _resolve: (s, a) => p(s).resolve(jsLenient(ctx, a, 0, 'result', '_resolve')),
      _reject: (s, a) => p(s).reject(jsLenient(ctx, a, 0, 'error', '_reject')),
      __await__: (s) => new FutureIter(ctx, p(s).awaitFuture()),
    },
    staticMethods: {
      resolve: (_s, a) => promiseResolve(ctx, jsLenient(ctx, a, 0, 'value', 'resolve')),
      reject: (_s, a) => promiseReject(ctx, jsLenient(ctx, a, 0, 'reason', 'reject')),
      all: (_s, a) => promiseAll(ctx, required(realm, a, 0, 'promises', 'all')),
      all_settled: (_s, a) => promiseAllSettled(ctx, required(realm, a, 0, 'promises', 'all_settled')),
      any: (_s, a) => promiseAny(ctx, required(realm, a, 0, 'promises', 'any')),
      race: (_s, a) => promiseRace(ctx, required(realm, a, 0, 'promises', 'race')),
    },
    properties: {
      future: { get: (s) => p(s).future },
    },
  });
  const taskPromise = defineBuiltinClass(realm, 'TaskPromise', [promise], {
    pythonLevel: true,
    module: 'promisio',
    register: false,
    properties: {
      task: { get: (s) => (s as TaskPromise).task },
    },
  });
  const aggregateError = defineExceptionClass(realm, 'AggregateError', 'RuntimeError', 'promisio');
  aggregateError.dict.set(
    '__init__',
    pyNative('__init__', (self, args) => {
      if (self instanceof PyInstance) self.dict.set('errors', arg(args, 0, 'errors', None));
      return None;
    }),
  );
  ctx.cls.promise = promise;
  ctx.cls.taskPromise = taskPromise;
  ctx.cls.aggregateError = aggregateError;
}

/** What the promisified wrapper does with f's result; `site`: the call (the task's `started` position). */
export function promisifyResult(ctx: PyModelContext, result: Value, site?: Pos): Promise {
  if (result instanceof Coroutine) result = createTaskFor(ctx, result, site);
  return promiseResolve(ctx, result);
}

export function promisify(ctx: PyModelContext, func: Value): Value {
  const realm = ctx.realm;
  if (ctx.variant === 'promisio' && func instanceof FunctionValue && func.def.isAsync) return func;
  const name = func instanceof FunctionValue ? func.name : 'wrapper';
  const wrapper: NativeFunction = pyNative(name, (self, args: CallArgs) => {
    const site = realm.callLoc;
    // Looked up through a class (`@promisify` on a method), the instance arrives as the
    // receiver; any other receiver (a module, an object holding the wrapper) is not an argument.
    const bound = self instanceof PyInstance && self.cls.mro.some((c) => [...c.dict.values()].includes(wrapper));
    const call: CallArgs = bound ? { positional: [self, ...args.positional], keywords: args.keywords } : args;
    let result: Value;
    try {
      result = realm.interp.call(func, undefined, call, 'py');
    } catch (e) {
      if (!(e instanceof Thrown)) throw e;
      return promiseReject(ctx, e.value);
    }
    return promisifyResult(ctx, result, site);
  });
  return wrapper;
}

export function makePromisioModule(ctx: PyModelContext): PyModule {
  const realm = ctx.realm;
  const m = new PyModule('promisio');
  m.dict.set('__name__', 'promisio');
  m.dict.set('Promise', ctx.cls.promise);
  m.dict.set('TaskPromise', ctx.cls.taskPromise);
  m.dict.set('AggregateError', ctx.cls.aggregateError);
  m.dict.set(
    'promisify',
    pyNative('promisify', (_s, a) => promisify(ctx, required(realm, a, 0, 'func', 'promisify'))),
  );
  m.dict.set(
    'run',
    pyNative('run', (_s, a) => {
      const site = realm.callLoc;
      const func = required(realm, a, 0, 'func', 'run');
      const rest: CallArgs = { positional: a.positional.slice(1), keywords: a.keywords };
      const body = (function* () {
        return yield* awaitValue(ctx, realm.interp.call(func, undefined, rest, 'py'), undefined);
      })();
      const coro = nativeCoroutine(ctx, '_run', 'run.<locals>._run', body);
      return runUntilComplete(ctx, getEventLoop(ctx), coro, site);
    }),
  );
  return m;
}
