/**
 * Simple statements in plain mode: expression statements, declarations, assignments,
 * def/class statements, return, break/continue, import and del; and JS block scopes
 * (openBlock: `{ ... }` bodies). Their generator forms are compile-async-stmt.ts; the
 * statements with control flow (if, blocks, switch, assert, loops, try) are written once
 * for both modes in compile-branch.ts, compile-loops.ts and compile-try.ts.
 */
import { jsIterableGuard } from './iterable-errors';
import type {
  Assign,
  AugAssign,
  Break,
  ClassDecl,
  Continue,
  Delete,
  ExprStmt,
  FunctionDecl,
  Import,
  Pattern,
  Return,
  Stmt,
  VarDecl,
  FunctionDef,
} from '../ir/nodes';
import { unsupported } from '../errors';
import { isStdlibName, STDLIB_MODULES } from '../runtime/python/index';
import { None, PyModule, type Value } from '../runtime/values';
import type { Cx } from './context';
import { userError, withScope } from './context';
import { HOLE, RETURN, labelSignal, pending, type Env, type ExprFn, type StmtFn } from './core';
import { compileExpr } from './compile';
import { compileDelete as compileDeleteName, compileSet } from './names';
import { compileTarget } from './patterns';
import { binaryModifier, compileReadModifyWrite } from './compile-ops';
import { compileFunctionExpr, compilePyDef } from './functions';
import { compileClassExpr } from './classes';
import { anyClosure } from './analysis';
import { hasLexical, lexicalDecls } from './scope-js';
import { CScope } from './scope';

export interface BlockScope {
  bcx: Cx;
  /** Creates (or resets) the block's bindings and hoists its functions; null when the block has none. */
  enter: ((e: Env) => Env) | null;
}

/**
 * A JS block scope for `body` (plus `extra` bindings, e.g. a catch parameter or loop head).
 * It owns an environment only when something inside can capture a binding; otherwise its
 * slots live in the enclosing environment and are reset to the TDZ on entry.
 */
export function openBlock(
  cx: Cx,
  body: readonly Stmt[],
  extra?: { names: string[]; kind: 'let' | 'const'; closures?: boolean },
): BlockScope {
  if (cx.lang === 'py' || (!hasLexical(body) && !extra?.names.length)) return { bcx: cx, enter: null };
  const own = anyClosure(body) || extra?.closures === true;
  const scope = new CScope('block', 'js', cx.scope, own);
  const decls = lexicalDecls(body);
  for (const n of extra?.names ?? []) scope.declare(n, extra!.kind);
  for (const d of decls.names) scope.declare(d.name, d.kind);
  for (const f of decls.functions) scope.declare(f.name, 'fn', true);
  const bcx = withScope(cx, scope);
  const hoist = compileHoist(bcx, decls.functions);
  const template = scope.template;
  const resets = scope.lexicalSlots;
  const enter = own
    ? (e: Env) => {
        const ne = template!.slice();
        ne[0] = e;
        if (hoist) hoist(ne);
        return ne;
      }
    : (e: Env) => {
        for (let i = 0; i < resets.length; i++) e[resets[i]!] = HOLE;
        if (hoist) hoist(e);
        return e;
      };
  return { bcx, enter };
}

/** Function declarations are created when their scope is entered (spec InstantiateFunctionObject). */
export function compileHoist(cx: Cx, fns: readonly FunctionDef[]): ((e: Env) => void) | null {
  if (fns.length === 0) return null;
  const parts = fns.map((fn) => ({ make: compileFunctionExpr(cx, fn), set: compileSet(cx, fn.name, fn.loc, true) }));
  return (e) => {
    for (const p of parts) p.set(e, p.make(e));
  };
}

export function compileExprStmt(cx: Cx, s: ExprStmt): StmtFn {
  const f = compileExpr(cx, s.expr);
  return (e) => {
    f(e);
    return undefined;
  };
}

export function compileVarDecl(cx: Cx, s: VarDecl): StmtFn {
  const mode = s.declKind === 'var' ? 'assign' : 'init';
  const parts: ((e: Env) => void)[] = [];
  for (const d of s.declarations) {
    if (d.init) {
      const v = compileExpr(cx, d.init);
      const set = compileTarget(cx, d.target, mode, d.init);
      const guard = d.target.kind === 'ArrayPattern' ? jsIterableGuard(cx, d.init, 'declaration') : undefined;
      if (guard) {
        parts.push((e) => {
          const x = v(e);
          guard(x);
          set(e, x);
        });
      } else parts.push((e) => set(e, v(e)));
    } else if (s.declKind !== 'var') {
      const set = compileTarget(cx, d.target, 'init');
      parts.push((e) => set(e, undefined));
    }
  }
  if (parts.length === 1) {
    const p = parts[0]!;
    return (e) => {
      p(e);
      return undefined;
    };
  }
  return (e) => {
    for (const p of parts) p(e);
    return undefined;
  };
}

export function compileAssign(cx: Cx, s: Assign): StmtFn {
  const v = compileExpr(cx, s.value);
  const targets = s.targets.map((t) => compileTarget(cx, t, 'assign', s.value));
  if (targets.length === 1) {
    const t = targets[0]!;
    return (e) => {
      t(e, v(e));
      return undefined;
    };
  }
  return (e) => {
    const x = v(e);
    for (const t of targets) t(e, x);
    return undefined;
  };
}

