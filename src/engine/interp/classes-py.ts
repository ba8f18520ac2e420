/**
 * Python class statements (Python/bltinmodule.c __build_class__): decorators and bases are
 * evaluated first, the body runs in a fresh namespace (a scope that the methods defined in
 * it do not see), its annotated names become `__annotations__`, `realm.py.makeClass` builds the class, the `__class__` cell is filled
 * (zero-argument super()), then the decorators apply bottom-up.
 */
import type { ClassDef } from '../ir/nodes';
import { None, type Value } from '../runtime/values';
import { docstring } from '../runtime/python/attributes';
import type { Cx } from './context';
import { HOLE, type Env, type ExprFn } from './core';
import { Thrown } from '../runtime/thrown';
import { compileExpr, compileStmts } from './compile';
import { CLASS_CELL_SLOT, CLASS_NS_SLOT, CScope } from './scope';
import { analyzePyBody } from './scope-py';
import { callValue } from './calls';

export function compilePyClass(cx: Cx, cls: ClassDef): ExprFn {
  const decorators = cls.decorators.map((d) => compileExpr(cx, d));
  const bases = cls.bases.map((b) => compileExpr(cx, b));
  const keywords = (cls.keywords ?? []).map((k) => ({ name: k.kind === 'kw' ? k.name : undefined, value: compileExpr(cx, k.value) }));
  const scope = new CScope('class', 'py', cx.scope, true);
  scope.alloc(null); // CLASS_NS_SLOT
  scope.alloc(HOLE); // CLASS_CELL_SLOT
  const b = analyzePyBody(cls.body);
  for (const g of b.globals) scope.pyGlobals.add(g);
  for (const n of b.nonlocals) scope.pyNonlocals.add(n);
  const ccx: Cx = { ...cx, scope, fn: { gen: false, exceptSlots: [] } };
  const body = compileStmts(ccx, cls.body);
  const doc = docstring(cls.body);
  const annotations = (cls.annotations ?? []).map((a) => ({ name: a.name, text: a.text, value: compileExpr(ccx, a.value) }));
  const template = scope.template!;
  const py = cx.realm.py;
  const st = cx.st;
  const loc = cls.loc;
  /**
   * `__annotations__`: CPython 3.14 evaluates class annotations lazily (PEP 649), in the
   * class scope, once the body has run; an annotation naming something undefined is a
   * forward reference there, kept here as its source text instead of raising.
   */
  const annotationsDict = (env: Env): Value =>
    py.makeDict(
      annotations.map((a) => {
        try {
          return [a.name, a.value(env)];
        } catch (err) {
          if (err instanceof Thrown) return [a.name, a.text];
          throw err;
        }
      }),
    );
  return (e) => {
    const decos = decorators.map((d) => d(e));
    const bs = bases.map((x) => x(e));
    // The keywords are evaluated with the bases, before the body runs.
    let kws: Map<string, Value> | undefined;
    for (const k of keywords) {
      kws ??= new Map();
      const v = k.value(e);
      if (k.name !== undefined) kws.set(k.name, v);
      else for (const [name, x] of py.mappingItems(v, loc)) kws.set(name, x);
    }
    const ns = new Map<string, Value>();
    const env = template.slice();
    env[0] = e;
    env[CLASS_NS_SLOT] = ns;
    // The docstring is the body's first statement, which stores `__doc__` (compile.c).
    if (doc !== None) ns.set('__doc__', doc);
    body(env);
    if (annotations.length > 0) ns.set('__annotations__', annotationsDict(env));
    let klass: Value = py.makeClass(cls.name, cls.qualname, bs, ns, loc, kws);
    env[CLASS_CELL_SLOT] = klass;
    for (let i = decos.length - 1; i >= 0; i--) klass = callValue(st, decos[i], undefined, { positional: [klass] }, 'py', loc);
    return klass;
  };
}
