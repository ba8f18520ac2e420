/** The API models use to define built-in classes (asyncio.Future, CancelledError, ...). */
import { describe, expect, it } from 'vitest';
import { None, PyInstance, type Value } from '../../../src/engine/runtime/values';
import { isThrown } from '../../../src/engine/runtime/thrown';
import { defineBuiltinClass, defineExceptionClass, newException, pyClass, raiseError } from '../../../src/engine/runtime/python/index';
import { pyEnv } from './helpers';

describe('defineBuiltinClass', () => {
  it('builds a class with native methods, properties, class methods and a module-qualified repr', () => {
    const env = pyEnv();
    const { realm, py } = env;
    const Box = defineBuiltinClass(realm, 'Box', [pyClass(realm, 'object')], {
      module: 'asyncio',
      construct: (cls, args) => new PyInstance(cls, { v: args.positional[0] ?? None }),
      accepts: (v) => v instanceof PyInstance && v.cls.name === 'Box',
      methods: {
        get: (self) => ((self as PyInstance).internal as { v: Value }).v,
        __repr__: (self) => `<Box ${py.repr(((self as PyInstance).internal as { v: Value }).v)}>`,
      },
      classMethods: { make: (cls) => py.callClass(cls as never, { positional: [7] }) },
      properties: {
        value: {
          get: (self) => ((self as PyInstance).internal as { v: Value }).v,
          set: (self, v) => {
            ((self as PyInstance).internal as { v: Value }).v = v;
          },
        },
      },
    });
    expect(py.repr(Box)).toBe("<class 'asyncio.Box'>");
    const b = py.callClass(Box, { positional: [3] });
    expect(env.m(b, 'get')).toBe(3);
    expect(py.repr(b)).toBe('<Box 3>');
    py.setAttr(b, 'value', 'x');
    expect(py.getAttr(b, 'value')).toBe('x');
    expect(py.repr(env.m(Box, 'make'))).toBe('<Box 7>');
    expect(env.b('isinstance', [b, Box])).toBe(true);
    expect(env.b('type', [b])).toBe(Box);
    // Unbound use through the class, and the descriptor error for a wrong receiver (naming the
    // type as its tp_name, module and name).
    expect(env.m(Box, 'get', [b])).toBe('x');
    expect(env.err(() => env.m(Box, 'get', [1]))).toBe(
      "TypeError: descriptor 'get' for 'asyncio.Box' objects doesn't apply to a 'int' object",
    );
  });

  it('defines exception classes that match except clauses and summarise as Type: message', () => {
    const env = pyEnv();
    const { realm, py } = env;
    const Cancelled = defineExceptionClass(realm, 'CancelledError', 'BaseException', 'asyncio');
    const e = newException(realm, 'CancelledError', 'stop');
    expect(py.errorSummary(e)).toBe('CancelledError: stop');
    expect(py.errorSummary(newException(realm, Cancelled))).toBe('CancelledError');
    expect(py.exceptionMatches(e, Cancelled)).toBe(true);
    expect(py.exceptionMatches(e, pyClass(realm, 'Exception'))).toBe(false);
    expect(py.exceptionMatches(e, pyClass(realm, 'BaseException'))).toBe(true);
    expect(py.exceptionMatches(e, py.makeTuple([pyClass(realm, 'ValueError'), Cancelled]))).toBe(true);
    expect(py.repr(e)).toBe("CancelledError('stop')");
    const thrown = raiseError(realm, 'RuntimeError', 'no running event loop');
    expect(isThrown(thrown) && py.errorSummary(thrown.value)).toBe('RuntimeError: no running event loop');
  });

  it('chains exceptions and converts raise targets', () => {
    const env = pyEnv();
    const { realm, py } = env;
    const inner = newException(realm, 'KeyError', 'k');
    const outer = py.toException(pyClass(realm, 'ValueError'));
    py.chainException!(outer, inner, undefined);
    expect(py.repr(py.getAttr(outer, '__context__'))).toBe("KeyError('k')");
    expect(py.getAttr(outer, '__cause__')).toBe(None);
    py.chainException!(outer, undefined, inner);
    expect(py.getAttr(outer, '__cause__')).toBe(inner);
    expect(py.getAttr(outer, '__suppress_context__')).toBe(true);
    expect(env.err(() => py.toException(1))).toBe('TypeError: exceptions must derive from BaseException');
  });
});
