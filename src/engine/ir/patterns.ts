/** Assignment targets (part of the IR; see nodes.ts). */
import type { Loc } from './nodes';
import type { Expr, Name, Member, Index } from './expressions';

// ---------------------------------------------------------------------------
// Assignment targets
// ---------------------------------------------------------------------------

export type Pattern = Name | Member | Index | ArrayPattern | ObjectPattern | DefaultPattern | RestPattern;

/** Python tuple/list targets `a, (b, c) = ...` and JS `[a, , b] = ...` (holes are null). */
export interface ArrayPattern {
  kind: 'ArrayPattern';
  elements: (Pattern | null)[];
  loc: Loc;
}

/** Python `*rest` / JS `...rest` inside an ArrayPattern or ObjectPattern. */
export interface RestPattern {
  kind: 'RestPattern';
  target: Pattern;
  loc: Loc;
}

/** JS `{a, b: c, ...rest} = obj`. */
export interface ObjectPattern {
  kind: 'ObjectPattern';
  props: { key: string; computedKey?: Expr; value: Pattern }[];
  rest?: Pattern;
  loc: Loc;
}

/** JS `x = 1` inside a pattern. */
export interface DefaultPattern {
  kind: 'DefaultPattern';
  target: Pattern;
  default: Expr;
  loc: Loc;
}
