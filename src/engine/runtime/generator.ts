/**
 * The language-neutral generator mechanism both front-ends share.
 *
 * A generator function's body (Python `def` with `yield`, JS `function*`, and the async
 * variants) is compiled in generator mode, exactly as an async body is
 * (src/engine/interp/compile-async.ts): a TS generator that the interpreter creates at the
 * call. Two kinds of values travel through it:
 *  - a user `yield v` yields a `Yielded` record and receives the value sent back in;
 *  - an `await x` (async generators only) is `yield* realm.model.awaitValue(x)` as in any
 *    async body: whatever the model yields (a Future, an AwaitRequest, `undefined` for a
 *    bare `sleep(0)` yield) is an await request for the model's own driver.
 * `GeneratorDriver` runs such a body and tells the two apart: `resume` (sync generators)
 * reports each user yield, the return value, or throws what the body raised; `resumeAsync`
 * (async generators) is itself a generator that the awaiting code delegates to (`yield*`),
 * so await requests pass straight up to the model's driver and the delegation ends at the
 * next user yield or at the end of the body.
 *
 * How a language front-end uses it (runtime/python/generators.ts for Python; the JS
 * Generator objects likewise):
 *  1. Register a `GeneratorLang` in `realm.generators[lang]`: `make` wraps each call's
 *     driver in the language's generator object (Python `generator` / `async_generator`,
 *     JS Generator / AsyncGenerator); `delegate` is `yield from x` / `yield* x`: a TS
 *     generator the body delegates to, which yields `Yielded` records of its own for the
 *     inner iterator's items (and, in async generators, await requests), forwards what the
 *     outer driver sends or throws, and returns the value of the expression.
 *  2. The object's methods call the driver: `resume('next', v)` / `resume('throw', exc)` /
 *     `resume('return', v)` (JS `return()`: the body's finally blocks run, as a host
 *     generator's return does; Python's close() throws GeneratorExit instead). The driver
 *     keeps the state (created / running / suspended / closed); "already running" is each
 *     language's own error, raised by the wrapper before it resumes.
 * Without a registered `GeneratorLang` the interpreter reports generator functions of that
 * language as unsupported.
 */
import type { Lang } from '../ir/nodes';
import type { Pos } from '../events/types';
import type { BodyGenerator } from './scheduling';
import type { Expr, FunctionDef } from '../ir/nodes';
import type { FunctionValue, Value } from './values';
import { EngineError } from '../errors';
import { leaveHandled, takeHandled, type CallStack, type OwnHandled } from './call-stack';

/** What a generator body yields for a user `yield v` (anything else it yields is an await request). */
export class Yielded {
  constructor(readonly value: Value) {}
}

export const GEN_CREATED = 0;
export const GEN_RUNNING = 1;
export const GEN_SUSPENDED = 2;
export const GEN_CLOSED = 3;
export type GenState = 0 | 1 | 2 | 3;

export type ResumeMode = 'next' | 'throw' | 'return';

/** One step's outcome: a user yield (`done: false`) or the body's return value (`done: true`). Raising throws. */
export interface GenStep {
  done: boolean;
  value: Value;
}

type Step = IteratorResult<unknown, Value>;

/** Who made a generator: for reprs (`<generator object f at 0x...>`), `__name__` and events. */
export interface GeneratorInfo {
  name: string;
  qualname: string;
  /** The generator function (absent for a Python generator expression). */
  fn?: FunctionValue;
  def?: FunctionDef;
  /** Where the generator function was called. */
  callSite?: Pos;
}

/** Runs one generator body; the language wrappers (Python generator, JS Generator) call it. */
export class GeneratorDriver {
  state: GenState = GEN_CREATED;
  /** The inner iterator of a `yield from` / `yield*` the body is suspended in (Python `gi_yieldfrom`). */
  delegatingTo: Value = undefined;

  /** What its own open `except` clauses set while it is suspended in one (Python; call-stack.ts OwnHandled). */
  private ownHandled: OwnHandled | null = null;

  constructor(
    readonly body: BodyGenerator,
    readonly info: GeneratorInfo,
    readonly isAsync: boolean,
    /**
     * A Python generator's stack: a `yield` inside an `except` clause keeps the clause's
     * exception with the generator, not with the code that resumed it (genobject.c
     * `gi_exc_state`). Undefined for JavaScript, which has no handled exception.
     */
    private readonly stack?: CallStack,
  ) {}

