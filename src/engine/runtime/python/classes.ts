/**
 * Defining Python classes: C3 linearisation, MRO lookup, and the small API that the
 * runtime and the models use to build built-in classes with native methods.
 *
 * Model authors (asyncio Future/Task/CancelledError, promisio Promise):
 *
 *   const Future = defineBuiltinClass(realm, 'Future', [pyClass(realm, 'object')], {
 *     module: 'asyncio',                       // repr `<class 'asyncio.Future'>`
 *     construct: (cls, args) => new PyInstance(cls, new FutureState()),
 *     methods: { done: (self) => ..., result: (self, args) => ... },
 *     properties: { _state: { get: (self) => ... } },
 *   });
 *   const CancelledError = defineExceptionClass(realm, 'CancelledError', 'BaseException', 'asyncio');
 *   throw new Thrown(newException(realm, 'CancelledError', 'msg'));   // or raiseError
 *
 * Native methods receive `self` (the bound object) and the call's arguments; throw
 * `pyRuntime(realm).error('TypeError', '...')` (a `Thrown`) to raise.
 */
import type { Realm } from '../realm';
import { Thrown } from '../thrown';
import { NativeFunction, PyClass, PyInstance, PyModule, type CallArgs, type Value } from '../values';
import { NativeGetSet, PyClassMethod, PyStaticMethod } from './objects';
import { pyRuntime } from './state';

export type NativeImpl = (self: Value, args: CallArgs, realm: Realm) => Value;

export interface BuiltinClassSpec {
  /** `__module__`: 'builtins' (default) prints `<class 'int'>`; others `<class 'asyncio.Future'>`. */
  module?: string;
  qualname?: string;
  /** `__new__`: builds the instance (or value) when the class is called. Inherited by subclasses. */
  construct?: (cls: PyClass, args: CallArgs, realm: Realm) => Value;
  /** Instance methods; `self` is checked with `accepts` when given. */
  methods?: Record<string, NativeImpl>;
  /** Class methods: `self` is the class the method was looked up on. */
  classMethods?: Record<string, NativeImpl>;
  staticMethods?: Record<string, NativeImpl>;
  /** Data descriptors (CPython getset_descriptor). */
  properties?: Record<string, { get: (self: Value) => Value; set?: (self: Value, v: Value) => void }>;
  /** Plain class attributes. */
  attrs?: Record<string, Value>;
  /** Which receivers the methods accept (for "descriptor 'x' for 'T' objects doesn't apply" errors). */
  accepts?: (self: Value) => boolean;
  /**
   * CPython writes the class in Python (asyncio's locks, queues, handles, TaskGroup...): its
   * methods run only on an instance of it or of a subclass, and a call through the class
   * without one fails as a Python function does, `Lock.release() missing 1 required
   * positional argument: 'self'`. A receiver of another type fails with the descriptor
   * message where CPython's method body would fail on its first private attribute (an
   * AttributeError naming that attribute). Without it, `asyncio.Lock.release()` reached the
   * native method with no instance: an internal error the fuzzer found (issue 10).
   */
  pythonLevel?: boolean;
  /** Register the class by name in the realm's registry (default true). */
  register?: boolean;
  /**
   * The C type's `tp_name` when it is not `module.name`: asyncio's Future and Task are
   * `_asyncio.Future` / `_asyncio.Task` in their descriptors' messages.
   */
  tpName?: string;
}

/** A module of native functions (`impl(args)` each) and plain values. */
export function nativeModule(name: string, fns: Record<string, (a: CallArgs) => Value>, values: Record<string, Value> = {}): PyModule {
  const m = new PyModule(name);
  m.dict.set('__name__', name);
  for (const [k, f] of Object.entries(fns))
    m.dict.set(
      k,
      pyNative(k, (_self, args) => f(args)),
    );
  for (const [k, v] of Object.entries(values)) m.dict.set(k, v);
  return m;
}

/** A NativeFunction in Python conventions. */
export function pyNative(name: string, impl: NativeImpl): NativeFunction {
  return new NativeFunction(name, impl as (self: Value, args: CallArgs, realm: unknown) => Value, 'py');
}

/**
 * A native method. When it is called unbound (`str.upper('a')`) the receiver is the first
 * positional argument, as CPython's method descriptors do.
 */
function nativeMethod(
  owner: string,
  tpName: string,
  name: string,
  impl: NativeImpl,
  accepts?: (self: Value) => boolean,
  pythonLevel = false,
): NativeFunction {
  const fn = nativeMethodImpl(owner, tpName, name, impl, accepts, pythonLevel);
  fn.qualname = `${owner}.${name}`;
  return fn;
}

