/**
 * `contextlib.ExitStack` and `contextlib.AsyncExitStack` (Lib/contextlib.py, CPython 3.14).
 *
 *  - The stack holds exit callbacks, run last-in first-out by `__exit__` / `close()` (and
 *    `__aexit__` / `aclose()`, which await the async ones): `enter_context(cm)` enters `cm`
 *    and keeps its bound `__exit__`; `push(exit)` keeps an object's `__exit__` or a callable
 *    taking `(type, value, traceback)`; `callback(fn, *args, **kw)` keeps `fn(*args, **kw)`;
 *    `pop_all()` moves every callback to a new stack. The async variants
 *    (`enter_async_context`, `push_async_exit`, `push_async_callback`) keep awaitables.
 *  - Unwinding passes each callback the exception still pending: a true result suppresses
 *    it; an exception a callback raises replaces it, with the replaced one as its
 *    `__context__` (`_fix_exception_context`); the last pending exception is raised at the
 *    end, and `__exit__` returns whether a received exception was suppressed.
 *  - `enter_context` of an object without the protocol: `TypeError: '__main__.X' object does
 *    not support the context manager protocol` (module-qualified, unlike the statement's).
 *
 * CPython runs the callbacks while the received exception is being handled, so an exception
 * raised by a callback already has it as `__context__`; natives here run outside any
 * handler, so a missing `__context__` counts as that exception.
 */
import { None, PyInstance, type CallArgs, type PyClass, type Value } from '../values';
import { Thrown } from '../thrown';
import type { BodyGenerator } from '../scheduling';
import { defineBuiltinClass, isSubclass, lookupMro } from './classes';
import { bindDescriptor, callArgs } from './calls';
import { excState } from './exceptions';
import { exitArguments } from './context-managers';
import { inlineAwaitable } from './generators';
import type { PyRuntime } from './state';
import { typeOf } from './types';

interface ExitCallback {
  isSync: boolean;
  call: (details: Value[]) => Value;
}

interface StackState {
  callbacks: ExitCallback[];
}

function moduleQualname(cls: PyClass): string {
  const mod = cls.dict.get('__module__');
  return `${typeof mod === 'string' ? mod : 'builtins'}.${cls.qualname}`;
}

/** Lib/contextlib.py `_fix_exception_context`: make `old` the context of `next`'s chain. */
function fixContext(next: Value, old: Value | undefined, frameExc: Value | undefined): void {
  let cur = next;
  for (;;) {
    const s = excState(cur);
    if (!s) return;
    const ctx = s.context === None ? undefined : s.context;
    if (ctx === old && old !== undefined) return;
    if (ctx === undefined) {
      if (frameExc === undefined) return;
      break;
    }
    if (ctx === frameExc) break;
    cur = ctx;
  }
  const s = excState(cur);
  if (s) s.context = old ?? None;
}

