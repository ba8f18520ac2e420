/**
 * The Realm: everything one run shares — the model, the recorder, the step budget,
 * stdout, stderr and warnings, the global scope, the importable modules, and the two language
 * semantics (Python and JavaScript). It is assembled by src/engine/engine.ts.
 *
 * The three parts are written separately and meet here:
 *  - `interp` (src/engine/interp): executes IR; calls any callable value.
 *  - `py` / `js` (src/engine/runtime/python, src/engine/runtime/js): what operators,
 *    attribute access, iteration, formatting and errors mean in each language.
 *  - `model` (src/engine/models): scheduling (see models/model.ts).
 */
import type { BinaryOperator, CompareOperator, Lang, Program } from '../ir/nodes';
import type { Pos } from '../events/types';
import type { Recorder } from '../events/recorder';
import type { ModelName } from '../names';
import type { SchedulingModel, BodyGenerator, CallEntry } from './scheduling';
import type { CallRequest } from './call-request';
import type { CallArgs, Value, FunctionValue, PyClass, JSObject, PropSlot } from './values';
import type { GeneratorLangs } from './generator';
import { type Thrown } from './thrown';
import { EngineError } from '../errors';
import { ModuleRegistry } from './module-registry';
import { CallStack } from './call-stack';
import type { HeapCap } from './limits';
import { OutputStreams, type StreamName } from './output';

/** Counts interpreter steps; the interpreter bumps `used` per statement, loop iteration and call. */
/**
 * What a run may spend: interpreter steps, and wall-clock time while it is stepping.
 *
 * The hot paths count a step with `tick` (`++b.used > b.limit`, and `exceeded` only then), so
 * `limit` is not the step budget itself but the next checkpoint: with a time limit it
 * comes every CHECK_EVERY steps, and `exceeded` reads the clock, moves the checkpoint on
 * and returns when there is budget left. Without one it is the step budget, and the hot
 * paths never reach `exceeded` before the end. Natives whose work grows with their input
 * (`range`, `repeat`, `join`...) `charge` it in one go, so a single call cannot run away
 * inside one step (issue 10).
 */
export class Budget {
  used = 0;
  /** The next step count at which `exceeded` runs. */
  limit: number;
  /** Wall time spent in earlier slices (`step()` calls), in ms. */
  // The three times below start as -0, a number V8 cannot hold as a small integer, so their
  // fields are doubles from the first Budget on. Started as 0 (a small integer) they became
  // doubles when the first slice ended (`spentMs`), which gave Budget a new hidden class in
  // the middle of a process's first run, and threw away every optimised function that reads
  // `used` / `limit` (all the interpreter's hot paths: `node --trace-generalization`,
  // `--trace-deopt`, issue 10).
  private spentMs = -0;
  private sliceStart = -0;
  /** Checkpoints passed (`exceeded` calls that returned), for the heap probe's rhythm. */
  private checkpoints = 0;
  /** Steps from one checkpoint to the next: CHECK_EVERY, or fewer when steps are slow (see `exceeded`). */
  private interval = CHECK_EVERY;
  /** When the clock was last read at a checkpoint or a slice's start (`performance.now()`). */
  private lastCheck = -0;
  /** `used` at that moment. */
  private usedAtCheck = 0;
  /** Whether `exceeded` must look at the clock or the heap between checkpoints. */
  private readonly periodic: boolean;
  /** Whether the run has a time limit or a deadline (the clock is read at each checkpoint). */
  private readonly timed: boolean;

  constructor(
    readonly steps: number,
    readonly timeLimitMs = Infinity,
    /** The host heap past which the run stops (runtime/limits.ts), looked at with the clock. */
    readonly heap?: HeapCap,
    /**
     * A `performance.now()` time past which the run stops however its time was spent: in its
     * own slices, in other runs' slices, or in its host between slices (RunOptions.deadline).
     */
    readonly deadline = Infinity,
  ) {
    this.periodic = timeLimitMs !== Infinity || heap !== undefined || deadline !== Infinity;
    this.timed = timeLimitMs !== Infinity || deadline !== Infinity;
    // A timed run starts with checkpoints close together and spaces them out while its steps
    // are quick (`nextInterval`), so a run whose steps are slow from the start sees its
    // deadline within a few ms.
    if (this.timed) this.interval = CHECK_MIN;
    // The first checkpoint comes after CHECK_MIN steps, before the JIT has optimised anything
    // in a fresh process, so that `tick`'s call of `exceeded` has type feedback by then (see
    // `tick`).
    this.limit = this.periodic ? Math.min(steps, CHECK_MIN) : steps;
  }

