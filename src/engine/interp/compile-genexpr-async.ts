/**
 * Asynchronous generator expressions (PEP 530): a generator expression with an `async for`
 * clause or an `await` in it is an async generator object (`<async_generator object
 * <genexpr> at 0x...>`), legal in any function. As for every generator expression, its
 * first iterable is evaluated, and `aiter()`/`iter()` applied to it, where it is created
 * (in the enclosing scope); the rest runs in the async generator's body, each item a
 * `yield` and each `await` / `__anext__` a real await when the generator is iterated.
 * Its body runs on the shared generator driver (runtime/generator.ts).
 */
import type { Comprehension } from '../ir/nodes';
import { unsupported } from '../errors';
import { None, type Value } from '../runtime/values';
import { GeneratorDriver, Yielded } from '../runtime/generator';
import type { Cx } from './context';
import type { Env, ExprFn, GenExprFn } from './core';
import { compileExprD } from './compile';
import { comprehensionParts } from './compile-expr';
import { ASYNC_DONE, pyAsyncIteration } from './compile-async-for-py';
import { tick } from '../runtime/realm';

type Gen<T> = Generator<unknown, T, unknown>;

/** Whether a generator expression is asynchronous (an `async for` clause, or an await inside). */
export function isAsyncGenexpr(node: Comprehension, containsAwait: (n: object) => boolean): boolean {
  if (node.type !== 'generator') return false;
  if (node.generators.some((g) => g.isAsync)) return true;
  if (containsAwait(node.elt)) return true;
  return node.generators.some((g, i) => (i > 0 && containsAwait(g.iter)) || g.ifs.some((c) => containsAwait(c)));
}

/** The expression: evaluates the first iterable (possibly awaiting, in an async body) and makes the async generator. */
export function compileAsyncGenexpr(cx: Cx, node: Comprehension): { p: ExprFn } | { g: GenExprFn } {
  const gl = cx.realm.generators.py;
  if (!gl) throw unsupported('asynchronous generator expressions', node.loc);
  // The clauses and the element run inside the async generator's body: generator mode.
  const gcx: Cx = { ...cx, fn: { ...cx.fn, gen: true } };
  const { first, gens, elt, template } = comprehensionParts(gcx, node, compileExprD, true);
  const realm = cx.realm;
  const py = realm.py;
  const budget = cx.st.budget;
  const loc = node.loc;
  const outerName = cx.fn.def?.qualname;
  const info = { name: '<genexpr>', qualname: outerName ? `${outerName}.<locals>.<genexpr>` : '<genexpr>' };
  const firstAsync = gens[0]!.isAsync;

  const make = (e: Env, src: Value): Value => {
    const ce: Env = template!.slice();
    ce[0] = e;
    function* item(level: number, x: Value): Gen<void> {
      tick(budget, loc);
      const g = gens[level]!;
      g.target(ce, x);
      for (const c of g.ifs) if (!py.truthy(c.g ? yield* c.g(ce) : c.p(ce))) return;
      if (level + 1 < gens.length) {
        const it = gens[level + 1]!.iter!;
        yield* run(level + 1, it.g ? yield* it.g(ce) : it.p(ce));
      } else {
        const v = elt.g ? yield* elt.g(ce) : elt.p(ce);
        yield new Yielded(v);
      }
    }
    function* drain(level: number, iteration: ReturnType<typeof pyAsyncIteration>): Gen<void> {
      for (;;) {
        const x = yield* iteration.next();
        if (x === ASYNC_DONE) return;
        yield* item(level, x);
      }
    }
    function* run(level: number, iterable: Value): Gen<void> {
      if (gens[level]!.isAsync) return yield* drain(level, pyAsyncIteration(realm, iterable, loc));
      for (const x of py.iterate(iterable, loc)) yield* item(level, x);
    }
    // aiter()/iter() of the first iterable now, in the creating frame.
    const level0 = firstAsync ? pyAsyncIteration(realm, src, loc) : py.iterate(src, loc);
    const body = (function* (): Gen<Value> {
      if (firstAsync) yield* drain(0, level0 as ReturnType<typeof pyAsyncIteration>);
      else for (const x of level0 as Iterable<Value>) yield* item(0, x);
      return None;
    })();
    return gl.make(new GeneratorDriver(body, info, true));
  };
  if (first.g) {
    const g = first.g;
    return {
      g: function* (e) {
        return make(e, yield* g(e));
      },
    };
  }
  const p = first.p;
  return { p: (e) => make(e, p(e)) };
}