export function exitStackClasses(rt: PyRuntime): { ExitStack: PyClass; AsyncExitStack: PyClass } {
  const realm = rt.realm;
  const object = rt.cls('object');
  const coroutineLike = defineBuiltinClass(realm, 'coroutine', [object], { register: false });
  const awaitOf = (v: Value): BodyGenerator => realm.model.awaitValue(v, undefined);
  // contextlib.py's methods take their first argument positionally (`callback(callback, /, *args)`).
  const first = (a: CallArgs, qualname: string, param: string): Value => {
    if (a.positional.length === 0) throw rt.error('TypeError', `${qualname}() missing 1 required positional argument: '${param}'`);
    return a.positional[0]!;
  };
  const construct = (cls: PyClass) => new PyInstance(cls, { callbacks: [] } satisfies StackState);
  const call = (fn: Value, args: Value[], keywords?: CallArgs['keywords']) => callArgs(rt, fn, { positional: args, keywords });

  let baseCls: PyClass;
  const state = (self: Value): StackState => {
    if (self instanceof PyInstance && isSubclass(self.cls, baseCls)) return self.internal as StackState;
    throw rt.error('TypeError', `descriptor requires a '_BaseExitStack' object`);
  };
  /** `type(cm).name` bound to `cm`, or undefined. */
  const special = (cm: Value, name: string): Value | undefined => {
    const cls = typeOf(rt, cm);
    const f = lookupMro(cls, name);
    return f === undefined ? undefined : bindDescriptor(rt, f, cm, cls);
  };
  const pushExit = (self: Value, exit: Value, isSync: boolean) => {
    state(self).callbacks.push({ isSync, call: (details) => call(exit, details) });
  };

  /**
   * The unwinding loop of `__exit__` / `__aexit__`: a generator, so async callbacks can be
   * awaited; for ExitStack every callback is sync and it never yields.
   */
  function* unwind(self: Value, details: Value[]): BodyGenerator {
    const received = details[1] !== undefined && details[1] !== None ? details[1] : undefined;
    let exc = received;
    const frameExc = received;
    let suppressed = false;
    let pendingRaise = false;
    const callbacks = state(self).callbacks;
    while (callbacks.length > 0) {
      const cb = callbacks.pop()!;
      try {
        const args = exc === undefined ? [None, None, None] : exitArguments(rt, exc);
        let r = cb.call(args);
        if (!cb.isSync) r = yield* awaitOf(r);
        if (realm.py.truthy(r)) {
          suppressed = true;
          pendingRaise = false;
          exc = undefined;
        }
      } catch (e) {
        if (!(e instanceof Thrown)) throw e;
        fixContext(e.value, exc, frameExc);
        pendingRaise = true;
        exc = e.value;
      }
    }
    if (pendingRaise && exc !== undefined) {
      // `raise exc` keeping the context just fixed (None included).
      const s = excState(exc);
      if (s && s.context === undefined) s.context = None;
      throw new Thrown(exc);
    }
    return received !== undefined && suppressed;
  }

  const baseMethods = {
    pop_all: (self: Value) => {
      const moved = state(self).callbacks;
      const fresh = call(typeOf(rt, self), []);
      state(fresh).callbacks = moved;
      state(self).callbacks = [];
      return fresh;
    },
    push: (self: Value, a: CallArgs) => {
      const exit = first(a, '_BaseExitStack.push', 'exit');
      const bound = special(exit, '__exit__');
      pushExit(self, bound ?? exit, true);
      return exit;
    },
    enter_context: (self: Value, a: CallArgs) => {
      const cm = first(a, '_BaseExitStack.enter_context', 'cm');
      const enter = special(cm, '__enter__');
      const exit = special(cm, '__exit__');
      if (enter === undefined || exit === undefined) {
        throw rt.error('TypeError', `'${moduleQualname(typeOf(rt, cm))}' object does not support the context manager protocol`);
      }
      const result = call(enter, []);
      pushExit(self, exit, true);
      return result;
    },
    callback: (self: Value, a: CallArgs) => {
      first(a, '_BaseExitStack.callback', 'callback');
      const [fn, ...args] = a.positional;
      state(self).callbacks.push({ isSync: true, call: () => call(fn, args, a.keywords) });
      return fn;
    },
  };

  baseCls = defineBuiltinClass(realm, '_BaseExitStack', [object], {
    module: 'contextlib',
    register: false,
    construct,
    methods: baseMethods,
  });

  const ExitStack = defineBuiltinClass(realm, 'ExitStack', [baseCls], {
    module: 'contextlib',
    register: false,
    methods: {
      __enter__: (self) => self,
      __exit__: (self, a) => drive(unwind(self, a.positional)),
      close: (self) => (drive(unwind(self, [None, None, None])), None),
    },
  });

  const awaitable = (name: string, body: BodyGenerator) => inlineAwaitable(rt, coroutineLike, body, name);
  const AsyncExitStack = defineBuiltinClass(realm, 'AsyncExitStack', [baseCls], {
    module: 'contextlib',
    register: false,
    methods: {
      __aenter__: (self) =>
        awaitable(
          '__aenter__',
          (function* (): BodyGenerator {
            return self;
          })(),
        ),
      __aexit__: (self, a) => awaitable('__aexit__', unwind(self, a.positional)),
      aclose: (self) =>
        awaitable(
          'aclose',
          (function* (): BodyGenerator {
            yield* unwind(self, [None, None, None]);
            return None;
          })(),
        ),
      enter_async_context: (self, a) => {
        const cm = first(a, 'AsyncExitStack.enter_async_context', 'cm');
        return awaitable(
          'enter_async_context',
          (function* (): BodyGenerator {
            const enter = special(cm, '__aenter__');
            const exit = special(cm, '__aexit__');
            if (enter === undefined || exit === undefined) {
              const name = moduleQualname(typeOf(rt, cm));
              throw rt.error('TypeError', `'${name}' object does not support the asynchronous context manager protocol`);
            }
            const result = yield* awaitOf(call(enter, []));
            pushExit(self, exit, false);
            return result;
          })(),
        );
      },
      push_async_exit: (self, a) => {
        const exit = first(a, 'AsyncExitStack.push_async_exit', 'exit');
        const bound = special(exit, '__aexit__');
        pushExit(self, bound ?? exit, false);
        return exit;
      },
      push_async_callback: (self, a) => {
        first(a, 'AsyncExitStack.push_async_callback', 'callback');
        const [fn, ...args] = a.positional;
        state(self).callbacks.push({ isSync: false, call: () => call(fn, args, a.keywords) });
        return fn;
      },
    },
  });
  return { ExitStack, AsyncExitStack };

  /** Run a generator that cannot suspend (ExitStack's callbacks are all sync). */
  function drive(g: BodyGenerator): Value {
    const r = g.next();
    if (!r.done) throw rt.error('RuntimeError', 'ExitStack callback suspended');
    return r.value;
  }
}
