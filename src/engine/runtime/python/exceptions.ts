/**
 * The built-in exception hierarchy (CPython 3.14 Lib/exceptions hierarchy, the part a
 * playground program can meet) and exception semantics: args, str/repr, `__cause__` /
 * `__context__`, `except` matching, `raise` conversion, the `Type: message` summary.
 *
 * Exception instances are PyInstances whose `internal` is an ExcState (state.ts); user
 * subclasses inherit BaseException's construct, so `args` is set even when a custom
 * `__init__` never calls `super().__init__` (as BaseException.__new__ does in CPython).
 */
import type { Pos } from '../../events/types';
import { FunctionValue, JSObject, None, PyClass, PyInstance, PyTuple, type CallArgs, type Value } from '../values';
import { defineBuiltinClass, invalidateLookups, isSubclass, type BuiltinClassSpec } from './classes';
import { callClass } from './instances';
import { pyRepr, pyStr } from './formatting';
import { ExcState, type PyRuntime } from './state';
import { typeName } from './types';
import { Thrown } from '../thrown';
import { installExceptionGroups } from './exception-groups';

/** [name, base] in definition order. */
const HIERARCHY: [string, string][] = [
  ['Exception', 'BaseException'],
  ['GeneratorExit', 'BaseException'],
  ['KeyboardInterrupt', 'BaseException'],
  ['SystemExit', 'BaseException'],
  ['ArithmeticError', 'Exception'],
  ['FloatingPointError', 'ArithmeticError'],
  ['OverflowError', 'ArithmeticError'],
  ['ZeroDivisionError', 'ArithmeticError'],
  ['AssertionError', 'Exception'],
  ['AttributeError', 'Exception'],
  ['BufferError', 'Exception'],
  ['EOFError', 'Exception'],
  ['ImportError', 'Exception'],
  ['ModuleNotFoundError', 'ImportError'],
  ['LookupError', 'Exception'],
  ['IndexError', 'LookupError'],
  ['KeyError', 'LookupError'],
  ['MemoryError', 'Exception'],
  ['NameError', 'Exception'],
  ['UnboundLocalError', 'NameError'],
  ['OSError', 'Exception'],
  ['BlockingIOError', 'OSError'],
  ['ChildProcessError', 'OSError'],
  ['ConnectionError', 'OSError'],
  ['BrokenPipeError', 'ConnectionError'],
  ['ConnectionAbortedError', 'ConnectionError'],
  ['ConnectionRefusedError', 'ConnectionError'],
  ['ConnectionResetError', 'ConnectionError'],
  ['FileExistsError', 'OSError'],
  ['FileNotFoundError', 'OSError'],
  ['InterruptedError', 'OSError'],
  ['IsADirectoryError', 'OSError'],
  ['NotADirectoryError', 'OSError'],
  ['PermissionError', 'OSError'],
  ['ProcessLookupError', 'OSError'],
  ['TimeoutError', 'OSError'],
  ['ReferenceError', 'Exception'],
  ['RuntimeError', 'Exception'],
  ['NotImplementedError', 'RuntimeError'],
  ['PythonFinalizationError', 'RuntimeError'],
  ['RecursionError', 'RuntimeError'],
  ['StopAsyncIteration', 'Exception'],
  ['StopIteration', 'Exception'],
  ['SyntaxError', 'Exception'],
  ['IndentationError', 'SyntaxError'],
  ['TabError', 'IndentationError'],
  ['SystemError', 'Exception'],
  ['TypeError', 'Exception'],
  ['ValueError', 'Exception'],
  ['UnicodeError', 'ValueError'],
  ['Warning', 'Exception'],
  ['BytesWarning', 'Warning'],
  ['DeprecationWarning', 'Warning'],
  ['EncodingWarning', 'Warning'],
  ['FutureWarning', 'Warning'],
  ['ImportWarning', 'Warning'],
  ['PendingDeprecationWarning', 'Warning'],
  ['ResourceWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'],
  ['SyntaxWarning', 'Warning'],
  ['UnicodeWarning', 'Warning'],
  ['UserWarning', 'Warning'],
];

export function excState(v: Value): ExcState | undefined {
  return v instanceof PyInstance && v.internal instanceof ExcState ? v.internal : undefined;
}

function stateOf(rt: PyRuntime, self: Value): ExcState {
  const s = excState(self);
  if (!s) throw rt.error('TypeError', `descriptor requires a 'BaseException' object but received a '${typeName(rt, self)}'`);
  return s;
}

