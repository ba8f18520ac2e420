/**
 * A tiny expression evaluator over the Python front-end's IR, driving the runtime
 * directly (no interpreter): literals, names (builtins, modules), attributes, calls,
 * subscripts, operators, f-strings. Enough to compare builtins with CPython.
 */
import { parsePython } from '../../../src/engine/syntax/python/index';
import type { Expr } from '../../../src/engine/ir/nodes';
import { BoundMethod, NativeFunction, None, PyClass, type Value } from '../../../src/engine/runtime/values';
import type { PyEnv } from './helpers';
import { defined } from '../../support/normalize';

export function evalExpr(env: PyEnv, src: string): Value {
  const prog = parsePython(src);
  const stmt = prog.body[0];
  if (stmt?.kind !== 'ExprStmt') throw new Error('not an expression');
  return ev(env, stmt.expr);
}

function callValue(env: PyEnv, fn: Value, positional: Value[], keywords?: Map<string, Value>): Value {
  const { py, realm } = env;
  if (fn instanceof PyClass) return py.callClass(fn, { positional, keywords });
  if (fn instanceof NativeFunction) return fn.impl(undefined, { positional, keywords }, realm);
  if (fn instanceof BoundMethod && fn.fn instanceof NativeFunction) return fn.fn.impl(fn.self, { positional, keywords }, realm);
  throw new Error(`mini-eval cannot call ${py.repr(fn)}`);
}

function ev(env: PyEnv, e: Expr): Value {
  const { py, realm } = env;
  switch (e.kind) {
    case 'Num':
      if (e.big) return BigInt(e.big);
      return e.isFloat ? py.makeFloat(e.value) : e.value;
    case 'Str':
      return e.value;
    case 'Bool':
      return e.value;
    case 'None':
      return None;
    case 'List':
      return e.elements.flatMap((x) => (x.kind === 'Spread' ? [...py.iterate(ev(env, x.value))] : [ev(env, x)]));
    case 'Tuple':
      return py.makeTuple(e.elements.map((x) => ev(env, x)));
    case 'Set':
      return py.makeSet(e.elements.map((x) => ev(env, x)));
    case 'Dict':
      return py.makeDict(e.entries.map((en) => [ev(env, en.key!), ev(env, en.value)]));
    case 'Name': {
      const v = realm.globals.get(e.id) ?? realm.modules.get(e.id) ?? realm.builtins.py.get(e.id);
      if (v === undefined) throw py.newError('NameError', `name '${e.id}' is not defined`);
      return v;
    }
    case 'Member':
      return py.getAttr(ev(env, e.object), e.property);
    case 'Index': {
      const obj = ev(env, e.object);
      const ix = e.index;
      const key =
        ix.kind === 'Slice'
          ? py.makeSlice!(
              ix.lower ? ev(env, ix.lower) : undefined,
              ix.upper ? ev(env, ix.upper) : undefined,
              ix.step ? ev(env, ix.step) : undefined,
            )
          : ev(env, ix);
      return py.getItem(obj, key);
    }
    case 'Call': {
      const fn = ev(env, e.callee);
      const positional: Value[] = [];
      const keywords = new Map<string, Value>();
      for (const a of e.args) {
        if (a.kind === 'pos') positional.push(ev(env, a.value));
        else if (a.kind === 'star') positional.push(...py.iterate(ev(env, a.value)));
        else if (a.kind === 'kw') keywords.set(a.name, ev(env, a.value));
        else for (const [k, v] of py.mappingItems(ev(env, a.value))) keywords.set(k, v);
      }
      return callValue(env, fn, positional, keywords.size ? keywords : undefined);
    }
    case 'BinOp':
      return py.binary(e.op, ev(env, e.left), ev(env, e.right));
    case 'Unary':
      return py.unary(e.op as 'not', ev(env, e.operand));
    case 'Compare': {
      let left = ev(env, e.left);
      let result: Value = true;
      for (const [i, op] of e.ops.entries()) {
        const right = ev(env, defined(e.comparators[i], 'a comparator per operator'));
        result = py.compare(op, left, right);
        if (!py.truthy(result)) return result;
        left = right;
      }
      return result;
    }
    case 'Logical': {
      const l = ev(env, e.left);
      if (e.op === 'and') return py.truthy(l) ? ev(env, e.right) : l;
      return py.truthy(l) ? l : ev(env, e.right);
    }
    case 'Cond':
      return py.truthy(ev(env, e.test)) ? ev(env, e.then) : ev(env, e.else);
    case 'Template': {
      let out = e.quasis[0];
      e.parts.forEach((p, i) => {
        const spec = p.formatSpec ? String(ev(env, p.formatSpec)) : undefined;
        out += py.templatePart(ev(env, p.expr), p.conversion, spec) + e.quasis[i + 1];
      });
      return out;
    }
  }
  throw new Error(`mini-eval: unsupported node ${e.kind}`);
}
