/**
 * Runtime primitives shared by every compiled closure: environments, the "no value yet"
 * marker, completion signals and the pending return value.
 *
 * Environments are plain arrays (the fastest structure V8 offers for slot access):
 * `env[0]` is the enclosing environment (or null), `env[1..]` are the variable slots the
 * compiler assigned. A variable is resolved at compile time to (depth, slot): walk `depth`
 * parents, then index. Only module globals and builtins use Map lookups.
 */
import type { Value } from '../runtime/values';

/** A runtime environment: `[parent, slot1, slot2, ...]`. */
export type Env = any[];

/**
 * The marker of a slot that has no value: a JS let/const/class in its temporal dead zone,
 * a Python local not yet assigned (or deleted). Never visible to user code.
 */
export const HOLE: unique symbol = Symbol('hole');

/** Short-circuit marker inside a JS optional chain (nodes.ts Member.chainEnd). */
export const SHORT: unique symbol = Symbol('short');

/**
 * Statement completion. `undefined` is "normal"; break/continue carry an optional label;
 * return stores its value in `pending.value` (no allocation per return).
 */
export class Signal {
  constructor(
    readonly kind: 0 | 1 | 2,
    readonly label?: string,
  ) {}
}
export const BREAK_KIND = 0;
export const CONTINUE_KIND = 1;
export const BREAK = new Signal(0);
export const CONTINUE = new Signal(1);
export const RETURN = new Signal(2);

const labelled = new Map<string, Signal>();
/** The (cached) signal for `break label` / `continue label`. */
export function labelSignal(kind: 0 | 1, label: string | undefined): Signal {
  if (label === undefined) return kind === 0 ? BREAK : CONTINUE;
  const key = `${kind}:${label}`;
  let s = labelled.get(key);
  if (!s) labelled.set(key, (s = new Signal(kind, label)));
  return s;
}

export type Completion = Signal | undefined;

/**
 * The value of the `return` being executed. A Return statement stores its value here and
 * completes with RETURN; the function boundary reads it at once. Only `finally` blocks run
 * in between, and they save/restore it (compile-try.ts), so one cell is enough even when
 * generators interleave.
 */
export const pending: { value: Value } = { value: undefined };

export type ExprFn = (e: Env) => Value;
export type StmtFn = (e: Env) => Completion;
export type GenExprFn = (e: Env) => Generator<unknown, Value, unknown>;
export type GenStmtFn = (e: Env) => Generator<unknown, Completion, unknown>;
/** What a generator-mode closure returns: a host generator whose return value is T. */
export type Gen<T> = Generator<unknown, T, unknown>;

/** An expression compiled plainly (`p`) or, when it contains `await`, as a generator (`g`). */
export type DExpr = { p: ExprFn; g?: undefined } | { p?: undefined; g: GenExprFn };
export type DStmt = { p: StmtFn; g?: undefined } | { p?: undefined; g: GenStmtFn };

/** A setter closure for an assignment target. */
export type AssignFn = (e: Env, v: Value) => void;

/** Walk `depth` parents up from `e`. */
export function up(e: Env, depth: number): Env {
  while (depth-- > 0) e = e[0];
  return e;
}
