/** Functions, parameters and classes (part of the IR; see nodes.ts). */
import type { Lang, Loc } from './nodes';
import type { Arg, Expr } from './expressions';
import type { Stmt } from './statements';
import type { Pattern } from './patterns';

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
  /** JS: the function's source text (a class constructor's: the whole class), what Function.prototype.toString returns. */
  sourceText?: string;
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
  /** JS non-strict ("sloppy") code: a function of a CommonJS script without "use strict" (ECMA-262 §11.2.2). */
  sloppy?: boolean;
  loc: Loc;
}

export interface ClassMember {
  /** `staticBlock`: `static { ... }`, its body in `fn` (a method of the class, `key` unused). */
  kind: 'method' | 'getter' | 'setter' | 'constructor' | 'field' | 'staticBlock';
  isStatic: boolean;
  /** Property name; `computedKey` is set instead for `[expr]` keys. */
  key: string;
  computedKey?: Expr;
  /** JS private member (`#x`, `#m()`, `get #g()`): `key` is the name with its `#`. */
  isPrivate?: boolean;
  /** Methods, getters, setters, constructors and static blocks. */
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
  decorators: Expr[];
  /** Python: the class statement's keywords (`name=...`, `**opts`) for `__init_subclass__`; `metaclass=` is rejected by the front-end. */
  keywords?: Arg[];
  /** Python: the class body, executed in the class namespace. Empty for JS. */
  body: Stmt[];
  /** JS: the class members. Empty for Python. */
  members: ClassMember[];
  /** JS: the class's source text (its constructor's Function.prototype.toString). */
  sourceText?: string;
  /** JS class expression without a name of its own (`name` may be inferred, V8's brand messages say 'anonymous'). */
  anonymous?: boolean;
  /**
   * Python: the body's annotated simple names (`x: T` / `x: T = v` at the top level of the
   * class body), in order — they become `__annotations__` (dataclasses read them). Absent
   * when there are none.
   */
  annotations?: ClassAnnotation[];
  loc: Loc;
}

/** One `name: annotation` of a Python class body; `text` is the annotation's source. */
export interface ClassAnnotation {
  name: string;
  value: Expr;
  text: string;
  loc: Loc;
}
