/**
 * The per-realm Python runtime: the registry of built-in classes (int, str, list,
 * the exception hierarchy, and classes that models add such as asyncio.Future), fake
 * object addresses, and the `error()` helper every native uses to raise.
 *
 * A registry per realm (not module-level singletons) keeps runs independent: a model or
 * a user program that patches a class in one run can never leak into the next.
 */
import type { Realm } from '../realm';
import { Thrown } from '../thrown';
import { type PyClass, PyInstance, type Value } from '../values';
import type { AsyncGenHooks, PyNativeAwaitable } from './generators';
import type { ContextState } from './contextvars';

export class PyRuntime {
  /** Built-in classes by name (`int`, `ValueError`, `Future`...). */
  readonly classes = new Map<string, PyClass>();
  /** Fake object addresses for `id()` and `<... at 0x...>` reprs: stable per object. */
  private readonly addresses = new WeakMap<object, number>();
  private nextAddress = 0x7f3a2c001000;
  /** Sets created by frozenset(): same storage as set, different type. */
  readonly frozen = new WeakSet<object>();
  /** Classes made by a `class` statement (makeClass): they run `__init__`, have `__dict__`, are mutable. */
  readonly userClasses = new WeakSet<PyClass>();
  /** Containers being repr'd right now (recursive containers print `[...]`). */
  readonly reprActive = new Set<object>();
  /** dicts that are instances of a dict subclass (collections.defaultdict, Counter). */
  readonly dictTypes = new WeakMap<object, PyClass>();
  /** `__missing__` of such dicts: called by `d[key]` on a miss. */
  readonly dictMissing = new WeakMap<object, (key: Value) => Value>();
  readonly dictFactory = new WeakMap<object, Value>();
  /** Tuples that are instances of a tuple subclass (collections.namedtuple: namedtuple.ts). */
  readonly tupleTypes = new WeakMap<object, PyClass>();
  /**
   * Enum classes (enum.ts) and their members in definition order: `for m in Color`,
   * `len(Color)`, `Color['RED']`, `x in Color` and the class repr consult it.
   */
  readonly enumMembers = new WeakMap<PyClass, PyInstance[]>();
  /**
   * IntEnum / StrEnum members and their values: as a dict or set key a member is its value
   * (`{1: 'x'}[Status.OK]` finds the entry, as CPython's equal hashes and == do).
   */
  readonly mixedEnumValues = new WeakMap<PyInstance, Value>();
  /**
   * The dict/set keys of instances whose class defines `__hash__`, one per class of equal
   * instances (equality.ts `userHashKey`), by the `__eq__` that compares them and the hash:
   * its first instance, kept for the run so that later ones are compared with the same
   * object, and its key. `scope` numbers the `__eq__` functions met.
   */
  readonly hashClasses = new Map<unknown, { scope: number; byHash: Map<string, { rep: PyInstance; key: string }[]> }>();
  /** The key `userHashKey` found for an instance, with the hash it was found under. */
  readonly hashKeyOf = new WeakMap<PyInstance, { hash: string; key: string }>();
  /** Run on every class a class statement makes (enum.ts turns Enum subclasses' attributes into members). */
  readonly classCreatedHooks: ((cls: PyClass) => void)[] = [];
  /**
   * sys.set_int_max_str_digits (Python 3.11+, default 4300; 0 is no limit): the most decimal
   * digits str(int) writes and int(str) reads (numbers.ts intDecimal, checkIntDigits).
   */
  maxStrDigits = 4300;
  /** `contextvars` state (contextvars.ts): null until a program imports the module. */
  contexts: ContextState | null = null;
  /** Built-in classes a class statement cannot derive from (`type 'X' is not an acceptable base type`). */
  readonly finalClasses = new WeakSet<PyClass>();
  /**
   * Bases whose class statement makes something else than a subclass (typing.NamedTuple: a
   * namedtuple; typing.py's NamedTupleMeta): the builder gets the class's name and namespace.
   */
  readonly classBuilders = new Map<PyClass, (name: string, namespace: Map<string, Value>) => PyClass>();
  /** The asyncio models' `coroutine` class (models/python/classes.ts), for `yield from coro`. */
  coroutineClass: PyClass | null = null;
  /**
   * A built-in class's public names in CPython (`dir()` of an instance) and how to name the
   * class to a user: a name CPython has and the engine's class lacks is reported as
   * unsupported, not as an AttributeError that says Python lacks it (attributes.ts).
   */
  readonly cpythonMembers = new Map<PyClass, { what: string; names: ReadonlySet<string> }>();
  /**
   * Runs code that drives an awaitable by hand (`aw.send(None)` on an async generator's
   * asend): the python models run it outside every coroutine frame, so the awaits inside
   * are not the running coroutine's suspensions (models/python/classes.ts).
   */
  drivenByHand: (<T>(drive: () => T) => T) | null = null;
  /** Classes whose instances have no `__dict__`: slots all the way up (slots.ts). */
  readonly dictlessClasses = new WeakSet<PyClass>();
  /** sys.set_asyncgen_hooks: set by the Python models while a loop runs (generators.ts). */
  asyncgenHooks: AsyncGenHooks | null = null;
  /** Async generator method awaitables not awaited yet (end-of-run warnings, models/python/warnings.ts). */
  readonly unawaited = new Set<PyNativeAwaitable>();
  /** The generator classes (generators.ts installGenerators). */
  genClasses: { generator: PyClass; asyncGenerator: PyClass; anextAwaitable: PyClass } | null = null;
  private readonly boxes = new Map<unknown, object>();
  /** A stable identity object for a primitive (id(5) == id(5)). */
  valueBox(v: unknown): object {
    let b = this.boxes.get(v);
    if (!b) {
      b = {};
      this.boxes.set(v, b);
    }
    return b;
  }

