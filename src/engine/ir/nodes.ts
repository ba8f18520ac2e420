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

export type Lang = 'py' | 'js';

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
  loc: Loc;
}

// ---------------------------------------------------------------------------
// Functions and classes
// ---------------------------------------------------------------------------

export type ParamKind =
  | 'normal' // Python positional-or-keyword; every JS parameter
  | 'posonly' // Python parameters before `/`
  | 'varargs' // Python *args, JS ...rest
  | 'kwonly' // Python parameters after `*` / `*args`
  | 'kwargs'; // Python **kwargs

export interface Param {
  /** The bound name; for a JS destructuring parameter, `target` holds the pattern and name is ''. */
  name: string;
  target?: Pattern;
  default?: Expr;
  kind: ParamKind;
  loc: Loc;
}

export type FunctionFlavor =
  | 'def' // Python def / async def
  | 'lambda' // Python lambda
  | 'function' // JS function declaration / expression
  | 'arrow' // JS arrow function (lexical this, no own arguments)
  | 'method' // JS class or object-literal method
  | 'getter'
  | 'setter'
  | 'constructor'; // JS class constructor

export interface FunctionDef {
  kind: 'FunctionDef';
  lang: Lang;
  /** '' for anonymous JS functions and lambdas ('<lambda>' is filled in by the runtime). */
  name: string;
  /** Python-style qualified name, e.g. `main.<locals>.f`, `Account.deposit`; filled in by the front-end. */
  qualname: string;
  params: Param[];
  /** Statement body. Expression-bodied arrows and lambdas get a single Return statement. */
  body: Stmt[];
  isAsync: boolean;
  /** `yield` inside (generators are reported as unsupported by the compiler, not the parser). */
  isGenerator: boolean;
  flavor: FunctionFlavor;
  /** Python decorators, outermost first (as written, top to bottom). */
  decorators: Expr[];
  /** JS class members. */
  isStatic?: boolean;
  loc: Loc;
}

export interface ClassMember {
  kind: 'method' | 'getter' | 'setter' | 'constructor' | 'field';
  isStatic: boolean;
  /** Property name; `computedKey` is set instead for `[expr]` keys. */
  key: string;
  computedKey?: Expr;
  /** Methods, getters, setters and constructors. */
  fn?: FunctionDef;
  /** Field initialiser (`x = 1;`), evaluated per instance (or once, when static). */
  value?: Expr;
  loc: Loc;
}

export interface ClassDef {
  kind: 'ClassDef';
  lang: Lang;
  name: string;
  qualname: string;
  /** Python: base class expressions (`class A(B, C)`); JS: at most one (`extends`). */
  bases: Expr[];
  /** Python: `metaclass=` and other class keywords are unsupported and rejected by the front-end. */
  decorators: Expr[];
  /** Python: the class body, executed in the class namespace. Empty for JS. */
  body: Stmt[];
  /** JS: the class members. Empty for Python. */
  members: ClassMember[];
  loc: Loc;
}

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
  | Switch;

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
  loc: Loc;
}

export interface ClassDecl {
  kind: 'ClassDecl';
  cls: ClassDef;
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
  /** JS tagged templates are unsupported; the front-end reports them. */
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

export type BinaryOperator =
  | '+'
  | '-'
  | '*'
  | '/'
  | '//'
  | '%'
  | '**'
  | '@'
  | '<<'
  | '>>'
  | '>>>'
  | '&'
  | '|'
  | '^';

export interface BinOp {
  kind: 'BinOp';
  op: BinaryOperator;
  left: Expr;
  right: Expr;
  loc: Loc;
}

export type CompareOperator =
  | '<'
  | '<='
  | '>'
  | '>='
  | '=='
  | '!='
  | '==='
  | '!=='
  | 'in'
  | 'not in'
  | 'is'
  | 'is not'
  | 'instanceof';

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

export type Node = Program | Stmt | Expr | Pattern | FunctionDef | ClassDef;