/** `target op= value` as an expression (its value is discarded): a list runs it directly (PART_EXPR). */
export function compileAugAssignExpr(cx: Cx, s: AugAssign): ExprFn {
  const value = compileExpr(cx, s.value);
  return compileReadModifyWrite(cx, s.target, binaryModifier(cx, s.op, value, s.loc));
}

export function compileAugAssign(cx: Cx, s: AugAssign): StmtFn {
  const rmw = compileAugAssignExpr(cx, s);
  return (e) => {
    rmw(e);
    return undefined;
  };
}

export function compileFunctionDecl(cx: Cx, s: FunctionDecl): StmtFn {
  // JS declarations were hoisted when their scope was entered.
  if (cx.lang === 'js') return () => undefined;
  const make = compilePyDef(cx, s.fn);
  const set = compileSet(cx, s.bindAs ?? s.fn.name, s.loc);
  return (e) => {
    set(e, make(e));
    return undefined;
  };
}

export function compileClassDecl(cx: Cx, s: ClassDecl): StmtFn {
  const make = compileClassExpr(cx, s.cls);
  const set = compileSet(cx, s.bindAs ?? s.cls.name, s.loc, cx.lang === 'js');
  return (e) => {
    set(e, make(e));
    return undefined;
  };
}

export function compileReturn(cx: Cx, s: Return): StmtFn {
  if (!s.value) {
    const dflt: Value = cx.lang === 'py' ? None : undefined;
    return () => {
      pending.value = dflt;
      return RETURN;
    };
  }
  const v = compileExpr(cx, s.value);
  return (e) => {
    pending.value = v(e);
    return RETURN;
  };
}

export function compileJump(_cx: Cx, s: Break | Continue): StmtFn {
  const sig = labelSignal(s.kind === 'Break' ? 0 : 1, s.label);
  return () => sig;
}

/** `import X` looks in the registered modules, then the globals (the JS shim's `asyncio`). */
export function importModule(cx: Cx, name: string, loc: Stmt['loc']): Value {
  const m = cx.realm.modules.get(name);
  if (m !== undefined) return m;
  if (cx.realm.globals.has(name)) return cx.realm.globals.get(name);
  if (STDLIB_MODULES.has(name.split('.')[0]!)) throw unsupported(`the standard library module '${name}'`, loc);
  throw userError(cx, 'py', 'ModuleNotFoundError', `No module named '${name}'`, loc);
}

export function compileImport(cx: Cx, s: Import): StmtFn {
  const loc = s.loc;
  const parts: ((e: Env) => void)[] = [];
  if (s.from === undefined) {
    for (const n of s.names) {
      const bound = n.asname ?? n.name.split('.')[0]!;
      const modName = n.asname ? n.name : n.name.split('.')[0]!;
      const set = compileSet(cx, bound, loc);
      parts.push((e) => set(e, importModule(cx, modName, loc)));
    }
  } else {
    const from = s.from;
    for (const n of s.names) {
      const set = compileSet(cx, n.asname ?? n.name, loc);
      const attr = n.name;
      parts.push((e) => {
        // Under the js model the JS shim (shims/asyncio.js) defines a Python module's names
        // (`promisify`) as globals rather than as a module, and promisio's Promise is the
        // native one: take them from the globals, then the JS builtins.
        const realm = cx.realm;
        if (!realm.modules.has(from) && !realm.globals.has(from)) {
          if (realm.globals.has(attr)) return set(e, realm.globals.get(attr));
          if (realm.builtins.js.has(attr)) return set(e, realm.builtins.js.get(attr));
        }
        const mod = importModule(cx, from, loc);
        if (mod instanceof PyModule) {
          mod.resolve(attr);
          if (!mod.dict.has(attr)) {
            if (isStdlibName(from, attr)) throw unsupported(`'${from}.${attr}' of the standard library`, loc);
            throw userError(cx, 'py', 'ImportError', `cannot import name '${attr}' from '${from}' (unknown location)`, loc);
          }
          set(e, mod.dict.get(attr));
          return;
        }
        // A module provided as a JS object (the JS shim's `asyncio` under the js model).
        set(e, cx.realm.js.getAttr(mod, attr, loc));
      });
    }
  }
  return (e) => {
    for (const p of parts) p(e);
    return undefined;
  };
}

export function compileDelete(cx: Cx, s: Delete): StmtFn {
  const parts = s.targets.map((t) => compileDelTarget(cx, t));
  return (e) => {
    for (const p of parts) p(e);
    return undefined;
  };
}

function compileDelTarget(cx: Cx, t: Pattern): (e: Env) => void {
  const ops = cx.ops;
  switch (t.kind) {
    case 'Name':
      return compileDeleteName(cx, t.id, t.loc);
    case 'Member': {
      const obj = compileExpr(cx, t.object);
      return (e) => ops.delAttr(obj(e), t.property, t.loc);
    }
    case 'Index': {
      const obj = compileExpr(cx, t.object);
      const key = compileExpr(cx, t.index);
      return (e) => {
        const o = obj(e);
        ops.delItem(o, key(e), t.loc);
      };
    }
    case 'ArrayPattern': {
      const parts = t.elements.map((el) => (el ? compileDelTarget(cx, el) : () => undefined));
      return (e) => {
        for (const p of parts) p(e);
      };
    }
    default:
      throw unsupported(`del of a ${t.kind}`, t.loc);
  }
}
