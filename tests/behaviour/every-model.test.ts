/**
 * One behaviour suite, run against every model and both snippet languages: what must hold
 * whatever the scheduling rules — bad input ends with a clear message and the events
 * recorded so far, budgets stop runaway programs, streaming equals a one-shot run, runs
 * are deterministic, and every event stream is well-formed.
 */
import { describe, it, expect } from 'vitest';
import { createRun, runProgram } from '../../src/engine/engine';
import { MODEL_NAMES } from '../../src/engine/names';
import type { Lang } from '../../src/engine/ir/nodes';
import { checkEventInvariants } from './invariants';
import { conformanceRuns, readCaseFile } from '../conformance/corpus';

const SNIPPETS = {
  ordering: {
    py: 'import asyncio\nasync def f(n):\n    print("start", n)\n    await asyncio.sleep(0.01 * n)\n    print("end", n)\n    return n\nt = asyncio.ensure_future(f(2))\nr = await f(1)\nprint("r", r)\nawait t\n',
    js: 'async function f(n) {\n  console.log("start", n);\n  await new Promise((r) => setTimeout(r, 10 * n));\n  console.log("end", n);\n  return n;\n}\nconst t = f(2);\nconst r = await f(1);\nconsole.log("r", r);\nawait t;\n',
  },
  infiniteLoop: { py: 'print("before")\nwhile True:\n    pass\n', js: 'console.log("before");\nfor (;;) {}\n' },
  recursion: { py: 'def f(n):\n    return f(n + 1)\nf(0)\n', js: 'function f(n) { return f(n + 1); }\nf(0);\n' },
  runtimeError: { py: 'print("a")\nx = 1 + "b"\n', js: 'console.log("a");\nnull.x;\n' },
  syntaxError: { py: 'print("a")\ndef f(:\n    pass\n', js: 'console.log("a");\nconst x = ;\n' },
  millionSteps: {
    py: 'total = 0\nfor i in range(300000):\n    total += i\nprint(total)\n',
    js: 'let total = 0;\nfor (let i = 0; i < 300000; i++) total += i;\nconsole.log(total);\n',
  },
} satisfies Record<string, Record<Lang, string>>;

const ENDLESS_CHAIN: Record<Lang, string> = {
  py: 'import asyncio\nasync def spin():\n    while True:\n        await asyncio.sleep(0)\nawait spin()\n',
  js: 'function again() { Promise.resolve().then(again); }\nagain();\n',
};

for (const model of MODEL_NAMES) {
  for (const lang of ['py', 'js'] as const) {
    describe(`${lang} snippet under ${model}`, () => {
      it('records a well-formed event stream', () => {
        const r = runProgram(SNIPPETS.ordering[lang], { lang, model });
        expect(checkEventInvariants(r.events, r.stdout)).toEqual([]);
        expect(r.stdout.length).toBeGreaterThan(0);
      });

      it('is deterministic and streams the same events as a one-shot run', () => {
        const once = runProgram(SNIPPETS.ordering[lang], { lang, model });
        const run = createRun(SNIPPETS.ordering[lang], { lang, model });
        const streamed = [];
        let batches = 0;
        while (!run.done) {
          streamed.push(...run.step(3).events);
          batches++;
        }
        streamed.push(...run.step(1).events);
        expect(streamed).toEqual(once.events);
        expect(run.result().stdout).toEqual(once.stdout);
        expect(batches).toBeGreaterThan(0);
      });

      it('stops an infinite loop with the step budget and keeps what it recorded', () => {
        const r = runProgram(SNIPPETS.infiniteLoop[lang], { lang, model, budget: 200_000 });
        expect(r.errorKind).toBe('budget');
        expect(r.error).toMatch(/budget/i);
        expect(r.stdout).toEqual(['before']);
        expect(r.events.some((e) => e.type === 'error')).toBe(true);
      });

      it('stops an ever-growing callback chain with the step budget', () => {
        const r = runProgram(ENDLESS_CHAIN[lang], { lang, model, budget: 100_000 });
        expect(r.errorKind).toBe('budget');
      });

      it('turns unbounded recursion into the language error, not a crash', () => {
        const r = runProgram(SNIPPETS.recursion[lang], { lang, model });
        expect(r.error).toMatch(
          lang === 'py' ? /^RecursionError: maximum recursion depth exceeded/ : /^RangeError: Maximum call stack size exceeded/,
        );
      });

      it('reports a runtime error as Type: message after the output so far', () => {
        const r = runProgram(SNIPPETS.runtimeError[lang], { lang, model });
        expect(r.stdout).toEqual(['a']);
        expect(r.error).toMatch(/^TypeError: /);
        expect(r.errorAt).toBe(1);
      });

      it('reports a syntax error with line:col and runs nothing', () => {
        const r = runProgram(SNIPPETS.syntaxError[lang], { lang, model });
        expect(r.errorKind).toBe('syntax');
        expect(r.error).toMatch(/\(2:\d+\)$/);
        expect(r.errorPos?.line).toBe(2);
        expect(r.stdout).toEqual([]);
      });

      it('finishes a program of a million steps within the default budget', () => {
        const r = runProgram(SNIPPETS.millionSteps[lang], { lang, model, recordEvents: false });
        expect(r.error).toBeNull();
        expect(r.stdout).toEqual([String((300000 * 299999) / 2)]);
        expect(r.steps).toBeGreaterThan(300_000);
      });

      it('can be cancelled between slices', () => {
        // An endless callback chain pauses at safe points between callbacks.
        const run = createRun(ENDLESS_CHAIN[lang], { lang, model, budget: 50_000_000 });
        run.step(1000);
        expect(run.done).toBe(false);
        run.cancel();
        expect(run.done).toBe(true);
        expect(run.result().errorKind).toBe('cancelled');
      });
    });
  }
}

describe('every conformance program records a well-formed event stream', () => {
  for (const r of conformanceRuns()) {
    it(r.id, () => {
      const prelude = r.prelude ? { source: readCaseFile(r.prelude.file), lang: r.prelude.lang, name: r.prelude.file } : undefined;
      const res = runProgram(readCaseFile(r.file), { lang: r.lang, model: r.model, prelude });
      expect(checkEventInvariants(res.events, res.stdout)).toEqual([]);
    });
  }
});
