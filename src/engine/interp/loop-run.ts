/**
 * A `while`, `do-while` or `for (;;)` loop of an async body, run as an iterator object rather
 * than a generator: what compile-loops.ts runLoopG does, step for step, as a state machine
 * whose every suspension point is a `yield*` of runLoopG (the init, the test, a statement of
 * the body, the update, the `else:` block), each awaiting part's iterator driven as `yield*`
 * drives it. compile-loops.ts uses it for the generator form of these loops (a gen-only
 * line: the plain form stays runLoop, derived from runLoopG, which is kept as the source of
 * that derivation).
 *
 * Why (issue 10, the js model within 5× Node on await_chain.js): a loop that awaits resumes
 * through its generator's frame at every await of its body; a method call of an object
 * costs less, as body-run.ts says of an async body (which has the same states: created,
 * suspended in a part's iterator, running, closed) and await-then.ts of an awaiting
 * expression. As in runLoopG, an error escaping a statement of the body gets that
 * statement's position (tagLoc), errors elsewhere propagate untouched.
 */
import type { Value } from '../runtime/values';
import { RETURN, pending, type Completion, type Env, type StmtFn } from './core';
import { tagLoc } from './compile';
import { PART_EXPR, PART_PLAIN, PART_RETURN } from './compile-async-stmt';
import { loopControl } from './loop-heads';
import type { LoopG } from './compile-loops';
import { tick } from '../runtime/realm';

type Step = IteratorResult<unknown, Completion>;
type Iter = Generator<unknown, unknown, unknown>;

const CREATED = 0;
const SUSPENDED = 1;
const RUNNING = 2;
const CLOSED = 3;

/** Where runLoopG is (LoopRun.go): the points after a `yield*` are where a suspension resumes. */
const P_START = 0;
const P_AFTER_INIT = 1;
const P_TEST = 2;
const P_AFTER_TEST = 3;
const P_ITERATION = 4;
const P_PART = 5;
const P_AFTER_PART = 6;
const P_AFTER_BODY = 7;
const P_AFTER_UPDATE = 8;
const P_ORELSE = 9;
const P_AFTER_ORELSE = 10;

export class LoopRun implements Generator<unknown, Completion, unknown> {
  /** The final iterator result is the run itself (body-run.ts). */
  done = false;
  value: Completion = undefined;
  private state = CREATED;
  /** The point to go on from when the suspended iterator completes. */
  private at = P_START;
  private inner: Iter | null = null;
  /** runLoopG's locals: the loop's env, the body's env, the statement, the first-iteration flag, the body's completion. */
  private e: Env;
  private be: Env;
  private i = 0;
  private first: boolean;
  private c: Completion = undefined;

  constructor(
    private readonly d: LoopG,
    e0: Env,
  ) {
    this.e = e0;
    this.be = e0;
    this.first = d.skipFirstTest;
  }

  next(sent?: unknown): Step {
    const state = this.state;
    if (state === SUSPENDED) {
      this.state = RUNNING;
      let r: IteratorResult<unknown, unknown>;
      try {
        r = this.inner!.next(sent);
      } catch (err) {
        throw this.fail(err);
      }
      if (r.done !== true) {
        this.state = SUSPENDED;
        return r as Step;
      }
      this.inner = null;
      return this.resume(this.at, r.value);
    }
    if (state === CREATED) {
      this.state = RUNNING;
      return this.resume(P_START, undefined);
    }
    if (state === CLOSED) return { done: true, value: undefined };
    throw new TypeError('Generator is already running');
  }

  throw(err: unknown): Step {
    const state = this.state;
    if (state === SUSPENDED) {
      this.state = RUNNING;
      let r: IteratorResult<unknown, unknown>;
      try {
        r = this.inner!.throw(err);
      } catch (e) {
        throw this.fail(e);
      }
      if (r.done !== true) {
        this.state = SUSPENDED;
        return r as Step;
      }
      this.inner = null;
      return this.resume(this.at, r.value);
    }
    if (state === RUNNING) throw new TypeError('Generator is already running');
    this.state = CLOSED;
    throw err;
  }

  return(v: Completion): Step {
    const state = this.state;
    if (state === SUSPENDED) {
      this.state = RUNNING;
      const inner = this.inner!;
      let r: IteratorResult<unknown, unknown>;
      try {
        r = typeof inner.return !== 'function' ? { done: true, value: v } : inner.return(v);
      } catch (e) {
        throw this.fail(e);
      }
      if (r.done !== true) {
        this.state = SUSPENDED;
        return r as Step;
      }
      this.inner = null;
      return this.finish(r.value as Completion);
    }
    if (state === RUNNING) throw new TypeError('Generator is already running');
    this.state = CLOSED;
    return { done: true, value: v };
  }

