/**
 * A for-of / Python `for` or for-in loop of an async body, run as an iterator object rather
 * than a generator: what compile-loops.ts runEachG does, step for step, as a state machine
 * whose every suspension point is a `yield*` of runEachG (the iterable, a statement of the
 * body, the `else:` block), each awaiting part's iterator driven as `yield*` drives it.
 * compile-async-stmt.ts uses it for the generator form of these loops; runEachG stays the
 * source of the derived plain form (runEach).
 *
 * Why (issue 10, the Python models against CPython on many concurrent tasks): a task whose
 * body is `for r in range(10): await asyncio.sleep(0)` is resumed through its loop at every
 * step, and while suspended keeps the loop alive. A generator is an object and a register
 * file (about 250 bytes here) and a resume re-enters its frame; this object is smaller and a
 * resume is a method call (loop-run.ts says the same of `while` and `for (;;)`).
 *
 * As in runEachG: an error escaping the iteration's binding or a statement of the body
 * closes the iterator (closeAfterThrow; a JS generator's return() unwinding a `yield` of the
 * body, GeneratorReturn, closes it as break does), and one escaping a statement gets that
 * statement's position (tagLoc); `return()` from outside (the driver closing a suspended
 * body) reaches no catch, so it closes nothing but the suspended part, as a generator's
 * return completion passes the loop's `try` by. Errors elsewhere propagate untouched.
 */
import { tick } from '../runtime/realm';
import type { Value } from '../runtime/values';
import { RETURN, pending, type Completion, type Env, type StmtFn } from './core';
import { tagLoc } from './compile';
import { PART_EXPR, PART_PLAIN, PART_RETURN } from './compile-async-stmt';
import { loopControl } from './loop-heads';
import { eachIterator, type EachLoopG } from './compile-loops';
import { closeAfterThrow, closeNormally } from './iterator-close';
import { GeneratorReturn } from '../runtime/generator';

type Step = IteratorResult<unknown, Completion>;
type Iter = Generator<unknown, unknown, unknown>;

const CREATED = 0;
const SUSPENDED = 1;
const RUNNING = 2;
const CLOSED = 3;

/** Where runEachG is (EachRun.go): the points after a `yield*` are where a suspension resumes. */
const P_START = 0;
const P_AFTER_SOURCE = 1;
const P_NEXT = 2;
const P_PART = 3;
const P_AFTER_PART = 4;
const P_AFTER_BODY = 5;
const P_ORELSE = 6;
const P_AFTER_ORELSE = 7;

export class EachRun implements Generator<unknown, Completion, unknown> {
  /** The final iterator result is the run itself (body-run.ts). */
  done = false;
  value: Completion = undefined;
  private state = CREATED;
  /** The point to go on from when the suspended iterator completes. */
  private at = P_START;
  private inner: Iter | null = null;
  /** runEachG's locals: the iterator walked, the body's env, the statement, the body's completion. */
  private it: Iterator<Value> | null = null;
  private be: Env;
  private i = 0;
  private c: Completion = undefined;

  constructor(
    private readonly d: EachLoopG,
    private readonly e: Env,
  ) {
    this.be = e;
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
      this.it = null;
      throw err;
    }
  }

  /**
   * runEachG from point `at`, `x` the value of the `yield*` that ended there, until an
   * iterator suspends (its result, passed up) or the loop completes.
   */
  private go(at: number, x: unknown): Step {
    const d = this.d;
    for (;;) {
      switch (at) {
        case P_START: {
          const source = d.source;
          if (source.g) {
            const s = this.start(source.g(this.e), P_AFTER_SOURCE);
            if (s !== null) return s;
            x = this.value;
          } else x = source.p(this.e);
          at = P_AFTER_SOURCE;
          break;
        }
        case P_AFTER_SOURCE:
          this.it = eachIterator(d, x as Value);
          at = P_NEXT;
          break;
        case P_NEXT: {
          const r = this.it!.next();
          if (r.done) {
            at = P_ORELSE;
            break;
          }
          tick(d.budget, d.loc);
          this.c = undefined;
          this.i = 0;
          try {
            const he = d.bind(this.e, r.value);
            this.be = d.enter ? d.enter(he) : he;
          } catch (err) {
            this.closeAfter(err);
            throw err;
          }
          at = P_PART;
          break;
        }
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
            this.closeAfter(err);
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
            if (k !== 0) {
              closeNormally(this.it!);
              return this.finish(k === 1 ? undefined : c);
            }
          }
          at = P_NEXT;
          break;
        }
        case P_ORELSE: {
          this.it = null;
          const orelse = d.orelse;
          if (!orelse) return this.finish(undefined);
          if (!orelse.g) return this.finish(orelse.p(this.e));
          const s = this.start(orelse.g(this.e), P_AFTER_ORELSE);
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
    this.it = null;
    return this as IteratorReturnResult<Completion>;
  }

  /** runEachG's catch around an iteration: the iterator is closed after the error. */
  private closeAfter(err: unknown): void {
    const it = this.it!;
    if (err instanceof GeneratorReturn) closeNormally(it);
    else closeAfterThrow(it, err);
  }

  /**
   * An error out of the suspended iterator: in a statement of the body, its position and the
   * iterator closed, as runEachG's catch does; elsewhere (the iterable, `else:`) untouched.
   */
  private fail(err: unknown): unknown {
    this.state = CLOSED;
    this.inner = null;
    if (this.at === P_AFTER_PART) {
      tagLoc(err, this.d.locs[this.i]!);
      try {
        this.closeAfter(err);
      } finally {
        this.it = null;
      }
    }
    return err;
  }

  [Symbol.iterator](): Generator<unknown, Completion, unknown> {
    return this;
  }

  get [Symbol.toStringTag](): string {
    return 'Generator';
  }
}