/** The dunders CPython fills from a C type's slots (`slotdefs` in Objects/typeobject.c). */
const SLOT_WRAPPERS = new Set(
  (
    'repr str hash call getattribute getattr setattr delattr lt le eq ne gt ge iter next get set delete init ' +
    'len getitem setitem delitem contains add radd sub rsub mul rmul mod rmod divmod rdivmod pow rpow neg pos ' +
    'abs bool invert lshift rlshift rshift rrshift and rand xor rxor or ror int float index floordiv rfloordiv ' +
    'truediv rtruediv iadd isub imul imod ipow ilshift irshift iand ixor ior ifloordiv itruediv matmul rmatmul ' +
    'imatmul await aiter anext del'
  )
    .split(' ')
    .map((n) => `__${n}__`),
);

function nativeMethodImpl(
  owner: string,
  tpName: string,
  name: string,
  impl: NativeImpl,
  accepts: ((self: Value) => boolean) | undefined,
  pythonLevel: boolean,
): NativeFunction {
  if (!accepts) return pyNative(name, impl);
  return pyNative(name, (self, args, realm) => {
    if (accepts(self)) return impl(self, args, realm);
    const first = args.positional[0];
    if (args.positional.length > 0 && accepts(first)) {
      return impl(first, { positional: args.positional.slice(1), keywords: args.keywords }, realm);
    }
    const rt = pyRuntime(realm);
    // The offending receiver: `self` when one was bound (unbound call through the class
    // passes it first), else the first argument of a call that passed the class as `this`.
    const culprit = self === undefined || self instanceof PyClass ? first : self;
    if (culprit === undefined && args.positional.length === 0) {
      if (pythonLevel) throw rt.error('TypeError', `${owner}.${name}() missing 1 required positional argument: 'self'`);
      // A C type's slot (`__repr__`, `__len__`) is a wrapper descriptor with its own message;
      // its other methods are method descriptors (Objects/descrobject.c).
      if (SLOT_WRAPPERS.has(name)) throw rt.error('TypeError', `descriptor '${name}' of '${tpName}' object needs an argument`);
      throw rt.error('TypeError', `unbound method ${owner}.${name}() needs an argument`);
    }
    throw rt.error('TypeError', `descriptor '${name}' for '${tpName}' objects doesn't apply to a '${typeNameOf(culprit)}' object`);
  });
}

function typeNameOf(v: Value): string {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'string') return 'str';
  if (Array.isArray(v)) return 'list';
  return v.typeName;
}

/** C3 linearisation (Python's MRO). Throws TypeError like CPython when none exists. */
export function computeMro(realm: Realm, cls: PyClass, bases: PyClass[]): PyClass[] {
  // Objects/typeobject.c check_duplicates runs before the linearisation.
  const twice = bases.find((b, i) => bases.indexOf(b) !== i);
  if (twice) throw pyRuntime(realm).error('TypeError', `duplicate base class ${twice.name}`);
  const seqs: PyClass[][] = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  const out: PyClass[] = [cls];
  for (;;) {
    const live = seqs.filter((s) => s.length > 0);
    if (live.length === 0) return out;
    let pick: PyClass | undefined;
    for (const s of live) {
      const head = s[0];
      if (head === undefined) continue;
      if (!live.some((t) => t.indexOf(head, 1) > 0)) {
        pick = head;
        break;
      }
    }
    if (!pick) {
      throw pyRuntime(realm).error(
        'TypeError',
        `Cannot create a consistent method resolution order (MRO) for bases ${bases.map((b) => b.name).join(', ')}`,
      );
    }
    out.push(pick);
    for (const s of live) if (s[0] === pick) s.shift();
  }
}

/**
 * Method cache (CPython's type attribute cache): `lookupMro` results per class, valid
 * while no class dict changes. Every class-dict mutation in the runtime calls
 * `invalidateLookups()`; code elsewhere that writes `cls.dict` directly after the class
 * is in use must call it too.
 */
const CACHE = Symbol('lookupCache');
const MISS = Symbol('miss');
let epoch = 0;
interface LookupCache {
  epoch: number;
  map: Map<string, Value | typeof MISS>;
}

export function invalidateLookups(): void {
  epoch++;
}

