/**
 * JavaScript classes (spec 15.7.14 ClassDefinitionEvaluation): the heritage is evaluated,
 * a prototype object inherits from the parent's prototype, the constructor function gets
 * `prototype` / `constructor` links and (for `extends`) the parent as its [[Prototype]]
 * (static inheritance); methods and accessors are non-enumerable and have the prototype
 * (or, when static, the constructor) as home object for `super`. Instance fields are
 * initialised per construction (base classes: before the constructor body; derived: right
 * after super() returns); static fields and `static { }` blocks once, in source order, with
 * `this` = the class.
 * A class without a constructor gets the default one (`constructor(...args) { super(...args); }`
 * when derived).
 *
 * Private members (§15.7.14 steps 5, 27–36): each evaluation of the body makes one
 * PrivateKey per `#name`, bound in the class scope so that code inside reads it like a
 * name (compile.ts PrivateName). Private methods and accessors live on the key; an
 * instance gets them all at once as the class brand (PrivateMethodOrAccessorAdd) before
 * its fields, static ones on the constructor; private fields are added by PrivateFieldAdd
 * in declaration order among the public fields (runtime/js/private-names.ts).
 */
import type { ClassDef, ClassMember, Expr, FunctionDef, Stmt } from '../ir/nodes';
import { JSObject, PyClass, type Callable, type PropSlot, type Value } from '../runtime/values';
import type { Cx, InterpState } from './context';
import { userError, withScope } from './context';
import { unsupported } from '../errors';
import type { Env, ExprFn } from './core';
import { compileExpr } from './compile';
import { CScope } from './scope';
import { type InterpFunction, compileFunctionExpr, invoke } from './functions';
import { isCallable } from './calls';
import { PrivateKey, jsContext, nameByComputedKey, privateBrandAdd, privateFieldAdd } from '../runtime/js/index';

interface FieldInfo {
  key: string;
  /** A private field's Private Name (then `key` is unused). */
  priv?: PrivateKey;
  init?: InterpFunction;
  /** A computed key's field whose initialiser is an anonymous function or class: its value takes the key's name (§7.3.33 DefineField step 4). */
  named?: boolean;
  /** A static block: `init` is run for its effects, nothing is defined. */
  block?: boolean;
}

export interface ClassInfo {
  /** undefined: a base class; null: `extends null`; else the parent constructor. */
  parent: Value | undefined;
  fields: FieldInfo[];
  /** The class's instance private methods and accessors (its brand). */
  brand: PrivateKey[];
  name: string;
}

export function classInfoOf(fn: InterpFunction): ClassInfo | undefined {
  return fn.classInfo;
}

/** Define the instance fields of `ctor`'s class on `obj` (spec InitializeInstanceElements). */
export function initFields(st: InterpState, ctor: InterpFunction, obj: Value): void {
  const info = ctor.classInfo;
  if (!info || (info.fields.length === 0 && info.brand.length === 0)) return;
  const js = st.realm.js;
  if (info.brand.length) privateBrandAdd(jsContext(st.realm), obj, info.brand, info.name);
  for (const f of info.fields) {
    const v = f.init ? invoke(st, f.init, obj, { positional: [] }, undefined) : undefined;
    if (f.priv) privateFieldAdd(jsContext(st.realm), obj, f.priv, v);
    else {
      if (f.named) nameByComputedKey(jsContext(st.realm), v, f.key, true);
      js.defineProperty(obj, f.key, { value: v }, true);
    }
  }
}

/** An anonymous function or class expression: what a field's computed key names (IsAnonymousFunctionDefinition). */
function isAnonymousDefinition(x: Expr | undefined): boolean {
  return (x?.kind === 'FunctionExpr' && x.fn.name === '') || (x?.kind === 'ClassExpr' && x.cls.name === '');
}

function syntheticFn(
  cls: ClassDef,
  name: string,
  qualname: string,
  body: Stmt[],
  params: FunctionDef['params'],
  flavor: FunctionDef['flavor'],
): FunctionDef {
  return {
    kind: 'FunctionDef',
    lang: 'js',
    name,
    qualname,
    params,
    body,
    isAsync: false,
    isGenerator: false,
    flavor,
    decorators: [],
    loc: cls.loc,
  };
}

function constructorDef(cls: ClassDef): FunctionDef {
  const explicit = cls.members.find((m) => m.kind === 'constructor')?.fn;
  if (explicit) return { ...explicit, name: cls.name, qualname: cls.qualname, sourceText: cls.sourceText };
  const loc = cls.loc;
  if (cls.bases.length === 0) return { ...syntheticFn(cls, cls.name, cls.qualname, [], [], 'constructor'), sourceText: cls.sourceText };
  const derived = syntheticFn(
    cls,
    cls.name,
    cls.qualname,
    [
      {
        kind: 'ExprStmt',
        expr: { kind: 'SuperCall', args: [{ kind: 'star', value: { kind: 'Name', id: 'args', loc } }], loc },
        loc,
      },
    ],
    [{ name: 'args', kind: 'varargs', loc }],
    'constructor',
  );
  return { ...derived, sourceText: cls.sourceText };
}

interface CompiledMember {
  m: ClassMember;
  key?: ExprFn;
  make?: ExprFn;
}

