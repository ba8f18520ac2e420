/**
 * A minimal realm for driving the Python models with hand-written TS generator bodies
 * (the interpreter and the Python runtime are tested elsewhere). Only what the models call
 * is implemented here, in the plainest way: repr/str of strings, numbers, lists and
 * exceptions, truthiness, `<=`, attribute lookup through the class MRO, and calls of
 * native functions.
 */
import { Recorder } from '../../../src/engine/events/recorder';
import { Budget, Realm, type Interp, type PyOps } from '../../../src/engine/runtime/realm';
import {
  BoundMethod,
  NativeFunction,
  None,
  PyClass,
  PyFloat,
  PyInstance,
  PyModule,
  PySet,
  PyTuple,
  PyDict,
  type CallArgs,
  type Value,
} from '../../../src/engine/runtime/values';
import { defineExceptionClass, lookupMro, pyNative, raiseError } from '../../../src/engine/runtime/python/classes';
import { ExcState } from '../../../src/engine/runtime/python/state';
import { bootstrapTypes } from '../../../src/engine/runtime/python/types';
import { NativeGetSet, PyStaticMethod } from '../../../src/engine/runtime/python/objects';
import type { Thrown } from '../../../src/engine/runtime/thrown';
import type { BodyGenerator, LoadedProgram, ModelDriver } from '../../../src/engine/models/model';
import { createPythonModel } from '../../../src/engine/models/python/index';
import type { Program } from '../../../src/engine/ir/nodes';

type Variant = 'python' | 'python-eager' | 'promisio';

function repr(v: Value): string {
  if (v === None || v === undefined || v === null) return 'None';
  if (typeof v === 'string') return `'${v}'`;
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (v instanceof PyFloat) return String(v.v);
  if (Array.isArray(v)) return `[${v.map(repr).join(', ')}]`;
  if (v instanceof PyTuple) return `(${v.items.map(repr).join(', ')}${v.items.length === 1 ? ',' : ''})`;
  if (v instanceof PyDict) return `{${[...v.entries.values()].map((e) => `${repr(e.key)}: ${repr(e.value)}`).join(', ')}}`;
  if (v instanceof PyInstance && v.internal instanceof ExcState) return `${v.cls.name}(${v.internal.args.map(repr).join(', ')})`;
  if (v instanceof PyInstance) {
    const r = lookupMro(v.cls, '__repr__');
    if (r instanceof NativeFunction) return String(r.impl(v, { positional: [] }, undefined));
    return `<${v.cls.name} object>`;
  }
  return `<${v.typeName}>`;
}

function display(v: Value): string {
  if (typeof v === 'string') return v;
  if (v instanceof PyInstance && v.internal instanceof ExcState) return v.internal.args.map(display).join(', ');
  return repr(v);
}

export class PyTestSession {
  readonly realm: Realm;
  readonly model: ModelDriver;
  readonly asyncio: PyModule;
  readonly promisio: PyModule;

  constructor(variant: Variant = 'python', opts: { record?: boolean } = {}) {
    const realm = new Realm({
      modelName: variant,
      displayLang: 'py',
      rec: new Recorder(opts.record ?? false),
      budget: new Budget(1_000_000),
    });
    this.realm = realm;
    const object = bootstrapTypes(realm).object;
    const base = defineExceptionClass(realm, 'BaseException', object);
    const exc = defineExceptionClass(realm, 'Exception', base);
    for (const n of ['RuntimeError', 'TypeError', 'ValueError', 'KeyError', 'StopIteration', 'AttributeError'])
      defineExceptionClass(realm, n, exc);
    defineExceptionClass(realm, 'TimeoutError', exc);
    realm.py = this.pyOps();
    realm.interp = this.interp();
    this.model = createPythonModel(realm, variant);
    realm.model = this.model;
    this.asyncio = realm.modules.get('asyncio') as PyModule;
    this.promisio = realm.modules.get('promisio') as PyModule;
  }

  private pyOps(): PyOps {
    const realm = () => this.realm;
    const ops: Partial<PyOps> = {
      lang: 'py',
      truthy: (v) => !(v === None || v === undefined || v === null || v === false || v === 0 || v === ''),
      compare: (op, a, b) => {
        const x = a instanceof PyFloat ? a.v : (a as number);
        const y = b instanceof PyFloat ? b.v : (b as number);
        if (op === '<=') return x <= y;
        if (op === '<') return x < y;
        if (op === '==') return x === y;
        throw new Error(`test realm: compare ${op}`);
      },
      repr,
      display,
      errorSummary: (e) => {
        const msg = display(e);
        return msg ? `${(e as PyInstance).cls.name}: ${msg}` : (e as PyInstance).cls.name;
      },
      makeDict: (entries) => {
        const d = new PyDict();
        for (const [k, v] of entries) d.entries.set(k, { key: k, value: v });
        return d;
      },
      makeTuple: (items) => new PyTuple(items),
      makeSet: (items) => {
        const s = new PySet();
        for (const i of items) s.entries.set(i, i);
        return s;
      },
      makeFloat: (v) => new PyFloat(v),
      iterate: (v) => {
        if (Array.isArray(v)) return v;
        if (v instanceof PyTuple) return v.items;
        throw new Error('test realm: iterate');
      },
      toException: (v) => (v instanceof PyClass ? ops.callClass!(v, { positional: [] }) : v),
      callClass: (cls, args) => {
        if (cls.mro.some((c) => c.native)) return cls.mro.find((c) => c.native)!.native!.construct(cls, args, realm());
        const inst = new PyInstance(cls, new ExcState(args.positional));
        const init = lookupMro(cls, '__init__');
        if (init instanceof NativeFunction) init.impl(inst, args, realm());
        return inst;
      },
      getAttr: (obj, name) => {
        if (obj instanceof PyModule) {
          obj.resolve(name); // asyncio's less used classes are made at their first lookup
          const v = obj.dict.get(name);
          if (v === undefined) throw new Error(`test realm: module has no attribute ${name}`);
          return v;
        }
        if (obj instanceof PyInstance) {
          const own = obj.dict.get(name);
          if (own !== undefined) return own;
          const v = lookupMro(obj.cls, name);
          if (v instanceof NativeFunction) return new BoundMethod(obj, v);
          if (v instanceof NativeGetSet) return v.get(obj);
          if (v instanceof PyStaticMethod) return v.fn;
          if (v !== undefined) return v;
        }
        if (obj instanceof PyClass) {
          const v = lookupMro(obj, name);
          if (v instanceof PyStaticMethod) return v.fn;
          if (v !== undefined) return v;
        }
        throw new Error(`test realm: no attribute ${name}`);
      },
      getItem: (obj, key) => {
        if (obj instanceof PyDict) return obj.entries.get(key)!.value;
        if (Array.isArray(obj)) return obj[key as number];
        throw new Error('test realm: getItem');
      },
    };
    return ops as PyOps;
  }

