/**
 * Parameter binding.
 *
 * Python follows CPython's argument parsing (Python/ceval.c initialize_locals) and its
 * messages, which name the function by its qualname since 3.10:
 *   `f() missing 1 required positional argument: 'x'`, `... arguments: 'x', 'y', and 'z'`,
 *   `f() takes 1 positional argument but 2 were given`, `takes from 1 to 2 ...`,
 *   `f() got an unexpected keyword argument 'y'`, `f() got multiple values for argument 'x'`,
 *   `f() missing 1 required keyword-only argument: 'k'`,
 *   `f() got some positional-only arguments passed as keyword arguments: 'a'`.
 * JavaScript: missing arguments are undefined, extra ones are ignored (kept in `arguments`
 * and rest), defaults are evaluated at call time left to right, patterns destructure.
 */
import type { FunctionDef } from '../ir/nodes';
import type { CallArgs, Value } from '../runtime/values';
import type { Cx } from './context';
import { userError } from './context';
import { HOLE, type Env } from './core';
import type { CScope } from './scope';
import { compileExpr } from './compile';
import { compileTarget } from './patterns';
import type { InterpFunction } from './functions';
import { unexpectedKeyword } from '../runtime/python/suggestions';

export type Binder = (env: Env, fv: InterpFunction, args: CallArgs) => void;

export function compileBinder(cx: Cx, def: FunctionDef, scope: CScope): Binder {
  return cx.lang === 'py' ? pyBinder(cx, def, scope) : jsBinder(cx, def, scope);
}

function quoteList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0]!;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function pyBinder(cx: Cx, def: FunctionDef, scope: CScope): Binder {
  const slotOf = (name: string) => scope.names.get(name)!.slot;
  const pos = def.params.filter((p) => p.kind === 'posonly' || p.kind === 'normal');
  const posSlots = pos.map((p) => slotOf(p.name));
  const nPos = pos.length;
  const varargs = def.params.find((p) => p.kind === 'varargs');
  const varSlot = varargs ? slotOf(varargs.name) : 0;
  const kwonly = def.params.filter((p) => p.kind === 'kwonly');
  const kwargs = def.params.find((p) => p.kind === 'kwargs');
  const kwSlot = kwargs ? slotOf(kwargs.name) : 0;
  const byName = new Map<string, { slot: number; posonly: boolean }>();
  for (const p of pos) byName.set(p.name, { slot: slotOf(p.name), posonly: p.kind === 'posonly' });
  for (const p of kwonly) byName.set(p.name, { slot: slotOf(p.name), posonly: false });
  const py = cx.realm.py;
  const name = () => `${def.qualname || def.name || '<lambda>'}()`;
  const err = (msg: string) => userError(cx, 'py', 'TypeError', `${name()} ${msg}`);
  const simple = !varargs && kwonly.length === 0 && !kwargs;

  return (env, fv, args) => {
    const given = args.positional;
    const n = given.length;
    const defaults = fv.pyDefaults?.positional;
    const nd = defaults ? defaults.length : 0;
    if (simple && !args.keywords && n <= nPos && n >= nPos - nd) {
      for (let i = 0; i < n; i++) env[posSlots[i]!] = given[i];
      for (let i = n; i < nPos; i++) env[posSlots[i]!] = defaults![i - (nPos - nd)];
      return;
    }
    const kw = args.keywords;
    if (n > nPos && !varargs) {
      let kwonlyGiven = 0;
      if (kw) for (const p of kwonly) if (kw.has(p.name)) kwonlyGiven++;
      const takes = nd > 0 ? `from ${nPos - nd} to ${nPos} positional arguments` : `${plural(nPos, 'positional argument')}`;
      const gave =
        kwonlyGiven > 0
          ? `${plural(n, 'positional argument')} (and ${plural(kwonlyGiven, 'keyword-only argument')}) were given`
          : `${n} ${n === 1 ? 'was' : 'were'} given`;
      throw err(`takes ${takes} but ${gave}`);
    }
    const m = Math.min(n, nPos);
    for (let i = 0; i < m; i++) env[posSlots[i]!] = given[i];
    if (varargs) env[varSlot] = py.makeTuple(n > nPos ? given.slice(nPos) : []);
    const extra: [Value, Value][] = [];
    const posonlyAsKw: string[] = [];
    if (kw) {
      for (const [k, v] of kw) {
        const target = byName.get(k);
        if (target && !target.posonly) {
          if (env[target.slot] !== HOLE) throw err(`got multiple values for argument '${k}'`);
          env[target.slot] = v;
        } else if (kwargs) {
          extra.push([k, v]);
        } else if (target) {
          posonlyAsKw.push(k);
        } else {
          // 3.13+: with the nearest parameter one may pass by keyword (suggestions.ts).
          throw err(
            unexpectedKeyword(
              k,
              [...byName].flatMap(([p, t]) => (t.posonly ? [] : [p])),
            ),
          );
        }
      }
    }
    if (posonlyAsKw.length) throw err(`got some positional-only arguments passed as keyword arguments: ${quoteList(posonlyAsKw)}`);
    const missing: string[] = [];
    for (let i = m; i < nPos; i++) {
      const s = posSlots[i]!;
      if (env[s] !== HOLE) continue;
      if (i >= nPos - nd) env[s] = defaults![i - (nPos - nd)];
      else missing.push(pos[i]!.name);
    }
    if (missing.length) throw err(`missing ${plural(missing.length, 'required positional argument')}: ${quoteList(missing)}`);
    const missingKw: string[] = [];
    for (const p of kwonly) {
      const s = slotOf(p.name);
      if (env[s] !== HOLE) continue;
      const d = fv.pyDefaults?.keywords;
      if (d && d.has(p.name)) env[s] = d.get(p.name);
      else missingKw.push(p.name);
    }
    if (missingKw.length) throw err(`missing ${plural(missingKw.length, 'required keyword-only argument')}: ${quoteList(missingKw)}`);
    if (kwargs) env[kwSlot] = py.makeDict(extra);
  };
}

