/**
 * The parts of a loop that do not depend on the executor (compile-loops.ts writes the loops
 * once, for both): what a body's completion means to the loop, the per-iteration binding of a
 * for-of / for-in target, and the scope of a `for (let ...; ;)` head.
 *
 * JS per-iteration bindings: `for (let i ...)` copies the loop environment before each
 * iteration (spec CreatePerIterationEnvironment) and `for (const x of xs)` binds x afresh,
 * so closures capture each iteration's value. Without a closure inside that mentions the
 * head's names (analysis.ts closureMentions), one environment is reused (observably identical).
 */
import type { Expr, ForC, Pattern, Stmt } from '../ir/nodes';
import type { Value } from '../runtime/values';
import type { Cx } from './context';
import { withScope } from './context';
import { HOLE, type Completion, type Env } from './core';
import { compileTarget, NESTED } from './patterns';
import { closureMentions, patternNames } from './analysis';
import { CScope } from './scope';

/** What a loop does with its body's completion: 0 keep looping, 1 leave normally (break). */
export function loopControl(c: Completion, label: string | undefined): 0 | 1 | 2 {
  if (c === undefined) return 0;
  if (c.kind === 2) return 2;
  if (c.label !== undefined && c.label !== label) return 2;
  return c.kind === 0 ? 1 : 0;
}

/**
 * What a declared loop variable's pattern destructures, as V8 names it in its TypeError: its
 * internal temporary `.for` (`Cannot destructure property 'h' of '.for' as it is undefined.`,
 * Node 20); an assignment target (`for ({ h } of xs)`) reads properties instead (NESTED).
 */
const LOOP_VALUE: Expr = { kind: 'Name', id: '.for', loc: { line: 0, col: 0, endLine: 0, endCol: 0 } };

export interface LoopHead {
  /** Bind one iteration's value; returns the env the body runs in. */
  bind: (e: Env, v: Value) => Env;
  hcx: Cx;
}

/** The target of for-of / for-in: a fresh let/const binding per iteration, or an assignment. */
export function compileLoopHead(cx: Cx, declKind: 'var' | 'let' | 'const' | undefined, target: Pattern, body: readonly Stmt[]): LoopHead {
  if (cx.lang === 'py' || declKind === undefined || declKind === 'var') {
    const from = cx.lang === 'py' ? undefined : declKind === undefined ? NESTED : LOOP_VALUE;
    const set = compileTarget(cx, target, 'assign', from);
    return {
      hcx: cx,
      bind: (e, v) => {
        set(e, v);
        return e;
      },
    };
  }
  const names = patternNames(target);
  const own = body.some((b) => closureMentions(b, names)) || closureMentions(target, names);
  const scope = new CScope('block', 'js', cx.scope, own);
  for (const n of names) scope.declare(n, declKind);
  const hcx = withScope(cx, scope);
  const set = compileTarget(hcx, target, 'init', LOOP_VALUE);
  const template = scope.template;
  const resets = scope.lexicalSlots;
  return {
    hcx,
    bind: own
      ? (e, v) => {
          const ne = template!.slice();
          ne[0] = e;
          set(ne, v);
          return ne;
        }
      : (e, v) => {
          for (let i = 0; i < resets.length; i++) e[resets[i]!] = HOLE;
          set(e, v);
          return e;
        },
  };
}

export interface ForCParts {
  lcx: Cx;
  /** Creates the loop environment (runs no user code). */
  open: (e: Env) => Env;
  /** CreatePerIterationEnvironment, or identity. */
  copy: (e: Env) => Env;
}

/** The scope of a `for (let ...; ;)` head (shared by the plain and generator forms). */
export function forCScope(cx: Cx, s: ForC): ForCParts {
  const init = s.init;
  if (!init || init.kind !== 'VarDecl' || init.declKind === 'var') {
    return { lcx: cx, open: (e) => e, copy: (e) => e };
  }
  const names: string[] = [];
  for (const d of init.declarations) patternNames(d.target, names);
  const own = closureMentions(s, names);
  const scope = new CScope('block', 'js', cx.scope, own);
  for (const n of names) scope.declare(n, init.declKind);
  const lcx = withScope(cx, scope);
  const template = scope.template;
  const resets = scope.lexicalSlots;
  const perIteration = own && init.declKind === 'let';
  return {
    lcx,
    open: own
      ? (e) => {
          const ne = template!.slice();
          ne[0] = e;
          return ne;
        }
      : (e) => {
          for (let i = 0; i < resets.length; i++) e[resets[i]!] = HOLE;
          return e;
        },
    copy: perIteration ? (e) => e.slice() : (e) => e,
  };
}
