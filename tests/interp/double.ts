/**
 * A small stand-in for the Python and JS runtimes (LangOps), enough to exercise the
 * interpreter: numbers, strings, lists, objects with prototypes, Python classes with
 * __init__ and an exception hierarchy. Tests that need real semantics run through the
 * engine instead (engine.test.ts); these check the interpreter's own work: scoping,
 * calls, control flow, classes, errors.
 */
import { Budget, Realm, type PyOps } from '../../src/engine/runtime/realm';
import { Recorder } from '../../src/engine/events/recorder';
import { Thrown } from '../../src/engine/runtime/thrown';
import {
  BoundMethod,
  FunctionValue,
  HeapObject,
  JSObject,
  NativeFunction,
  None,
  PyClass,
  PyDict,
  PyFloat,
  PyInstance,
  PyModule,
  PySet,
  PyTuple,
  type CallArgs,
  type Value,
} from '../../src/engine/runtime/values';
import { jsDouble } from './double-js';
import { createInterp } from '../../src/engine/interp/index';
import { DONE, PyIterator } from '../../src/engine/runtime/python/index';
import { parseJs, parsePython } from '../../src/engine/syntax/index';
import type { Lang } from '../../src/engine/ir/nodes';
import type { SchedulingModel } from '../../src/engine/models/model';

