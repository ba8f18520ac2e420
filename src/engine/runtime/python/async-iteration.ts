/**
 * Python's async iteration protocol outside the generator object itself: `aiter()` /
 * `anext()` (Python/bltinmodule.c, `anext` with a default as an `anext_awaitable`), and the
 * `__aiter__` / `__anext__` steps an `async for` or async comprehension takes
 * (interp/compile-async-for-py.ts), with CPython's messages.
 */
import type { BodyGenerator } from '../scheduling';
import { PyInstance, type CallArgs, type Value } from '../values';
import { lookupMro } from './classes';
import { callDunder } from './calls';
import { isInstanceOfClass, PyGenerator, PyNativeAwaitable } from './generators';
import type { PyRuntime } from './state';
import { typeName } from './types';

/** `anext(ait[, default])` and `aiter(x)` (Python/bltinmodule.c). */
export function asyncIterBuiltins(rt: PyRuntime): Record<string, (self: Value, a: CallArgs) => Value> {
  const realm = rt.realm;
  return {
    aiter: (_self, a) => {
      const p = a.positional;
      if (p.length !== 1) throw rt.error('TypeError', `aiter expected 1 argument, got ${p.length}`);
      return aiterOf(rt, p[0]);
    },
    anext: (_self, a) => {
      const p = a.positional;
      if (p.length < 1 || p.length > 2) throw rt.error('TypeError', `anext expected at least 1 argument, got ${p.length}`);
      const it = p[0];
      if (!(it instanceof PyInstance) || lookupMro(it.cls, '__anext__') === undefined) {
        throw rt.error('TypeError', `'${typeName(rt, it)}' object is not an async iterator`);
      }
      const aw = callDunder(rt, it, '__anext__', [])!;
      if (p.length === 1) return aw;
      const dflt = p[1];
      const body = (function* (): BodyGenerator {
        try {
          return yield* realm.model.awaitValue(aw, undefined);
        } catch (e) {
          if (isInstanceOfClass(rt, e, 'StopAsyncIteration')) return dflt;
          throw e;
        }
      })();
      if (realm.model.name === 'js') return realm.model.callAsync(body, { name: 'anext', qualname: 'anext' });
      return new PyNativeAwaitable(rt.genClasses!.anextAwaitable, body, 'cannot reuse already awaited anext()', rt);
    },
  };
}

/** `type(x).__aiter__(x)`; TypeError when there is none. */
export function aiterOf(rt: PyRuntime, x: Value, what?: string): Value {
  if (x instanceof PyGenerator && x.isAsync) return x;
  if (x instanceof PyInstance && lookupMro(x.cls, '__aiter__') !== undefined) {
    const it = callDunder(rt, x, '__aiter__', [])!;
    if (!(it instanceof PyInstance) || lookupMro(it.cls, '__anext__') === undefined) {
      throw rt.error(
        'TypeError',
        what
          ? `'${what}' received an object from __aiter__ that does not implement __anext__: ${typeName(rt, it)}`
          : `aiter() returned not an async iterator of type '${typeName(rt, it)}'`,
      );
    }
    return it;
  }
  throw rt.error(
    'TypeError',
    what
      ? `'${what}' requires an object with __aiter__ method, got ${typeName(rt, x)}`
      : `'${typeName(rt, x)}' object is not an async iterable`,
  );
}

/** `type(it).__anext__(it)` for `async for` / async comprehensions (an async generator's directly). */
export function anextOf(rt: PyRuntime, it: Value): Value {
  if (it instanceof PyGenerator && it.isAsync) return callDunder(rt, it, '__anext__', [])!;
  return callDunder(rt, it, '__anext__', [])!;
}

/** Whether a thrown value ends an `async for` (StopAsyncIteration). */
export function isStopAsyncIteration(rt: PyRuntime, e: unknown): boolean {
  return isInstanceOfClass(rt, e, 'StopAsyncIteration');
}