  /**
   * A slice of the run begins (the time limit counts only time spent running). Throws the
   * time budget's error when the deadline has passed, so a run whose time went elsewhere
   * stops before it runs another step.
   */
  startSlice(): void {
    this.sliceStart = this.lastCheck = performance.now();
    this.usedAtCheck = this.used;
    if (this.sliceStart > this.deadline) {
      if (this.spentMs >= DEADLINE_MIN_RUN_MS) this.outOfTime(undefined);
      // Past the deadline, the grace is counted from the next few hundred steps on.
      this.interval = CHECK_MIN;
      this.limit = Math.min(this.limit, this.used + CHECK_MIN);
    }
  }

  endSlice(): void {
    this.spentMs += performance.now() - this.sliceStart;
  }

  /** Count `n` steps of work at once, before doing it. */
  charge(n: number, pos?: Pos): void {
    this.used += n;
    if (this.used > this.limit) this.exceeded(pos);
  }

  /** Called when `used` passed `limit`: throws when the run is out of steps or time, else sets the next checkpoint. */
  exceeded(pos: Pos | undefined): void {
    if (this.used > this.steps) {
      throw new EngineError(
        'budget',
        `Step budget exhausted: the program ran ${this.steps.toLocaleString('en-US')} steps without finishing (an infinite loop or an endless chain of callbacks?)`,
        pos,
      );
    }
    if (this.timeLimitMs !== Infinity || this.deadline !== Infinity) {
      const now = performance.now();
      const spent = this.spentMs + now - this.sliceStart;
      if (spent > this.timeLimitMs || (now > this.deadline && spent >= DEADLINE_MIN_RUN_MS)) this.outOfTime(pos);
      this.interval = nextInterval(this.interval, this.used - this.usedAtCheck, now - this.lastCheck);
      this.lastCheck = now;
      this.usedAtCheck = this.used;
    }
    // The heap probe (`process.memoryUsage()` in Node) costs ~18 µs of CPU (and 100–250 µs
    // of wall time on a loaded machine): ~2 % of the ~1 ms of interpretation between two
    // checkpoints (issue 10). It looks at the heap at every HEAP_PROBE_EVERY-th checkpoint:
    // natives that allocate in proportion to their input charge steps in proportion
    // (`charge`), so the heap cannot grow far in between. The first look is at the
    // HEAP_PROBE_EVERY-th checkpoint too, not the first: a run starts with a heap under its
    // cap, and what it can add before that look is what any run adds between two looks. A
    // short run then never pays for a probe, whose first call in a process cost 4–10 ms and
    // whose calls blocked for 5–45 ms of wall time while V8's background threads were busy
    // (issue 10, a 1k-task run of ~170 ms cold at load 12–15).
    const heapUsed = this.heap !== undefined && ++this.checkpoints % HEAP_PROBE_EVERY === 0 ? this.heap.exceeded() : undefined;
    if (heapUsed !== undefined) {
      throw new EngineError(
        'budget',
        `Memory budget exhausted: the heap grew to ${formatMb(heapUsed)}, past the run's cap of ${formatMb(this.heap!.limitBytes)} (unbounded async recursion, or millions of live tasks or promises?)`,
        pos,
      );
    }
    this.limit = Math.min(this.steps, this.used + this.interval);
  }

  private outOfTime(pos: Pos | undefined): never {
    // With only a deadline, the message names no duration it cannot vouch for.
    const ran = this.timeLimitMs === Infinity ? 'past its deadline' : `for ${formatMs(this.timeLimitMs)}`;
    throw new EngineError(
      'budget',
      `Time budget exhausted: the program ran ${ran} without finishing (an infinite loop or an endless chain of callbacks?)`,
      pos,
    );
  }
}

function formatMb(bytes: number): string {
  return `${Math.round(bytes / 2 ** 20).toLocaleString('en-US')} MB`;
}

function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

/**
 * One step of `budget` (a statement, a loop iteration, a call, a job...); `pos` is where, for
 * the error that ends a run out of steps or time. Every hot path counts its steps through this
 * one function, not with the check written inline, because of what the JIT does with the rare
 * call of `exceeded` (issue 10, a first run in a fresh process): written inline, each call
 * site of `exceeded` is reached only at a checkpoint (every 50,000 steps), after V8 has
 * optimised the function around it, so it had no type feedback, and the checkpoint threw that
 * function's optimised code away ("Insufficient type feedback", `node --trace-deopt`): in
 * await_loop.js five of the first run's ten deoptimisations were checkpoints, of the largest
 * functions (the loop's LoopRun.go, the event loop's runOnce), each then compiled again. Inlined
 * by TurboFan, this function keeps its own feedback, which the first checkpoint of the process
 * gives it (the Budget constructor puts that one early).
 */