function jsBinder(cx: Cx, def: FunctionDef, scope: CScope): Binder {
  const argumentsSlotOf = () => scope.argumentsSlot;
  const simple = def.params.every((p) => p.kind === 'normal' && !p.target && !p.default);
  if (simple) {
    const slots = def.params.map((p) => scope.names.get(p.name)!.slot);
    const n = slots.length;
    const sloppy = def.sloppy === true;
    return (env, _fv, args) => {
      const given = args.positional;
      const m = Math.min(n, given.length);
      for (let i = 0; i < m; i++) env[slots[i]!] = given[i];
      const a = argumentsSlotOf();
      if (a) env[a] = sloppy ? mappedArguments(env, slots, given) : given.slice();
    };
  }
  const parts = def.params.map((p, i) => {
    const set = p.target
      ? compileTarget(cx, p.target, 'init')
      : (
          (slot) => (e: Env, v: Value) =>
            void (e[slot] = v)
        )(scope.names.get(p.name)!.slot);
    const dflt = p.default ? compileExpr(cx, p.default) : undefined;
    return { i, rest: p.kind === 'varargs', set, dflt };
  });
  return (env, _fv, args) => {
    const given = args.positional;
    for (const p of parts) {
      if (p.rest) {
        p.set(env, given.slice(p.i));
        continue;
      }
      let v = given[p.i];
      if (v === undefined && p.dflt) v = p.dflt(env);
      p.set(env, v);
    }
    const a = argumentsSlotOf();
    if (a) env[a] = given.slice();
  };
}

/**
 * A sloppy function with simple parameters gets a *mapped* arguments object (ECMA-262
 * §10.4.4.7 CreateMappedArgumentsObject): `arguments[i]` and the i-th parameter are one
 * variable for every index that was passed, so writing either is seen through the other.
 * Strict functions and functions with defaults, rest or patterns get a plain copy.
 */
function mappedArguments(env: Env, slots: readonly number[], given: readonly Value[]): Value[] {
  const mapped = Math.min(slots.length, given.length);
  const slotAt = (key: string | symbol): number | undefined => {
    if (typeof key !== 'string' || !/^(0|[1-9]\d*)$/.test(key)) return undefined;
    const i = Number(key);
    return i < mapped ? slots[i] : undefined;
  };
  return new Proxy(given.slice(), {
    get(target, key, receiver) {
      const slot = slotAt(key);
      return slot === undefined ? Reflect.get(target, key, receiver) : env[slot];
    },
    set(target, key, value, receiver) {
      const slot = slotAt(key);
      if (slot !== undefined) env[slot] = value as Value;
      return Reflect.set(target, key, value, receiver);
    },
  });
}