  constructor(readonly realm: Realm) {}

  cls(name: string): PyClass {
    const c = this.classes.get(name);
    if (!c) throw new Error(`internal: built-in Python class ${name} is not defined`);
    return c;
  }

  /** Raise a built-in exception: `throw rt.error('TypeError', '...')`. */
  error(type: string, message: string): Thrown {
    return new Thrown(this.newException(this.cls(type), message === '' ? [] : [message]));
  }

  /** An exception instance with `args`, without running user `__init__`. */
  newException(cls: PyClass, args: Value[]): PyInstance {
    return new PyInstance(cls, new ExcState(args));
  }

  /**
   * A value without identity in this engine (a str, int, bool, None: a JS primitive) gets a
   * stable address per value, through its box: `print("".lower)` shows one (a fuzzed input
   * passed the primitive itself to the WeakMap; issue 10).
   */
  address(v: unknown): number {
    const o = (typeof v === 'object' && v !== null) || typeof v === 'function' ? v : this.valueBox(v);
    let a = this.addresses.get(o);
    if (a === undefined) {
      a = this.nextAddress;
      // 16-byte steps with some spread, like a real heap; never reused.
      this.nextAddress += 0x30;
      this.addresses.set(o, a);
    }
    return a;
  }

  hexAddress(o: unknown): string {
    return '0x' + this.address(o).toString(16);
  }
}

/** Host state of every exception instance (CPython's PyBaseExceptionObject fields). */
export class ExcState {
  cause: Value = undefined;
  context: Value = undefined;
  suppressContext = false;
  notes: Value[] | undefined;
  /**
   * Stands for the identity of `__traceback__`: bumped by every `raise` of the instance
   * (exception-groups.ts compares it to tell a re-raise from a new raise in `except*`).
   */
  traceback = 0;
  /** An OSError's `errno`, `strerror`, `filename`, `filename2` (exceptions.ts `parseOsError`). */
  os: { errno: Value; strerror: Value; filename: Value; filename2: Value } | undefined = undefined;
  /** NameError's `name`, AttributeError's `name` and `obj`, set where the engine raises them (exceptions.ts `withFields`). */
  fields: Map<string, Value> | undefined = undefined;
  constructor(public args: Value[]) {}
}

const runtimes = new WeakMap<Realm, PyRuntime>();

/** The Python runtime of a realm (created by installPython, which runs on first use: Realm.need). */
export function pyRuntime(realm: Realm): PyRuntime {
  let rt = runtimes.get(realm);
  if (!rt) {
    realm.need('py');
    rt = runtimes.get(realm);
  }
  if (!rt) {
    rt = new PyRuntime(realm);
    runtimes.set(realm, rt);
  }
  return rt;
}