export function tick(budget: Budget, pos: Pos | undefined): void {
  if (++budget.used > budget.limit) budget.exceeded(pos);
}

/**
 * A run past its deadline still gets this much time of its own stepping: on a machine busy
 * with other work the deadline may pass before a model ran at all, and a program that fails
 * or ends at once (a NameError, a missing setInterval under a Python model) must say so
 * rather than "time budget exhausted". Such a program ends before its first checkpoint
 * (CHECK_EVERY steps), so this grace only decides how long a runaway runs on. It is small:
 * when one model's synchronous loop holds the worker until the deadline (a 10-million-promise
 * chain under `js`), the other three each start past it, and their grace adds up before the
 * page hears that all have stopped (issue 10: every runaway stops within 2 s in the page).
 */
export const DEADLINE_MIN_RUN_MS = 30;

/** Steps between two looks at the clock and the heap when a run has a time or heap limit (~1 ms of interpretation). */
const CHECK_EVERY = 50_000;
/** The fewest steps between two checkpoints, however slow each step is. */
const CHECK_MIN = 500;
/**
 * Wall time aimed at between two looks at the clock. Steps that allocate (a `.then` making a
 * promise, recorded as an event, while millions of earlier ones stay alive for the garbage
 * collector to trace) can take 10 µs each: CHECK_EVERY of them once let a run go ~0.5 s past
 * its deadline (issue 10: the 10-million-promise chain stopped 2.68 s after it began).
 */
const CHECK_TARGET_MS = 4;

/**
 * The steps to the next checkpoint, from how long the last `steps` took: fewer when they took
 * longer than CHECK_TARGET_MS, back up to CHECK_EVERY (at most doubling) when they are quick.
 */
function nextInterval(current: number, steps: number, ms: number): number {
  if (steps <= 0) return current;
  const fit = ms > 0 ? Math.floor((steps * CHECK_TARGET_MS) / ms) : CHECK_EVERY;
  return Math.max(CHECK_MIN, Math.min(CHECK_EVERY, fit, current * 2));
}
/** Checkpoints per look at the heap (see `exceeded`): every 400k steps, ~8 ms of interpretation. */
const HEAP_PROBE_EVERY = 8;

/** What a language means by each operation, for code written in that language. */
export interface LangOps {
  readonly lang: Lang;

  truthy(v: Value): boolean;
  binary(op: BinaryOperator, a: Value, b: Value, loc?: Pos): Value;
  /** Returns the comparison's value (a boolean for every built-in type). */
  compare(op: CompareOperator, a: Value, b: Value, loc?: Pos): Value;
  unary(op: 'not' | '-' | '+' | '~' | 'typeof' | 'void', v: Value, loc?: Pos): Value;

  /** `obj.name` written in this language (Python getattr with descriptors / JS [[Get]] through prototypes). */
  getAttr(obj: Value, name: string, loc?: Pos): Value;
  setAttr(obj: Value, name: string, value: Value, loc?: Pos): void;
  delAttr(obj: Value, name: string, loc?: Pos): void;
  /** `obj[key]`; Python slices arrive as a PySlice value made by `makeSlice`. */
  getItem(obj: Value, key: Value, loc?: Pos): Value;
  setItem(obj: Value, key: Value, value: Value, loc?: Pos): void;
  delItem(obj: Value, key: Value, loc?: Pos): void;
  makeSlice?(lower: Value, upper: Value, step: Value): Value;

  /** for-loops, unpacking, spread, `*args`. */
  iterate(v: Value, loc?: Pos): Iterable<Value>;

  /** One `{...}` / `${...}` part of an f-string / template literal. */
  templatePart(v: Value, conversion?: 'r' | 's' | 'a', spec?: string, loc?: Pos): string;

  /** Create a built-in error of this language: py 'TypeError'|'NameError'|'AttributeError'|..., js 'TypeError'|'ReferenceError'|'RangeError'|... */
  newError(type: string, message: string): Thrown;

  /** "Type: message" for an uncaught error value (as the conformance `error` field). */
  errorSummary(exc: Value): string;

