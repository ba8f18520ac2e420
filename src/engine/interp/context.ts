/**
 * Compiler context: what every compile function receives. `Cx` is immutable; entering a
 * scope makes a new one (`withScope`). `InterpState` is per realm (per run).
 */
import type { FunctionDef, Lang } from '../ir/nodes';
import type { LangOps, Realm } from '../runtime/realm';
import type { Pos } from '../events/types';
import { type Thrown } from '../runtime/thrown';
import type { Budget } from '../runtime/realm';
import type { CallStack } from '../runtime/call-stack';
import type { CScope } from './scope';
import type { FunctionValue } from '../runtime/values';

/** Per-run interpreter state. */
export interface InterpState {
  readonly realm: Realm;
  readonly budget: Budget;
  /** The program's call stack (`realm.stack`): frames counted against the recursion limit. */
  readonly stack: CallStack;
  /** JS module-level const names (assignment → TypeError). */
  readonly constGlobals: Set<string>;
  /** Function bodies created by a compile and not compiled yet (functions.ts compilePending). */
  readonly uncompiled: unknown[];
  /** Python exceptions whose __context__ the interpreter already chained. */
  readonly chained: WeakSet<object>;
  /** The user function whose body is executing synchronously (currentFunction()). */
  current: FunctionValue | undefined;
  /** Bumped by every write to realm.globals or realm.builtins (names.ts globalGetter caches). */
  readonly names: { version: number };
}

/** Per-function compile info. */
export interface FnCx {
  /** Generator mode: the body is async (or a module with top-level await). */
  readonly gen: boolean;
  /**
   * The trampolined form of a sync body (interp/trampoline.ts): generator mode where every
   * call is a suspension point too (analysis.ts containsCall), yielding a call request.
   */
  readonly tramp?: boolean;
  readonly def?: FunctionDef;
  /** Python: hidden slots holding the exception of each enclosing `except` block (innermost last). */
  readonly exceptSlots: { scope: CScope; slot: number }[];
}

export interface Cx {
  readonly st: InterpState;
  readonly realm: Realm;
  readonly lang: Lang;
  readonly ops: LangOps;
  readonly scope: CScope;
  readonly fn: FnCx;
  /** JS non-strict code (IR `sloppy`): failed writes are ignored, undeclared assignment creates a global. */
  readonly sloppy?: boolean;
}

export function withScope(cx: Cx, scope: CScope): Cx {
  return { ...cx, scope };
}

/** A user-level error of the code's language. */
export function userError(cx: { realm: Realm }, lang: Lang, type: string, message: string, loc?: Pos): Thrown {
  const t = cx.realm.ops(lang).newError(type, message);
  if (loc && !t.loc) t.loc = { line: loc.line, col: loc.col };
  return t;
}