export function compileJsClass(cx: Cx, cls: ClassDef): ExprFn {
  const heritage = cls.bases[0] ? compileExpr(cx, cls.bases[0]) : undefined;
  const scope = new CScope('class', 'js', cx.scope, true);
  const nameSlot = cls.name ? scope.declare(cls.name, 'const').slot : 0;
  // One slot per private name (a getter/setter pair shares one); `#` keeps them apart from identifiers.
  const privateSlots = new Map<string, number>();
  for (const m of cls.members) if (m.isPrivate && !privateSlots.has(m.key)) privateSlots.set(m.key, scope.declare(m.key, 'const').slot);
  const ccx = withScope(cx, scope);
  const makeCtor = compileFunctionExpr(ccx, constructorDef(cls));
  const members: CompiledMember[] = cls.members
    .filter((m) => m.kind !== 'constructor')
    .map((m) => {
      const key = m.computedKey ? compileExpr(ccx, m.computedKey) : undefined;
      if (m.kind === 'field') {
        if (!m.value) return { m, key };
        const def = syntheticFn(cls, m.key, `${cls.qualname}.${m.key}`, [{ kind: 'Return', value: m.value, loc: m.loc }], [], 'method');
        return { m, key, make: compileFunctionExpr(ccx, def) };
      }
      return { m, key, make: compileFunctionExpr(ccx, m.fn!) };
    });
  const js = cx.realm.js;
  const st = cx.st;
  const template = scope.template!;
  const loc = cls.loc;
  return (e) => {
    const parent = heritage ? heritage(e) : undefined;
    let protoParent: JSObject | null = js.intrinsics.ObjectPrototype;
    if (parent === null) protoParent = null;
    else if (parent !== undefined) {
      if (!isCallable(parent)) {
        throw userError(st, 'js', 'TypeError', `Class extends value ${js.repr(parent)} is not a constructor or null`, loc);
      }
      // A JS snippet under a Python model meets shims/js.py's Error as a Python class; a JS
      // class cannot inherit from one here (it has no prototype to chain to), and reading one
      // failed as a misleading AttributeError while the twin's `class AppError(Error)` runs (issue 10).
      if (parent instanceof PyClass)
        throw unsupported(`a JavaScript class extending the Python class ${parent.name} (class ${cls.name} extends ${parent.name})`, loc);
      const pp = js.getAttr(parent, 'prototype', loc);
      if (pp !== null && !(pp instanceof JSObject)) {
        throw userError(st, 'js', 'TypeError', `Class extends value does not have valid prototype property ${js.repr(pp)}`, loc);
      }
      protoParent = pp;
    }
    const env: Env = template.slice();
    env[0] = e;
    for (const [name, slot] of privateSlots) {
      const pk = new PrivateKey(name);
      pk.className = cls.anonymous ? 'anonymous' : cls.name;
      env[slot] = pk;
    }
    const proto = new JSObject(protoParent);
    const C = makeCtor(env) as InterpFunction;
    C.homeObject = proto;
    const brandName = cls.anonymous ? 'anonymous' : cls.name;
    const info: ClassInfo = { parent, fields: [], brand: [], name: brandName };
    const staticBrand: PrivateKey[] = [];
    C.classInfo = info;
    js.defineProperty(C, 'prototype', { value: proto, writable: false, enumerable: false, configurable: false });
    js.defineProperty(proto, 'constructor', { value: C, enumerable: false }, false);
    if (parent !== undefined && parent !== null) js.setPrototypeOf(C, parent, loc);
    const statics: FieldInfo[] = [];
    for (const cm of members) {
      const m = cm.m;
      const key = cm.key ? js.toPropertyKey(cm.key(env)) : m.key;
      const target = m.isStatic ? C : proto;
      const priv = m.isPrivate ? (env[privateSlots.get(m.key)!] as PrivateKey) : undefined;
      if (m.kind === 'staticBlock') {
        const init = cm.make!(env) as InterpFunction;
        init.homeObject = C as unknown as JSObject;
        statics.push({ key, init, block: true });
        continue;
      }
      if (m.kind === 'field') {
        const init = cm.make ? (cm.make(env) as InterpFunction) : undefined;
        if (init) init.homeObject = (m.isStatic ? C : proto) as JSObject;
        const named = cm.key !== undefined && isAnonymousDefinition(m.value);
        (m.isStatic ? statics : info.fields).push(priv ? { key, priv, init } : named ? { key, init, named } : { key, init });
        continue;
      }
      const f = cm.make!(env) as InterpFunction;
      if (cm.key) nameByComputedKey(jsContext(st.realm), f, key, true);
      f.homeObject = target as unknown as JSObject;
      if (priv) {
        priv.isStatic = m.isStatic;
        if (m.kind === 'method') priv.method = f;
        else if (m.kind === 'getter') priv.getter = f;
        else priv.setter = f;
        if (priv.kind === 'field') (m.isStatic ? staticBrand : info.brand).push(priv);
        priv.kind = m.kind === 'method' ? 'method' : 'accessor';
        continue;
      }
      if (m.kind === 'method') {
        js.defineProperty(target, key, { value: f, enumerable: false }, false);
      } else {
        const props = (target as JSObject).props;
        const old = props.get(key);
        const slot: PropSlot = old && !('value' in old) ? { get: old.get, set: old.set, enumerable: false } : { enumerable: false };
        if (m.kind === 'getter') (slot as { get?: Callable }).get = f;
        else (slot as { set?: Callable }).set = f;
        js.defineProperty(target, key, slot, false);
      }
    }
    if (nameSlot) env[nameSlot] = C;
    if (staticBrand.length) privateBrandAdd(jsContext(st.realm), C, staticBrand, brandName);
    for (const s of statics) {
      const v = s.init ? invoke(st, s.init, C, { positional: [] }, undefined) : undefined;
      if (s.block) continue;
      if (s.priv) privateFieldAdd(jsContext(st.realm), C, s.priv, v);
      else {
        if (s.named) nameByComputedKey(jsContext(st.realm), v, s.key, true);
        js.defineProperty(C, s.key, { value: v }, true);
      }
    }
    return C;
  };
}
