/**
 * The `contextlib` module (Lib/contextlib.py): `contextmanager` and `asynccontextmanager`,
 * context managers made of a generator (generators.ts); the small managers (suppress,
 * closing, aclosing, nullcontext, the abstract bases) come from contextlib-helpers.ts,
 * ExitStack and AsyncExitStack from exit-stacks.ts.
 * `contextlibModule` is the one place the module is made.
 *
 *  - `@contextmanager def f(...)`: `f(...)` builds a `_GeneratorContextManager` holding the
 *    generator `f(...)`; `__enter__` runs it to its first yield (`RuntimeError: generator
 *    didn't yield` when it ends instead) and returns the yielded value.
 *  - `__exit__` without an exception resumes it once: it must end (else `RuntimeError:
 *    generator didn't stop`, after closing it). With an exception, throws it in at the
 *    yield: if the generator ends normally the exception is suppressed (unless it was the
 *    StopIteration itself); if it raises that same exception (or PEP 479's RuntimeError
 *    whose cause it is) `__exit__` returns False and the `with` re-raises it; another
 *    exception propagates; a second yield is `RuntimeError: generator didn't stop after
 *    throw()`.
 *  - `@asynccontextmanager`: the same with `anext` / `athrow` / `aclose` awaited;
 *    `__aenter__` / `__aexit__` return awaitables run inline by the awaiting coroutine, as
 *    awaiting contextlib's coroutine methods does (no task, a suspension only where the
 *    generator's body really suspends).
 *  - Either manager decorates a function too (`ContextDecorator`, `AsyncContextDecorator`):
 *    `decorate` below.
 */
import { None, PyInstance, PyModule, type CallArgs, type PyClass, type Value } from '../values';
import { Thrown } from '../thrown';
import type { BodyGenerator } from '../scheduling';
import { defineBuiltinClass, isSubclass, pyNative } from './classes';
import { callArgs } from './calls';
import { getAttr } from './attributes';
import { chainException, excState } from './exceptions';
import { callClass } from './instances';
import { isStopIteration } from './iteration';
import { truthy } from './operators';
import { inlineAwaitable } from './generators';
import type { PyRuntime } from './state';
import { contextlibHelpers } from './contextlib-helpers';
import { exitStackClasses } from './exit-stacks';

interface GenCm {
  gen: Value;
  /** The generator function and its arguments: `_recreate_cm` calls it again. */
  func: Value;
  args: CallArgs;
}

function stateOf(rt: PyRuntime, self: Value, cls: PyClass): GenCm {
  if (self instanceof PyInstance && isSubclass(self.cls, cls)) return self.internal as GenCm;
  throw rt.error('TypeError', `descriptor requires a '${cls.name}' object`);
}

function isThrownOf(rt: PyRuntime, e: unknown, name: string): e is Thrown {
  return e instanceof Thrown && e.value instanceof PyInstance && isSubclass(e.value.cls, rt.cls(name));
}

/** `raise RuntimeError(message) from None`. */
function runtimeErrorFromNone(rt: PyRuntime, message: string): Thrown {
  const err = rt.newException(rt.cls('RuntimeError'), [message]);
  chainException(rt, err, undefined, None);
  return new Thrown(err);
}

function method(rt: PyRuntime, obj: Value, name: string, args: Value[]): Value {
  return callArgs(rt, getAttr(rt, obj, name), { positional: args });
}

/** The exception instance `__exit__(typ, value, tb)` is about (`value = typ()` when missing). */
function exceptionOf(rt: PyRuntime, typ: Value, value: Value): Value {
  if (value === None || value === undefined) return callClass(rt, typ as PyClass, { positional: [] });
  return value;
}

/** `_GeneratorContextManagerBase.__init__`: the generator `func(*args, **kw)`, made now. */
function newGenCm(rt: PyRuntime, cls: PyClass, func: Value, args: CallArgs): PyInstance {
  const gen = callArgs(rt, func, args);
  return new PyInstance(cls, { gen, func, args } satisfies GenCm);
}

/**
 * `ContextDecorator.__call__` / `AsyncContextDecorator.__call__`: a manager made by
 * `@contextmanager` decorates a function too. Each call of the wrapper (named as the
 * function, `functools.wraps`) runs it in a new manager (`_recreate_cm`, the generator
 * function called again), `with cm: return func(...)`; for `@asynccontextmanager` the wrapper
 * is a coroutine function, `async with cm: return await func(...)`.
 */
