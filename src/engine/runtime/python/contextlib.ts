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
import { inlineAwaitable } from './generators';
import type { PyRuntime } from './state';
import { contextlibHelpers } from './contextlib-helpers';
import { exitStackClasses } from './exit-stacks';

interface GenCm {
  gen: Value;
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

/** The decorator: `f(*args, **kw)` → a context manager of class `cls` over the generator `f(...)`. */
function decorator(rt: PyRuntime, name: string, cls: PyClass) {
  return pyNative(name, (_self, a) => {
    const func = a.positional[0];
    if (a.positional.length !== 1) throw rt.error('TypeError', `${name}() takes exactly one argument (${a.positional.length} given)`);
    // functools.wraps: the helper answers to the decorated function's name.
    const helper = pyNative(String(getAttr(rt, func, '__name__')), (_s, args: CallArgs) => {
      const gen = callArgs(rt, func, args);
      return new PyInstance(cls, { gen } satisfies GenCm);
    });
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