export function installExceptions(rt: PyRuntime): void {
  const realm = rt.realm;
  const construct = (cls: PyClass, args: CallArgs) => new PyInstance(cls, new ExcState(args.positional.slice()));
  const isExc = (v: Value) => excState(v) !== undefined;
  defineBuiltinClass(realm, 'BaseException', [rt.cls('object')], {
    construct,
    accepts: isExc,
    methods: {
      __init__: (self, args) => {
        stateOf(rt, self).args = args.positional.slice();
        return None;
      },
      __str__: (self) => {
        const a = stateOf(rt, self).args;
        return a.length === 0 ? '' : a.length === 1 ? pyStr(rt, a[0]) : pyRepr(rt, new PyTuple(a));
      },
      __repr__: (self) => {
        const a = stateOf(rt, self).args;
        const name = (self as PyInstance).cls.name;
        return a.length === 1 ? `${name}(${pyRepr(rt, a[0])})` : `${name}${pyRepr(rt, new PyTuple(a))}`;
      },
      with_traceback: (self) => self,
      add_note: (self, args) => {
        const s = stateOf(rt, self);
        const note = args.positional[0];
        if (typeof note !== 'string') throw rt.error('TypeError', `add_note() argument must be str, not ${typeName(rt, note)}`);
        (s.notes ??= []).push(note);
        return None;
      },
    },
    properties: {
      args: {
        get: (self) => new PyTuple(stateOf(rt, self).args),
        set: (self, v) => {
          stateOf(rt, self).args = v instanceof PyTuple ? v.items.slice() : Array.isArray(v) ? v.slice() : [v];
        },
      },
      __cause__: {
        get: (self) => stateOf(rt, self).cause ?? None,
        set: (self, v) => {
          const s = stateOf(rt, self);
          s.cause = v;
          s.suppressContext = true;
        },
      },
      __context__: {
        get: (self) => stateOf(rt, self).context ?? None,
        set: (self, v) => {
          stateOf(rt, self).context = v;
        },
      },
      __suppress_context__: {
        get: (self) => stateOf(rt, self).suppressContext,
        set: (self, v) => {
          stateOf(rt, self).suppressContext = v === true;
        },
      },
      __traceback__: { get: () => None, set: () => undefined },
      __notes__: {
        get: (self) => {
          const n = stateOf(rt, self).notes;
          if (!n) throw rt.error('AttributeError', `'${typeName(rt, self)}' object has no attribute '__notes__'`);
          return n;
        },
      },
    },
  });
  for (const [name, parent] of HIERARCHY)
    defineBuiltinClass(realm, name, [rt.cls(parent)], name === 'OSError' ? osErrorSpec(rt, isExc) : undefined);
  // KeyError's str is the repr of the key (`KeyError: 'x'`).
  const keyErrorStr = defineBuiltinClass(realm, '_KeyErrorStr', [rt.cls('object')], {
    register: false,
    accepts: isExc,
    methods: {
      __str__: (self) => {
        const a = stateOf(rt, self).args;
        return a.length === 1 ? pyRepr(rt, a[0]) : a.length === 0 ? '' : pyRepr(rt, new PyTuple(a));
      },
    },
  });
  rt.cls('KeyError').dict.set('__str__', keyErrorStr.dict.get('__str__'));
  // StopIteration.value
  defineProps(rt, 'StopIteration', { value: (self) => stateOf(rt, self).args[0] ?? None });
  // SystemExit.code (SystemExit_init): None, the one argument, or the arguments' tuple.
  defineProps(rt, 'SystemExit', {
    code: (self) => {
      const a = stateOf(rt, self).args;
      return a.length === 0 ? None : a.length === 1 ? a[0]! : new PyTuple(a.slice());
    },
  });
  // NameError.name, AttributeError.name / .obj (3.10+): what was missing, and where; None
  // unless the raise says (the engine's own raises do: withFields).
  for (const [cls, names] of [
    ['NameError', ['name']],
    ['AttributeError', ['name', 'obj']],
  ] as const) {
    const holder = defineBuiltinClass(rt.realm, `_${cls}Fields`, [rt.cls('object')], {
      register: false,
      properties: Object.fromEntries(
        names.map((k) => [
          k,
          {
            get: (self: Value) => stateOf(rt, self).fields?.get(k) ?? None,
            set: (self: Value, v: Value) => void (stateOf(rt, self).fields ??= new Map()).set(k, v),
          },
        ]),
      ),
    });
    for (const k of names) rt.cls(cls).dict.set(k, holder.dict.get(k)!);
  }
  installExceptionGroups(rt);
  invalidateLookups();
}

