/**
 * Generator-mode statements: the statements of an async body that contain `await`, with
 * the same semantics as the plain versions in compile-stmt.ts; child statements without
 * `await` stay plain. The statements with control flow are written once for both modes
 * (compile-branch.ts, compile-loops.ts, compile-try.ts: the generator form, from which
 * build/derive-sync.ts derives the plain one).
 */
import type { AugAssign, Stmt } from '../ir/nodes';
import { unsupported } from '../errors';
import type { Cx } from './context';
import { RETURN, pending, type Completion, type DExpr, type Env, type GenExprFn, type GenStmtFn } from './core';
import type { Value } from '../runtime/values';

type Gen<T> = Generator<unknown, T, unknown>;
import { compileExpr, compileExprD } from './compile';
import { AwaitThen, THEN_ASSIGN, type AssignPlan } from './await-then';
import { compileTarget } from './patterns';
import { binaryModifierG, compileAugNameG, compileRmwG, isPlainAwait } from './compile-async-assign';
import { containsAwait } from './analysis';
import { jsIterableGuard } from './iterable-errors';
import { compileWithG } from './compile-with';
import { compileMatchG } from './compile-match';
import { eachLoopG, forCLoopG, whileLoopG } from './compile-loops';
import { EachRun } from './each-run';
import { LoopRun } from './loop-run';
import { compileThrowG, compileTryG } from './compile-try';
import { compileAssertG, compileBlockG, compileIfG, compileSwitchG } from './compile-branch';
import { compileForAwaitG } from './compile-for-await';
import { compilePyAsyncForG } from './compile-async-for-py';

/**
 * How a generator-mode statement list runs one entry (compile-list.ts). Every
 * `yield*` level is paid again on each resume, so the statements that are just "evaluate
 * an expression generator" are run by the list itself instead of through a wrapper
 * generator: an expression statement or compound assignment (value discarded) and a
 * `return` of an awaiting expression.
 */
export const PART_PLAIN = 0; // StmtFn
export const PART_STMT = 1; // GenStmtFn: yields, then completes
export const PART_EXPR = 2; // GenExprFn: value discarded, completes normally
export const PART_RETURN = 3; // GenExprFn: its value is the return value
export type PartKind = 0 | 1 | 2 | 3;

/** A statement of an async body for a list entry (PART_*): the generator and how to run it. */
export function compileStmtPartG(cx: Cx, s: Stmt): { kind: PartKind; fn: GenStmtFn | GenExprFn } {
  switch (s.kind) {
    case 'ExprStmt':
      return { kind: PART_EXPR, fn: compileExprD(cx, s.expr).g! };
    case 'Return':
      return { kind: PART_RETURN, fn: compileExprD(cx, s.value!).g! };
    case 'AugAssign':
      return { kind: PART_EXPR, fn: compileAugAssignG(cx, s) };
    default:
      return { kind: PART_STMT, fn: compileStmtG(cx, s) };
  }
}

function compileAugAssignG(cx: Cx, s: AugAssign): GenExprFn {
  if (containsAwait(s.target)) throw unsupported('await or yield inside an assignment target', s.loc);
  if (s.target.kind === 'Name') return compileAugNameG(cx, s.target, s.op, s.value, s.loc);
  const value = compileExprD(cx, s.value);
  return compileRmwG(cx, s.target, binaryModifierG(cx, s.op, value, s.loc));
}

