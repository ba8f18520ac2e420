/**
 * The `inspect` module's predicates (Lib/inspect.py, CPython 3.14): what asyncio lessons ask
 * of a callable or an object — is it a coroutine function, a coroutine, awaitable, a
 * generator — and the kinds of callables. A function's kind is its code's flags: an
 * `async def` is a coroutine function, one that also yields an async generator function; a
 * bound method, a `functools.partial` and a `@functools.wraps` wrapper's `__wrapped__`
 * chain are not looked through except where inspect looks through them (`_has_code_flag`:
 * methods and partials). Its other names are reported as unsupported (stdlib-names.ts).
 */
import { BoundMethod, FunctionValue, NativeFunction, PyClass, PyModule, type Value } from '../values';
import { positional } from './args';
import { lookupMro, pyNative } from './classes';
import { isIterableCoroutine, isIterableCoroutineDriver, PyGenerator } from './generators';
import { partialOf } from './partial';
import type { PyRuntime } from './state';
import { typeOf } from './types';

/** `inspect._has_code_flag`: the function under bound methods and partials. */
function underlyingFunction(v: Value): Value {
  let f = v;
  for (let i = 0; i < 100; i++) {
    if (f instanceof BoundMethod) f = f.fn;
    else {
      const p = partialOf(f);
      if (p === undefined) break;
      f = p.func;
    }
  }
  return f;
}

function pyFunction(v: Value): FunctionValue | undefined {
  return v instanceof FunctionValue && v.lang === 'py' ? v : undefined;
}

/** `inspect.iscoroutinefunction`: an `async def` (not a generator) under bound methods and partials. */
export function isCoroutineFunction(v: Value): boolean {
  const f = pyFunction(underlyingFunction(v));
  return f !== undefined && f.def.isAsync && !f.def.isGenerator;
}

export function installInspectModule(rt: PyRuntime): PyModule {
  const m = new PyModule('inspect');
  m.dict.set('__name__', 'inspect');
  const predicate = (name: string, test: (v: Value) => boolean) =>
    m.dict.set(
      name,
      pyNative(name, (_s, a) => test(positional(rt, name, a, 1, 1, ['object'])[0]!)),
    );
  const codeKind = (v: Value): 'plain' | 'generator' | 'coroutine' | 'asyncgen' | undefined => {
    const f = pyFunction(underlyingFunction(v));
    if (f === undefined) return undefined;
    const { isAsync, isGenerator } = f.def;
    return isAsync ? (isGenerator ? 'asyncgen' : 'coroutine') : isGenerator ? 'generator' : 'plain';
  };
  const isCoroutineObject = (v: Value) => rt.coroutineClass !== null && typeOf(rt, v) === rt.coroutineClass;

  predicate('iscoroutinefunction', isCoroutineFunction);
  predicate('isgeneratorfunction', (v) => codeKind(v) === 'generator');
  predicate('isasyncgenfunction', (v) => codeKind(v) === 'asyncgen');
  predicate('iscoroutine', isCoroutineObject);
  predicate('isgenerator', (v) => v instanceof PyGenerator && !v.isAsync);
  predicate('isasyncgen', (v) => v instanceof PyGenerator && v.isAsync);
  // A coroutine, a generator made awaitable by @types.coroutine, or anything whose type has
  // __await__ (collections.abc.Awaitable).
  predicate(
    'isawaitable',
    (v) =>
      isCoroutineObject(v) ||
      (v instanceof PyGenerator && !v.isAsync && (isIterableCoroutine(v) || isIterableCoroutineDriver(v.driver))) ||
      lookupMro(typeOf(rt, v), '__await__') !== undefined,
  );
  predicate('isfunction', (v) => pyFunction(v) !== undefined);
  predicate('ismethod', (v) => v instanceof BoundMethod && pyFunction(v.fn) !== undefined);
  predicate('isclass', (v) => v instanceof PyClass);
  predicate('isbuiltin', (v) => v instanceof NativeFunction || (v instanceof BoundMethod && v.fn instanceof NativeFunction));
  // A partial is a method descriptor in 3.14 (it has __get__), so inspect counts it a routine.
  predicate(
    'isroutine',
    (v) =>
      pyFunction(v) !== undefined ||
      v instanceof NativeFunction ||
      partialOf(v) !== undefined ||
      (v instanceof BoundMethod && (pyFunction(v.fn) !== undefined || v.fn instanceof NativeFunction)),
  );
  predicate('ismodule', (v) => v instanceof PyModule);
  return m;
}