/** A raised NameError or AttributeError with its `name` (and `obj`) set, as CPython's own raises set them. */
export function withFields(thrown: Thrown, fields: Record<string, Value>): Thrown {
  const s = excState(thrown.value);
  if (s !== undefined) s.fields = new Map(Object.entries(fields));
  return thrown;
}

/**
 * OSError's fields from its arguments (Objects/exceptions.c `oserror_parse_args` /
 * `oserror_init`): with 2 to 5 arguments the first two are `errno` and `strerror`, the
 * third `filename` and the fifth `filename2` (the fourth is Windows' `winerror`), and with a
 * filename `args` keeps only the first two; otherwise all four are None. The errno is not
 * mapped to a subclass (`OSError(2, ...)` stays an OSError): the numbers are the platform's.
 */
function parseOsError(state: ExcState, positional: Value[]): void {
  const n = positional.length;
  const os = { errno: None as Value, strerror: None as Value, filename: None as Value, filename2: None as Value };
  state.args = positional.slice();
  if (n >= 2 && n <= 5) {
    os.errno = positional[0];
    os.strerror = positional[1];
    if (n >= 3) {
      os.filename = positional[2];
      if (n === 5) os.filename2 = positional[4];
      if (os.filename !== None) state.args = positional.slice(0, 2);
    }
  }
  state.os = os;
}

function osErrorSpec(rt: PyRuntime, isExc: (v: Value) => boolean): BuiltinClassSpec {
  const fields = (self: Value) => {
    const s = stateOf(rt, self);
    if (!s.os) parseOsError(s, s.args);
    return s.os!;
  };
  const field = (k: 'errno' | 'strerror' | 'filename' | 'filename2') => ({
    get: (self: Value) => fields(self)[k],
    set: (self: Value, v: Value) => void (fields(self)[k] = v),
  });
  return {
    construct: (cls, args) => {
      const state = new ExcState([]);
      parseOsError(state, args.positional);
      return new PyInstance(cls, state);
    },
    accepts: isExc,
    methods: {
      __init__: (self, args) => (parseOsError(stateOf(rt, self), args.positional), None),
      // OSError_str: the filenames' reprs after the message, else `[Errno n] message`, else BaseException's.
      __str__: (self) => {
        const f = fields(self);
        if (f.filename !== None) {
          const head = `[Errno ${pyStr(rt, f.errno)}] ${pyStr(rt, f.strerror)}: ${pyRepr(rt, f.filename)}`;
          return f.filename2 !== None ? `${head} -> ${pyRepr(rt, f.filename2)}` : head;
        }
        if (f.errno !== None && f.strerror !== None) return `[Errno ${pyStr(rt, f.errno)}] ${pyStr(rt, f.strerror)}`;
        const a = stateOf(rt, self).args;
        return a.length === 0 ? '' : a.length === 1 ? pyStr(rt, a[0]) : pyRepr(rt, new PyTuple(a));
      },
    },
    properties: { errno: field('errno'), strerror: field('strerror'), filename: field('filename'), filename2: field('filename2') },
  };
}

function defineProps(rt: PyRuntime, cls: string, props: Record<string, (self: Value) => Value>): void {
  const holder = defineBuiltinClass(rt.realm, `_${cls}Props`, [rt.cls('object')], {
    register: false,
    properties: Object.fromEntries(Object.entries(props).map(([k, get]) => [k, { get }])),
  });
  for (const [k, v] of holder.dict) if (k in props) rt.cls(cls).dict.set(k, v);
}

