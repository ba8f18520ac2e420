/**
 * The value universe shared by Python code and JavaScript code.
 *
 * One heap holds both languages' values, because a snippet in one language runs under
 * the other language's model through a shim written in that language (a Python program
 * under `js` calls `asyncio.sleep` defined in shims/asyncio.js). The rule:
 *
 *  - A value's *behaviour on its own* (its attributes, its str/repr, what `+` does to it)
 *    follows the language that created it when the value is language-specific
 *    (None vs null/undefined, a Python instance vs a JS object, a PyFloat).
 *  - Values that both languages share (booleans, integers, strings, arrays/lists)
 *    take the semantics of the code that is operating on them: `"a".upper()` in Python,
 *    `"a".toUpperCase()` in JS; `[1, 2]` prints `[1, 2]` from Python, `[ 1, 2 ]` from JS.
 *  - `print` and `console.log` format shared primitives (booleans, floats) in the
 *    *snippet's* language (Realm.displayLang), so a Python snippet under `js` still prints
 *    `True` and `None` (issue 3).
 *
 * Representation (chosen for speed in the interpreter's hot paths):
 *  - JS undefined → TS `undefined`; JS null → TS `null`; Python None → the `None` singleton.
 *  - booleans → TS boolean (Python True/False, JS true/false).
 *  - Python int and every JS number → TS number. Python ints outside ±2**53 → TS bigint.
 *  - Python float → PyFloat (always boxed, so `1.0` prints as `1.0`); JS code unboxes it.
 *  - strings → TS string.
 *  - Python list and JS Array → a PyList/JS array is a TS `Value[]` (the same object).
 *  - everything else → a subclass of HeapObject below.
 */

import type { FunctionDef, ClassDef, Lang } from '../ir/nodes';

export type Value = undefined | null | boolean | number | bigint | string | Value[] | HeapObject;

/** Base of every non-primitive, non-array value. */
export abstract class HeapObject {
  /** Python-visible type name used in messages: 'coroutine', 'int', 'Task', 'Account'. */
  abstract get typeName(): string;
}

/** Python's None (a HeapObject so that it is a Value). */
export class NoneType extends HeapObject {
  get typeName(): string {
    return 'NoneType';
  }
  toString(): string {
    return 'None';
  }
}
export const None = new NoneType();

/** Python float. */
export class PyFloat extends HeapObject {
  constructor(readonly v: number) {
    super();
  }
  get typeName(): string {
    return 'float';
  }
}

export class PyTuple extends HeapObject {
  constructor(readonly items: readonly Value[]) {
    super();
  }
  get typeName(): string {
    return 'tuple';
  }
}

/**
 * Python dict. Keys are hashed by `hashKey` (runtime/python/equality.ts): equal Python keys
 * (1, 1.0, True) share one entry; insertion order is kept, as in CPython 3.7+.
 */
export class PyDict extends HeapObject {
  readonly entries = new Map<unknown, { key: Value; value: Value }>();
  get typeName(): string {
    return 'dict';
  }
}

export class PySet extends HeapObject {
  readonly entries = new Map<unknown, Value>();
  get typeName(): string {
    return 'set';
  }
}

/**
 * A property slot of a JS object: a plain value or an accessor pair.
 * The attribute flags are optional and default to `true` (an ordinary assignment-created
 * property); built-ins and class methods set `enumerable: false`, Object.freeze sets
 * `writable: false` / `configurable: false` (runtime/js/properties.ts).
 */
export type PropSlot = ({ value: Value; writable?: boolean } | { get?: Callable; set?: Callable }) & {
  enumerable?: boolean;
  configurable?: boolean;
};

/**
 * A JavaScript object: plain objects, class prototypes and instances, Error objects,
 * the `console`/`Math`/`JSON` namespaces. Properties live in a Map so that user code
 * can never reach host objects (`__proto__`, `constructor` are ordinary keys here).
 */
export class JSObject extends HeapObject {
  // Declared, then assigned in the constructor (same fields, same order), as PyInstance's
  // below and for the same reason: every promise (models/js/promise.ts PromiseRecord and the
  // async call's AsyncCallPromise) runs this constructor, and a class field's define was
  // most of what making a promise cost (issue 10).
  declare proto: JSObject | null;
  /** Host data for built-in objects (Error stack, Date, Promise state...). */
  declare internal?: unknown;
  /**
   * The own properties, made on first use as FunctionValue's: a promise, and most objects
   * the engine makes for itself, never get one (issue 10: a Map per promise was a large part
   * of what a promise cost to make and to collect). Lookups read `propMap` and make nothing.
   */
  declare propMap: Map<string, PropSlot> | undefined;
  get props(): Map<string, PropSlot> {
    return (this.propMap ??= new Map<string, PropSlot>());
  }
  constructor(proto: JSObject | null, internal?: unknown) {
    super();
    this.proto = proto;
    this.internal = internal;
    this.propMap = undefined;
  }
  get typeName(): string {
    return 'object';
  }
}

