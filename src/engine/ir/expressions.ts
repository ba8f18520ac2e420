/** Expressions (part of the IR; see nodes.ts). */
import type { Loc } from './nodes';
import type { FunctionDef, ClassDef } from './functions';
import type { Pattern } from './patterns';

// ---------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------

export type Expr =
  | NumLit
  | StrLit
  | BoolLit
  | NoneLit
  | NullLit
  | UndefinedLit
  | Template
  | TemplateObject
  | Name
  | Member
  | Index
  | Slice
  | Call
  | New
  | BinOp
  | Compare
  | Logical
  | Unary
  | Cond
  | FunctionExpr
  | ClassExpr
  | Await
  | Yield
  | ListLit
  | TupleLit
  | SetLit
  | DictLit
  | ObjectLit
  | Comprehension
  | AssignExpr
  | Update
  | Sequence
  | This
  | PrivateName
  | RegExpLit
  | NewTarget
  | SuperMember
  | SuperCall
  | Starred
  | Spread;

export interface NumLit {
  kind: 'Num';
  value: number;
  /** Python float literal (`1.0`, `1e3`); Python ints and every JS number have isFloat false. */
  isFloat: boolean;
  /** Python int literals beyond 2**53 keep their digits here. */
  big?: string;
  loc: Loc;
}

export interface StrLit {
  kind: 'Str';
  value: string;
  loc: Loc;
}

export interface BoolLit {
  kind: 'Bool';
  value: boolean;
  loc: Loc;
}

/** Python `None`. */
export interface NoneLit {
  kind: 'None';
  loc: Loc;
}

/** JS `null`. */
export interface NullLit {
  kind: 'Null';
  loc: Loc;
}

/** JS `undefined` (an identifier in JS, but never rebindable in practice; the front-end emits this). */
export interface UndefinedLit {
  kind: 'Undefined';
  loc: Loc;
}

export interface TemplatePart {
  expr: Expr;
  /** Python f-string conversion `!r`, `!s`, `!a`. */
  conversion?: 'r' | 's' | 'a';
  /** Python format spec after `:`; itself a template (it may contain `{...}`). */
  formatSpec?: Template;
  /** Python `f"{x=}"` debugging form: the literal text `x=` precedes the value. */
  selfDoc?: string;
  loc: Loc;
}

/** Python f-string and JS template literal: `quasis.length === parts.length + 1`. */
export interface Template {
  kind: 'Template';
  quasis: string[];
  parts: TemplatePart[];
  loc: Loc;
}

/**
 * The first argument of a JS tagged template's call (ECMA-262 §13.2.8.4 GetTemplateObject):
 * a frozen array of the cooked strings (undefined where an escape is invalid) with a frozen
 * `raw` array, the same object each time this site is evaluated.
 */
export interface TemplateObject {
  kind: 'TemplateObject';
  cooked: (string | null)[];
  raw: string[];
  loc: Loc;
}

export interface Name {
  kind: 'Name';
  id: string;
  loc: Loc;
}

/** `obj.prop` (and JS `obj?.prop` with optional). */
export interface Member {
  kind: 'Member';
  object: Expr;
  property: string;
  optional?: boolean;
  /**
   * JS optional chaining (ESTree ChainExpression): set on the OUTERMOST Member/Index/Call of a
   * chain that contains at least one `optional` link. Evaluating a chainEnd node: walk down
   * `object`/`callee` through Member/Index/Call links (not past a nested chainEnd, which is a
   * parenthesised chain of its own); if an `optional` link finds its base null/undefined, the
   * WHOLE chain up to this node evaluates to undefined and nothing after that link (later
   * properties, indexes, call arguments) is evaluated. `a?.b.c` is Member(c, chainEnd) over
   * Member(b, optional) over a; `(a?.b).c` has chainEnd on `.b` and a plain `.c` above it.
   */
  chainEnd?: boolean;
  loc: Loc;
}

/** `obj[index]` (and JS `obj?.[index]`). Python slices put a Slice in `index`. */
export interface Index {
  kind: 'Index';
  object: Expr;
  index: Expr;
  optional?: boolean;
  /** See Member.chainEnd. */
  chainEnd?: boolean;
  loc: Loc;
}

export interface Slice {
  kind: 'Slice';
  lower?: Expr;
  upper?: Expr;
  step?: Expr;
  loc: Loc;
}

export type Arg =
  | { kind: 'pos'; value: Expr }
  | { kind: 'star'; value: Expr } // Python *xs, JS ...xs
  | { kind: 'kw'; name: string; value: Expr } // Python name=value
  | { kind: 'starstar'; value: Expr }; // Python **kw

export interface Call {
  kind: 'Call';
  callee: Expr;
  args: Arg[];
  /** JS `f?.()`. */
  optional?: boolean;
  /** See Member.chainEnd. */
  chainEnd?: boolean;
  loc: Loc;
}

/** JS `new C(args)`. */
export interface New {
  kind: 'New';
  callee: Expr;
  args: Arg[];
  loc: Loc;
}

export type BinaryOperator = '+' | '-' | '*' | '/' | '//' | '%' | '**' | '@' | '<<' | '>>' | '>>>' | '&' | '|' | '^';

export interface BinOp {
  kind: 'BinOp';
  op: BinaryOperator;
  left: Expr;
  right: Expr;
  loc: Loc;
}

export type CompareOperator = '<' | '<=' | '>' | '>=' | '==' | '!=' | '===' | '!==' | 'in' | 'not in' | 'is' | 'is not' | 'instanceof';

