/**
 * Lowering state: the source text and the stack of scopes being lowered.
 *
 * The scope stack exists for three CPython compile-time facts the front-end must get
 * exactly right:
 *  - `__qualname__` (Python/compile.c `compiler_set_qualname`): a child of a function or
 *    lambda is `parent.<locals>.name`; a child of a class or generator expression is
 *    `parent.name`; a def/class whose name the parent declared `global` is just `name`.
 *    List/set/dict comprehensions are inlined since CPython 3.12 (PEP 709), so they are
 *    not scopes here; generator expressions still are (`f.<locals>.<genexpr>`).
 *  - where `await`, `yield`, `return`, `break`, `continue` are legal (Python/symtable.c,
 *    Python/compile.c), with CPython's messages;
 *  - `Program.hasTopLevelAwait`: an `await` reached from the module body without crossing
 *    a def, lambda or class (a generator expression does not stop it, as with
 *    PyCF_ALLOW_TOP_LEVEL_AWAIT).
 */
import type { ClassAnnotation, FunctionDef, Loc } from '../../ir/nodes';
import { syntaxError, type SourcePos } from '../../errors';
import { SourceText } from './cursor';

export type ScopeKind = 'module' | 'function' | 'lambda' | 'class' | 'genexpr';

export interface Scope {
  kind: ScopeKind;
  qualname: string;
  isAsync: boolean;
  /** The FunctionDef being built (functions and lambdas), so `yield` can mark it a generator. */
  fn?: FunctionDef;
  /** Names declared `global` so far in this scope (they flatten a nested def's qualname). */
  globals: Set<string>;
  /** Enclosing loops of the current statement, within this scope only. */
  loopDepth: number;
  /** Position of the first `return <value>` (an error in an async generator). */
  firstReturnWithValue?: SourcePos;
  /** Inlined (list/set/dict) comprehensions being lowered in this scope, innermost last. */
  comprehensions: { loc: Loc; type: 'list' | 'set' | 'dict' }[];
  /** A class body's annotated names, collected by the assignments lowered directly in it. */
  annotations?: ClassAnnotation[];
  /** loopDepth at each enclosing `finally:` block of this scope (PEP 765 warnings). */
  finallyLoops: number[];
  /** loopDepth at each enclosing `except*` block of this scope (break/continue/return are errors there). */
  exceptStarLoops: number[];
}

export class PyContext {
  readonly src: SourceText;
  hasTopLevelAwait = false;
  /** SyntaxWarnings met while lowering (Program.warnings), in source order. */
  readonly warnings: { category: string; message: string; loc: Loc }[] = [];
  private readonly scopes: Scope[];

  /** Offsets of the with items' `as` keywords, a `,` in Lezer's copy of the source (with-prescan.ts). */
  readonly withAs: ReadonlySet<number>;
  /** Offsets of the empty `()`/`[]`/`{}` of case patterns, `__` in Lezer's copy (match-prescan.ts). */
  readonly emptyBrackets: ReadonlySet<number>;

  constructor(source: string, withAs: ReadonlySet<number> = new Set(), emptyBrackets: ReadonlySet<number> = new Set()) {
    this.src = new SourceText(source);
    this.withAs = withAs;
    this.emptyBrackets = emptyBrackets;
    this.scopes = [
      {
        kind: 'module',
        qualname: '',
        isAsync: false,
        globals: new Set(),
        loopDepth: 0,
        comprehensions: [],
        finallyLoops: [],
        exceptStarLoops: [],
      },
    ];
  }

  get scope(): Scope {
    return this.scopes[this.scopes.length - 1]!;
  }

  /** CPython's qualname for a def/class/lambda/genexpr named `name` defined in the current scope. */
  childQualname(name: string, kind: ScopeKind): string {
    const parent = this.scope;
    if (parent.kind === 'module') return name;
    // compiler_set_qualname: only defs and classes consult the parent's `global` declarations.
    if ((kind === 'function' || kind === 'class') && parent.kind !== 'genexpr' && parent.globals.has(name)) return name;
    const functionLike = parent.kind === 'function' || parent.kind === 'lambda';
    return functionLike ? `${parent.qualname}.<locals>.${name}` : `${parent.qualname}.${name}`;
  }

  /** Run `body` inside a new scope and return its result. */
  within<T>(scope: Omit<Scope, 'globals' | 'loopDepth' | 'comprehensions' | 'finallyLoops' | 'exceptStarLoops'>, body: () => T): T {
    this.scopes.push({ ...scope, globals: new Set(), loopDepth: 0, comprehensions: [], finallyLoops: [], exceptStarLoops: [] });
    try {
      return body();
    } finally {
      this.scopes.pop();
    }
  }