  /** go, closing the run when an error ends it (a generator that throws is closed). */
  private resume(at: number, x: unknown): Step {
    try {
      return this.go(at, x);
    } catch (err) {
      this.state = CLOSED;
      this.inner = null;
      throw err;
    }
  }

  /**
   * runLoopG from point `at`, `x` the value of the `yield*` that ended there, until an
   * iterator suspends (its result, passed up) or the loop completes.
   */
  private go(at: number, x: unknown): Step {
    const d = this.d;
    let e = this.e;
    for (;;) {
      switch (at) {
        case P_START: {
          if (d.open) this.e = e = d.open(e);
          const init = d.init;
          if (init) {
            if (init.g) {
              const s = this.start(init.g(e), P_AFTER_INIT);
              if (s !== null) return s;
            } else init.p(e);
          }
          at = P_AFTER_INIT;
          break;
        }
        case P_AFTER_INIT:
          if (d.copy) this.e = e = d.copy(e);
          at = P_TEST;
          break;
        case P_TEST: {
          const test = d.test;
          if (!test || this.first) {
            at = P_ITERATION;
            break;
          }
          if (test.g) {
            const s = this.start(test.g(e), P_AFTER_TEST);
            if (s !== null) return s;
            x = this.value;
          } else x = test.p(e);
          at = P_AFTER_TEST;
          break;
        }
        case P_AFTER_TEST:
          at = d.ops.truthy(x as Value) ? P_ITERATION : P_ORELSE;
          break;
        case P_ITERATION:
          this.first = false;
          tick(d.budget, d.loc);
          this.c = undefined;
          this.i = 0;
          this.be = d.enter ? d.enter(e) : e;
          at = P_PART;
          break;
        case P_PART: {
          const i = this.i;
          if (i >= d.fns.length) {
            at = P_AFTER_BODY;
            break;
          }
          try {
            tick(d.budget, d.locs[i]);
            if (d.kinds[i] === PART_PLAIN) {
              this.c = (d.fns[i] as StmtFn)(this.be);
              at = this.c !== undefined ? P_AFTER_BODY : P_PART;
              this.i = i + 1;
              break;
            }
            const s = this.start((d.fns[i] as (e: Env) => Iter)(this.be), P_AFTER_PART);
            if (s !== null) return s;
          } catch (err) {
            tagLoc(err, d.locs[i]!);
            throw err;
          }
          x = this.value;
          at = P_AFTER_PART;
          break;
        }
        case P_AFTER_PART: {
          const k = d.kinds[this.i];
          if (k === PART_EXPR) this.c = undefined;
          else if (k === PART_RETURN) {
            pending.value = x as Value;
            this.c = RETURN;
          } else this.c = x as Completion;
          this.i++;
          at = this.c !== undefined ? P_AFTER_BODY : P_PART;
          break;
        }
        case P_AFTER_BODY: {
          const c = this.c;
          if (c !== undefined) {
            this.c = undefined;
            const k = loopControl(c, d.label);
            if (k === 1) return this.finish(undefined);
            if (k === 2) return this.finish(c);
          }
          if (d.copy) this.e = e = d.copy(e);
          const update = d.update;
          if (update) {
            if (update.g) {
              const s = this.start(update.g(e), P_AFTER_UPDATE);
              if (s !== null) return s;
            } else update.p(e);
          }
          at = P_TEST;
          break;
        }
        case P_AFTER_UPDATE:
          at = P_TEST;
          break;
        case P_ORELSE: {
          const orelse = d.orelse;
          if (!orelse) return this.finish(undefined);
          if (!orelse.g) return this.finish(orelse.p(e));
          const s = this.start(orelse.g(e), P_AFTER_ORELSE);
          if (s !== null) return s;
          return this.finish(this.value);
        }
        case P_AFTER_ORELSE:
          return this.finish(x as Completion);
      }
    }
  }

  /**
   * `yield*` of `it` at point `after`: its first step. Suspended: that step (to pass up);
   * completed at once: null, with its value in `this.value` for the caller to read.
   */
  private start(it: Iter, after: number): Step | null {
    const r = it.next(undefined);
    if (r.done !== true) {
      this.inner = it;
      this.at = after;
      this.state = SUSPENDED;
      return r as Step;
    }
    this.value = r.value as Completion;
    return null;
  }

  private finish(v: Completion): Step {
    this.state = CLOSED;
    this.done = true;
    this.value = v;
    this.c = undefined;
    return this as IteratorReturnResult<Completion>;
  }

  /** An error out of the suspended iterator: a statement of the body's position, as runLoopG's catch gives it. */
  private fail(err: unknown): unknown {
    if (this.at === P_AFTER_PART) tagLoc(err, this.d.locs[this.i]!);
    this.state = CLOSED;
    this.inner = null;
    return err;
  }

  [Symbol.iterator](): Generator<unknown, Completion, unknown> {
    return this;
  }

  get [Symbol.toStringTag](): string {
    return 'Generator';
  }
}
