/**
 * JavaScript declaration instantiation (ECMA-262 FunctionDeclarationInstantiation,
 * BlockDeclarationInstantiation, GlobalDeclarationInstantiation):
 *  - `var` names anywhere in a function body (not in nested functions) are hoisted to the
 *    function scope and start as undefined;
 *  - let/const/class declared directly in a statement list belong to that block and start
 *    in their TDZ;
 *  - function declarations directly in a statement list are created when the block (or
 *    function) is entered, so they can be called before their text (module code is strict,
 *    so block-level functions are block-scoped).
 */
import type { FunctionDef, Stmt } from '../ir/nodes';
import { patternNames } from './analysis';

export function collectVarNames(body: readonly Stmt[], out: Set<string> = new Set()): Set<string> {
  for (const s of body) varNamesOf(s, out);
  return out;
}

function varNamesOf(s: Stmt, out: Set<string>): void {
  switch (s.kind) {
    case 'VarDecl':
      if (s.declKind === 'var') for (const d of s.declarations) for (const n of patternNames(d.target)) out.add(n);
      return;
    case 'If':
      collectVarNames(s.body, out);
      collectVarNames(s.orelse, out);
      return;
    case 'While':
    case 'DoWhile':
    case 'Block':
      collectVarNames(s.body, out);
      return;
    case 'ForOf':
    case 'ForIn':
      if (s.declKind === 'var') for (const n of patternNames(s.target)) out.add(n);
      collectVarNames(s.body, out);
      return;
    case 'ForC':
      if (s.init && s.init.kind === 'VarDecl') varNamesOf(s.init, out);
      collectVarNames(s.body, out);
      return;
    case 'Try':
      collectVarNames(s.body, out);
      for (const h of s.handlers) collectVarNames(h.body, out);
      if (s.finalbody) collectVarNames(s.finalbody, out);
      return;
    case 'Switch':
      for (const c of s.cases) collectVarNames(c.body, out);
      return;
    default:
      return;
  }
}

export interface LexicalDecls {
  names: { name: string; kind: 'let' | 'const' | 'class' }[];
  functions: FunctionDef[];
}

/** Declarations directly in one statement list (a block, a function body, the module). */
export function lexicalDecls(body: readonly Stmt[]): LexicalDecls {
  const names: LexicalDecls['names'] = [];
  const functions: FunctionDef[] = [];
  for (const s of body) {
    if (s.kind === 'VarDecl' && s.declKind !== 'var') {
      for (const d of s.declarations) for (const n of patternNames(d.target)) names.push({ name: n, kind: s.declKind });
    } else if (s.kind === 'ClassDecl') {
      names.push({ name: s.cls.name, kind: 'class' });
    } else if (s.kind === 'FunctionDecl') {
      functions.push(s.fn);
    }
  }
  return { names, functions };
}

export function hasLexical(body: readonly Stmt[]): boolean {
  for (const s of body) {
    if ((s.kind === 'VarDecl' && s.declKind !== 'var') || s.kind === 'ClassDecl' || s.kind === 'FunctionDecl') return true;
  }
  return false;
}