  /** Lower an inlined comprehension's clauses (they share the enclosing scope since PEP 709). */
  inComprehension<T>(loc: Loc, type: 'list' | 'set' | 'dict', body: () => T): T {
    const scope = this.scope;
    scope.comprehensions.push({ loc, type });
    try {
      return body();
    } finally {
      scope.comprehensions.pop();
    }
  }

  /** A SyntaxWarning at `pos` (CPython emits these while compiling, before the code runs). */
  warn(message: string, pos: SourcePos, category = 'SyntaxWarning'): void {
    this.warnings.push({ category, message, loc: { line: pos.line, col: pos.col, endLine: pos.line, endCol: pos.col } });
  }

  /** Lower a `finally:` block: `return`, and `break`/`continue` leaving it, warn (PEP 765, 3.14). */
  inFinally<T>(body: () => T): T {
    const scope = this.scope;
    scope.finallyLoops.push(scope.loopDepth);
    try {
      return body();
    } finally {
      scope.finallyLoops.pop();
    }
  }

  /** Lower an `except*` block (Python/codegen.c: no break/continue/return leaving it). */
  inExceptStar<T>(body: () => T): T {
    const scope = this.scope;
    scope.exceptStarLoops.push(scope.loopDepth);
    try {
      return body();
    } finally {
      scope.exceptStarLoops.pop();
    }
  }

  /** Would a `break`/`continue` (or, with `anyLoop`, a `return`) here leave an `except*` block? */
  exitsExceptStar(anyLoop: boolean): boolean {
    const f = this.scope.exceptStarLoops;
    return f.length > 0 && (anyLoop || this.scope.loopDepth === f[f.length - 1]);
  }

  /** Does a `break`/`continue` here leave an enclosing `finally:` block? */
  exitsFinally(): boolean {
    const f = this.scope.finallyLoops;
    return f.length > 0 && this.scope.loopDepth === f[f.length - 1];
  }

  inLoop<T>(body: () => T): T {
    const scope = this.scope;
    scope.loopDepth++;
    try {
      return body();
    } finally {
      scope.loopDepth--;
    }
  }

  /** The nearest scope that is not a generator expression (what `return`/`yield`/`await` see). */
  private codeScope(): Scope {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const s = this.scopes[i]!;
      if (s.kind !== 'genexpr') return s;
    }
    return this.scopes[0]!;
  }

  private insideGenexpr(): boolean {
    return this.scope.kind === 'genexpr';
  }

  /**
   * Validate an `await` (or `async for` / async comprehension, named by `what`) and
   * record top-level await. Messages from Python/compile.c.
   */
  noteAwait(loc: Loc, what: 'await' | 'async for' | 'async with' | 'async comprehension'): void {
    const pos = { line: loc.line, col: loc.col };
    const code = this.codeScope();
    if (code.kind === 'module') {
      this.hasTopLevelAwait = true;
      return;
    }
    // An await inside a generator expression makes it an async generator expression: legal anywhere.
    if (this.insideGenexpr()) return;
    if (code.kind === 'function' && code.isAsync) return;
    // Python/compile.c: an await inside an inlined comprehension is blamed on the comprehension.
    const comp = code.comprehensions[0]?.loc;
    if (what === 'async comprehension' || comp) {
      const at = comp ? { line: comp.line, col: comp.col } : pos;
      throw syntaxError('asynchronous comprehension outside of an asynchronous function', at);
    }
    // Python/codegen.c: only `await` has its own message in a class body.
    if (code.kind === 'class' && what === 'await') throw syntaxError(`'${what}' outside function`, pos);
    throw syntaxError(`'${what}' outside async function`, pos);
  }

  noteYield(loc: Loc, delegate = false): void {
    const code = this.codeScope();
    if (code.kind === 'module' || code.kind === 'class') {
      throw syntaxError("'yield' outside function", { line: loc.line, col: loc.col });
    }
    if (this.insideGenexpr()) throw syntaxError("'yield' inside generator expression", { line: loc.line, col: loc.col });
    const comp = this.scope.comprehensions[this.scope.comprehensions.length - 1];
    if (comp) throw syntaxError(`'yield' inside ${comp.type} comprehension`, { line: loc.line, col: loc.col });
    if (delegate && code.kind === 'function' && code.isAsync) {
      throw syntaxError("'yield from' inside async function", { line: loc.line, col: loc.col });
    }
    if (code.fn) code.fn.isGenerator = true;
  }

  noteReturn(loc: Loc, hasValue: boolean): void {
    const code = this.codeScope();
    if (code.kind !== 'function') throw syntaxError("'return' outside function", { line: loc.line, col: loc.col });
    if (hasValue && !code.firstReturnWithValue) code.firstReturnWithValue = { line: loc.line, col: loc.col };
  }
}
