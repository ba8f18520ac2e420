/**
 * The interpreter service (runtime/realm.ts `Interp`): per-run state plus the entry points
 * the rest of the engine uses.
 */
import type { Realm, Interp } from '../runtime/realm';
import type { InterpState } from './context';
import { bindCalls, callValue, constructValue, isCallable } from './calls';
import { loadModule } from './module';

export function createInterp(realm: Realm): Interp {
  bindCalls();
  const st: InterpState = {
    realm,
    budget: realm.budget,
    depth: 0,
    constGlobals: new Set(),
    chained: new WeakSet(),
    uncompiled: [],
    current: undefined,
  };
  return {
    call: (fn, thisArg, args, fromLang, loc) => callValue(st, fn, thisArg, args, fromLang, loc),
    construct: (fn, args, fromLang, loc) => constructValue(st, fn, args, fn, fromLang, loc),
    loadModule: (program) => loadModule(st, program),
    isCallable,
    currentFunction: () => st.current,
  };
}