function decorate(rt: PyRuntime, self: Value, cls: PyClass, a: CallArgs, isAsync: boolean): Value {
  const { func, args } = stateOf(rt, self, cls);
  const fn = a.positional[0];
  if (a.positional.length !== 1 || a.keywords?.size)
    throw rt.error(
      'TypeError',
      `${isAsync ? 'AsyncContextDecorator' : 'ContextDecorator'}.__call__() takes 2 positional arguments but ${a.positional.length + 1} were given`,
    );
  const name = String(getAttr(rt, fn, '__name__'));
  const qualname = String(getAttr(rt, fn, '__qualname__'));
  const exit = (cm: Value, e: Thrown): Value => {
    const exc = e.value as PyInstance;
    return method(rt, cm, isAsync ? '__aexit__' : '__exit__', [exc.cls, exc, getAttr(rt, exc, '__traceback__')]);
  };
  const exitClean = (cm: Value): Value => method(rt, cm, isAsync ? '__aexit__' : '__exit__', [None, None, None]);
  const inner = pyNative(name, (_s, callArgsOfInner: CallArgs) => {
    if (!isAsync) {
      const cm = newGenCm(rt, cls, func, args);
      method(rt, cm, '__enter__', []);
      let result: Value;
      try {
        result = callArgs(rt, fn, callArgsOfInner);
      } catch (e) {
        if (!(e instanceof Thrown) || !truthy(rt, exit(cm, e))) throw e;
        return None;
      }
      exitClean(cm);
      return result;
    }
    const awaitOf = (v: Value): BodyGenerator => rt.realm.model.awaitValue(v, undefined);
    const body = (function* (): BodyGenerator {
      const cm = newGenCm(rt, cls, func, args);
      yield* awaitOf(method(rt, cm, '__aenter__', []));
      let result: Value;
      try {
        result = yield* awaitOf(callArgs(rt, fn, callArgsOfInner));
      } catch (e) {
        if (!(e instanceof Thrown) || !truthy(rt, yield* awaitOf(exit(cm, e)))) throw e;
        return None;
      }
      yield* awaitOf(exitClean(cm));
      return result;
    })();
    const model = rt.realm.model;
    return model.nativeCoroutine ? model.nativeCoroutine(body, name, qualname) : model.callAsync(body, { name, qualname });
  });
  for (const k of ['__qualname__', '__module__', '__doc__']) {
    const v = getAttr(rt, fn, k);
    inner.props.set(k, { value: v, writable: true, enumerable: false, configurable: true });
  }
  inner.props.set('__wrapped__', { value: fn, writable: true, enumerable: false, configurable: true });
  return inner;
}

/** The decorator: `f(*args, **kw)` → a context manager of class `cls` over the generator `f(...)`. */
function decorator(rt: PyRuntime, name: string, cls: PyClass) {
  return pyNative(name, (_self, a) => {
    const func = a.positional[0];
    if (a.positional.length !== 1) throw rt.error('TypeError', `${name}() takes exactly one argument (${a.positional.length} given)`);
    // functools.wraps: the helper answers to the decorated function's name.
    const helper = pyNative(String(getAttr(rt, func, '__name__')), (_s, args: CallArgs) => newGenCm(rt, cls, func, args));
    helper.props.set('__wrapped__', { value: func, writable: true, enumerable: false, configurable: true });
    return helper;
  });
}

function defineGeneratorContextManager(rt: PyRuntime): PyClass {
  const realm = rt.realm;
  const cls: PyClass = defineBuiltinClass(realm, '_GeneratorContextManager', [rt.cls('object')], {
    module: 'contextlib',
    register: false,
    methods: {
      __call__: (self, a) => decorate(rt, self, cls, a, false),
      __enter__: (self) => {
        const { gen } = stateOf(rt, self, cls);
        try {
          return method(rt, gen, '__next__', []);
        } catch (e) {
          if (isStopIteration(rt, e)) throw runtimeErrorFromNone(rt, "generator didn't yield");
          throw e;
        }
      },
      __exit__: (self, a) => {
        const { gen } = stateOf(rt, self, cls);
        const [typ, value] = a.positional;
        if (typ === None || typ === undefined) {
          try {
            method(rt, gen, '__next__', []);
          } catch (e) {
            if (isStopIteration(rt, e)) return false;
            throw e;
          }
          try {
            throw rt.error('RuntimeError', "generator didn't stop");
          } finally {
            method(rt, gen, 'close', []);
          }
        }
        const exc = exceptionOf(rt, typ, value);
        try {
          method(rt, gen, 'throw', [exc]);
        } catch (e) {
          return exitOutcome(rt, e, exc, false);
        }
        try {
          throw rt.error('RuntimeError', "generator didn't stop after throw()");
        } finally {
          method(rt, gen, 'close', []);
        }
      },
    },
  });
  return cls;
}

