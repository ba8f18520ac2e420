/**
 * Compile-time scopes and name resolution.
 *
 * Every scope that can hold bindings is a CScope. Scopes that "own" an environment get a
 * runtime array (core.ts Env); the others (JS blocks and Python comprehensions without a
 * closure inside) allocate their slots in the nearest owning ancestor, under their own
 * name map, so shadowing and TDZ still behave per block (see analysis.ts containsClosure).
 *
 * Module-level names never get slots: they live in `realm.globals` (shared by the prelude
 * and the program), then `realm.builtins[lang]`.
 *
 * Python (Python/symtable.c): a function's locals are the names it binds anywhere in its
 * body, minus `global`/`nonlocal` declarations; class bodies are namespaces that nested
 * functions skip; comprehensions are their own scope (PEP 709 keeps that visible behaviour).
 * JavaScript: `var` and function declarations belong to the function scope, let/const/class
 * to the block (a TDZ until the declaration runs).
 */
import type { FunctionDef, Lang } from '../ir/nodes';
import { HOLE } from './core';

export type ScopeKind = 'module' | 'function' | 'block' | 'class' | 'comp';

export type BindingKind = 'var' | 'let' | 'const' | 'class' | 'fn' | 'param' | 'local' | 'hidden' | 'fnself';

export interface Binding {
  slot: number;
  /** The env-owning scope whose array holds the slot. */
  owner: CScope;
  kind: BindingKind;
  name: string;
  /**
   * JS parameters of a function whose parameter list has defaults or patterns: they stay in
   * a TDZ until bound, left to right (§10.2.11 FunctionDeclarationInstantiation step 25-26:
   * IteratorBindingInitialization initialises them in order), so reads must check.
   */
  paramTdz?: boolean;
}

/** Reserved slots of a JS non-arrow function environment. */
export const THIS_SLOT = 1;
export const FN_SLOT = 2;
export const NEW_TARGET_SLOT = 3;
/** Reserved slots of a Python class-body environment. */
export const CLASS_NS_SLOT = 1;
export const CLASS_CELL_SLOT = 2;

export class CScope {
  readonly names = new Map<string, Binding>();
  /** Initial values of the env this scope owns (index 0 is the parent link). */
  readonly template: unknown[] | null;
  /** Slots of flattened let/const/class bindings, reset to HOLE on each entry. */
  readonly lexicalSlots: number[] = [];
  /** Python `global` / `nonlocal` declarations of a function or class body. */
  readonly pyGlobals = new Set<string>();
  readonly pyNonlocals = new Set<string>();
  /** Function scopes: the definition and whether it has its own `this` (JS non-arrow). */
  def?: FunctionDef;
  jsThis = false;
  /** JS `arguments` slot, allocated the first time the body mentions `arguments`. */
  argumentsSlot = 0;

  constructor(
    readonly kind: ScopeKind,
    readonly lang: Lang,
    readonly parent: CScope | null,
    readonly ownsEnv: boolean,
  ) {
    this.template = ownsEnv ? [null] : null;
  }

  /** The env-owning scope at or above this one. */
  get owner(): CScope {
    let s: CScope = this;
    while (!s.ownsEnv) s = s.parent!;
    return s;
  }

  /** Allocate a slot in the owning environment. */
  alloc(init: unknown): number {
    const t = this.owner.template!;
    t.push(init);
    return t.length - 1;
  }

  /** `startUndefined`: JS var/function/parameter bindings start as undefined; the rest start unbound (HOLE). */
  declare(name: string, kind: BindingKind, startUndefined = false): Binding {
    const existing = this.names.get(name);
    if (existing) return existing;
    const b: Binding = { slot: this.alloc(startUndefined ? undefined : HOLE), owner: this.owner, kind, name };
    this.names.set(name, b);
    if (!this.ownsEnv && (kind === 'let' || kind === 'const' || kind === 'class')) this.lexicalSlots.push(b.slot);
    return b;
  }

  /** Number of env hops from the env of this scope to the env of `owner`. */
  depthTo(owner: CScope): number {
    let o = this.owner;
    let d = 0;
    while (o !== owner) {
      if (!o.parent) throw new Error(`internal: scope owner not found`);
      o = o.parent.owner;
      d++;
    }
    return d;
  }

  /** The nearest function or module scope (Python: where the current code's locals live). */
  get functionScope(): CScope {
    let s: CScope = this;
    while (s.kind !== 'function' && s.kind !== 'module') s = s.parent!;
    return s;
  }
}

export type Ref =
  | { t: 'slot'; depth: number; b: Binding; free: boolean }
  | { t: 'global' }
  /** Python class body: the namespace at env depth `depth`, then `fallback`. */
  | { t: 'classns'; depth: number; fallback: Ref };

/** JavaScript: the innermost binding, else a module global. */
export function resolveJs(scope: CScope, name: string): Ref {
  for (let s: CScope | null = scope; s; s = s.parent) {
    const b = s.names.get(name);
    if (b) return { t: 'slot', depth: scope.depthTo(b.owner), b, free: false };
    if (name === 'arguments' && s.kind === 'function' && s.jsThis) {
      // First mention of `arguments` in a non-arrow function: give it a slot (params.ts fills it).
      if (!s.argumentsSlot) s.argumentsSlot = s.alloc(undefined);
      const ab: Binding = { slot: s.argumentsSlot, owner: s.owner, kind: 'var', name };
      s.names.set(name, ab);
      return { t: 'slot', depth: scope.depthTo(ab.owner), b: ab, free: false };
    }
  }
  return { t: 'global' };
}

/** Python name resolution for a read or write in `scope` (Python/symtable.c analyze_name). */
export function resolvePy(scope: CScope, name: string): Ref {
  const s = scope;
  switch (s.kind) {
    case 'module':
      return { t: 'global' };
    case 'class': {
      if (s.pyGlobals.has(name)) return { t: 'global' };
      if (s.pyNonlocals.has(name)) return resolveFree(scope, s.parent!, name);
      return { t: 'classns', depth: scope.depthTo(s.owner), fallback: resolveFree(scope, s.parent!, name) };
    }
    default: {
      const b = s.names.get(name);
      if (b) return { t: 'slot', depth: scope.depthTo(b.owner), b, free: false };
      if (s.pyGlobals.has(name)) return { t: 'global' };
      return resolveFree(scope, s.parent!, name);
    }
  }
}

/** A name not bound in the current scope: the nearest enclosing function binding, else global. Class scopes are skipped. */
function resolveFree(from: CScope, start: CScope, name: string): Ref {
  for (let s: CScope | null = start; s; s = s.parent) {
    if (s.kind === 'module') return { t: 'global' };
    if (s.kind === 'class') continue;
    const b = s.names.get(name);
    if (b) return { t: 'slot', depth: from.depthTo(b.owner), b, free: s.functionScope !== from.functionScope };
    if (s.pyGlobals.has(name)) return { t: 'global' };
  }
  return { t: 'global' };
}

/** The nearest scope of kind `kind` at or above `scope` (or null). */
export function enclosing(scope: CScope, pred: (s: CScope) => boolean): CScope | null {
  for (let s: CScope | null = scope; s; s = s.parent) if (pred(s)) return s;
  return null;
}
