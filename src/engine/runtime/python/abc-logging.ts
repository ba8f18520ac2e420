/**
 * Two modules that class-based async lessons import: `abc` and `logging`.
 *
 * abc (Lib/abc.py, Objects/typeobject.c object_new): `ABC`, `abstractmethod`. A class
 * made by a class statement under ABC gets `__abstractmethods__` — the names whose
 * resolved attribute is still marked `__isabstractmethod__` — and instantiating it while
 * that set is non-empty raises CPython 3.12+'s `TypeError: Can't instantiate abstract class
 * Shape without an implementation for abstract method 'area'` (instances.ts callClass).
 *
 * logging (Lib/logging): getLogger, basicConfig(level=, format=, datefmt=, stream=), the level
 * constants and the logger methods (debug/info/warning/error/critical/exception/log).
 * Records at or above the effective level read the clock once (as LogRecord reads
 * time.time_ns()) and are formatted as `format % record.__dict__`, widths and all, with
 * `name`, `msg`, `args`, `levelname`, `levelno`, `lineno`, `created`, `msecs`,
 * `relativeCreated` (virtual ms), `taskName` (3.12+: the current asyncio task's name),
 * `message` and `asctime` (the virtual clock in UTC); `exception()` and `exc_info=` add the
 * exception's chain (`exceptionText`). Before any configuration a logger's
 * warnings and above go out as the bare message (logging.lastResort); the module-level
 * functions configure the root logger first, as basicConfig() does. Output goes to stderr
 * (runtime/output.ts: shown beside stdout, not part of it) unless basicConfig(stream=sys.stdout)
 * sends it to stdout.
 */
import { FunctionValue, None, PyClass, PyFloat, PyInstance, PyModule, PySet, PyTuple, type CallArgs, type Value } from '../values';
import { unsupported } from '../../errors';
import { getAttr, isAttributeError, setAttr } from './attributes';
import { errorSummary, excState, isPyException } from './exceptions';
import { callArgs } from './calls';
import { defineBuiltinClass, lookupMro, pyNative } from './classes';
import { newDict, newSet } from './equality';
import { brokenDown, strftime } from './strftime';
import { EPOCH_SECONDS } from './time-module';
import { pyRepr, pyStr } from './formatting';
import { binary, truthy } from './operators';
import type { PyRuntime } from './state';

export function installAbc(rt: PyRuntime): PyModule {
  const m = new PyModule('abc');
  m.dict.set('__name__', 'abc');
  const ABC = defineBuiltinClass(rt.realm, 'ABC', [rt.cls('object')], { module: 'abc', register: false });
  const isAbstract = (v: Value | undefined) => {
    if (v === undefined) return false;
    const fn = v instanceof FunctionValue ? v : v instanceof PyInstance || v instanceof PyClass ? undefined : v;
    if (fn === undefined) return false;
    // Modules/_abc.c compute_abstract_methods: the attribute is looked up with AttributeError
    // meaning "no", and its truth value taken; any other error propagates to the class statement.
    let flag: Value;
    try {
      flag = getAttr(rt, fn, '__isabstractmethod__');
    } catch (e) {
      if (isAttributeError(rt, e)) return false;
      throw e;
    }
    return truthy(rt, flag);
  };
  rt.classCreatedHooks.push((cls) => {
    if (!cls.mro.includes(ABC)) return;
    const names = new Set<string>();
    for (const c of cls.mro) for (const [k, v] of c.dict) if (isAbstract(v)) names.add(k);
    const still = [...names].filter((n) => isAbstract(lookupMro(cls, n))).sort();
    cls.dict.set('__abstractmethods__', newSet(rt, still));
    rt.frozen.add(cls.dict.get('__abstractmethods__') as PySet);
  });
  m.dict.set(
    'abstractmethod',
    pyNative('abstractmethod', (_s, a) => {
      const fn = a.positional[0]!;
      setAttr(rt, fn, '__isabstractmethod__', true);
      return fn;
    }),
  );
  m.dict.set('ABC', ABC);
  return m;
}