  /** How `print(v)` (Python str) / `console.log(v)` (Node's util.inspect) shows one value. */
  display(v: Value): string;
  /** Python repr / JS inspect-in-container form (strings quoted): event payloads use it. */
  repr(v: Value): string;
}

/** Python's object model, beyond the common operations (src/engine/runtime/python). */
export interface PyOps extends LangOps {
  /** Build a class from an executed class body (namespace in definition order). */
  makeClass(
    name: string,
    qualname: string,
    bases: Value[],
    namespace: Map<string, Value>,
    loc?: Pos,
    keywords?: Map<string, Value>,
  ): PyClass;
  /** Call a PyClass: built-in constructors, or object.__new__ + __init__ for user classes. */
  callClass(cls: PyClass, args: CallArgs, loc?: Pos): Value;
  /** Zero-argument `super().name` inside a method defined in `cls`, whose first argument is `self`. */
  superAttr(cls: PyClass, self: Value, name: string, loc?: Pos): Value;
  /** `except T:` where T is a class, a tuple of classes, or a foreign (JS) error constructor. */
  exceptionMatches(exc: Value, type: Value): boolean;
  /** `raise X`: instantiate X when it is a class; TypeError when it is not an exception. */
  toException(v: Value, loc?: Pos): Value;
  /** Set `__context__`/`__cause__` as CPython does when raising inside an except block / `raise X from Y`. */
  chainException?(exc: Value, context: Value | undefined, cause: Value | undefined): void;
  /**
   * `a op= b` (optional, additive): lists/sets/dicts update in place and user classes get
   * `__iadd__`-style dunders; falls back to `binary`. The interpreter may call it for
   * Python augmented assignment instead of `binary`.
   */
  inplace?(op: BinaryOperator, a: Value, b: Value, loc?: Pos): Value;
  makeTuple(items: Value[]): Value;
  makeDict(entries: [Value, Value][]): Value;
  /**
   * `constant`: every item is a compile-time constant, so CPython builds the display from a
   * frozenset constant (BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE), which lays the
   * table out differently from adding the items one by one (runtime/python/set-order.ts).
   */
  makeSet(items: Value[], constant?: boolean): Value;
  makeFloat(v: number): Value;
  /** Items of a `**mapping` argument. */
  mappingItems(v: Value, loc?: Pos): [string, Value][];
}

/** JavaScript's object model, beyond the common operations (src/engine/runtime/js). */
export interface JsOps extends LangOps {
  /** HasProperty (§7.3.12): own or inherited. */
  hasProperty(obj: Value, key: string): boolean;
  /** The same operations as non-strict code performs them: a failed assignment or delete is ignored (§13.15.2, §13.5.1.2). */
  readonly sloppy: LangOps;
  /** `{}`: a fresh object whose prototype is Object.prototype. */
  newObject(): JSObject;
  /** `[]`-literal counterpart for symmetry with Python (arrays are plain TS arrays). */
  /** Give a newly created user function its JS own properties (`prototype` for ordinary functions). */
  initFunction(fn: FunctionValue): void;
  /** Define a data property (object literals, class members) or an accessor. */
  defineProperty(obj: Value, key: string, slot: PropSlot, enumerable?: boolean): void;
  /** ToPropertyKey for computed keys. */
  toPropertyKey(v: Value): string;
  /** `v instanceof ctor` (also Python classes and built-in constructors). */
  instanceOf(v: Value, ctor: Value, loc?: Pos): boolean;
  /** `super.name` inside a method whose home object is `home`, with receiver `thisArg`. */
  superGet(home: JSObject, thisArg: Value, name: string, loc?: Pos): Value;
  /** `Object.setPrototypeOf(obj, proto)`: also how a class `B extends A` links constructor B to A (static inheritance, `[class B extends A]`). */
  setPrototypeOf(obj: Value, proto: Value, loc?: Pos): void;
  /** for-in keys (enumerable string keys, own then inherited). */
  forInKeys(v: Value): string[];
  /**
   * GetIterator(v, sync): a host Iterable for built-in iterables whose iteration is not
   * observable, else the user's iterator object and its `next` (runtime/js/iteration.ts).
   */
  getIterator(v: Value, loc?: Pos, method?: Value): { host: Iterable<Value> } | { iterator: Value; next: Value };
  /** JS ToString (template literals, `+` with strings). */
  toString(v: Value, loc?: Pos): string;
  /** A tagged template's frozen strings array with its frozen `raw` (§13.2.8.4); null cooked is undefined. */
  templateObject(cooked: readonly (string | null)[], raw: readonly string[]): Value;
  /** The intrinsic prototypes the interpreter needs when building objects/classes. */
  readonly intrinsics: {
    ObjectPrototype: JSObject;
    FunctionPrototype: JSObject;
    ArrayPrototype: JSObject;
    ErrorPrototype: JSObject;
    /** %AsyncIteratorPrototype%: what a library's own async iterator inherits (Node's `events.on`). */
    AsyncIteratorPrototype: JSObject;
  };
}

