/**
 * Every rule of the hint table (src/engine/events/hints.ts) against a real engine run: the
 * model it is about finds it, on the line it names; the other models, which do not cause
 * that error, find nothing there.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/engine/engine';
import { HINT_RULES, hintsFor } from '../../src/engine/api';
import { MODEL_NAMES, type ModelName } from '../../src/engine/names';
import { FoldHistory } from '../../src/ui/state/history';

const RUN_MAIN = `import asyncio


async def c():
    print(2)
    await asyncio.sleep(0.2)
    print(4)


async def main():
    print(1)
    t = asyncio.create_task(c())
    print(3)
    await t


asyncio.run(main())
print(5)
`;

const FORGOTTEN = `import asyncio


async def save(item):
    print(f"saving {item}")


async def main():
    save("a")
    await asyncio.sleep(0.1)


asyncio.run(main())
`;

const CREATE_TASK = `import asyncio


async def job(name):
    print(name)


print("main start")
a = asyncio.create_task(job("a"))
await a
`;

const THEN = `async def f():
    return 1


f().then(print)
`;

interface Case {
  rule: string;
  source: string;
  /** Models whose run shows the hint, and the line it points at. */
  at: Partial<Record<ModelName, number>>;
  /** A phrase the hint must contain. */
  says: RegExp;
}

const CASES: Case[] = [
  { rule: 'promisio-asyncio-run', source: RUN_MAIN, at: { promisio: 17 }, says: /`promisio\.run\(main\(\)\)`/ },
  {
    rule: 'promisio-create-task-promise',
    source: CREATE_TASK,
    at: { promisio: 9 },
    says: /`job\("a"\)` already returns a Promise whose Task is scheduled/,
  },
  { rule: 'js-asyncio-run-returns', source: RUN_MAIN, at: { js: 18 }, says: /`asyncio\.run\(main\(\)\)` returns at once/ },
  { rule: 'python-never-awaited', source: FORGOTTEN, at: { python: 9, 'python-eager': 9 }, says: /`save\("a"\)` only creates a coroutine/ },
  { rule: 'python-then-on-coroutine', source: THEN, at: { python: 5, 'python-eager': 5 }, says: /has no `then`/ },
];

describe('hint rules', () => {
  it('every rule in the table has a case here', () => {
    expect(HINT_RULES.map((r) => r.id).sort()).toEqual(CASES.map((c) => c.rule).sort());
  });

  for (const c of CASES)
    describe(c.rule, () => {
      for (const model of MODEL_NAMES)
        it(`${c.at[model] ? `points at line ${c.at[model]}` : 'stays silent'} under ${model}`, () => {
          const run = runProgram(c.source, { lang: 'py', model });
          const hints = hintsFor({ model, source: c.source, events: run.events }).filter((h) => h.rule === c.rule);
          if (c.at[model] === undefined) {
            expect(hints).toEqual([]);
            return;
          }
          expect(hints.map((h) => h.loc.line)).toEqual([c.at[model]]);
          expect(hints[0]!.message).toMatch(c.says);
        });
      // The page reads a packed recording, decoding only the types a rule reads (HintRule.reads).
      it("finds the same hints in the page's packed recording", () => {
        for (const model of MODEL_NAMES) {
          const run = runProgram(c.source, { lang: 'py', model });
          const history = new FoldHistory();
          history.append(run.events);
          expect(hintsFor({ model, source: c.source, events: history.events })).toEqual(
            hintsFor({ model, source: c.source, events: run.events }),
          );
        }
      });
    });

  it('the js rule needs asyncio.run: a main awaited at top level gives no hint', () => {
    const source = RUN_MAIN.replace('asyncio.run(main())', 'await main()');
    const run = runProgram(source, { lang: 'py', model: 'js', jsMode: 'auto' });
    expect(run.stdout).toEqual(['1', '2', '3', '4', '5']);
    expect(hintsFor({ model: 'js', source, events: run.events })).toEqual([]);
  });
});
