/**
 * Shared state of one JS lowering pass: positions, the qualname scope chain, the stack of
 * functions being lowered (for `yield` → isGenerator) and the top-level-await flag.
 *
 * Qualnames mirror CPython's `__qualname__` so that warnings computed from a JS twin read
 * like the Python origin's (e.g. "coroutine 'main.<locals>.f' was never awaited"):
 *   - a function's children are prefixed `<fn qualname>.<locals>.`
 *   - a class's members are prefixed `<class qualname>.`
 *   - anonymous functions/arrows are `<lambda>` (CPython's name for lambdas)
 * (CPython: Python/compile.c, compiler_set_qualname.)
 */

import type { Node as AcornNode } from 'acorn';
import type { FunctionDef, Loc } from '../../ir/nodes';
import type { SourcePos } from '../../errors';

/** A directive prologue containing "use strict" (§11.2.1); acorn marks prologue statements with `directive`. */
export function hasUseStrict(body: readonly AcornNode[]): boolean {
  for (const s of body) {
    const directive = (s as AcornNode & { directive?: string }).directive;
    if (directive === undefined) return false;
    if (directive === 'use strict') return true;
  }
  return false;
}

interface QualScope {
  /** Prefix that children of this scope get, e.g. 'main.<locals>.' or 'C.'. */
  prefix: string;
}

export class LowerContext {
  /** Set when `await` / `for await` occurs at module level outside every function. */
  hasTopLevelAwait = false;
  /** The code being lowered is strict (ECMA-262 §11.2.2): module code, class bodies, "use strict" scopes. */
  strict = true;
  /** The program's text (without BOM), for functions' source text (Function.prototype.toString). */
  source = '';

  private readonly qualScopes: QualScope[] = [{ prefix: '' }];
  /** Functions currently being lowered, innermost last; `null` entries are class-field initialisers. */
  private readonly functions: (FunctionDef | null)[] = [];

  loc(node: AcornNode): Loc {
    const l = node.loc!;
    return { line: l.start.line, col: l.start.column, endLine: l.end.line, endCol: l.end.column };
  }

  /** The source text of `node` (§20.2.3.5 Function.prototype.toString returns it for user functions). */
  textOf(node: AcornNode): string {
    return this.source.slice(node.start, node.end);
  }

  pos(node: AcornNode): SourcePos {
    const l = node.loc!;
    return { line: l.start.line, col: l.start.column };
  }

  /** The qualname a function or class named `name` gets in the current scope. */
  qualnameFor(name: string): string {
    return this.qualScopes[this.qualScopes.length - 1]!.prefix + name;
  }

  /** Lower `body` with `fn` as the enclosing function (its children are `<qualname>.<locals>.`). */
  inFunction<T>(fn: FunctionDef, body: () => T): T {
    this.qualScopes.push({ prefix: `${fn.qualname}.<locals>.` });
    this.functions.push(fn);
    try {
      return body();
    } finally {
      this.functions.pop();
      this.qualScopes.pop();
    }
  }

  /** Lower class members with `qualname.` as prefix. */
  inClass<T>(qualname: string, body: () => T): T {
    this.qualScopes.push({ prefix: `${qualname}.` });
    // All parts of a class are strict code (§11.2.2).
    const strict = this.strict;
    this.strict = true;
    try {
      return body();
    } finally {
      this.strict = strict;
      this.qualScopes.pop();
    }
  }

  /** Lower `body` with the given strictness (a function with its own "use strict" directive). */
  withStrict<T>(strict: boolean, body: () => T): T {
    const saved = this.strict;
    this.strict = strict;
    try {
      return body();
    } finally {
      this.strict = saved;
    }
  }

  /**
   * Code that is not module-level but not a function body either: class field initialisers
   * (evaluated like method bodies, spec ClassFieldDefinitionEvaluation) and parameter lists
   * (lowered in the enclosing qualname scope, as CPython evaluates defaults outside the def).
   * acorn already rejects `await`/`yield` there; the marker keeps `atModuleLevel` honest.
   */
  outsideModuleLevel<T>(body: () => T): T {
    this.functions.push(null);
    try {
      return body();
    } finally {
      this.functions.pop();
    }
  }

  get atModuleLevel(): boolean {
    return this.functions.length === 0;
  }

  /** Is the innermost function an `async function*` (its `yield v` and `return v` await v)? */
  get inAsyncGenerator(): boolean {
    const fn = this.functions[this.functions.length - 1];
    return !!fn && fn.isAsync && fn.isGenerator;
  }

  /** Record a `yield` in the innermost function. */
  markGenerator(): void {
    const fn = this.functions[this.functions.length - 1];
    if (fn) fn.isGenerator = true;
  }

  /** Record an `await` / `for await`: at module level it makes the program top-level-await. */
  markAwait(): void {
    if (this.atModuleLevel) this.hasTopLevelAwait = true;
  }
}