/** Python chained comparison `a < b < c` (ops.length === comparators.length); JS has one op. */
export interface Compare {
  kind: 'Compare';
  left: Expr;
  ops: CompareOperator[];
  comparators: Expr[];
  loc: Loc;
}

/** Python and/or, JS && || ??. Short-circuiting; the value of the deciding operand is the result. */
export interface Logical {
  kind: 'Logical';
  op: 'and' | 'or' | '??';
  left: Expr;
  right: Expr;
  loc: Loc;
}

export interface Unary {
  kind: 'Unary';
  /** Python `not` and JS `!` are both 'not'. */
  op: 'not' | '-' | '+' | '~' | 'typeof' | 'void' | 'delete';
  operand: Expr;
  loc: Loc;
}

export interface Cond {
  kind: 'Cond';
  test: Expr;
  then: Expr;
  else: Expr;
  loc: Loc;
}

/** Lambdas, arrows, function expressions. */
export interface FunctionExpr {
  kind: 'FunctionExpr';
  fn: FunctionDef;
  /** JS `function g() {}` in expression position: `g` is bound inside the function to itself (§15.2.5). */
  ownName?: boolean;
  loc: Loc;
}

export interface ClassExpr {
  kind: 'ClassExpr';
  cls: ClassDef;
  loc: Loc;
}

export interface Await {
  kind: 'Await';
  value: Expr;
  loc: Loc;
}

export interface Yield {
  kind: 'Yield';
  value?: Expr;
  delegate: boolean;
  loc: Loc;
}

/** Python list / JS array literal; elements may be Starred (Python) or Spread (JS); JS holes are UndefinedLit. */
export interface ListLit {
  kind: 'List';
  elements: Expr[];
  /** JS elisions (`[1, , 2]`): indices into `elements` whose placeholder makes a hole. */
  holes?: number[];
  loc: Loc;
}

export interface TupleLit {
  kind: 'Tuple';
  elements: Expr[];
  loc: Loc;
}

export interface SetLit {
  kind: 'Set';
  elements: Expr[];
  loc: Loc;
}

/** Python dict display; `{**other}` entries have key undefined. */
export interface DictLit {
  kind: 'Dict';
  entries: { key?: Expr; value: Expr }[];
  loc: Loc;
}

export interface ObjectProp {
  kind: 'init' | 'method' | 'get' | 'set' | 'spread';
  /** Static key; computedKey is set instead for `[expr]: v`. */
  key: string;
  computedKey?: Expr;
  value: Expr; // for methods/getters/setters a FunctionExpr; for spread the spread operand
  loc: Loc;
}

/** JS object literal. */
export interface ObjectLit {
  kind: 'Object';
  props: ObjectProp[];
  loc: Loc;
}

export interface ComprehensionFor {
  target: Pattern;
  iter: Expr;
  ifs: Expr[];
  isAsync: boolean;
}

/** Python list/set/dict comprehensions and generator expressions (the latter evaluated eagerly to a list-like iterator). */
export interface Comprehension {
  kind: 'Comprehension';
  type: 'list' | 'set' | 'dict' | 'generator';
  elt: Expr;
  /** dict comprehensions: `key: elt`. */
  key?: Expr;
  generators: ComprehensionFor[];
  loc: Loc;
}

/** JS `=`, `+=`, `&&=` ... and Python's walrus `:=` (op '='). */
export interface AssignExpr {
  kind: 'AssignExpr';
  op: '=' | `${BinaryOperator}=` | '&&=' | '||=' | '??=';
  target: Pattern;
  value: Expr;
  loc: Loc;
}

/** JS `++x`, `x--`. */
export interface Update {
  kind: 'Update';
  op: '++' | '--';
  prefix: boolean;
  target: Pattern;
  loc: Loc;
}

/** JS comma expression. */
export interface Sequence {
  kind: 'Sequence';
  exprs: Expr[];
  loc: Loc;
}

/** JS `this`. (Python's `self` is an ordinary parameter.) */
export interface This {
  kind: 'This';
  loc: Loc;
}

/** JS regular expression literal `/pattern/flags` (acorn has checked its syntax). */
export interface RegExpLit {
  kind: 'RegExp';
  pattern: string;
  flags: string;
  loc: Loc;
}

/**
 * JS private name `#x`, as the key of `obj.#x` (an Index whose index is this node) or the
 * left side of `#x in obj`: evaluates to the Private Name of the innermost class declaring it.
 */
export interface PrivateName {
  kind: 'PrivateName';
  name: string;
  loc: Loc;
}

/** JS `new.target` (§13.3.12): the [[NewTarget]] of the nearest non-arrow function. */
export interface NewTarget {
  kind: 'NewTarget';
  loc: Loc;
}

/** JS `super.method` / Python `super().method` (the front-end rewrites zero-argument super()). */
export interface SuperMember {
  kind: 'SuperMember';
  property: string;
  loc: Loc;
}

/** JS `super(args)` in a constructor. */
export interface SuperCall {
  kind: 'SuperCall';
  args: Arg[];
  loc: Loc;
}

/** Python `*x` inside list/tuple displays and assignment targets. */
export interface Starred {
  kind: 'Starred';
  value: Expr;
  loc: Loc;
}

/** JS `...x` inside array literals. */
export interface Spread {
  kind: 'Spread';
  value: Expr;
  loc: Loc;
}