  /** Sync generators: run to the next user yield or the end. Throws what the body raises (the state is then closed). */
  resume(mode: ResumeMode, v: unknown): GenStep {
    this.state = GEN_RUNNING;
    let r: Step;
    // stepBody written out: recursion through generators resumes one driver per level, and
    // each host frame saved is depth gained before the host stack runs out (issue 10).
    const prev = GeneratorDriver.current;
    GeneratorDriver.current = this;
    if (this.stack !== undefined) this.takeOwnHandled();
    try {
      r = mode === 'next' ? this.body.next(v) : mode === 'throw' ? this.body.throw(v) : this.body.return(v as Value);
    } catch (e) {
      this.state = GEN_CLOSED;
      throw e;
    } finally {
      GeneratorDriver.current = prev;
      if (this.stack !== undefined) this.keepOwnHandled();
    }
    if (r.done) {
      this.state = GEN_CLOSED;
      return { done: true, value: r.value };
    }
    if (!(r.value instanceof Yielded)) {
      this.state = GEN_CLOSED;
      throw new EngineError('internal', 'a synchronous generator body suspended in an await', this.info.callSite);
    }
    this.state = GEN_SUSPENDED;
    return { done: false, value: r.value.value };
  }

  /**
   * Async generators: a generator the awaiting code delegates to (`yield*`). Await requests
   * of the body pass through to the model's driver (what it sends or throws back goes down
   * to the body); it returns at the next user yield or the end of the body, and throws what
   * the body raises. While it runs the state is GEN_RUNNING (suspended awaits included), as
   * CPython's `ag_running` / the spec's "executing" state.
   */
  *resumeAsync(mode: ResumeMode, v: unknown): Generator<unknown, GenStep, unknown> {
    this.state = GEN_RUNNING;
    let r: Step;
    try {
      r = this.stepBody(mode, v);
      while (!r.done && !(r.value instanceof Yielded)) {
        let sent: unknown;
        try {
          sent = yield r.value;
        } catch (e) {
          r = this.stepBody('throw', e);
          continue;
        }
        r = this.stepBody('next', sent);
      }
    } catch (e) {
      this.state = GEN_CLOSED;
      throw e;
    }
    if (r.done) {
      this.state = GEN_CLOSED;
      return { done: true, value: r.value };
    }
    this.state = GEN_SUSPENDED;
    return { done: false, value: (r.value as Yielded).value };
  }

  /** The driver whose body is executing now (innermost), for `delegate` to record `delegatingTo`. */
  static current: GeneratorDriver | null = null;

  private stepBody(mode: ResumeMode, v: unknown): Step {
    const prev = GeneratorDriver.current;
    GeneratorDriver.current = this;
    if (this.stack !== undefined) this.takeOwnHandled();
    try {
      return mode === 'next' ? this.body.next(v) : mode === 'throw' ? this.body.throw(v) : this.body.return(v as Value);
    } finally {
      GeneratorDriver.current = prev;
      if (this.stack !== undefined) this.keepOwnHandled();
    }
  }

  /*
   * A Python generator's resume takes back what its own open `except` clauses set, over what
   * the stack handles (`takeOwnHandled`), and keeps it again when the body stops (`keepOwnHandled`).
   * Methods and fields, not locals of `resume`: generator recursion runs on the host stack, a
   * bigger `resume` frame ended `yield from` recursion 24 levels short of CPython's limit.
   */
  private outerHandled: unknown = undefined;
  private outerDepth = 0;

  private takeOwnHandled(): void {
    const stack = this.stack!;
    this.outerHandled = stack.handled;
    this.outerDepth = stack.handledDepth;
    takeHandled(stack, this.ownHandled);
  }

  private keepOwnHandled(): void {
    this.ownHandled = leaveHandled(this.stack!, this.outerHandled, this.outerDepth, this.ownHandled);
    this.outerHandled = undefined;
  }
}

/**
 * A JS generator's return(v) travelling through its body as an abrupt completion (thrown
 * at the yield it resumes, §27.5.3.4 GeneratorResumeAbrupt): catch clauses let it pass
 * (interp/try-support.ts toThrown rethrows anything not Thrown), finally blocks run and may
 * replace it (`return x`, `break`) or yield, loops close their iterators, `yield*` forwards
 * it to the inner iterator. What leaves the body is the generator's return value.
 */
export class GeneratorReturn {
  constructor(readonly value: Value) {}
}

/** What a language contributes to generators (registered in `realm.generators[lang]`). */
export interface GeneratorLang {
  /** The generator object a call of a generator function returns (the body has not started). */
  make(driver: GeneratorDriver): Value;
  /**
   * `yield from x` / `yield* x` inside a body of this language: a generator the body
   * delegates to; it yields `Yielded` records (and, when `isAsync`, await requests) and
   * returns the expression's value. It may record the inner iterator in
   * `GeneratorDriver.current.delegatingTo` when it starts. `operand` is the delegated
   * expression (JS error messages depend on its form).
   */
  delegate(iterable: Value, isAsync: boolean, loc: Pos | undefined, operand?: Expr): Generator<unknown, Value, unknown>;
}

export type GeneratorLangs = Partial<Record<Lang, GeneratorLang>>;