/** object_new's check: the TypeError for instantiating a class with abstract methods left. */
export function abstractInstantiationError(rt: PyRuntime, cls: PyClass): string | undefined {
  const abs = cls.dict.get('__abstractmethods__');
  if (!(abs instanceof PySet) || abs.entries.size === 0) return undefined;
  const names = [...abs.entries.values()].map((n) => `'${String(n)}'`);
  const which = names.length === 1 ? `abstract method ${names[0]}` : `abstract methods ${names.join(', ')}`;
  return `Can't instantiate abstract class ${cls.name} without an implementation for ${which}`;
}

const LEVELS: Record<string, number> = { CRITICAL: 50, FATAL: 50, ERROR: 40, WARNING: 30, WARN: 30, INFO: 20, DEBUG: 10, NOTSET: 0 };
const DEFAULT_FORMAT = '%(levelname)s:%(name)s:%(message)s';
/**
 * LogRecord attributes the engine cannot say truly (the caller's file and function, the
 * thread and process ids, exception and stack text): a format that names one stops the run
 * as unsupported rather than printing a made-up value.
 */
const UNSUPPORTED_FIELDS = new Set([
  'pathname',
  'filename',
  'module',
  'funcName',
  'thread',
  'threadName',
  'process',
  'processName',
  'exc_info',
  'exc_text',
  'stack_info',
]);
const NAMES: Record<number, string> = { 50: 'CRITICAL', 40: 'ERROR', 30: 'WARNING', 20: 'INFO', 10: 'DEBUG', 0: 'NOTSET' };

/**
 * traceback.format_exception's text without its frames (the engine keeps no traceback:
 * `__traceback__` is None, exceptions.ts): each exception of the chain as `Type: message`,
 * the cause or context first with CPython's sentence between; an exception not given
 * (`exc_info=True` outside an except clause) is `NoneType: None`.
 */
function exceptionText(rt: PyRuntime, exc: Value): string {
  const parts: string[] = [];
  const seen = new Set<Value>();
  for (let e: Value | undefined = exc; e !== undefined && !seen.has(e);) {
    seen.add(e);
    parts.unshift(e === None ? 'NoneType: None' : errorSummary(rt, e));
    const st = excState(e);
    if (st?.cause !== undefined && st.cause !== None) {
      parts.unshift('', 'The above exception was the direct cause of the following exception:', '');
      e = st.cause;
    } else if (st?.context !== undefined && st.context !== None && !st.suppressContext) {
      parts.unshift('', 'During handling of the above exception, another exception occurred:', '');
      e = st.context;
    } else e = undefined;
  }
  return parts.join('\n');
}