/** The interpreter's services to the rest of the engine. */
export interface Interp {
  /**
   * Call any callable value. `fromLang` is the caller's language: Python calling a JS
   * class constructs it; a JS call of a Python class instantiates it. `thisArg` is JS
   * `this` (undefined for plain Python calls; BoundMethod carries its own self).
   */
  call(fn: Value, thisArg: Value, args: CallArgs, fromLang: Lang, loc?: Pos): Value;
  /** JS `new fn(...args)` (and Python instantiation of a JS class). */
  construct(fn: Value, args: CallArgs, fromLang: Lang, loc?: Pos): Value;
  /**
   * Prepare a program: hoists and binds nothing yet. `runSync()` executes the module body
   * as a plain script (no top-level await); `runAsync()` returns the body as a generator
   * for models that run the module as an async body (JS ES module with TLA, asyncio REPL).
   * With `lazyBodies`, function bodies are compiled at their first call rather than now
   * (for the bundled preludes, which have no compile-time errors to report).
   */
  loadModule(program: Program, options?: { lazyBodies?: boolean }): { runSync(): Value; runAsync(): BodyGenerator };
  /** A Python-callable / JS-callable check used by natives (`callable(x)`, `typeof x === 'function'`). */
  isCallable(v: Value): boolean;
  /** The user function currently executing, if any (for warnings' qualnames). */
  currentFunction(): FunctionValue | undefined;
  /**
   * For a model that drives calls (SchedulingModel.drivesCalls): a call a trampolined body
   * requested. A user function of the caller's language — an async function (not a
   * generator), or a sync function with a trampolined form — is entered as invoke enters it
   * (the step, the frame count, the arguments bound; a frame past the limit throws the
   * language's RangeError / RecursionError, as the call would) and returned for the driver to
   * run; anything else is null.
   */
  enterCall(req: CallRequest): CallEntry | null;
  /** The end of an entered call (an async call's first segment): its frame uncounted, the caller current again. */
  leaveCall(entry: CallEntry): void;
  /** A requested call that is not the driver's to run, made on the host stack (calls.ts callValue). */
  callRequested(req: CallRequest): Value;
}

export interface RealmInit {
  modelName: ModelName;
  displayLang: Lang;
  rec: Recorder;
  budget: Budget;
  /** Lines of output kept, stdout and stderr together (default: all); later lines are counted in `outputDropped`. */
  maxOutputLines?: number;
}

export class Realm {
  readonly modelName: ModelName;
  /** The snippet's language: print/console.log format shared primitives this way. */
  readonly displayLang: Lang;
  readonly rec: Recorder;
  readonly budget: Budget;
  /** The program's call stack, counted as its runtime counts it (call-stack.ts). */
  readonly stack = new CallStack();
  readonly warnings: string[] = [];
  /** Module-level names shared by the prelude and the program (Python globals / JS module scope). */
  readonly globals = new Map<string, Value>();
  /**
   * Fallback names per language (Python builtins; JS global object properties). Reading a
   * language's table installs that language's runtime first (see `need`).
   */
  readonly builtins: Record<Lang, Map<string, Value>>;
  /** Importable modules (`import asyncio`), registered by models and runtimes, built on first import. */
  readonly modules = new ModuleRegistry();
  /** Each language's generator objects and `yield from` / `yield*` (runtime/generator.ts); installs the language when read. */
  readonly generators: GeneratorLangs;
  /** `this` in JS top-level code: undefined in an ES module, `module.exports` in a CommonJS script (models/js/commonjs.ts). */
  jsModuleThis: Value = undefined;
  /**
   * Called by the JS clock readers (Date.now, new Date(), performance.now) just before they read
   * `rec.time`: the js model lets each read cost a little virtual time, so a busy-wait on the
   * clock ends (models/js/event-loop.ts `readClock`).
   */
  jsClockRead: () => void = () => {};

  // Filled in by engine.ts when the run is assembled.
  interp!: Interp;
  model!: SchedulingModel;

