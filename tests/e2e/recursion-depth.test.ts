/**
 * Recursion depth in the playground's engine worker (issue 10: "async recursion under every
 * model ends in RecursionError / RangeError at the real depth"; the JavaScript case is the
 * last test below). The interpreter recurses on the host's
 * stack, and a Chromium Web Worker's stack is smaller than Node's main thread's, so the same
 * program can meet the host's limit in the page where it meets CPython's frame count in the
 * CLI. Each depth case (tests/cases/py/robust_recursion_depth_*.py, which the own-cases suite
 * checks against CPython 3.14 in Node) prints one line per recursion shape: the deepest level
 * entered and the error. In the worker every shape must end in the language's own error,
 * never deeper than CPython's depth (the frame counter holds), and at CPython's depth unless
 * it is listed below with the depth measured in headless Chromium.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runProgram } from '../../src/engine/engine';
import { outputOf, ROOT, snippetUrl, waitForRun, browserSuite, type Browser } from './harness';

const suite = browserSuite();
let browser: Browser;
beforeAll(async () => {
  ({ browser } = suite);
  // A deep recursion takes seconds on a loaded machine: the page's 1.5 s time budget would
  // stop it first (the hook bench:ui uses, src/ui/useRunSession.ts timeBudgetMs).
  await browser.context.addInitScript(() => {
    (globalThis as { __asyncLanesTimeBudgetMs?: number }).__asyncLanesTimeBudgetMs = 120_000;
  });
});

const CASES = ['robust_recursion_depth_shapes.py', 'robust_recursion_depth_await.py'];
const MODELS = ['python', 'python-eager'] as const;

/**
 * Eager `await create_task(f())` recursion, under python-eager only: every level's first step
 * runs inside the call that creates it, so every level's frames stay on the host stack. pyodide's
 * own stack gives out first on it, so native CPython 3.13 is its oracle: tests/engine/recursion-depth.test.ts
 * checks that the engine in Node stops at CPython's depth on both shapes, and this test that the
 * worker stops there too (or, for a listed shape, not deeper).
 */
const EAGER_PROGRAM = `import asyncio

reached = 0


async def spawning(n):
    global reached
    reached = n
    return 1 + await asyncio.create_task(spawning(n + 1))


async def spawning_on_loop(n):
    global reached
    reached = n
    return 1 + await asyncio.get_running_loop().create_task(spawning_on_loop(n + 1))


async def measure(name, start):
    global reached
    reached = 0
    try:
        await start(1)
        print(name, "completed", reached)
    except RecursionError as e:
        print(name, "RecursionError at", reached, e)


async def main():
    await measure("await asyncio.create_task under eager tasks", spawning)
    await measure("await loop.create_task under eager tasks", spawning_on_loop)


asyncio.run(main())
`;

/**
 * Shapes whose worker depth is short of CPython's, as measured in headless Chromium: eager task
 * recursion through `loop.create_task` (below). A
 * Chromium worker's stack holds about 60 % of what Node's main thread holds; sync calls past
 * the trampoline threshold are heap frames (src/engine/interp/trampoline.ts), and a task cuts
 * a deep await chain into segments of 100 frames, each resumed from the task's own frame
 * (src/engine/models/python/await-segments.ts), so every shape of these cases reaches
 * CPython's depth. Before the segments: `await` stopped at ~630-680 of 989 levels, `await` of
 * a method at ~335-355 of 494 and `await` in a task at ~685-755 of 991.
 */
const SHORT_IN_WORKER: Record<string, string> = {
  // Each level's first step runs inside the call that creates it. Past the trampoline threshold the
  // creating body's calls are made by its coroutine (models/python/coroutine.ts makeCall), so
  // `asyncio.create_task` recursion reaches CPython's 248 levels (session 18; it stopped at 127 before);
  // `loop.create_task` passes through a bound method and three Python frames a level, and stops short.
  'await loop.create_task under eager tasks': 'about 227 of 331 levels',
};

/** Listed shapes that V8's optimised code sometimes takes all the way (the frames shrink). */
const MAY_REACH = new Set<string>();

interface Depth {
  shape: string;
  outcome: string;
  level: number;
}

function parse(line: string): Depth {
  const m = /^(.*) (RecursionError at|completed) (\d+)/.exec(line);
  if (!m) throw new Error(`not a depth line: ${line}`);
  return { shape: m[1]!, outcome: m[2]!, level: Number(m[3]) };
}