export function compileStmtG(cx: Cx, s: Stmt): GenStmtFn {
  switch (s.kind) {
    case 'ExprStmt': {
      const g = compileExprD(cx, s.expr).g!;
      return (e) => exprStmtG(g, e);
    }
    case 'VarDecl': {
      const mode = s.declKind === 'var' ? 'assign' : 'init';
      const only = s.declarations.length === 1 ? s.declarations[0]! : undefined;
      if (only?.init && isPlainAwait(cx, only.init) && !containsAwait(only.target)) {
        // `const x = await f()`: a step, not a generator (await-then.ts), doing what varDeclG does.
        const init = only.init;
        const guard = only.target.kind === 'ArrayPattern' ? jsIterableGuard(cx, init, 'declaration') : undefined;
        const plan: AssignPlan = {
          kind: THEN_ASSIGN,
          realm: cx.realm,
          a: compileExpr(cx, init.value),
          aloc: init.loc,
          targets: [compileTarget(cx, only.target, mode, init)],
          guard,
          statement: true,
        };
        return (e) => AwaitThen.start(plan, e) as Gen<Completion>;
      }
      const parts = s.declarations.map((d) => {
        if (containsAwait(d.target)) throw unsupported('await or yield inside a destructuring default', d.loc);
        const guard = d.init && d.target.kind === 'ArrayPattern' ? jsIterableGuard(cx, d.init, 'declaration') : undefined;
        return {
          v: d.init ? compileExprD(cx, d.init) : undefined,
          set: compileTarget(cx, d.target, mode, d.init),
          decl: s.declKind !== 'var',
          guard,
        };
      });
      return (e) => varDeclG(parts, e);
    }
    case 'Assign': {
      if (s.targets.some((t) => containsAwait(t))) throw unsupported('await or yield inside an assignment target', s.loc);
      if (isPlainAwait(cx, s.value)) {
        // `x = await f()`: a step, not a generator (await-then.ts), doing what assignG does.
        const value = s.value;
        const plan: AssignPlan = {
          kind: THEN_ASSIGN,
          realm: cx.realm,
          a: compileExpr(cx, value.value),
          aloc: value.loc,
          targets: s.targets.map((t) => compileTarget(cx, t, 'assign', value)),
          guard: undefined,
          statement: true,
        };
        return (e) => AwaitThen.start(plan, e) as Gen<Completion>;
      }
      const d: AssignG = { v: compileExprD(cx, s.value), targets: s.targets.map((t) => compileTarget(cx, t, 'assign', s.value)) };
      return (e) => assignG(d, e);
    }
    case 'AugAssign': {
      const rmw = compileAugAssignG(cx, s);
      return function* (e) {
        yield* rmw(e);
        return undefined;
      };
    }
    case 'Return': {
      const g = compileExprD(cx, s.value!).g!;
      return function* (e) {
        pending.value = yield* g(e);
        return RETURN;
      };
    }
    case 'If':
      return compileIfG(cx, s);
    case 'While':
    case 'DoWhile': {
      // An object, not runLoopG's generator (loop-run.ts).
      const d = whileLoopG(cx, s);
      return (e) => new LoopRun(d, e);
    }
    case 'ForOf':
    case 'ForIn': {
      if (s.kind === 'ForOf' && s.isAsync) return cx.lang === 'py' ? compilePyAsyncForG(cx, s) : compileForAwaitG(cx, s);
      // An object, not runEachG's generator (each-run.ts).
      const d = eachLoopG(cx, s);
      return (e) => new EachRun(d, e);
    }
    case 'ForC': {
      const d = forCLoopG(cx, s);
      return (e) => new LoopRun(d, e);
    }
    case 'Try':
      return compileTryG(cx, s);
    case 'Throw':
      return compileThrowG(cx, s);
    case 'Block':
      return compileBlockG(cx, s);
    case 'Switch':
      return compileSwitchG(cx, s);
    case 'Assert':
      return compileAssertG(cx, s);
    case 'With':
      return compileWithG(cx, s);
    case 'Match':
      return compileMatchG(cx, s);
    default:
      throw unsupported(`await inside ${s.kind}`, s.loc);
  }
}

/*
 * The generator functions of the most frequent awaiting statements are made once, each
 * reading its statement's parts from an argument, not one `function*` per compiled
 * statement: V8 gives the generators of each generator function object a hidden class of
 * their own, so every run's new functions showed the `yield*` sites that resume them new
 * classes, deoptimising them again in each run (issue 10).
 */

/** An expression statement whose expression awaits. */
function* exprStmtG(g: GenExprFn, e: Env): Gen<Completion> {
  yield* g(e);
  return undefined;
}

interface VarDeclPartG {
  readonly v: DExpr | undefined;
  readonly set: (e: Env, v: Value) => void;
  readonly decl: boolean;
  readonly guard: ((v: Value) => void) | undefined;
}

/** `let` / `const` / `var` declarations of which an initialiser awaits. */
function* varDeclG(parts: readonly VarDeclPartG[], e: Env): Gen<Completion> {
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (p.v) {
      const x = p.v.g ? yield* p.v.g(e) : p.v.p(e);
      p.guard?.(x);
      p.set(e, x);
    } else if (p.decl) p.set(e, undefined);
  }
  return undefined;
}

interface AssignG {
  readonly v: DExpr;
  readonly targets: readonly ((e: Env, v: Value) => void)[];
}

/** `a = b = <awaiting value>` (Python's assignment statement). */
function* assignG(d: AssignG, e: Env): Gen<Completion> {
  const v = d.v;
  const x = v.g ? yield* v.g(e) : v.p(e);
  for (const t of d.targets) t(e, x);
  return undefined;
}
