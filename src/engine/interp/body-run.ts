/**
 * The body of an async function (or coroutine, or generator) with awaits, run as an iterator
 * object rather than a generator: its statement list's parts (compile.ts compileStmtPartsG)
 * in order, each awaiting part's iterator driven as `yield*` drives it, and the function
 * boundary (the return value, a user-level error's position, a host stack overflow as the
 * language's recursion error). It replaces the generator function awaitingBodyG, which did
 * exactly this: every call of the body's driver (models: AsyncCallPromise.step, the Python
 * Coroutine, runtime/generator.ts GeneratorDriver) answers as that generator would.
 *
 * Why (issue 10, the js model within 5× Node on await_chain.js): every async call made one
 * of these generators, about 200 bytes with its register file, and every resume of the call
 * went through the generator's frame; an object of six fields and a method call do the same
 * (await-then.ts says the same of the awaiting expressions, models/python/await.ts of the
 * Python models' awaits).
 *
 * The generator's states, kept here: created (nothing ran: `throw` throws the error
 * unchanged and `return` ends it), suspended in a part's iterator (the only place the
 * generator could suspend: `next` / `throw` / `return` go to that iterator, as `yield*`
 * sends them), running (a re-entrant call is V8's TypeError, never reached: every driver
 * keeps its own running state), and closed (after its return or its error: `next` answers
 * done with undefined, `throw` rethrows, `return` answers done with its argument).
 */
import type { Lang, Loc } from '../ir/nodes';
import type { Value } from '../runtime/values';
import type { BodyGenerator } from '../models/model';
import type { InterpState } from './context';
import { RETURN, pending, type Completion, type Env, type StmtFn } from './core';
import { tagLoc } from './compile';
import { PART_EXPR, PART_PLAIN, PART_RETURN } from './compile-async-stmt';
import { isHostOverflow, recursionError } from './try-support';
import { tick } from '../runtime/realm';

type Step = IteratorResult<unknown, Value>;

/** What one async body with awaits runs: its statement list's parts. */
export interface AwaitingBody {
  readonly st: InterpState;
  readonly kinds: readonly number[];
  readonly fns: readonly ((e: Env) => unknown)[];
  readonly locs: readonly Loc[];
  readonly lang: Lang;
  readonly dflt: Value;
}

const CREATED = 0;
const SUSPENDED = 1;
const RUNNING = 2;
const CLOSED = 3;

/** A suspended part's iterator finished with this: go on with the next part (BodyRun.afterPart). */
const GO_ON: unique symbol = Symbol('go on');

export class BodyRun implements BodyGenerator {
  /** The final iterator result is the run itself, as a finished AwaitStep is (one object less per call). */
  done = false;
  value: Value = undefined;
  private state = CREATED;
  /** The part running or suspended. */
  private i = 0;
  /** The iterator of the part it is suspended in. */
  private inner: Generator<unknown, unknown, unknown> | null = null;

  constructor(
    private readonly d: AwaitingBody,
    private readonly e: Env,
  ) {}

  next(sent?: unknown): Step {
    const state = this.state;
    if (state === SUSPENDED) {
      this.state = RUNNING;
      try {
        const r = this.inner!.next(sent);
        if (r.done !== true) {
          this.state = SUSPENDED;
          return r;
        }
        this.inner = null;
        const c = this.afterPart(r.value);
        return c === GO_ON ? this.run(this.i + 1) : this.finish(c);
      } catch (err) {
        throw this.fail(err);
      }
    }
    if (state === CREATED) {
      this.state = RUNNING;
      try {
        return this.run(0);
      } catch (err) {
        throw this.fail(err);
      }
    }
    if (state === CLOSED) return { done: true, value: undefined };
    throw new TypeError('Generator is already running');
  }

  throw(err: unknown): Step {
    const state = this.state;
    if (state === SUSPENDED) {
      this.state = RUNNING;
      try {
        const r = this.inner!.throw(err);
        if (r.done !== true) {
          this.state = SUSPENDED;
          return r;
        }
        this.inner = null;
        const c = this.afterPart(r.value);
        return c === GO_ON ? this.run(this.i + 1) : this.finish(c);
      } catch (e) {
        throw this.fail(e);
      }
    }
    if (state === RUNNING) throw new TypeError('Generator is already running');
    this.state = CLOSED;
    throw err;
  }

  return(v: Value): Step {
    const state = this.state;
    if (state === SUSPENDED) {
      this.state = RUNNING;
      const inner = this.inner!;
      let r: IteratorResult<unknown, unknown>;
      try {
        if (typeof inner.return !== 'function') r = { done: true, value: v };
        else r = inner.return(v);
      } catch (e) {
        throw this.fail(e);
      }
      if (r.done !== true) {
        this.state = SUSPENDED;
        return r as Step;
      }
      this.inner = null;
      return this.finish(r.value as Value);
    }
    if (state === RUNNING) throw new TypeError('Generator is already running');
    this.state = CLOSED;
    return { done: true, value: v };
  }

  /** Run the parts from `from` until one suspends or the body completes. */
  private run(from: number): Step {
    const d = this.d;
    const e = this.e;
    const budget = d.st.budget;
    const n = d.fns.length;
    for (let i = from; i < n; i++) {
      this.i = i;
      tick(budget, d.locs[i]);
      if (d.kinds[i] === PART_PLAIN) {
        const c = (d.fns[i] as StmtFn)(e);
        if (c !== undefined) return this.finish(c === RETURN ? takePending() : d.dflt);
        continue;
      }
      const inner = (d.fns[i] as (e: Env) => Generator<unknown, unknown, unknown>)(e);
      const r = inner.next(undefined);
      if (r.done !== true) {
        this.inner = inner;
        this.state = SUSPENDED;
        return r as Step;
      }
      const c = this.afterPart(r.value);
      if (c !== GO_ON) return this.finish(c);
    }
    return this.finish(d.dflt);
  }

  /** The awaiting part `i` completed with `x`: the body's return value, or GO_ON. */
  private afterPart(x: unknown): Value | typeof GO_ON {
    const k = this.d.kinds[this.i];
    if (k === PART_EXPR) return GO_ON;
    if (k === PART_RETURN) return x as Value;
    const c = x as Completion;
    if (c === undefined) return GO_ON;
    return c === RETURN ? takePending() : this.d.dflt;
  }

  private finish(v: Value): Step {
    this.state = CLOSED;
    this.done = true;
    this.value = v;
    return this as IteratorReturnResult<Value>;
  }

  /** The body ended with an error: the position of the statement it escaped, a host overflow as the recursion error. */
  private fail(err: unknown): unknown {
    this.state = CLOSED;
    this.inner = null;
    const d = this.d;
    tagLoc(err, d.locs[this.i]!);
    if (isHostOverflow(err)) return recursionError(d.st, d.lang);
    return err;
  }

  [Symbol.iterator](): BodyGenerator {
    return this;
  }

  get [Symbol.toStringTag](): string {
    return 'Generator';
  }
}

/** The value of the `return` that completed the body (core.ts `pending`), the cell cleared. */
function takePending(): Value {
  const v = pending.value;
  pending.value = undefined;
  return v;
}
