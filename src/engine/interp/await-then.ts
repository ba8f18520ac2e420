/**
 * Awaiting expressions without a generator: `a + await f()`, `(await f()) + (await g())`,
 * `s += await f()`, `const x = await f()`, `x = await f()`, where every `await` has a plain
 * operand (one that does not await itself). Such an expression is "do some plain work, await
 * the model's iterator, do some plain work with its result" (twice for a binary operation
 * both of whose sides await), and an `AwaitThen` is that as an object: it holds what the
 * work before the await computed and the model's await iterator (`realm.model.awaitValue`),
 * passes every step of that iterator through, and finishes the expression when the iterator
 * is done.
 *
 * Why (issue 10, the js model within 5× Node on await_chain.js): a generator per evaluation
 * was one of the two largest things an await chain allocated (V8's generator object and its
 * register file, about 200 bytes, against about 80 for this object), and resuming a
 * generator frame at every level of the `yield*` chain costs more than a method call. The
 * model's own await iterators are written the same way for the same reason
 * (models/python/await.ts, models/js/async-function.ts AwaitStep).
 *
 * Each step does exactly what the generator it replaces did (compile-async.ts binOpG,
 * compile-async-assign.ts augNameG; compile-async-stmt.ts varDeclG, assignG; `function* () { const x = yield*
 * awaitValue(v); return finish(x); }` in general), at every call the body's `yield*` makes:
 *  - the work before the first await runs when the step is made, not at its first `next`:
 *    every user delegates at once (`yield* x.g(e)`), so nothing runs in between, as
 *    for the model's awaitValue, which also does its work when called;
 *  - `next(v)` / `throw(err)` go to the await iterator; while it is not done its results
 *    pass through unchanged (a yield of the delegate); when it is done the expression
 *    goes on with its value, and an error thrown there or by the iterator propagates to the
 *    body's `yield*`, where the generator's would have surfaced;
 *  - `return(v)` goes to the await iterator and ends the expression without finishing it,
 *    as a generator suspended in `yield*` does (`GeneratorReturn` travels as a throw
 *    instead in this engine, runtime/generator.ts, so the body never calls it).
 * The finished step is its own final iterator result (`done`, `value`), as AwaitStep is.
 */
import type { BinaryOperator, Expr } from '../ir/nodes';
import type { Value } from '../runtime/values';
import type { Cx } from './context';
import type { Env, ExprFn } from './core';
import { binaryAt } from './compile-ops';

type Gen<T> = Generator<unknown, T, unknown>;
type Step = IteratorResult<unknown, Value>;

/** What a step does: the plan of one compiled expression (AwaitThen.kind). */
export const THEN_BINARY = 0;
export const THEN_AUG_NAME = 1;
export const THEN_ASSIGN = 2;

/** `l op r`, at least one side `await <plain>` (`la` / `ra`), the other plain (`l` / `r`) or also awaited. */
export interface BinaryPlan {
  readonly kind: typeof THEN_BINARY;
  readonly realm: Cx['realm'];
  readonly ops: Cx['ops'];
  readonly op: BinaryOperator;
  readonly loc: Expr['loc'];
  readonly l: ExprFn | undefined;
  readonly la: ExprFn | undefined;
  readonly lloc: Expr['loc'];
  readonly r: ExprFn | undefined;
  readonly ra: ExprFn | undefined;
  readonly rloc: Expr['loc'];
}

/** `name op= await <plain>`: `combine` is the operation (binary, or Python's in-place protocol). */
export interface AugNamePlan {
  readonly kind: typeof THEN_AUG_NAME;
  readonly realm: Cx['realm'];
  readonly get: (e: Env) => Value;
  readonly set: (e: Env, v: Value) => void;
  readonly combine: (old: Value, b: Value) => Value;
  readonly a: ExprFn;
  readonly aloc: Expr['loc'];
}

/**
 * `targets = await <plain>`: a declaration (`let x = await f()`, after its guard) or an
 * assignment; a statement completes normally (undefined), an expression is the value.
 */
