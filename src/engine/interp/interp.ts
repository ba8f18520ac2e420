/**
 * The interpreter service (runtime/realm.ts `Interp`): per-run state plus the entry points
 * the rest of the engine uses.
 */
import type { Realm, Interp } from '../runtime/realm';
import type { InterpState } from './context';
import { bindCalls, callValue, constructValue, isCallable } from './calls';
import { loadModule } from './module';
import { InterpFunction, invoke } from './functions';
import { callRequested, enterCall, leaveCall } from './async-tramp';

/**
 * Reading a module global or builtin is a Map lookup per evaluation (`leaf(i)` in a hot
 * loop); names.ts caches the last value read and trusts it while nothing was written. Any
 * write counts, whoever makes it (the interpreter, a model, a runtime installer), so the
 * maps' own mutators are wrapped here rather than every writer remembering to bump.
 */
function watchWrites(realm: Realm): { version: number } {
  const names = { version: 0 };
  for (const map of [realm.globals, realm.builtinTable('py'), realm.builtinTable('js')]) {
    const { set, delete: del, clear } = map;
    map.set = function (k, v) {
      names.version++;
      return set.call(this, k, v);
    };
    map.delete = function (k) {
      names.version++;
      return del.call(this, k);
    };
    map.clear = function () {
      names.version++;
      clear.call(this);
    };
  }
  return names;
}

export function createInterp(realm: Realm): Interp {
  bindCalls();
  const st: InterpState = {
    realm,
    budget: realm.budget,
    stack: realm.stack,
    constGlobals: new Set(),
    chained: new WeakSet(),
    uncompiled: [],
    current: undefined,
    names: watchWrites(realm),
  };
  return {
    // A user function of the caller's language is invoked at once: the runtime calls dunders,
    // properties and `key=` functions through here, and recursion through them must not
    // spend a host frame more per level than the frame counter allows (issue 10).
    call: (fn, thisArg, args, fromLang, loc) =>
      fn instanceof InterpFunction && fn.lang === fromLang && fn.classInfo === undefined
        ? invoke(st, fn, thisArg, args, undefined, false, loc)
        : callValue(st, fn, thisArg, args, fromLang, loc),
    construct: (fn, args, fromLang, loc) => constructValue(st, fn, args, fn, fromLang, loc),
    loadModule: (program, options) => loadModule(st, program, options?.lazyBodies === true),
    isCallable,
    currentFunction: () => st.current,
    enterCall: (req) => enterCall(st, req),
    leaveCall: (entry) => leaveCall(st, entry),
    callRequested: (req) => callRequested(st, req),
  };
}
