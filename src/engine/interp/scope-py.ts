/**
 * Python binding analysis (Python/symtable.c): which names a function or class body binds.
 *
 * A name is local to a function when the body assigns it anywhere (=, augmented
 * assignment, for targets, except-as, with-as, match captures, import, def, class, del, walrus — a walrus inside a
 * comprehension binds in the enclosing function, PEP 572), unless declared `global` or
 * `nonlocal`. Nested functions, lambdas and classes are not entered; comprehension targets
 * belong to the comprehension.
 */
import type { Pattern, Stmt } from '../ir/nodes';
import { errorAt } from '../errors';
import { forEachChild, matchPatternNames, patternNames } from './analysis';

export interface PyBindings {
  /** Bound names in first-binding order. */
  assigned: string[];
  globals: Set<string>;
  nonlocals: Set<string>;
}

export function analyzePyBody(body: readonly Stmt[]): PyBindings {
  const assigned = new Set<string>();
  const globals = new Set<string>();
  const nonlocals = new Set<string>();
  /** Names read so far (symtable's USE), for `global x` after a use of x. */
  const used = new Set<string>();
  const bind = (n: string) => assigned.add(n);
  const bindPattern = (p: Pattern | null | undefined) => {
    for (const n of patternNames(p)) bind(n);
    if (p) targetLoads(p);
  };
  /** What a target reads: the object and index of `a.b = ` / `a[i] = `, not the names it binds. */
  const targetLoads = (p: Pattern): void => {
    if (p.kind === 'Name') return;
    if (p.kind === 'ArrayPattern') {
      for (const el of p.elements) if (el) targetLoads(el);
    } else if (p.kind === 'RestPattern' || p.kind === 'DefaultPattern') targetLoads(p.target);
    else walkExprs(p, walrus);
  };
  const walrus = (node: { kind?: string; [k: string]: unknown }): boolean | void => {
    if (node.kind === 'FunctionDef' || node.kind === 'ClassDef') return;
    if (node.kind === 'Name') used.add(node.id as string);
    if (node.kind === 'AssignExpr') {
      const t = (node as unknown as { target: Pattern }).target;
      if (t.kind === 'Name') bind(t.id);
    }
    forEachChild(node, walrus);
  };
  /** symtable.c: a name declared global or nonlocal after this block used or bound it. */
  const declaredLate = (n: string, what: 'global' | 'nonlocal', loc: Stmt['loc']) => {
    if (used.has(n)) throw errorAt('syntax', `name '${n}' is used prior to ${what} declaration`, loc);
    if (assigned.has(n)) throw errorAt('syntax', `name '${n}' is assigned to before ${what} declaration`, loc);
  };

  const stmt = (s: Stmt): void => {
    switch (s.kind) {
      case 'Assign':
        for (const t of s.targets) bindPattern(t);
        walkExprs(s.value, walrus);
        return;
      case 'AugAssign':
        bindPattern(s.target);
        walkExprs(s.value, walrus);
        return;
      case 'FunctionDecl':
        bind(s.bindAs ?? s.fn.name);
        // Decorators and defaults run in this scope.
        for (const d of s.fn.decorators) walkExprs(d, walrus);
        for (const p of s.fn.params) if (p.default) walkExprs(p.default, walrus);
        return;
      case 'ClassDecl':
        bind(s.bindAs ?? s.cls.name);
        for (const d of s.cls.decorators) walkExprs(d, walrus);
        for (const b of s.cls.bases) walkExprs(b, walrus);
        return;
      case 'ForOf':
        bindPattern(s.target);
        walkExprs(s.iter, walrus);
        s.body.forEach(stmt);
        s.orelse.forEach(stmt);
        return;
      case 'Import':
        for (const n of s.names) bind(n.asname ?? (s.from !== undefined ? n.name : n.name.split('.')[0]!));
        return;
      case 'Delete':
        for (const t of s.targets) bindPattern(t);
        return;
      case 'Global':
        for (const n of s.names) {
          if (nonlocals.has(n)) throw errorAt('syntax', `name '${n}' is nonlocal and global`, s.loc);
          declaredLate(n, 'global', s.loc);
          globals.add(n);
        }
        return;
      case 'Nonlocal':
        for (const n of s.names) {
          if (globals.has(n)) throw errorAt('syntax', `name '${n}' is nonlocal and global`, s.loc);
          declaredLate(n, 'nonlocal', s.loc);
          nonlocals.add(n);
        }
        return;
      case 'Try':
        s.body.forEach(stmt);
        for (const h of s.handlers) {
          if (h.type) walkExprs(h.type, walrus);
          bindPattern(h.target);
          h.body.forEach(stmt);
        }
        s.orelse.forEach(stmt);
        s.finalbody?.forEach(stmt);
        return;
      case 'With':
        for (const item of s.items) {
          walkExprs(item.context, walrus);
          bindPattern(item.target);
        }
        s.body.forEach(stmt);
        return;
      case 'Match':
        walkExprs(s.subject, walrus);
        for (const c of s.cases) {
          for (const n of matchPatternNames(c.pattern)) bind(n);
          if (c.guard) walkExprs(c.guard, walrus);
          c.body.forEach(stmt);
        }
        return;
      case 'If':
        walkExprs(s.test, walrus);
        s.body.forEach(stmt);
        s.orelse.forEach(stmt);
        return;
      case 'While':
        walkExprs(s.test, walrus);
        s.body.forEach(stmt);
        s.orelse.forEach(stmt);
        return;
      default:
        walkExprs(s, walrus);
        return;
    }
  };
  body.forEach(stmt);
  for (const g of globals) assigned.delete(g);
  for (const n of nonlocals) assigned.delete(n);
  return { assigned: [...assigned], globals, nonlocals };
}

function walkExprs(node: object, visit: (n: { kind?: string; [k: string]: unknown }) => boolean | void): void {
  visit(node as { kind?: string });
}