  /**
   * Each language's runtime is installed when the run first needs it (issue 10: a run
   * starts fast). A Python snippet under a Python model never touches JavaScript's
   * intrinsics, and a JavaScript snippet under `js` never touches Python's classes, so
   * neither pays for the other; a cross-language run installs both, the first time the
   * foreign side is used. `installers` are set by engine.ts; a realm assembled by hand
   * (tests) assigns `py` / `js` directly instead.
   */
  installers: { py?: (realm: Realm) => PyOps; js?: (realm: Realm) => JsOps } = {};
  private pyOps: PyOps | undefined;
  private jsOps: JsOps | undefined;
  /** The languages whose installer is running now: what it reads of its own tables is not installed again. */
  private readonly installing = new Set<Lang>();

  get py(): PyOps {
    return this.pyOps ?? (this.need('py'), this.pyOps as unknown as PyOps);
  }
  set py(ops: PyOps) {
    this.pyOps = ops;
  }
  get js(): JsOps {
    return this.jsOps ?? (this.need('js'), this.jsOps as unknown as JsOps);
  }
  set js(ops: JsOps) {
    this.jsOps = ops;
  }

  private readonly tables: Record<Lang, Map<string, Value>> = { py: new Map(), js: new Map() };

  /** `builtins[lang]` as it is now, without installing the language (for watchers of every write). */
  builtinTable(lang: Lang): Map<string, Value> {
    return this.tables[lang];
  }

  /** Install `lang`'s runtime now, unless it is installed, being installed, or has no installer. */
  need(lang: Lang): void {
    if ((lang === 'py' ? this.pyOps : this.jsOps) !== undefined || this.installing.has(lang)) return;
    const install = this.installers[lang];
    if (!install) return;
    this.installing.add(lang);
    try {
      if (lang === 'py') this.pyOps = (install as (realm: Realm) => PyOps)(this);
      else this.jsOps = (install as (realm: Realm) => JsOps)(this);
    } finally {
      this.installing.delete(lang);
    }
  }

  constructor(init: RealmInit) {
    this.modelName = init.modelName;
    this.displayLang = init.displayLang;
    this.rec = init.rec;
    this.budget = init.budget;
    this.output = new OutputStreams(init.rec, init.maxOutputLines ?? Infinity);
    const tables = this.tables;
    const gens: GeneratorLangs = {};
    const need = (lang: Lang) => this.need(lang);
    this.builtins = {
      get py() {
        need('py');
        return tables.py;
      },
      get js() {
        need('js');
        return tables.js;
      },
    };
    this.generators = {
      get py() {
        need('py');
        return gens.py;
      },
      set py(g) {
        gens.py = g;
      },
      get js() {
        need('js');
        return gens.js;
      },
      set js(g) {
        gens.js = g;
      },
    };
  }

  /** stdout and stderr (output.ts). */
  readonly output: OutputStreams;
  get stdout(): string[] {
    return this.output.stdout;
  }
  /** The program's stderr lines (console.error, logging, ...): shown with the output, not part of stdout. */
  get stderr(): string[] {
    return this.output.stderr;
  }
  /** Lines printed past `maxOutputLines`: neither kept nor recorded. */
  get outputDropped(): number {
    return this.output.dropped;
  }

  ops(lang: Lang): LangOps {
    return lang === 'py' ? this.py : this.js;
  }

  /** Where the interpreter last called a native function (print events are placed there). */
  callLoc: Pos | undefined = undefined;

  /**
   * Set by a model while code it runs "elsewhere" prints (a modelled worker thread,
   * models/python/threads.ts): it decides when the text reaches its stream.
   */
  printSink: ((text: string, stream: StreamName) => void) | null = null;

  /** Lines of output (`text` split at its newlines) on `stream`. */
  print(text: string, stream: StreamName = 'stdout'): void {
    if (this.printSink !== null) {
      const sink = this.printSink;
      this.printSink = null;
      try {
        sink(text, stream);
      } finally {
        this.printSink = sink;
      }
      return;
    }
    this.output.print(text, stream, this.callLoc);
  }

  /** Text written to `stream` as a file takes it: a last piece without a newline stays open (output.ts). */
  write(text: string, stream: StreamName = 'stdout'): void {
    this.output.write(text, stream, this.callLoc, (lines) => this.print(lines, stream));
  }

  warn(text: string, id?: number): void {
    this.warnings.push(text);
    this.rec.emit({ type: 'warning', text, id });
  }
}