export function installLogging(rt: PyRuntime): PyModule {
  const m = new PyModule('logging');
  m.dict.set('__name__', 'logging');
  for (const [k, v] of Object.entries(LEVELS)) m.dict.set(k, v);
  const realm = rt.realm;
  let configured = false;
  let format = DEFAULT_FORMAT;
  let datefmt: string | undefined;
  let toStdout = false;
  // Lib/logging/__init__.py: the module-level debug/info/.../log call basicConfig() when the
  // root logger has no handler yet, whatever the record's level; a later basicConfig without
  // force=True then changes nothing.
  const configureRoot = () => {
    configured = true;
  };
  const levels = new Map<string, number>([['root', 30]]);
  const loggers = new Map<string, PyInstance>();
  const setLevel = (name: string, level: number) => {
    levels.set(name, level);
    loggers.get(name)?.dict.set('level', level);
  };
  const loggerClass = defineBuiltinClass(realm, 'Logger', [rt.cls('object')], { module: 'logging', register: false });

  const effective = (name: string): number => {
    for (
      let n: string | undefined = name;
      n !== undefined;
      n = n === 'root' ? undefined : n.includes('.') ? n.slice(0, n.lastIndexOf('.')) : 'root'
    ) {
      const l = levels.get(n);
      if (l !== undefined && l !== 0) return l;
    }
    return 30;
  };
  const taskName = (): Value => {
    const asyncio = realm.modules.get('asyncio');
    if (!(asyncio instanceof PyModule)) return None;
    // Lib/logging/__init__.py LogRecord.__init__: `except Exception: pass` around
    // `asyncio.current_task().get_name()` (no running loop, or no task: taskName stays None).
    try {
      const t = callArgs(rt, asyncio.dict.get('current_task'), { positional: [] });
      return t === None ? None : callArgs(rt, getAttr(rt, t, 'get_name'), { positional: [] });
    } catch (e) {
      if (isPyException(rt, e, 'Exception')) return None;
      throw e;
    }
  };
  /**
   * The formatter's `fmt % record.__dict__` (Lib/logging/__init__.py PercentStyle), with the
   * record's attributes the engine can say: undefined when a field is missing, reported as
   * Handler.handleError reports it (a formatting error does not stop the program).
   */
  const formatRecord = (name: string, level: number, msg: Value, args: Value[], message: string, ns: number): string | undefined => {
    // LogRecord: created from time.time_ns(), msecs its milliseconds (3.13+: a float).
    const created = EPOCH_SECONDS + ns / 1e9;
    const msecs = Math.floor((ns % 1e9) / 1e6);
    const fields: [Value, Value][] = [
      ['name', name],
      ['msg', msg],
      ['args', rt.realm.py.makeTuple(args)],
      ['levelname', NAMES[level] ?? `Level ${level}`],
      ['levelno', level],
      ['lineno', realm.callLoc?.line ?? 0],
      ['created', new PyFloat(created)],
      ['msecs', new PyFloat(msecs)],
      ['relativeCreated', new PyFloat(ns / 1e6)],
      ['taskName', taskName()],
      ['message', message],
    ];
    // Formatter.formatTime: local time (the virtual zone is UTC), `datefmt` or ISO 8601 with a comma and milliseconds.
    if (format.includes('%(asctime)')) {
      const t = brokenDown(Math.floor(created));
      fields.push([
        'asctime',
        datefmt !== undefined ? strftime(datefmt, t) : `${strftime('%Y-%m-%d %H:%M:%S', t)},${String(msecs).padStart(3, '0')}`,
      ]);
    }
    try {
      return pyStr(rt, binary(rt, '%', format, newDict(rt, fields)));
    } catch (e) {
      if (!isPyException(rt, e, 'KeyError')) throw e;
      realm.print(
        [
          // PercentStyle.format re-raises the KeyError as a ValueError: the report shows the
          // two chained (their tracebacks, which name logging's own files, left out).
          '--- Logging error ---',
          errorSummary(rt, e.value),
          '',
          'During handling of the above exception, another exception occurred:',
          '',
          `ValueError: Formatting field not found in record: ${pyStr(rt, e.value)}`,
          `Message: ${pyRepr(rt, msg)}`,
          `Arguments: ${pyRepr(rt, rt.realm.py.makeTuple(args))}`,
        ].join('\n'),
        'stderr',
      );
      return undefined;
    }
  };
  const emit = (name: string, level: number, msg: Value, args: Value[], exc?: Value) => {
    if (level < effective(name)) return;
    // Making the record reads the clock once (time.time_ns()), whatever the format.
    const ns = realm.model.readClockNs();
    let message = pyStr(rt, msg);
    if (args.length > 0) {
      const packed = args.length === 1 ? args[0]! : rt.realm.py.makeTuple(args);
      try {
        message = pyStr(rt, binary(rt, '%', message, packed));
      } catch (e) {
        // Lib/logging/__init__.py Handler.handleError: a record whose message cannot be
        // formatted is reported on stderr and dropped; the program goes on. CPython also
        // prints the traceback and the call stack, which name its own files: left out.
        if (!isPyException(rt, e, 'Exception')) throw e;
        realm.print(
          [
            '--- Logging error ---',
            errorSummary(rt, e.value),
            `Message: ${pyRepr(rt, msg)}`,
            `Arguments: ${pyRepr(rt, rt.realm.py.makeTuple(args))}`,
          ].join('\n'),
          'stderr',
        );
        return;
      }
    }
    const text = configured ? formatRecord(name, level, msg, args, message, ns) : message;
    if (text === undefined) return;
    // Formatter.format: the exception's text follows the record's line.
    realm.print(exc === undefined ? text : `${text}\n${exceptionText(rt, exc)}`, toStdout ? 'stdout' : 'stderr');
  };
  const logger = (name: string): PyInstance => {
    let l = loggers.get(name);
    if (l) return l;
    l = new PyInstance(loggerClass);
    l.dict.set('name', name);
    // Logger.level: its own level, NOTSET (0) until set; the root's is WARNING.
    l.dict.set('level', levels.get(name) ?? 0);
    loggers.set(name, l);
    return l;
  };
  const nameOf = (self: Value) => String((self as PyInstance).dict.get('name'));
  const levelMethods: [string, number][] = [
    ['debug', 10],
    ['info', 20],
    ['warning', 30],
    ['warn', 30],
    ['error', 40],
    ['exception', 40],
    ['critical', 50],
    ['fatal', 50],
  ];
  /**
   * The record's exception (Logger._log): `exc_info=` an exception, or true for the one being
   * handled (sys.exc_info(); None when there is none); `exception()` asks for it by default.
   */
  const excInfo = (a: CallArgs, method: string): Value | undefined => {
    const asked = a.keywords?.get('exc_info') ?? (method === 'exception' ? true : undefined);
    if (asked === undefined || !truthy(rt, asked)) return undefined;
    if (excState(asked) !== undefined) return asked;
    if (asked instanceof PyTuple) return asked.items[1] ?? None;
    return (rt.realm.stack.handled as Value | undefined) ?? None;
  };
  for (const [method, level] of levelMethods) {
    loggerClass.dict.set(
      method,
      pyNative(method, (self, a) => (emit(nameOf(self), level, a.positional[0], a.positional.slice(1), excInfo(a, method)), None)),
    );
    m.dict.set(
      method,
      pyNative(method, (_s, a) => (configureRoot(), emit('root', level, a.positional[0], a.positional.slice(1), excInfo(a, method)), None)),
    );
  }
  m.dict.set(
    'log',
    pyNative('log', (_s, a) => (configureRoot(), emit('root', Number(a.positional[0]), a.positional[1], a.positional.slice(2)), None)),
  );
  loggerClass.dict.set(
    'log',
    pyNative('log', (self, a) => (emit(nameOf(self), Number(a.positional[0]), a.positional[1], a.positional.slice(2)), None)),
  );
  loggerClass.dict.set(
    'setLevel',
    pyNative('setLevel', (self, a) => (setLevel(nameOf(self), levelArg(a.positional[0])), None)),
  );
  loggerClass.dict.set(
    'getEffectiveLevel',
    pyNative('getEffectiveLevel', (self) => effective(nameOf(self))),
  );
  loggerClass.dict.set(
    'isEnabledFor',
    pyNative('isEnabledFor', (self, a) => Number(a.positional[0]) >= effective(nameOf(self))),
  );
  loggerClass.dict.set(
    '__repr__',
    pyNative('__repr__', (self) => `<Logger ${nameOf(self)} (${NAMES[effective(nameOf(self))]})>`),
  );
  const levelArg = (v: Value): number => (typeof v === 'string' ? (LEVELS[v] ?? 0) : Number(v));
  m.dict.set(
    'getLogger',
    pyNative('getLogger', (_s, a) => logger(a.positional[0] === undefined || a.positional[0] === None ? 'root' : String(a.positional[0]))),
  );
  m.dict.set(
    'basicConfig',
    pyNative('basicConfig', (_s, a: CallArgs) => {
      if (configured && !a.keywords?.get('force')) return None;
      configured = true;
      const kw = a.keywords ?? new Map<string, Value>();
      if (kw.has('level')) setLevel('root', levelArg(kw.get('level')));
      format = kw.has('format') ? String(kw.get('format')) : DEFAULT_FORMAT;
      const df = kw.get('datefmt');
      datefmt = df === undefined || df === None ? undefined : String(df);
      const style = kw.get('style');
      if (style !== undefined && style !== '%') throw unsupported(`logging's ${pyRepr(rt, style)} format style`, realm.callLoc);
      for (const [, field] of format.matchAll(/%\((\w+)\)/g))
        if (UNSUPPORTED_FIELDS.has(field!))
          throw unsupported(`logging's %(${field})s (the engine has no source file, thread or process to name)`, realm.callLoc);
      const stream = kw.get('stream');
      const sys = realm.modules.get('sys');
      toStdout = stream !== undefined && sys instanceof PyModule && stream === sys.dict.get('stdout');
      return None;
    }),
  );
  return m;
}
