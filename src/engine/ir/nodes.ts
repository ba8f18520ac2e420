/**
 * The one intermediate representation that both syntax front-ends lower to.
 *
 * Python (`@lezer/python`) and JavaScript (`acorn`) programs become the same node
 * kinds; every node carries `lang` semantics only through the Program (and the
 * FunctionDef / ClassDef nodes, which remember the language they were written in),
 * because a value's behaviour (printing, `+`, attribute lookup) follows the language
 * that wrote the code, while *scheduling* follows the model (see src/engine/models).
 *
 * Positions: `line` is 1-based, `col` is 0-based, as acorn reports them; error
 * messages end with `(line:col)` in that convention (see src/engine/errors.ts).
 */

import type { Lang } from '../names';

export type { Lang };

export interface Loc {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

// ---------------------------------------------------------------------------
// Program
// ---------------------------------------------------------------------------

export interface Program {
  kind: 'Program';
  lang: Lang;
  body: Stmt[];
  /** True when the module body contains `await` (or `async for/with`) outside any function. */
  hasTopLevelAwait: boolean;
  /** JS parsed as a script without a "use strict" directive: non-strict code (ECMA-262 §11.2.2). */
  sloppy?: boolean;
  /** Compile-time warnings (Python's SyntaxWarning), in source order; the module loader reports them. */
  warnings?: { category: string; message: string; loc: Loc }[];
  loc: Loc;
}

export * from './functions';
export * from './statements';
export * from './expressions';
export * from './patterns';
export * from './match';

import type { FunctionDef, ClassDef } from './functions';
import type { Stmt } from './statements';
import type { Expr } from './expressions';
import type { Pattern } from './patterns';

export type Node = Program | Stmt | Expr | Pattern | FunctionDef | ClassDef;