export function makeRealm(lang: Lang, budget = 200_000): Realm {
  const realm = new Realm({
    modelName: lang === 'py' ? 'python' : 'js',
    displayLang: lang,
    rec: new Recorder(false),
    budget: new Budget(budget),
  });
  const call = (fn: Value, self: Value, args: Value[]) => realm.interp.call(fn, self, { positional: args }, 'js');

  const { js, ObjectPrototype, ErrorPrototype, jsGet, jsNewError, jsStr } = jsDouble(realm, call);

  const excArgs = new WeakMap<object, Value[]>();
  const exc: Record<string, PyClass> = {};
  const mkExc = (name: string, base?: PyClass): PyClass => {
    const cls: PyClass = new PyClass(name, name, base ? [base] : [], undefined, {
      construct: (c, args) => {
        const inst = new PyInstance(c);
        excArgs.set(inst, args.positional);
        return inst;
      },
    });
    cls.mro = [cls, ...(base ? base.mro : [])];
    exc[name] = cls;
    return cls;
  };
  const BaseException = mkExc('BaseException');
  const Exception = mkExc('Exception', BaseException);
  for (const n of [
    'ValueError',
    'TypeError',
    'NameError',
    'AssertionError',
    'RuntimeError',
    'ZeroDivisionError',
    'AttributeError',
    'KeyError',
    'ImportError',
    'StopIteration',
  ])
    mkExc(n, Exception);
  mkExc('UnboundLocalError', exc.NameError);
  mkExc('RecursionError', exc.RuntimeError);
  mkExc('ModuleNotFoundError', exc.ImportError);
  const pyNewError = (type: string, msg: string) => new Thrown(exc[type]!.native!.construct(exc[type]!, { positional: [msg] }, realm));
  const lookup = (cls: PyClass, name: string): Value => {
    for (const c of cls.mro) if (c.dict.has(name)) return c.dict.get(name);
    return undefined;
  };
  const isFn = (v: Value) => v instanceof FunctionValue || v instanceof NativeFunction;
  const pyStr = (v: Value): string => {
    if (typeof v === 'string') return v;
    if (v instanceof PyInstance && excArgs.has(v)) {
      const a = excArgs.get(v)!;
      return a.length === 0 ? '' : pyStr(a[0]);
    }
    return pyRepr(v);
  };
  const pyRepr = (v: Value): string => {
    if (v === None) return 'None';
    if (v === true) return 'True';
    if (v === false) return 'False';
    if (typeof v === 'string') return `'${v}'`;
    if (v instanceof PyFloat) return Number.isInteger(v.v) ? `${v.v}.0` : String(v.v);
    if (Array.isArray(v)) return `[${v.map(pyRepr).join(', ')}]`;
    if (v instanceof PyTuple) return v.items.length === 1 ? `(${pyRepr(v.items[0])},)` : `(${v.items.map(pyRepr).join(', ')})`;
    if (v instanceof PyDict) return `{${[...v.entries.values()].map((e) => `${pyRepr(e.key)}: ${pyRepr(e.value)}`).join(', ')}}`;
    if (v instanceof PySet) return `{${[...v.entries.values()].map(pyRepr).join(', ')}}`;
    if (v instanceof PyClass) return `<class '${v.name}'>`;
    if (v instanceof PyInstance)
      return excArgs.has(v) ? `${v.cls.name}(${excArgs.get(v)!.map(pyRepr).join(', ')})` : `<${v.cls.name} object>`;
    if (v instanceof FunctionValue) return `<function ${v.def.qualname}>`;
    if (v instanceof HeapObject) return js.repr(v);
    return String(v);
  };
  const pyNum = (v: Value): number => (v instanceof PyFloat ? v.v : (v as number));
  const num = (x: number, a: Value, b: Value) => (a instanceof PyFloat || b instanceof PyFloat ? new PyFloat(x) : x);
  const pyEq = (a: Value, b: Value): boolean => (a instanceof PyFloat || b instanceof PyFloat ? pyNum(a) === pyNum(b) : a === b);
  const pyIter = (v: Value): Value[] => {
    if (Array.isArray(v)) return v;
    if (v instanceof PyIterator) {
      const out: Value[] = [];
      for (let x = v.next(); x !== DONE; x = v.next()) out.push(x);
      return out;
    }
    if (v instanceof PyTuple) return [...v.items];
    if (typeof v === 'string') return [...v];
    if (v instanceof PyDict) return [...v.entries.values()].map((e) => e.key);
    if (v instanceof PySet) return [...v.entries.values()];
    throw pyNewError(
      'TypeError',
      `'${v instanceof HeapObject ? v.typeName : typeof v === 'number' ? 'int' : typeof v}' object is not iterable`,
    );
  };
  const py = {
    lang: 'py',
    truthy: (v: Value) => {
      if (v === None || v === undefined || v === null) return false;
      if (v instanceof PyFloat) return v.v !== 0;
      if (Array.isArray(v)) return v.length > 0;
      if (v instanceof HeapObject) return true;
      return !!v;
    },
    binary: (op: string, a: Value, b: Value) => {
      if (op === '+' && typeof a === 'string' && typeof b === 'string') return a + b;
      if (op === '+' && Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
      if (op === '*' && typeof a === 'string') return a.repeat(b as number);
      if (
        (typeof a !== 'number' && !(a instanceof PyFloat) && typeof a !== 'boolean') ||
        (typeof b !== 'number' && !(b instanceof PyFloat) && typeof b !== 'boolean')
      ) {
        throw pyNewError('TypeError', `unsupported operand type(s) for ${op}: '${pyType(a)}' and '${pyType(b)}'`);
      }
      const x = pyNum(a),
        y = pyNum(b);
      switch (op) {
        case '+':
          return num(x + y, a, b);
        case '-':
          return num(x - y, a, b);
        case '*':
          return num(x * y, a, b);
        case '/':
          if (y === 0) throw pyNewError('ZeroDivisionError', 'division by zero');
          return new PyFloat(x / y);
        case '//':
          if (y === 0) throw pyNewError('ZeroDivisionError', 'integer division or modulo by zero');
          return num(Math.floor(x / y), a, b);
        case '%':
          return num(((x % y) + y) % y, a, b);
        case '**':
          return num(x ** y, a, b);
      }
      throw new Error(`double: py binary ${op}`);
    },
    compare: (op: string, a: Value, b: Value) => {
      switch (op) {
        case '==':
          return pyEq(a, b);
        case '!=':
          return !pyEq(a, b);
        case '<':
          return pyNum(a) < pyNum(b) || (typeof a === 'string' && a < (b as string));
        case '<=':
          return pyNum(a) <= pyNum(b);
        case '>':
          return pyNum(a) > pyNum(b);
        case '>=':
          return pyNum(a) >= pyNum(b);
        case 'is':
          return a === b;
        case 'is not':
          return a !== b;
        case 'in':
          return typeof b === 'string' ? b.includes(a as string) : pyIter(b).some((x) => pyEq(x, a));
        case 'not in':
          return !pyIter(b).some((x) => pyEq(x, a));
      }
      throw new Error(`double: py compare ${op}`);
    },
    unary: (op: string, v: Value) => (op === '-' ? (v instanceof PyFloat ? new PyFloat(-v.v) : -(v as number)) : v),
    getAttr: (o: Value, k: string): Value => {
      if (o instanceof PyInstance) {
        if (o.dict.has(k)) return o.dict.get(k);
        if (k === 'args' && excArgs.has(o)) return new PyTuple(excArgs.get(o)!);
        if (k === '__context__') return ctx.get(o) ?? None;
        if (k === '__cause__') return cause.get(o) ?? None;
        const v = lookup(o.cls, k);
        if (v !== undefined) return isFn(v) ? new BoundMethod(o, v) : v;
      } else if (o instanceof PyClass) {
        if (k === '__name__') return o.name;
        const v = lookup(o, k);
        if (v !== undefined) return v;
      } else if (o instanceof PyModule) {
        if (o.dict.has(k)) return o.dict.get(k);
      } else if (Array.isArray(o) && k === 'append') {
        return new NativeFunction('append', (_s, a) => (o.push(a.positional[0]), None), 'py');
      } else if (o instanceof FunctionValue && (k === '__name__' || k === '__qualname__')) {
        return k === '__name__' ? o.name : o.def.qualname;
      } else if (o instanceof JSObject || o instanceof FunctionValue || o instanceof NativeFunction) {
        return jsGet(o, k);
      }
      throw pyNewError('AttributeError', `'${pyType(o)}' object has no attribute '${k}'`);
    },
    setAttr: (o: Value, k: string, v: Value) => {
      if (o instanceof PyInstance) o.dict.set(k, v);
      else if (o instanceof PyClass) o.dict.set(k, v);
      else if (o instanceof FunctionValue) o.props.set(k, { value: v });
      else js.setAttr(o, k, v);
    },
    delAttr: (o: Value, k: string) => void (o as PyInstance).dict.delete(k),
    getItem: (o: Value, k: Value) => {
      if (Array.isArray(o)) {
        const i = k as number;
        const v = o[i < 0 ? o.length + i : i];
        if (v === undefined) throw pyNewError('IndexError' in exc ? 'IndexError' : 'ValueError', 'list index out of range');
        return v;
      }
      if (o instanceof PyTuple) return o.items[k as number];
      if (o instanceof PyDict) {
        const e = o.entries.get(k);
        if (!e) throw pyNewError('KeyError', pyRepr(k));
        return e.value;
      }
      if (typeof o === 'string') return o[k as number];
      throw pyNewError('TypeError', `'${pyType(o)}' object is not subscriptable`);
    },
    setItem: (o: Value, k: Value, v: Value) => {
      if (Array.isArray(o)) o[k as number] = v;
      else (o as PyDict).entries.set(k, { key: k, value: v });
    },
    delItem: (o: Value, k: Value) => {
      if (Array.isArray(o)) o.splice(k as number, 1);
      else (o as PyDict).entries.delete(k);
    },
    iterate: pyIter,
    templatePart: (v: Value, conv?: string) => (conv === 'r' ? pyRepr(v) : pyStr(v)),
    newError: pyNewError,
    errorSummary: (e: Value) => {
      const s = pyStr(e);
      return s ? `${(e as PyInstance).cls.name}: ${s}` : (e as PyInstance).cls.name;
    },
    display: (v: Value) => pyStr(v),
    repr: pyRepr,
    makeClass: (name: string, qualname: string, bases: Value[], ns: Map<string, Value>) => {
      const bs = bases as PyClass[];
      const cls = new PyClass(name, qualname, bs, undefined, bs.find((b) => b.native)?.native);
      for (const [k, v] of ns) cls.dict.set(k, v);
      const mro: PyClass[] = [cls];
      for (const b of bs) for (const c of b.mro) if (!mro.includes(c)) mro.push(c);
      cls.mro = mro;
      return cls;
    },
    callClass: (cls: PyClass, args: CallArgs) => {
      const inst = cls.native ? (cls.native.construct(cls, args, realm) as PyInstance) : new PyInstance(cls);
      const init = cls.native ? undefined : lookup(cls, '__init__');
      if (init !== undefined) realm.interp.call(new BoundMethod(inst, init as FunctionValue), undefined, args, 'py');
      return inst;
    },
    superAttr: (cls: PyClass, self: Value, name: string) => {
      const mro = (self as PyInstance).cls.mro;
      for (const c of mro.slice(mro.indexOf(cls) + 1)) {
        if (c.dict.has(name)) {
          const v = c.dict.get(name);
          return isFn(v) ? new BoundMethod(self, v) : v;
        }
      }
      if (name === '__init__') return new NativeFunction('__init__', () => None, 'py');
      throw pyNewError('AttributeError', `'super' object has no attribute '${name}'`);
    },
    exceptionMatches: (e: Value, t: Value): boolean => {
      if (t instanceof PyTuple) return t.items.some((x) => py.exceptionMatches(e, x));
      return e instanceof PyInstance && t instanceof PyClass && e.cls.mro.includes(t);
    },
    toException: (v: Value) => {
      if (v instanceof PyClass) return py.callClass(v, { positional: [] });
      if (v instanceof PyInstance) return v;
      throw pyNewError('TypeError', 'exceptions must derive from BaseException');
    },
    chainException: (e: Value, context: Value | undefined, c: Value | undefined) => {
      if (context !== undefined) ctx.set(e as object, context);
      if (c !== undefined) cause.set(e as object, c);
    },
    makeTuple: (items: Value[]) => new PyTuple(items),
    makeDict: (entries: [Value, Value][]) => {
      const d = new PyDict();
      for (const [k, v] of entries) d.entries.set(k, { key: k, value: v });
      return d;
    },
    makeSet: (items: Value[]) => {
      const s = new PySet();
      for (const x of items) s.entries.set(x, x);
      return s;
    },
    makeFloat: (v: number) => new PyFloat(v),
    mappingItems: (v: Value) => [...(v as PyDict).entries.values()].map((e) => [e.key as string, e.value]),
    makeSlice: (lo: Value, hi: Value, st: Value) => new PyTuple([lo, hi, st]),
  } as unknown as PyOps;
  const ctx = new WeakMap<object, Value>();
  const cause = new WeakMap<object, Value>();
  const pyType = (v: Value): string =>
    v === None
      ? 'NoneType'
      : typeof v === 'number'
        ? 'int'
        : typeof v === 'string'
          ? 'str'
          : Array.isArray(v)
            ? 'list'
            : typeof v === 'boolean'
              ? 'bool'
              : v instanceof HeapObject
                ? v.typeName
                : String(v);

  realm.js = js;
  realm.py = py;
  realm.interp = createInterp(realm);
  // Builtins.
  const nat = (name: string, lang: Lang, f: (self: Value, a: Value[], args: CallArgs) => Value) =>
    new NativeFunction(name, (self, args) => f(self, args.positional, args), lang);
  const consoleObj = new JSObject(ObjectPrototype);
  consoleObj.props.set('log', { value: nat('log', 'js', (_s, a) => (realm.print(a.map((x) => js.display(x)).join(' ')), undefined)) });
  realm.builtins.js.set('console', consoleObj);
  const ErrorCtor = new NativeFunction(
    'Error',
    (_s, a) => jsNewError('Error', jsStr(a.positional[0])).value,
    'js',
    (a, nt) => {
      const p = jsGet(nt, 'prototype') as JSObject;
      const e = new JSObject(p);
      e.props.set('message', { value: a.positional[0] === undefined ? '' : jsStr(a.positional[0]), enumerable: false });
      return e;
    },
  );
  ErrorCtor.props.set('prototype', { value: ErrorPrototype, enumerable: false });
  ErrorPrototype.props.set('name', { value: 'Error', enumerable: false });
  ErrorPrototype.props.set('constructor', { value: ErrorCtor, enumerable: false });
  realm.builtins.js.set('Error', ErrorCtor);
  realm.builtins.py.set(
    'print',
    nat('print', 'py', (_s, a) => (realm.print(a.map(pyStr).join(' ')), None)),
  );
  realm.builtins.py.set(
    'len',
    nat('len', 'py', (_s, a) => pyIter(a[0]).length),
  );
  realm.builtins.py.set(
    'str',
    nat('str', 'py', (_s, a) => pyStr(a[0])),
  );
  realm.builtins.py.set(
    'repr',
    nat('repr', 'py', (_s, a) => pyRepr(a[0])),
  );
  realm.builtins.py.set(
    'sum',
    nat('sum', 'py', (_s, a) => pyIter(a[0]).reduce((x: number, y) => x + (y as number), 0)),
  );
  realm.builtins.py.set(
    'list',
    nat('list', 'py', (_s, a) => (a.length ? [...pyIter(a[0])] : [])),
  );
  realm.builtins.py.set(
    'range',
    nat('range', 'py', (_s, a) => {
      const [lo, hi] = a.length === 1 ? [0, a[0] as number] : [a[0] as number, a[1] as number];
      const out: number[] = [];
      for (let i = lo; i < hi; i++) out.push(i);
      return out;
    }),
  );
  realm.builtins.py.set(
    'isinstance',
    nat('isinstance', 'py', (_s, a) => py.exceptionMatches(a[0], a[1])),
  );
  realm.builtins.py.set(
    'staticmethod',
    nat('staticmethod', 'py', (_s, a) => a[0]),
  );
  for (const [k, v] of Object.entries(exc)) realm.builtins.py.set(k, v);
  return realm;
}

/** A model double for async tests: awaits resolve at once to the awaited value (no scheduling). */
export function syncModel(realm: Realm, log: string[] = []): SchedulingModel {
  return {
    name: 'js',
    callAsync(body, info) {
      log.push(`call ${info.qualname}`);
      // Run the body to completion, resuming each await with the awaited value.
      let r = body.next();
      while (!r.done) r = body.next((r.value as { v: Value }).v);
      return r.value;
    },
    *awaitValue(value) {
      log.push(`await ${realm.ops(realm.displayLang).repr(value)}`);
      return (yield { v: value }) as Value;
    },
    // A clock that stands still (no test of this double reads it).
    readClockNs: () => 0,
    blockingSleep: () => undefined,
  };
}

export interface RunOutcome {
  stdout: string[];
  error: string | null;
  realm: Realm;
}

/** Parse + load + run a program synchronously (no scheduling model). */
export function run(source: string, lang: Lang, opts: { budget?: number; model?: (r: Realm) => SchedulingModel } = {}): RunOutcome {
  const realm = makeRealm(lang, opts.budget);
  if (opts.model) realm.model = opts.model(realm);
  else realm.model = syncModel(realm);
  const program = lang === 'py' ? parsePython(source) : parseJs(source);
  const mod = realm.interp.loadModule(program);
  let error: string | null = null;
  try {
    if (program.hasTopLevelAwait) {
      const g = mod.runAsync();
      let r = g.next();
      while (!r.done) r = g.next((r.value as { v: Value }).v);
    } else mod.runSync();
  } catch (e) {
    if (e instanceof Thrown) error = realm.ops(lang).errorSummary(e.value);
    else throw e;
  }
  return { stdout: realm.stdout, error, realm };
}
