/**
 * Module bodies. Module-level names live in `realm.globals` (shared by the prelude and the
 * program). A JS module is instantiated first (spec GlobalDeclarationInstantiation-like):
 * `var` names exist as undefined, let/const/class are in their TDZ, function declarations
 * are created. A Python module gets `__name__ == '__main__'`, as a script run by CPython.
 *
 * `runSync()` executes the body as a plain script; `runAsync()` returns it as a body
 * generator for models that run modules with top-level await (ES module / asyncio REPL).
 */
import type { Program } from '../ir/nodes';
import { errorAt } from '../errors';
import { None, type Value } from '../runtime/values';
import type { BodyGenerator } from '../models/model';
import type { Cx, InterpState } from './context';
import { HOLE, type Env } from './core';
import { compileStmtsD } from './compile';
import { compileHoist } from './compile-stmt';
import { CScope } from './scope';
import { collectVarNames, lexicalDecls } from './scope-js';
import { isHostOverflow, recursionError } from './try-support';
import { compilePending } from './functions';

export function loadModule(st: InterpState, program: Program, lazyBodies = false): { runSync(): Value; runAsync(): BodyGenerator } {
  const lang = program.lang;
  const realm = st.realm;
  // Compile-time warnings come out before the code runs, as CPython's compiler emits them.
  for (const w of program.warnings ?? []) realm.warn(`${w.category}: ${w.message}`);
  const scope = new CScope('module', lang, null, true);
  const cx: Cx = {
    st,
    realm,
    lang,
    ops: program.sloppy ? realm.js.sloppy : realm.ops(lang),
    scope,
    fn: { gen: program.hasTopLevelAwait, exceptSlots: [] },
    sloppy: program.sloppy === true,
  };
  const globals = realm.globals;
  let instantiate: (e: Env) => void;
  if (lang === 'js') {
    const vars = [...collectVarNames(program.body)];
    const lex = lexicalDecls(program.body);
    const hoist = compileHoist(cx, lex.functions);
    instantiate = (e) => {
      for (const n of vars) if (!globals.has(n)) globals.set(n, undefined);
      for (const d of lex.names) {
        globals.set(d.name, HOLE as unknown as Value);
        if (d.kind === 'const') st.constGlobals.add(d.name);
        else st.constGlobals.delete(d.name);
      }
      if (hoist) hoist(e);
    };
  } else {
    instantiate = () => {
      if (!globals.has('__name__')) globals.set('__name__', '__main__');
    };
  }
  const queued = st.uncompiled.length;
  const body = compileStmtsD(cx, program.body);
  // A bundled prelude defines far more than one snippet calls (the asyncio shim: every
  // asyncio function), and compiling all of it was a third of a run's set-up (issue 10);
  // its bodies compile at their first call instead (functions.ts invoke), after their
  // parent's, as compilePending would order them.
  if (lazyBodies) st.uncompiled.length = queued;
  else compilePending(st);
  const dflt: Value = lang === 'py' ? None : undefined;
  const template = scope.template!;
  const fresh = (): Env => {
    const e = template.slice();
    instantiate(e);
    return e;
  };
  return {
    runSync(): Value {
      const e = fresh();
      try {
        if (body.p) {
          body.p(e);
          return dflt;
        }
        const gen = body.g(e);
        const r = gen.next();
        if (!r.done) throw errorAt('internal', 'top-level await in a module run as a script', program.loc);
        return dflt;
      } catch (err) {
        if (isHostOverflow(err)) throw recursionError(st, lang);
        throw err;
      }
    },
    *runAsync(): BodyGenerator {
      const e = fresh();
      try {
        if (body.p) body.p(e);
        else yield* body.g(e);
        return dflt;
      } catch (err) {
        if (isHostOverflow(err)) throw recursionError(st, lang);
        throw err;
      }
    },
  };
}
