/**
 * The `types` module: the type objects of values a program can make (`FunctionType`,
 * `GeneratorType`, ...), `SimpleNamespace`, and `coroutine` (Lib/types.py), the decorator
 * that makes a generator function's generators awaitable: the "await is yield from" of
 * generator-based coroutines, which explanations of asyncio's internals build on. Its other
 * names are reported as unsupported (stdlib-names.ts).
 */
import { FunctionValue, None, PyDict, PyInstance, PyModule, type CallArgs, type PyClass, type Value } from '../values';
import { positional } from './args';
import { callArgs } from './calls';
import { defineBuiltinClass, pyNative } from './classes';
import { pyEquals } from './equality';
import { pyRepr } from './formatting';
import { toArray } from './iteration';
import { mappingItems } from './mapping';
import { markIterableCoroutine, PyGenerator } from './generators';
import type { PyRuntime } from './state';
import { Ellipsis, NotImplemented } from './objects';
import { coreTypes, markDottedTpName, typeName, typeOf } from './types';

export function installTypesModule(rt: PyRuntime): PyModule {
  const m = new PyModule('types');
  m.dict.set('__name__', 'types');
  const t = coreTypes(rt);
  const genClasses = rt.genClasses;
  m.dict.set('FunctionType', t.function);
  m.dict.set('LambdaType', t.function);
  m.dict.set('MethodType', t.method);
  m.dict.set('BuiltinFunctionType', t.builtin);
  m.dict.set('BuiltinMethodType', t.builtin);
  m.dict.set('ModuleType', t.module);
  m.dict.set('NoneType', t.NoneType);
  m.dict.set('EllipsisType', typeOf(rt, Ellipsis));
  m.dict.set('NotImplementedType', typeOf(rt, NotImplemented));
  if (genClasses) {
    m.dict.set('GeneratorType', genClasses.generator);
    m.dict.set('AsyncGeneratorType', genClasses.asyncGenerator);
  }
  m.dict.set('SimpleNamespace', simpleNamespace(rt));
  m.dict.set(
    'coroutine',
    pyNative('coroutine', (_s, a) => {
      const [func] = positional(rt, 'coroutine', a, 1, 1, ['func']);
      if (func instanceof FunctionValue && func.lang === 'py' && func.def?.isGenerator && !func.def.isAsync) {
        markIterableCoroutine(func);
        return func;
      }
      if (func instanceof FunctionValue && func.def?.isAsync) return func;
      if (!isCallable(func)) throw rt.error('TypeError', 'types.coroutine() expects a callable');
      // Any other callable: a wrapper whose generator results are awaitable (types.py `wrapped`).
      return pyNative('wrapped', (_self, args: CallArgs) => {
        const result = callArgs(rt, func!, args);
        if (result instanceof PyGenerator) markIterableCoroutine(result.driver);
        return result;
      });
    }),
  );
  return m;
}

function isCallable(v: Value): boolean {
  return v !== undefined && v !== null && v !== None && (typeof v === 'object' || typeof v === 'function');
}

/** `types.SimpleNamespace` (Objects/namespaceobject.c): attributes from a mapping and keywords. */
function simpleNamespace(rt: PyRuntime) {
  const self = (v: Value) => v as PyInstance;
  const fill = (ns: PyInstance, a: CallArgs) => {
    if (a.positional.length > 1)
      throw rt.error('TypeError', `SimpleNamespace expected at most 1 positional argument, got ${a.positional.length}`);
    const first = a.positional[0];
    if (first !== undefined) {
      const items = first instanceof PyDict ? mappingItems(rt, first) : toArray(rt, first).map((p) => toArray(rt, p) as [Value, Value]);
      for (const [k, v] of items) {
        if (typeof k !== 'string') throw rt.error('TypeError', `keywords must be strings, not '${typeName(rt, k)}'`);
        ns.dict.set(k, v);
      }
    }
    for (const [k, v] of a.keywords ?? []) ns.dict.set(k, v);
  };
  const cls = defineBuiltinClass(rt.realm, 'SimpleNamespace', [rt.cls('object')], {
    module: 'types',
    register: false,
    pythonLevel: true,
    // Built-in classes are complete after their construct (instances.ts callClass); a
    // subclass's instances get __init__ as well, as CPython's namespace_new ignores its arguments.
    construct: (c: PyClass, a: CallArgs) => {
      const ns = new PyInstance(c);
      if (!rt.userClasses.has(c)) fill(ns, a);
      return ns;
    },
    methods: {
      __init__: (s, a) => (fill(self(s), a), None),
      __repr__: (s) => {
        const ns = self(s);
        const name = ns.cls.name === 'SimpleNamespace' ? 'namespace' : ns.cls.name;
        return `${name}(${[...ns.dict].map(([k, v]) => `${k}=${pyRepr(rt, v)}`).join(', ')})`;
      },
      __eq__: (s, a) => {
        const other = a.positional[0];
        const ns = self(s);
        if (!(other instanceof PyInstance) || !other.cls.mro.includes(cls)) return NotImplemented;
        if (other.dict.size !== ns.dict.size) return false;
        for (const [k, v] of ns.dict) {
          const w = other.dict.get(k);
          if (w === undefined || !pyEquals(rt, v, w)) return false;
        }
        return true;
      },
    },
  });
  cls.dict.set('__hash__', None);
  markDottedTpName(cls);
  return cls;
}