/** `except T:` matching. */
export function exceptionMatches(rt: PyRuntime, exc: Value, type: Value): boolean {
  if (type instanceof PyTuple) return type.items.some((t) => exceptionMatches(rt, exc, t));
  if (type instanceof PyClass) {
    if (!isSubclass(type, rt.cls('BaseException'))) {
      throw rt.error('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
    }
    if (exc instanceof PyInstance) return isSubclass(exc.cls, type);
    // A JS error (thrown by JS code the Python program called) is an Exception.
    if (exc instanceof JSObject) return type === rt.cls('Exception') || type === rt.cls('BaseException');
    return false;
  }
  const js = rt.realm.js;
  if (js && rt.realm.interp?.isCallable(type)) {
    const shimName = shimExceptionName(type);
    if (shimName !== undefined) {
      // A Python snippet under js names the asyncio shim's exception classes (they shadow the
      // builtins). Its twin writes `except Exception as e:` as `catch (e)`, which catches
      // whatever was thrown, and CPython's except Exception catches every Exception: the
      // shim's InvalidStateError, a ValueError raised by shims/asyncio.js's own pyError, a
      // JS TypeError (tests/conformance/README.md, line-by-line conventions; issue 10).
      if (shimName === 'Exception')
        return exc instanceof JSObject || (exc instanceof PyInstance && isSubclass(exc.cls, rt.cls('Exception')));
      // `except KeyError` also catches the KeyError Python code itself raised (`d["x"]`).
      if (exc instanceof PyInstance) return isSubclass(exc.cls, rt.cls(shimName));
    }
    return js.instanceOf(exc, type);
  }
  throw rt.error('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
}

/**
 * The Python name of one of the prelude's (shims/asyncio.js's) exception classes (its `pyError(name)`: an
 * `Error` subclass whose own `name` is the Python class name), or undefined for any other value.
 */
export function shimExceptionName(type: Value): string | undefined {
  // A prelude's positions carry its file name (engine.ts markPrelude); the snippet's never do.
  if (!(type instanceof FunctionValue) || type.lang !== 'js' || (type.def.loc as { file?: string }).file === undefined) return undefined;
  const slot = type.ownProp('name');
  const name = slot && 'value' in slot ? slot.value : undefined;
  return typeof name === 'string' && SHIM_EXCEPTIONS.has(name) ? name : undefined;
}

/** The exception names shims/asyncio.js exports (its InvalidStateError and CancelledError stay its own). */
const SHIM_EXCEPTIONS = new Set(['Exception', 'ValueError', 'RuntimeError', 'KeyError']);

/**
 * Whether `e` is what `except <name>:` catches: a Python exception of that builtin class (or a
 * subclass) thrown to Python code. Engine errors (budget, unsupported) never are. Code that
 * stands for a CPython `except`/`PyErr_ExceptionMatches` uses this to catch only that type.
 */
export function isPyException(rt: PyRuntime, e: unknown, name: string): e is Thrown {
  return e instanceof Thrown && exceptionMatches(rt, e.value, rt.cls(name));
}

/** `raise v`: classes are instantiated; non-exceptions are a TypeError. */
export function toException(rt: PyRuntime, v: Value, loc?: Pos): Value {
  if (v instanceof PyClass && isSubclass(v, rt.cls('BaseException'))) return callClass(rt, v, { positional: [] }, loc);
  if (v instanceof PyInstance && isSubclass(v.cls, rt.cls('BaseException'))) {
    // Raising an existing instance gives it a new traceback (exception-groups.ts).
    const s = excState(v);
    if (s) s.traceback++;
    return v;
  }
  if (v instanceof JSObject) return v;
  throw rt.error('TypeError', 'exceptions must derive from BaseException');
}

/** Implicit (`__context__`) and explicit (`raise X from Y`) chaining. */
export function chainException(rt: PyRuntime, exc: Value, context: Value | undefined, cause: Value | undefined): void {
  const s = excState(exc);
  if (!s) return;
  if (context !== undefined && context !== exc && s.context === undefined) s.context = context;
  if (cause !== undefined) {
    if (cause !== None && !excState(cause)) {
      throw rt.error('TypeError', 'exception causes must derive from BaseException');
    }
    s.cause = cause;
    s.suppressContext = true;
  }
}

/**
 * `Type: message`, or `Type` when the message is empty (the conformance `error` field). An
 * exception whose `str()` raises (a user `__str__` that fails, takes the wrong arguments or
 * returns a non-string) is `Type: <exception str() failed>`, as CPython's traceback prints it
 * (Python/pythonrun.c, print_exception_message), not a host exception escaping the engine
 * (issue 10: fuzz seed 34001, tests/fuzz/crashers/internal-py-js-54f10aa29d.json).
 */
export function errorSummary(rt: PyRuntime, exc: Value): string {
  if (exc instanceof PyInstance) {
    let msg: string;
    try {
      msg = pyStr(rt, exc);
    } catch (e) {
      if (!(e instanceof Thrown)) throw e;
      msg = '<exception str() failed>';
    }
    return msg === '' ? exc.cls.name : `${exc.cls.name}: ${msg}`;
  }
  const js = rt.realm.js;
  if (js && (exc instanceof JSObject || exc === undefined || exc === null)) return js.errorSummary(exc);
  return pyStr(rt, exc);
}