/**
 * Anything callable. User functions (FunctionValue), host functions (NativeFunction),
 * Python bound methods and classes of both languages.
 */
export type Callable = FunctionValue | NativeFunction | BoundMethod | PyClass;

/** The arguments of a call, already evaluated. Python keyword arguments keep their order. */
export interface CallArgs {
  positional: Value[];
  keywords?: Map<string, Value>;
}

/** What a FunctionValue's `code` is at least: the interpreter's compiled code knows its definition and language. */
export interface FunctionCode {
  readonly def: FunctionDef;
  readonly lang: Lang;
}

/** A user-defined function (def, async def, lambda, function, arrow, method). */
export class FunctionValue extends HeapObject {
  private ownProps: Map<string, PropSlot> | undefined = undefined;
  /**
   * JS: own properties (including `prototype` for constructors); Python: function attributes.
   * Made on first use: most functions (every closure a loop creates, callbacks) never get
   * one, and a Map per function was a large share of what the collector had to sweep.
   */
  get props(): Map<string, PropSlot> {
    return (this.ownProps ??= new Map<string, PropSlot>());
  }
  /** An attribute set on it, without making the map (`functools.wraps` renames a function there). */
  ownProp(name: string): PropSlot | undefined {
    return this.ownProps?.get(name);
  }
  /** JS methods: the object whose prototype `super` refers to. */
  homeObject: JSObject | undefined = undefined;
  constructor(
    /**
     * The interpreter's compiled body, which also holds the definition and the language: a
     * closure made per loop iteration (`p = p.then((x) => x + 1)`) is kept alive by what it
     * is passed to, so every field here is paid for per closure (issue 10).
     */
    readonly code: FunctionCode,
    /** The closure scope (opaque to everything but the interpreter). */
    readonly closure: unknown,
  ) {
    super();
  }
  get def(): FunctionDef {
    return this.code.def;
  }
  get lang(): Lang {
    return this.code.lang;
  }
  /** JS: the name a computed key gave it at run time (`{ [k]() {} }`, SetFunctionName §10.2.9). */
  // Declared, not a class field: most functions never get one, and a field is a slot in each
  // (FunctionValue is kept small: a pending .then link holds one, issue 10).
  declare keyName?: string;
  get name(): string {
    return this.keyName ?? (this.def.name || (this.lang === 'py' ? '<lambda>' : ''));
  }
  get typeName(): string {
    return 'function';
  }
}

/** A function implemented by the engine (print, len, setTimeout, Promise.prototype.then, ...). */
export class NativeFunction extends HeapObject {
  private ownProps: Map<string, PropSlot> | undefined = undefined;
  /** Made on first use, as FunctionValue's: two resolving functions per promise rarely get one. */
  get props(): Map<string, PropSlot> {
    return (this.ownProps ??= new Map<string, PropSlot>());
  }
  /** Made by the promise machinery for itself (models/js/host.ts internalFn). */
  engineInternal = false;
  /**
   * A Python built-in class's method's `__qualname__` (`Task.cancel`, `list.append`). A field,
   * not a WeakMap beside the functions: every realm makes ~1,000 such methods, and the
   * WeakMap's entries made realm creation ~2 ms slower (issue 10: a realm in < 5 ms).
   */
  qualname: string | undefined = undefined;
  constructor(
    readonly name: string,
    /**
     * `self` is the receiver: JS `this`, or the bound object when Python looked the
     * function up as a method. Throw `Thrown` (runtime/thrown.ts) to raise a user-level error.
     */
    readonly impl: (self: Value, args: CallArgs, realm: unknown) => Value,
    /** The language whose conventions the function follows (message wording, kwargs support). */
    readonly lang: Lang,
    /** Set for functions that are also constructors (`new Promise`, `Error(...)`). */
    readonly construct?: (args: CallArgs, newTarget: Value, realm: unknown) => Value,
  ) {
    super();
  }
  /** An attribute set on it, without making the map (functools' cache wrapper keeps cache_info there). */
  ownProp(name: string): PropSlot | undefined {
    return this.ownProps?.get(name);
  }
  /**
   * The `length` a JS built-in has from its creation when none was set (§10.3.4
   * CreateBuiltinFunction: every built-in has one; runtime/js/properties.ts makes it when first
   * asked for). A getter a subclass overrides, not a field: millions of resolving functions.
   */
  get creationLength(): number {
    return 0;
  }
  get typeName(): string {
    return 'builtin_function_or_method';
  }
}

