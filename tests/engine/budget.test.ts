/**
 * Budgets in steps and in time (issue 10): a runaway program whose steps are cheap (a
 * microtask flood, a print loop) or that never ends is stopped by its time budget with a
 * clear message, under every model; the step budget still stops it when no time budget
 * is set. Elapsed time is not asserted (performance lives in `npm run bench`): only that
 * the time budget, not the step budget, ended the run.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRun, runProgram } from '../../src/engine/engine';
import { Budget, DEADLINE_MIN_RUN_MS } from '../../src/engine/runtime/realm';
import { MODEL_NAMES, type ModelName } from '../../src/engine/names';

const ALL = MODEL_NAMES;
// Each program runs away under the models listed; elsewhere it means something else (under
// promisio `asyncio.run` has no loop to run in; the Python shim has no setInterval).
const RUNAWAYS: [string, 'py' | 'js', string, readonly ModelName[]][] = [
  ['a sync loop', 'py', 'while True:\n    pass\n', ALL],
  ['a print flood', 'py', 'i = 0\nwhile True:\n    print(i)\n    i += 1\n', ALL],
  [
    'a call_soon flood',
    'py',
    'import asyncio\nasync def main():\n    loop = asyncio.get_running_loop()\n    def again():\n        loop.call_soon(again)\n    again()\n    await asyncio.sleep(3600)\nasyncio.run(main())\n',
    ['js', 'python', 'python-eager'],
  ],
  [
    'a sleep(0) loop',
    'py',
    'import asyncio\nasync def main():\n    while True:\n        await asyncio.sleep(0)\nasyncio.run(main())\n',
    ['js', 'python', 'python-eager'],
  ],
  [
    // Each loop turn selects for at most a day (MAXIMUM_SELECT_TIMEOUT) and runs nothing.
    'a wait on an endless timer',
    'py',
    "import asyncio\nasync def main():\n    await asyncio.sleep(float('inf'))\nasyncio.run(main())\n",
    ['python', 'python-eager'],
  ],
  ['a microtask flood', 'js', 'function again() { Promise.resolve().then(again); }\nagain();\n', ALL],
  ['setInterval forever', 'js', 'let n = 0;\nsetInterval(() => { n++; }, 1);\n', ['js']],
  ['an await loop', 'js', 'async function main() { for (;;) await null; }\nmain();\n', ['js']],
];

describe('time budget', () => {
  for (const [name, lang, source, models] of RUNAWAYS) {
    for (const model of models) {
      it(`stops ${name} under ${model}`, () => {
        const r = runProgram(source, { lang, model, budget: 1e15, timeBudgetMs: 150, recordEvents: true, maxEvents: 10_000 });
        expect(r.errorKind).toBe('budget');
        expect(r.error).toMatch(/^Time budget exhausted: the program ran for 150 ms without finishing/);
      });
    }
  }

  it('leaves a program that finishes alone', () => {
    const r = runProgram('import asyncio\nasync def main():\n    await asyncio.sleep(1)\n    print("done")\nasyncio.run(main())\n', {
      lang: 'py',
      model: 'python',
      timeBudgetMs: 5_000,
    });
    expect(r).toMatchObject({ stdout: ['done'], error: null });
  });

  it('stops a run past its deadline, counting the time spent between its slices', () => {
    const run = createRun('while True:\n    pass\n', {
      lang: 'py',
      model: 'python',
      budget: 1e15,
      timeBudgetMs: 2_000,
      deadline: performance.now() + 30,
    });
    // The host is busy elsewhere (other models' slices, posting events) past the deadline.
    const until = performance.now() + 40;
    while (performance.now() < until);
    // One slice with no step limit to speak of: only the deadline's checkpoint can end it,
    // once the run had its own DEADLINE_MIN_RUN_MS.
    expect(run.step(1e14).done).toBe(true);
    const r = run.result();
    expect(r.errorKind).toBe('budget');
    expect(r.steps).toBeGreaterThan(0);
    expect(r.error).toMatch(/^Time budget exhausted: the program ran for 2\.0 s without finishing/);
  });

  it('lets a run past its deadline reach an outcome it reaches at once', () => {
    for (const model of ALL) {
      const r = runProgram('print("hi")\nundefined_name\n', { lang: 'py', model, budget: 1e15, deadline: performance.now() - 1_000 });
      expect(r.stdout, model).toEqual(['hi']);
      expect(r.error, model).toMatch(/^NameError: name 'undefined_name' is not defined/);
    }
    const looping = runProgram('let n = 0;\nwhile (true) n++;\n', {
      lang: 'js',
      model: 'js',
      budget: 1e15,
      deadline: performance.now() - 1_000,
    });
    expect(looping.error).toMatch(/^Time budget exhausted: the program ran past its deadline without finishing/);
  });

  it('is not needed for the step budget to stop a loop', () => {
    const r = runProgram('while True:\n    pass\n', { lang: 'py', model: 'python', budget: 100_000 });
    expect(r.errorKind).toBe('budget');
    expect(r.error).toMatch(/^Step budget exhausted: the program ran 100,000 steps/);
  });
});

/**
 * How far past its deadline a run whose steps are slow gets, on a simulated clock (no timing
 * on the real one): each step advances it by `stepMs`; the run stops at a checkpoint.
 */
describe('checkpoints of a timed run', () => {
  let clock = 0;
  afterEach(() => vi.restoreAllMocks());

  /** Steps until the budget throws; the simulated ms since the slice began. */
  function runSteps(b: Budget, stepMs: number, maxSteps = 10_000_000): { steps: number; ms: number; error: string } {
    const start = clock;
    b.startSlice();
    for (let i = 0; i < maxSteps; i++) {
      clock += stepMs;
      try {
        if (++b.used > b.limit) b.exceeded(undefined);
      } catch (e) {
        return { steps: i + 1, ms: clock - start, error: (e as Error).message };
      }
    }
    return { steps: maxSteps, ms: clock - start, error: '' };
  }

  function fakeClock(): void {
    clock = 1_000;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
  }

  it('sees its deadline within a few ms when each step takes 10 µs (a 10-million-promise chain)', () => {
    fakeClock();
    const b = new Budget(1e15, Infinity, undefined, clock + 200);
    const r = runSteps(b, 0.01);
    expect(r.error).toMatch(/^Time budget exhausted/);
    // It used to read the clock every 50,000 steps: 500 ms apart at this speed.
    expect(r.ms).toBeGreaterThanOrEqual(200);
    expect(r.ms).toBeLessThan(200 + 10);
  });

  it('started past its deadline, runs on for its grace and a few ms, however slow its steps', () => {
    fakeClock();
    const b = new Budget(1e15, Infinity, undefined, clock - 500);
    const r = runSteps(b, 0.05);
    expect(r.error).toMatch(/^Time budget exhausted/);
    expect(r.ms).toBeGreaterThanOrEqual(DEADLINE_MIN_RUN_MS);
    expect(r.ms).toBeLessThan(DEADLINE_MIN_RUN_MS + 30);
  });

  it('spaces its checkpoints out to 50,000 steps while steps are quick', () => {
    fakeClock();
    const b = new Budget(1e15, 60_000);
    b.startSlice();
    let checks = 0;
    for (let i = 0; i < 2_000_000; i++) {
      clock += 0.00002;
      if (++b.used > b.limit) {
        checks++;
        b.exceeded(undefined);
      }
    }
    // From 500 steps, doubling to 50,000: a few more checkpoints than 2M / 50k = 40.
    expect(checks).toBeGreaterThan(40);
    expect(checks).toBeLessThan(40 + 12);
  });
});
