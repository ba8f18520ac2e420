/** Statements (part of the IR; see nodes.ts). */
import type { Loc } from './nodes';
import type { Expr, BinaryOperator } from './expressions';
import type { FunctionDef, ClassDef } from './functions';
import type { Pattern } from './patterns';
import type { Match } from './match';

// ---------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------

export type Stmt =
  | ExprStmt
  | VarDecl
  | Assign
  | AugAssign
  | FunctionDecl
  | ClassDecl
  | Return
  | If
  | While
  | DoWhile
  | ForOf
  | ForIn
  | ForC
  | Break
  | Continue
  | Try
  | Throw
  | Pass
  | Global
  | Nonlocal
  | Import
  | Delete
  | Assert
  | Block
  | Switch
  | With
  | Match;

export interface ExprStmt {
  kind: 'ExprStmt';
  expr: Expr;
  loc: Loc;
}

/** JS `var` / `let` / `const`. Python has no declarations; it uses Assign. */
export interface VarDecl {
  kind: 'VarDecl';
  declKind: 'var' | 'let' | 'const';
  declarations: { target: Pattern; init?: Expr; loc: Loc }[];
  loc: Loc;
}

/** Python `a = b = value` (targets left to right); annotated assignments lose the annotation. */
export interface Assign {
  kind: 'Assign';
  targets: Pattern[];
  value: Expr;
  loc: Loc;
}

/** Python `x += 1` (JS compound assignment is an AssignExpr). */
export interface AugAssign {
  kind: 'AugAssign';
  target: Pattern;
  op: BinaryOperator;
  value: Expr;
  loc: Loc;
}

export interface FunctionDecl {
  kind: 'FunctionDecl';
  fn: FunctionDef;
  /** Python: the name bound when it differs from `fn.name` (a private name mangled in a class body). */
  bindAs?: string;
  loc: Loc;
}

export interface ClassDecl {
  kind: 'ClassDecl';
  cls: ClassDef;
  /** Python: the name bound when it differs from `cls.name` (a private name mangled in a class body). */
  bindAs?: string;
  loc: Loc;
}

export interface Return {
  kind: 'Return';
  value?: Expr;
  loc: Loc;
}

/** `elif` chains become nested Ifs in `orelse`. */
export interface If {
  kind: 'If';
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
  loc: Loc;
}

/** `orelse` is Python's `while ... else:` (runs when the loop ends without break). */
export interface While {
  kind: 'While';
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
  label?: string;
  loc: Loc;
}

export interface DoWhile {
  kind: 'DoWhile';
  body: Stmt[];
  test: Expr;
  label?: string;
  loc: Loc;
}

/**
 * Python `for target in iter:` and JS `for (const target of iter)`.
 * Iteration follows the language of the code (Python iter protocol / JS iterables).
 */
export interface ForOf {
  kind: 'ForOf';
  /** JS declaration kind of the loop variable (fresh binding per iteration for let/const). */
  declKind?: 'var' | 'let' | 'const';
  target: Pattern;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
  isAsync: boolean;
  label?: string;
  loc: Loc;
}

/** JS `for (k in obj)`. */
export interface ForIn {
  kind: 'ForIn';
  declKind?: 'var' | 'let' | 'const';
  target: Pattern;
  object: Expr;
  body: Stmt[];
  label?: string;
  loc: Loc;
}

/** JS `for (init; test; update)`. */
export interface ForC {
  kind: 'ForC';
  init?: VarDecl | ExprStmt;
  test?: Expr;
  update?: Expr;
  body: Stmt[];
  label?: string;
  loc: Loc;
}

export interface Break {
  kind: 'Break';
  label?: string;
  loc: Loc;
}

export interface Continue {
  kind: 'Continue';
  label?: string;
  loc: Loc;
}

export interface ExceptHandler {
  /** Python: the exception type expression (a class or tuple); absent for bare `except:` and JS `catch`. */
  type?: Expr;
  /** Python `as name`; JS catch parameter (may be a destructuring pattern). */
  target?: Pattern;
  body: Stmt[];
  loc: Loc;
}

export interface Try {
  kind: 'Try';
  body: Stmt[];
  handlers: ExceptHandler[];
  /** Python `else:`. */
  orelse: Stmt[];
  /** `finally:`; undefined when absent (an empty finally block is []). */
  finalbody?: Stmt[];
  /** Python `except*` (PEP 654): every handler is an except* clause (they cannot be mixed). */
  star?: boolean;
  loc: Loc;
}

/** Python `raise [exc [from cause]]` and JS `throw value`. A bare `raise` has no value. */
export interface Throw {
  kind: 'Throw';
  value?: Expr;
  cause?: Expr;
  loc: Loc;
}

/** Python `pass`, JS empty statement `;`. */
export interface Pass {
  kind: 'Pass';
  loc: Loc;
}

export interface Global {
  kind: 'Global';
  names: string[];
  loc: Loc;
}

export interface Nonlocal {
  kind: 'Nonlocal';
  names: string[];
  loc: Loc;
}

/**
 * Python `import a.b as c` (names = [{name:'a.b', asname:'c'}], from = undefined)
 * and `from m import x as y` (from = 'm'). `import *` is rejected by the front-end.
 */
export interface Import {
  kind: 'Import';
  from?: string;
  names: { name: string; asname?: string }[];
  loc: Loc;
}

/** Python `del a, b[0]`; JS `delete` is a unary expression. */
export interface Delete {
  kind: 'Delete';
  targets: Pattern[];
  loc: Loc;
}

export interface Assert {
  kind: 'Assert';
  test: Expr;
  msg?: Expr;
  loc: Loc;
}

/** JS `{ ... }` block (its own lexical scope). */
export interface Block {
  kind: 'Block';
  body: Stmt[];
  label?: string;
  loc: Loc;
}

export interface Switch {
  kind: 'Switch';
  discriminant: Expr;
  /** `test` undefined is `default:`. */
  cases: { test?: Expr; body: Stmt[]; loc: Loc }[];
  label?: string;
  loc: Loc;
}

/**
 * Python `with a as x, b:` / `async with ...:`. The items are entered left to right and
 * exited in reverse, as nested with statements (Language Reference §8.5); `target` is
 * assigned the `__enter__` / awaited `__aenter__` result.
 */
export interface With {
  kind: 'With';
  items: WithItem[];
  body: Stmt[];
  isAsync: boolean;
  loc: Loc;
}

export interface WithItem {
  context: Expr;
  target?: Pattern;
  loc: Loc;
}