/**
 * What `__exit__` / `__aexit__` answer when throwing the exception in raised `e`: the
 * generator finished (suppress, unless it was that StopIteration), re-raised `exc` itself
 * (or PEP 479's RuntimeError caused by it): False; anything else propagates.
 */
function exitOutcome(rt: PyRuntime, e: unknown, exc: Value, isAsync: boolean): boolean {
  if (isThrownOf(rt, e, isAsync ? 'StopAsyncIteration' : 'StopIteration')) return e.value !== exc;
  if (!(e instanceof Thrown)) throw e;
  if (e.value === exc) return false;
  if (isThrownOf(rt, e, 'RuntimeError')) {
    const stops = isAsync ? ['StopIteration', 'StopAsyncIteration'] : ['StopIteration'];
    const isStop = exc instanceof PyInstance && stops.some((n) => isSubclass(exc.cls, rt.cls(n)));
    if (isStop && excState(e.value)?.cause === exc) return false;
  }
  throw e;
}

function defineAsyncGeneratorContextManager(rt: PyRuntime): PyClass {
  const realm = rt.realm;
  const coroutineLike = defineBuiltinClass(realm, 'coroutine', [rt.cls('object')], { register: false });
  const awaitOf = (v: Value): BodyGenerator => realm.model.awaitValue(v, undefined);
  const cls: PyClass = defineBuiltinClass(realm, '_AsyncGeneratorContextManager', [rt.cls('object')], {
    module: 'contextlib',
    register: false,
    methods: {
      __call__: (self, a) => decorate(rt, self, cls, a, true),
      __aenter__: (self) => {
        const { gen } = stateOf(rt, self, cls);
        return inlineAwaitable(
          rt,
          coroutineLike,
          (function* (): BodyGenerator {
            try {
              return yield* awaitOf(method(rt, gen, '__anext__', []));
            } catch (e) {
              if (isThrownOf(rt, e, 'StopAsyncIteration')) throw runtimeErrorFromNone(rt, "generator didn't yield");
              throw e;
            }
          })(),
          '__aenter__',
        );
      },
      __aexit__: (self, a) => {
        const { gen } = stateOf(rt, self, cls);
        const [typ, value] = a.positional;
        return inlineAwaitable(
          rt,
          coroutineLike,
          (function* (): BodyGenerator {
            if (typ === None || typ === undefined) {
              try {
                yield* awaitOf(method(rt, gen, '__anext__', []));
              } catch (e) {
                if (isThrownOf(rt, e, 'StopAsyncIteration')) return false;
                throw e;
              }
              try {
                throw rt.error('RuntimeError', "generator didn't stop");
              } finally {
                yield* awaitOf(method(rt, gen, 'aclose', []));
              }
            }
            const exc = exceptionOf(rt, typ, value);
            try {
              yield* awaitOf(method(rt, gen, 'athrow', [exc]));
            } catch (e) {
              return exitOutcome(rt, e, exc, true);
            }
            try {
              throw rt.error('RuntimeError', "generator didn't stop after athrow()");
            } finally {
              yield* awaitOf(method(rt, gen, 'aclose', []));
            }
          })(),
          '__aexit__',
        );
      },
    },
  });
  return cls;
}

/** The `contextlib` module. */
export function contextlibModule(rt: PyRuntime): PyModule {
  const m = new PyModule('contextlib');
  m.dict.set('__name__', 'contextlib');
  const sync = defineGeneratorContextManager(rt);
  const async = defineAsyncGeneratorContextManager(rt);
  m.dict.set('contextmanager', decorator(rt, 'contextmanager', sync));
  m.dict.set('asynccontextmanager', decorator(rt, 'asynccontextmanager', async));
  m.dict.set('_GeneratorContextManager', sync);
  m.dict.set('_AsyncGeneratorContextManager', async);
  for (const [name, cls] of Object.entries(contextlibHelpers(rt))) m.dict.set(name, cls);
  for (const [name, cls] of Object.entries(exitStackClasses(rt))) m.dict.set(name, cls);
  return m;
}
