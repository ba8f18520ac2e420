/**
 * Python `match` statements (part of the IR; see nodes.ts). The pattern nodes mirror
 * CPython's ast (Parser/Python.asdl `pattern`): a capture is a MatchAs with a name and no
 * pattern, the wildcard `_` a MatchAs with neither.
 */
import type { Loc } from './nodes';
import type { Expr } from './expressions';
import type { Stmt } from './statements';

export interface Match {
  kind: 'Match';
  subject: Expr;
  cases: MatchCase[];
  loc: Loc;
}

export interface MatchCase {
  pattern: MatchPattern;
  guard?: Expr;
  body: Stmt[];
  loc: Loc;
}

export type MatchPattern = MatchValue | MatchSingleton | MatchSequence | MatchStar | MatchMapping | MatchClass | MatchAs | MatchOr;

/** A literal number or string, or a dotted name: matches when `subject == value`. */
export interface MatchValue {
  kind: 'MatchValue';
  value: Expr;
  loc: Loc;
}

/** `None`, `True`, `False`: matches when `subject is value`. */
export interface MatchSingleton {
  kind: 'MatchSingleton';
  value: 'None' | 'True' | 'False';
  loc: Loc;
}

/** `[a, *rest]` / `(a, b)` / `a, b`: at most one MatchStar among the patterns. */
export interface MatchSequence {
  kind: 'MatchSequence';
  patterns: MatchPattern[];
  loc: Loc;
}

/** `*name` (or `*_`: no name) inside a sequence pattern. */
export interface MatchStar {
  kind: 'MatchStar';
  name?: string;
  loc: Loc;
}

/** `{key: pattern, ..., **rest}`; keys are literals or dotted names. */
export interface MatchMapping {
  kind: 'MatchMapping';
  keys: Expr[];
  patterns: MatchPattern[];
  rest?: string;
  loc: Loc;
}

/** `Cls(p1, p2, kw=p3)`. */
export interface MatchClass {
  kind: 'MatchClass';
  cls: Expr;
  patterns: MatchPattern[];
  kwdNames: string[];
  kwdPatterns: MatchPattern[];
  loc: Loc;
}

/** `pattern as name`, a capture `name` (no pattern) or the wildcard `_` (neither). */
export interface MatchAs {
  kind: 'MatchAs';
  pattern?: MatchPattern;
  name?: string;
  loc: Loc;
}

export interface MatchOr {
  kind: 'MatchOr';
  patterns: MatchPattern[];
  loc: Loc;
}