/** `_PyType_Lookup`: the first class in the MRO whose dict has `name`. */
export function lookupMro(cls: PyClass, name: string): Value | undefined {
  const holder = cls as unknown as { [CACHE]?: LookupCache };
  let c = holder[CACHE];
  if (c === undefined || c.epoch !== epoch) {
    c = { epoch, map: new Map() };
    holder[CACHE] = c;
  } else {
    const hit = c.map.get(name);
    if (hit !== undefined) return hit === MISS ? undefined : hit;
  }
  const mro = cls.mro;
  for (const k of mro) {
    const v = k.dict.get(name);
    if (v !== undefined) {
      c.map.set(name, v);
      return v;
    }
  }
  c.map.set(name, MISS);
  return undefined;
}

/** The class in `cls`'s MRO that supplies `native.construct` (its `__new__`). */
export function nativeBase(cls: PyClass): PyClass | undefined {
  for (const c of cls.mro) if (c.native) return c;
  return undefined;
}

export function isSubclass(cls: PyClass, base: PyClass): boolean {
  return cls === base || cls.mro.includes(base);
}

/** Define a built-in class and (by default) register it in the realm under `name`. */
export function defineBuiltinClass(realm: Realm, name: string, bases: PyClass[], spec: BuiltinClassSpec = {}): PyClass {
  const construct = spec.construct;
  const cls = new PyClass(
    name,
    spec.qualname ?? name,
    bases,
    undefined,
    construct ? { construct: construct as (cls: PyClass, args: CallArgs, realm: unknown) => Value } : undefined,
  );
  cls.mro = computeMro(realm, cls, bases);
  cls.dict.set('__module__', spec.module ?? 'builtins');
  if (spec.tpName !== undefined) cls.tpName = spec.tpName;
  addMembers(
    cls,
    spec.pythonLevel && !spec.accepts ? { ...spec, accepts: (v) => v instanceof PyInstance && isSubclass(v.cls, cls) } : spec,
  );
  if (spec.register !== false) pyRuntime(realm).classes.set(name, cls);
  return cls;
}

/** Add native members to an existing class (the runtime fills built-in types in several files). */
export function addMembers(cls: PyClass, spec: BuiltinClassSpec): void {
  invalidateLookups();
  const accepts = spec.accepts;
  // A C type's `tp_name` (`time.struct_time`; a builtin's name alone) is what its descriptors' messages name.
  const module = cls.dict.get('__module__');
  const tpName = spec.tpName ?? (typeof module === 'string' && module !== 'builtins' ? `${module}.${cls.name}` : cls.name);
  for (const [k, impl] of Object.entries(spec.methods ?? {}))
    cls.dict.set(k, nativeMethod(cls.name, tpName, k, impl, accepts, spec.pythonLevel));
  for (const [k, impl] of Object.entries(spec.classMethods ?? {})) cls.dict.set(k, new PyClassMethod(pyNative(k, impl)));
  for (const [k, impl] of Object.entries(spec.staticMethods ?? {})) cls.dict.set(k, new PyStaticMethod(pyNative(k, impl)));
  for (const [k, p] of Object.entries(spec.properties ?? {})) cls.dict.set(k, new NativeGetSet(k, p.get, p.set));
  for (const [k, v] of Object.entries(spec.attrs ?? {})) cls.dict.set(k, v);
}

/** The registered built-in class `name` (throws an internal error when missing). */
export function pyClass(realm: Realm, name: string): PyClass {
  return pyRuntime(realm).cls(name);
}

/** Define an exception class deriving from a registered one (`'Exception'` by default). */
export function defineExceptionClass(realm: Realm, name: string, base: string | PyClass = 'Exception', module = 'builtins'): PyClass {
  const b = typeof base === 'string' ? pyClass(realm, base) : base;
  return defineBuiltinClass(realm, name, [b], { module });
}

/** A new exception instance of a registered (or given) class with one message argument. */
export function newException(realm: Realm, cls: string | PyClass, message?: string): PyInstance {
  const c = typeof cls === 'string' ? pyClass(realm, cls) : cls;
  return pyRuntime(realm).newException(c, message === undefined || message === '' ? [] : [message]);
}

/** `throw raiseError(realm, 'RuntimeError', 'msg')`. */
export function raiseError(realm: Realm, cls: string | PyClass, message?: string): Thrown {
  return new Thrown(newException(realm, cls, message));
}

export function isExceptionInstance(realm: Realm, v: Value): v is PyInstance {
  return v instanceof PyInstance && isSubclass(v.cls, pyClass(realm, 'BaseException'));
}