  private interp(): Interp {
    const call = (fn: Value, thisArg: Value, args: CallArgs): Value => {
      if (fn instanceof BoundMethod) return call(fn.fn, fn.self, args);
      if (fn instanceof NativeFunction) return fn.impl(thisArg, args, this.realm);
      if (fn instanceof PyClass) return this.realm.py.callClass(fn, args);
      throw new Error(`test realm: cannot call ${repr(fn)}`);
    };
    return {
      call,
      construct: () => {
        throw new Error('test realm: construct');
      },
      loadModule: () => {
        throw new Error('test realm: loadModule');
      },
      isCallable: (v) => v instanceof NativeFunction || v instanceof BoundMethod || v instanceof PyClass,
      currentFunction: () => undefined,
      // Only a model that drives calls (the js model) uses these; the Python models never do.
      enterCall: () => {
        throw new Error('test realm: enterCall');
      },
      leaveCall: () => {
        throw new Error('test realm: leaveCall');
      },
      callRequested: () => {
        throw new Error('test realm: callRequested');
      },
    };
  }

  // ---- helpers that read like the Python programs ----

  print = (...parts: Value[]): Value => {
    this.realm.print(parts.map(display).join(' '));
    return None;
  };

  /** `raise T(msg)`: `throw s.raise('ValueError', 'x')`. */
  raise(type: string, msg?: string): Thrown {
    return raiseError(this.realm, type, msg);
  }

  /** A Python callable (for call_soon, add_done_callback, then...). */
  fn(impl: (...args: Value[]) => Value | void, name = 'f'): NativeFunction {
    return pyNative(name, (_self, args) => {
      const r = impl(...args.positional);
      return r === undefined ? None : r;
    });
  }

  /** `async def name(...)`: calling it goes through model.callAsync. */
  asyncDef<A extends unknown[]>(name: string, body: (...args: A) => BodyGenerator, qualname = name): (...args: A) => Value {
    return (...args: A) => this.model.callAsync(body(...args), { name, qualname });
  }

  /** `await v` inside a body: `yield* s.await(v)`. */
  await(v: Value): Generator<unknown, Value, unknown> {
    return this.model.awaitValue(v, undefined);
  }

  /** `module.name(*args, **kw)`. */
  call(mod: 'asyncio' | 'promisio', name: string, args: Value[] = [], kw?: Record<string, Value>): Value {
    const m = mod === 'asyncio' ? this.asyncio : this.promisio;
    const f = m.dict.get(name);
    if (f === undefined) throw new Error(`no ${mod}.${name}`);
    return this.realm.interp.call(f, undefined, { positional: args, keywords: kw ? new Map(Object.entries(kw)) : undefined }, 'py');
  }

  /** `obj.name(*args)`. */
  m(obj: Value, name: string, ...args: Value[]): Value {
    return this.realm.interp.call(this.realm.py.getAttr(obj, name), undefined, { positional: args }, 'py');
  }

  /** Loop iterations so far (`loopcount.it()` of docs/semantics.md). */
  it = (): number => (this.model as unknown as { iterations: number }).iterations;

  /** Run a program whose module body is `main` (a generator = top-level await → repl). */
  runRepl(main: () => BodyGenerator): void {
    this.runProgram({ hasTopLevelAwait: true, runAsync: main });
  }

  /** Run a synchronous module body in script mode (e.g. calling asyncio.run). */
  runScript(body: () => void): void {
    this.runProgram({ hasTopLevelAwait: false, runSync: body });
  }

  private runProgram(p: { hasTopLevelAwait: boolean; runAsync?: () => BodyGenerator; runSync?: () => void }): void {
    const program = {
      kind: 'Program',
      lang: 'py',
      body: [],
      hasTopLevelAwait: p.hasTopLevelAwait,
      loc: { line: 1, col: 0 },
    } as unknown as Program;
    const loaded: LoadedProgram = {
      program,
      module: {
        runSync: () => (p.runSync ? (p.runSync(), None) : None),
        runAsync: () => p.runAsync!(),
      },
    };
    this.model.start(loaded);
    while (!this.model.runUntil(this.realm.budget.used + 100_000));
    this.outcome = this.model.finish();
  }

  outcome: ReturnType<ModelDriver['finish']> | undefined;

  get stdout(): string[] {
    return this.realm.stdout;
  }
}
