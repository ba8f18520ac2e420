/**
 * The small context managers of `contextlib` (Lib/contextlib.py, CPython 3.14):
 *
 *  - `suppress(*exceptions)`: `__exit__` answers True for a listed exception type; for an
 *    exception group it splits off the listed part and re-raises the rest (or suppresses
 *    the whole group when nothing is left).
 *  - `closing(thing)` / `aclosing(thing)`: enter gives `thing`; exit calls `thing.close()` /
 *    awaits `thing.aclose()`.
 *  - `nullcontext(enter_result=None)`: enter gives `enter_result`, sync and async.
 *  - `AbstractContextManager` / `AbstractAsyncContextManager`: base classes whose enter
 *    returns `self` and whose exit returns None.
 *
 * The async methods return awaitables that run inline in the awaiting coroutine, as
 * awaiting contextlib's `async def` methods does (contextlib.ts `inlineAwaitable`).
 */
import { None, PyInstance, PyTuple, type PyClass, type Value } from '../values';
import type { BodyGenerator } from '../scheduling';
import { Thrown } from '../thrown';
import { defineBuiltinClass, isSubclass } from './classes';
import { callArgs } from './calls';
import { getAttr } from './attributes';
import { inlineAwaitable } from './generators';
import { isExceptionGroup } from './exception-groups';
import type { PyRuntime } from './state';

function internal<T>(rt: PyRuntime, self: Value, cls: PyClass): T {
  if (self instanceof PyInstance && isSubclass(self.cls, cls)) return self.internal as T;
  throw rt.error('TypeError', `descriptor requires a '${cls.name}' object`);
}

function method(rt: PyRuntime, obj: Value, name: string, args: Value[]): Value {
  return callArgs(rt, getAttr(rt, obj, name), { positional: args });
}

/** The classes this file adds to the contextlib module, by name. */
export function contextlibHelpers(rt: PyRuntime): Record<string, PyClass> {
  const realm = rt.realm;
  const object = rt.cls('object');
  const coroutineLike = defineBuiltinClass(realm, 'coroutine', [object], { register: false });
  const awaitable = (name: string, body: () => BodyGenerator) => inlineAwaitable(rt, coroutineLike, body(), name);
  const awaitOf = (v: Value): BodyGenerator => realm.model.awaitValue(v, undefined);

  const suppress: PyClass = defineBuiltinClass(realm, 'suppress', [object], {
    module: 'contextlib',
    register: false,
    construct: (cls, args) => new PyInstance(cls, new PyTuple(args.positional.slice())),
    methods: {
      __enter__: () => None,
      __exit__: (self, a) => {
        const exceptions = internal<PyTuple>(rt, self, suppress);
        const [exctype, excinst] = a.positional;
        if (exctype === None || exctype === undefined) return None;
        if (realm.py.exceptionMatches(excinst, exceptions)) return true;
        if (isExceptionGroup(excinst)) {
          const pair = method(rt, excinst, 'split', [exceptions]);
          const rest = pair instanceof PyTuple ? pair.items[1] : None;
          if (rest === None) return true;
          throw new Thrown(rest);
        }
        return false;
      },
    },
  });

  const closing: PyClass = defineBuiltinClass(realm, 'closing', [object], {
    module: 'contextlib',
    register: false,
    construct: (cls, args) => new PyInstance(cls, { thing: args.positional[0] }),
    methods: {
      __enter__: (self) => internal<{ thing: Value }>(rt, self, closing).thing,
      __exit__: (self) => {
        method(rt, internal<{ thing: Value }>(rt, self, closing).thing, 'close', []);
        return None;
      },
    },
  });

  const aclosing: PyClass = defineBuiltinClass(realm, 'aclosing', [object], {
    module: 'contextlib',
    register: false,
    construct: (cls, args) => new PyInstance(cls, { thing: args.positional[0] }),
    methods: {
      __aenter__: (self) => {
        const { thing } = internal<{ thing: Value }>(rt, self, aclosing);
        return awaitable('__aenter__', function* () {
          return thing;
        });
      },
      __aexit__: (self) => {
        const { thing } = internal<{ thing: Value }>(rt, self, aclosing);
        return awaitable('__aexit__', function* () {
          yield* awaitOf(method(rt, thing, 'aclose', []));
          return None;
        });
      },
    },
  });

  const nullcontext: PyClass = defineBuiltinClass(realm, 'nullcontext', [object], {
    module: 'contextlib',
    register: false,
    construct: (cls, args) => {
      const given = args.keywords?.get('enter_result') ?? args.positional[0];
      return new PyInstance(cls, { result: given === undefined ? None : given });
    },
    methods: {
      __enter__: (self) => internal<{ result: Value }>(rt, self, nullcontext).result,
      __exit__: () => None,
      __aenter__: (self) => {
        const { result } = internal<{ result: Value }>(rt, self, nullcontext);
        return awaitable('__aenter__', function* () {
          return result;
        });
      },
      __aexit__: () =>
        awaitable('__aexit__', function* () {
          return None;
        }),
    },
  });

  const abstractCm = defineBuiltinClass(realm, 'AbstractContextManager', [object], {
    module: 'contextlib',
    register: false,
    methods: {
      __enter__: (self) => self,
      __exit__: () => None,
    },
  });
  const abstractAsyncCm = defineBuiltinClass(realm, 'AbstractAsyncContextManager', [object], {
    module: 'contextlib',
    register: false,
    methods: {
      __aenter__: (self) =>
        awaitable('__aenter__', function* () {
          return self;
        }),
      __aexit__: () =>
        awaitable('__aexit__', function* () {
          return None;
        }),
    },
  });
  return { suppress, closing, aclosing, nullcontext, AbstractContextManager: abstractCm, AbstractAsyncContextManager: abstractAsyncCm };
}