/** Python bound method: `obj.method` looked up on an instance. */
export class BoundMethod extends HeapObject {
  constructor(
    readonly self: Value,
    readonly fn: Callable,
  ) {
    super();
  }
  get typeName(): string {
    return 'method';
  }
}

/**
 * A Python class, user-defined or built in (int, str, list, Exception, asyncio.Future...).
 * Built-in classes set `native` so that instances can carry host state.
 */
export class PyClass extends HeapObject {
  readonly dict = new Map<string, Value>();
  mro: PyClass[] = [];
  /** A C type's `tp_name` when it is neither its name nor `module.name` (`_asyncio.Task`): what CPython's messages print. */
  declare tpName?: string;
  constructor(
    public name: string,
    public qualname: string,
    public bases: PyClass[],
    readonly def?: ClassDef,
    /** For built-in classes: builds the instance when the class is called. */
    readonly native?: { construct: (cls: PyClass, args: CallArgs, realm: unknown) => Value },
  ) {
    super();
  }
  get typeName(): string {
    return 'type';
  }
}

/** An instance of a Python class (user classes, exceptions, built-in host objects with a PyClass). */
export class PyInstance extends HeapObject {
  // Declared, then assigned in the constructor (same fields, same order), because class
  // fields are defined with [[DefineOwnProperty]]: V8 (Node 20) handles that store in a
  // megamorphic constructor — one reached by every model subclass (Future, Task, Coroutine,
  // EventLoop, Promise...) — through the runtime, ~10x slower than an ordinary assignment.
  declare cls: PyClass;
  /** Host state of built-in types (exception args, Future state...). */
  declare internal?: unknown;
  /**
   * The instance `__dict__`, made at its first use: the asyncio model makes a Coroutine per
   * `asyncio.sleep(0)` and a Task and Future per task, and almost none of them ever gets an
   * attribute of its own, so an eager Map was a third of what each of them allocated (issue 10).
   */
  declare private attrs: Map<string, Value> | undefined;
  constructor(cls: PyClass, internal?: unknown) {
    super();
    this.cls = cls;
    this.internal = internal;
    this.attrs = undefined;
  }
  get dict(): Map<string, Value> {
    let d = this.attrs;
    if (d === undefined) d = this.attrs = new Map<string, Value>();
    return d;
  }
  /** The instance dict if it was ever made (for a lookup, which must not make one). */
  get dictIfAny(): Map<string, Value> | undefined {
    return this.attrs;
  }
  get typeName(): string {
    return this.cls.name;
  }
}

/** A Python module object (`asyncio`, `promisio`, `time`). */
export class PyModule extends HeapObject {
  readonly dict = new Map<string, Value>();
  /**
   * Names still to be made: each maps to the builder that sets its group's names in `dict`
   * (asyncio's less used classes, asyncio-module.ts). A first run in a fresh worker pays for
   * every class it defines and for compiling the code that defines it, so what most
   * programs never touch is made at its first lookup (issue 10, cold runs).
   */
  private pending: Map<string, () => void> | undefined = undefined;
  constructor(readonly name: string) {
    super();
  }
  get typeName(): string {
    return 'module';
  }
  /** `build` sets `names` in the dict the first time one of them is looked up, assigned, deleted or listed. */
  defineLazily(names: readonly string[], build: () => void): void {
    const pending = (this.pending ??= new Map());
    let built = false;
    const once = () => {
      if (built) return;
      built = true;
      for (const n of names) pending.delete(n);
      build();
    };
    for (const n of names) pending.set(n, once);
  }
  /** Make `name` if it is still to be made (before it is read, assigned or deleted); whether it was. */
  resolve(name: string): boolean {
    const build = this.pending?.get(name);
    if (build === undefined) return false;
    build();
    return true;
  }
  /** The dict with every name made: what `dir()` and `vars()` list. */
  fullDict(): Map<string, Value> {
    const pending = this.pending;
    if (pending !== undefined) {
      this.pending = undefined;
      for (const build of new Set(pending.values())) build();
    }
    return this.dict;
  }
}

export function isHeap(v: Value): v is HeapObject {
  return v instanceof HeapObject;
}

export function isArray(v: Value): v is Value[] {
  return Array.isArray(v);
}
