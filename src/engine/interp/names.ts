/**
 * Variable access: closures for reading, assigning, initialising and deleting a name,
 * specialised by where the compiler resolved it (scope.ts): an env slot at a fixed depth,
 * a Python class namespace, or a module global / builtin.
 *
 * Messages are the runtimes' own:
 *  - JS TDZ: `ReferenceError: Cannot access 'x' before initialization`
 *  - JS undeclared: `ReferenceError: x is not defined`; const: `TypeError: Assignment to constant variable.`
 *  - Python: `UnboundLocalError: cannot access local variable 'x' where it is not associated with a value`,
 *    `NameError: cannot access free variable 'x' where it is not associated with a value in enclosing scope`,
 *    `NameError: name 'x' is not defined`.
 */
import type { Loc } from '../ir/nodes';
import type { Value } from '../runtime/values';
import type { Cx } from './context';
import { userError } from './context';
import { unsupported } from '../errors';
import { isCPythonBuiltin, withFields } from '../runtime/python/index';
import { HOLE, up, type AssignFn, type Env, type ExprFn } from './core';
import { CLASS_NS_SLOT, resolveJs, resolvePy, type Ref } from './scope';

export function resolve(cx: Cx, name: string): Ref {
  return cx.lang === 'py' ? resolvePy(cx.scope, name) : resolveJs(cx.scope, name);
}

function unboundError(cx: Cx, name: string, ref: Ref, loc: Loc) {
  if (cx.lang === 'js') return userError(cx, 'js', 'ReferenceError', `Cannot access '${name}' before initialization`, loc);
  if (ref.t === 'slot' && ref.free) {
    return userError(
      cx,
      'py',
      'NameError',
      `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`,
      loc,
    );
  }
  return userError(cx, 'py', 'UnboundLocalError', `cannot access local variable '${name}' where it is not associated with a value`, loc);
}

/** Module global, then the builtins of the code's language. */
export function globalGetter(cx: Cx, name: string, loc: Loc, typeofMode = false): ExprFn {
  const globals = cx.realm.globals;
  const builtins = cx.realm.builtins[cx.lang];
  const lang = cx.lang;
  const names = cx.st.names;
  // The value read last, valid while names.version is unchanged (interp.ts watchWrites).
  let seen = -1;
  let cached: Value = undefined;
  return () => {
    if (seen === names.version) return cached;
    let v = globals.get(name);
    if (v === undefined && !globals.has(name)) {
      v = builtins.get(name);
      if (v === undefined && !builtins.has(name)) {
        // A property of the global object is a global name (§9.1.1.4 global Environment Records);
        // not cached: writing the property does not bump names.version.
        const global = lang === 'js' ? globalObjectHaving(cx, name) : undefined;
        if (global) return cx.realm.js.getAttr(global, name, loc);
        if (typeofMode) return undefined;
        // A builtin CPython has and the engine lacks: NameError would say Python lacks it.
        if (lang === 'py' && isCPythonBuiltin(name)) throw unsupported(`the builtin '${name}'`, loc);
        throw lang === 'py'
          ? withFields(userError(cx, 'py', 'NameError', `name '${name}' is not defined`, loc), { name })
          : userError(cx, 'js', 'ReferenceError', `${name} is not defined`, loc);
      }
    } else if ((v as unknown) === HOLE) {
      throw userError(cx, 'js', 'ReferenceError', `Cannot access '${name}' before initialization`, loc);
    }
    cached = v;
    seen = names.version;
    return v;
  };
}

/** The global object, when it has property `name` (own or inherited, as HasBinding of an object record). */
function globalObjectHaving(cx: Cx, name: string): Value | undefined {
  const global = cx.realm.builtins.js.get('globalThis');
  return global !== undefined && cx.realm.js.hasProperty(global, name) ? global : undefined;
}

export function compileGetRef(cx: Cx, name: string, ref: Ref, loc: Loc, typeofMode = false): ExprFn {
  switch (ref.t) {
    case 'global':
      return globalGetter(cx, name, loc, typeofMode);
    case 'classns': {
      const depth = ref.depth;
      const fallback = compileGetRef(cx, name, ref.fallback, loc, typeofMode);
      return (e) => {
        const ns = up(e, depth)[CLASS_NS_SLOT] as Map<string, Value>;
        const v = ns.get(name);
        if (v !== undefined || ns.has(name)) return v;
        return fallback(e);
      };
    }
    case 'slot': {
      const s = ref.b.slot;
      const noCheck = cx.lang === 'js' && (ref.b.kind === 'var' || (ref.b.kind === 'param' && !ref.b.paramTdz));
      const err = () => unboundError(cx, name, ref, loc);
      switch (ref.depth) {
        case 0:
          return noCheck
            ? (e) => e[s]
            : (e) => {
                const v = e[s];
                if (v === HOLE) throw err();
                return v;
              };
        case 1:
          return (e) => {
            const v = e[0][s];
            if (v === HOLE) throw err();
            return v;
          };
        case 2:
          return (e) => {
            const v = e[0][0][s];
            if (v === HOLE) throw err();
            return v;
          };
        default: {
          const d = ref.depth;
          return (e) => {
            const v = up(e, d)[s];
            if (v === HOLE) throw err();
            return v;
          };
        }
      }
    }
  }
}