/** A line the worker printed against the engine's line in Node (`want`, `wantLine`). */
function checkDepth(want: Depth, shownLine: string, wantLine: string): void {
  const got = parse(shownLine);
  expect(got.shape).toBe(want.shape);
  expect(got.outcome).toBe(want.outcome);
  expect(shownLine.endsWith('maximum recursion depth exceeded')).toBe(want.outcome === 'RecursionError at');
  expect(got.level).toBeLessThanOrEqual(want.level);
  // A listed shape that reaches CPython's depth must leave the list.
  if (want.shape in SHORT_IN_WORKER) {
    if (!MAY_REACH.has(want.shape)) expect(got.level).toBeLessThan(want.level);
  } else expect(shownLine).toBe(wantLine);
}

/**
 * Runs a depth program in the page's worker under `model` and checks each line it printed
 * against the engine's in Node (checkDepth); returns how many lines there were.
 */
async function checkInWorker(source: string, model: (typeof MODELS)[number], label: string): Promise<number> {
  const expected = runProgram(source, { lang: 'py', model, recordEvents: false });
  expect(expected.error).toBeNull();
  const { page } = browser;
  await page.goto('about:blank');
  await page.goto(snippetUrl('py', source, [model]));
  await waitForRun(page, 150_000);
  await page.locator('[data-action="end"]').first().click();
  await expect.poll(() => outputOf(page, model), { timeout: 10_000 }).toHaveLength(expected.stdout.length);
  const shown = await outputOf(page, model);
  console.log(`${label} under ${model} in the worker: ${shown.join(' | ')}`);
  expect(await page.locator(`[data-model="${model}"]`).getAttribute('data-status')).toBe('done');
  for (let i = 0; i < expected.stdout.length; i++) checkDepth(parse(expected.stdout[i]!), shown[i]!, expected.stdout[i]!);
  return expected.stdout.length;
}

describe('recursion depth in the engine worker (headless Chromium)', { timeout: 180_000 }, () => {
  for (const file of CASES) {
    for (const model of MODELS) {
      it(`${file} under ${model}`, async () => {
        await checkInWorker(readFileSync(join(ROOT, 'tests/cases/py', file), 'utf8'), model, file);
      });
    }
  }

  it('eager await create_task recursion under python-eager', async () => {
    expect(await checkInWorker(EAGER_PROGRAM, 'python-eager', 'eager create_task recursion')).toBe(2);
  });

  // JavaScript: V8 has no frame count; the engine's budget is calibrated on Node 20 (runtime/call-stack.ts
  // JS_FRAME_LIMIT, 7/6 for an async frame). Sync calls past the threshold are heap frames and an async
  // call's first segment is a frame of the js model's driver (models/js/async-calls.ts), so plain,
  // method and arrow recursion and `await f()` must stop in the worker where they stop in Node.
  // Getters and `yield*` still recurse on the host stack and stop earlier in the worker's smaller stack.
  it('robust_recursion_depth_shapes.js under js', async () => {
    const source = readFileSync(join(ROOT, 'tests/cases/js/robust_recursion_depth_shapes.js'), 'utf8');
    const expected = runProgram(source, { lang: 'js', model: 'js', recordEvents: false });
    expect(expected.error).toBeNull();
    const { page } = browser;
    await page.goto('about:blank');
    await page.goto(snippetUrl('js', source, ['js']));
    await waitForRun(page, 150_000);
    await page.locator('[data-action="end"]').first().click();
    await expect.poll(() => outputOf(page, 'js'), { timeout: 10_000 }).toHaveLength(expected.stdout.length);
    const shown = await outputOf(page, 'js');
    console.log(`robust_recursion_depth_shapes.js under js in the worker: ${shown.join(' | ')}`);
    const hostBound = new Set(['getter', 'generator yield*']);
    for (let i = 0; i < expected.stdout.length; i++) {
      const want = expected.stdout[i]!;
      const shape = /^(.*?) (RangeError at|completed) /.exec(want)![1]!;
      if (!hostBound.has(shape)) expect(shown[i]).toBe(want);
      else expect(shown[i]).toMatch(new RegExp(`^${shape.replace('*', '\\*')} RangeError at \\d+$`));
    }
  });

  it('lists only shapes that the depth cases measure', () => {
    const shapes = new Set<string>();
    for (const file of CASES) {
      const source = readFileSync(join(ROOT, 'tests/cases/py', file), 'utf8');
      for (const line of runProgram(source, { lang: 'py', model: 'python', recordEvents: false }).stdout) shapes.add(parse(line).shape);
    }
    for (const line of runProgram(EAGER_PROGRAM, { lang: 'py', model: 'python-eager', recordEvents: false }).stdout)
      shapes.add(parse(line).shape);
    for (const shape of Object.keys(SHORT_IN_WORKER)) expect(shapes).toContain(shape);
  });
});