export interface AssignPlan {
  readonly kind: typeof THEN_ASSIGN;
  readonly realm: Cx['realm'];
  readonly targets: readonly ((e: Env, v: Value) => void)[];
  readonly guard: ((v: Value) => void) | undefined;
  readonly statement: boolean;
  readonly a: ExprFn;
  readonly aloc: Expr['loc'];
}

export type ThenPlan = BinaryPlan | AugNamePlan | AssignPlan;

// `await <plain operand>` is `plan.realm.model.awaitValue(operand(e), loc)`, the model's await
// iterator for the operand's value (compile-async.ts's plain-operand await), written out at each
// site rather than through a helper: the operand's call (`1 + await create_task(f())`) then runs
// one host frame shallower, which eager task recursion repeats at every level below the trampoline
// threshold (past it the coroutine makes the call, coroutine.ts makeCall). Measured in session 18:
// without it the worker's margin at CPython's 248 levels shrinks by about 2 % (issue 10).

/** The step of one evaluation (header). One class for every plan, so `yield*` sites meet one more class, not three. */
export class AwaitThen implements Generator<unknown, Value, unknown> {
  done = false;
  value: Value = undefined;

  private constructor(
    private readonly plan: ThenPlan,
    private readonly e: Env,
    /** What the work before the await computed: a binary operation's left value, the old value of `name op=`. */
    private saved: Value,
    private inner: Gen<Value>,
    /** THEN_BINARY: 0 while the left side's await runs, 1 while the right side's does. */
    private stage: number,
  ) {}

  /** Evaluate up to the first await of `plan` (the work its generator did before its first suspension). */
  static start(plan: ThenPlan, e: Env): AwaitThen {
    switch (plan.kind) {
      case THEN_BINARY:
        if (plan.la) return new AwaitThen(plan, e, undefined, plan.realm.model.awaitValue(plan.la(e), plan.lloc), 0);
        {
          const a = plan.l!(e);
          return new AwaitThen(plan, e, a, plan.realm.model.awaitValue(plan.ra!(e), plan.rloc), 1);
        }
      case THEN_AUG_NAME: {
        const old = plan.get(e);
        return new AwaitThen(plan, e, old, plan.realm.model.awaitValue(plan.a(e), plan.aloc), 0);
      }
      case THEN_ASSIGN:
        return new AwaitThen(plan, e, undefined, plan.realm.model.awaitValue(plan.a(e), plan.aloc), 0);
    }
  }

  next(sent?: unknown): Step {
    const r = this.inner.next(sent);
    return r.done === true ? this.then(r.value) : r;
  }

  throw(err: unknown): Step {
    const r = this.inner.throw(err);
    return r.done === true ? this.then(r.value) : r;
  }

  return(v: Value): Step {
    const inner = this.inner;
    return typeof inner.return === 'function' ? inner.return(v) : { done: true, value: v };
  }

  /** The await is over with `x`: the rest of the expression. */
  private then(x: Value): Step {
    const plan = this.plan;
    const e = this.e;
    switch (plan.kind) {
      case THEN_BINARY:
        if (this.stage === 0) {
          if (plan.ra) {
            // `(await a) op (await b)`: the right side's await, driven as the first was.
            this.saved = x;
            this.stage = 1;
            this.inner = plan.realm.model.awaitValue(plan.ra(e), plan.rloc);
            return this.next(undefined);
          }
          return this.finish(binaryAt(plan.ops, plan.op, x, plan.r!(e), plan.loc));
        }
        return this.finish(binaryAt(plan.ops, plan.op, this.saved, x, plan.loc));
      case THEN_AUG_NAME: {
        const v = plan.combine(this.saved, x);
        plan.set(e, v);
        return this.finish(v);
      }
      case THEN_ASSIGN: {
        plan.guard?.(x);
        const targets = plan.targets;
        for (let i = 0; i < targets.length; i++) targets[i]!(e, x);
        return this.finish(plan.statement ? undefined : x);
      }
    }
  }

  private finish(v: Value): Step {
    this.done = true;
    this.value = v;
    this.saved = undefined;
    return this as IteratorReturnResult<Value>;
  }

  [Symbol.iterator](): Generator<unknown, Value, unknown> {
    return this;
  }

  get [Symbol.toStringTag](): string {
    return 'Generator';
  }
}