export function compileGet(cx: Cx, name: string, loc: Loc, typeofMode = false): ExprFn {
  return compileGetRef(cx, name, resolve(cx, name), loc, typeofMode);
}

/**
 * Assignment to a name. `init` is a declaration's initialisation (let/const/class, function
 * hoisting): it skips the TDZ and const checks.
 */
export function compileSet(cx: Cx, name: string, loc: Loc, init = false): AssignFn {
  const ref = resolve(cx, name);
  return compileSetRef(cx, name, ref, loc, init);
}

export function compileSetRef(cx: Cx, name: string, ref: Ref, loc: Loc, init: boolean): AssignFn {
  const globals = cx.realm.globals;
  switch (ref.t) {
    case 'global': {
      if (cx.lang === 'py' || init) return (_e, v) => void globals.set(name, v);
      const consts = cx.st.constGlobals;
      const builtins = cx.realm.builtins.js;
      const sloppy = cx.sloppy === true;
      return (_e, v) => {
        const cur = globals.get(name);
        if (cur === undefined && !globals.has(name)) {
          // Writable JS globals (rare) are updated in place.
          if (builtins.has(name)) return void builtins.set(name, v);
          // A property of the global object, or (non-strict code only) a new one: PutValue on
          // the global object (§6.2.5.6 steps 3-4). Strict code gets a ReferenceError.
          const global = sloppy ? builtins.get('globalThis') : globalObjectHaving(cx, name);
          if (global !== undefined) return void cx.realm.js.setAttr(global, name, v, loc);
          throw userError(cx, 'js', 'ReferenceError', `${name} is not defined`, loc);
        }
        if ((cur as unknown) === HOLE) throw userError(cx, 'js', 'ReferenceError', `Cannot access '${name}' before initialization`, loc);
        if (consts.has(name)) throw userError(cx, 'js', 'TypeError', 'Assignment to constant variable.', loc);
        globals.set(name, v);
      };
    }
    case 'classns': {
      const depth = ref.depth;
      return (e, v) => void (up(e, depth)[CLASS_NS_SLOT] as Map<string, Value>).set(name, v);
    }
    case 'slot': {
      const s = ref.b.slot;
      const d = ref.depth;
      const kind = ref.b.kind;
      if (kind === 'fnself' && !init) {
        // A named function expression's own name is immutable: TypeError in strict code,
        // ignored in non-strict code (§15.2.5 CreateImmutableBinding(name, false); §9.1.1.1.5).
        if (cx.sloppy) return () => {};
        return () => {
          throw userError(cx, 'js', 'TypeError', 'Assignment to constant variable.', loc);
        };
      }
      if (cx.lang === 'js' && !init && (kind === 'let' || kind === 'const' || kind === 'class')) {
        const isConst = kind === 'const';
        return (e, v) => {
          const env = up(e, d);
          if (env[s] === HOLE) throw userError(cx, 'js', 'ReferenceError', `Cannot access '${name}' before initialization`, loc);
          if (isConst) throw userError(cx, 'js', 'TypeError', 'Assignment to constant variable.', loc);
          env[s] = v;
        };
      }
      if (d === 0) return (e, v) => void (e[s] = v);
      if (d === 1) return (e, v) => void (e[0][s] = v);
      return (e, v) => void (up(e, d)[s] = v);
    }
  }
}

/** Python `del name` (and the implicit unbinding of `except E as name`). */
export function compileDelete(cx: Cx, name: string, loc: Loc, silent = false): (e: Env) => void {
  const ref = resolve(cx, name);
  const globals = cx.realm.globals;
  switch (ref.t) {
    case 'global':
      return () => {
        if (!globals.delete(name) && !silent)
          throw withFields(userError(cx, 'py', 'NameError', `name '${name}' is not defined`, loc), { name });
      };
    case 'classns': {
      const depth = ref.depth;
      return (e) => {
        const ns = up(e, depth)[CLASS_NS_SLOT] as Map<string, Value>;
        if (!ns.delete(name) && !silent) throw withFields(userError(cx, 'py', 'NameError', `name '${name}' is not defined`, loc), { name });
      };
    }
    case 'slot': {
      const s = ref.b.slot;
      const d = ref.depth;
      return (e) => {
        const env = up(e, d);
        if (env[s] === HOLE && !silent) throw unboundError(cx, name, ref, loc);
        env[s] = HOLE;
      };
    }
  }
}
