/**
 * Runaway programs that keep a run streaming into the page, shared by the browser tests
 * (tests/e2e/responsiveness.test.ts: behaviour) and `npm run bench:ui` (bench/ui/responsiveness.ts:
 * timings).
 */
import type { Page } from 'playwright-core';
import { snippetUrl } from './harness';

export const MICROTASK_FLOOD = 'function again() {\n  queueMicrotask(again);\n}\nagain();\n';
export const CALL_SOON_FLOOD =
  'import asyncio\n\nasync def main():\n    loop = asyncio.get_running_loop()\n    def again():\n        loop.call_soon(again)\n    again()\n    await asyncio.sleep(3600)\n\nasyncio.run(main())\n';
/** A loop that never yields: no event is recorded while it spins. */
export const SYNC_LOOP = 'let n = 0;\nwhile (true) {\n  n++;\n}\n';
export const INTERVAL_FOREVER = 'let ticks = 0;\nsetInterval(() => {\n  ticks++;\n}, 1);\n';
export const PROMISE_CHAIN_10M =
  'let p = Promise.resolve(0);\nfor (let i = 0; i < 10_000_000; i++) p = p.then((x) => x + 1);\np.then((x) => console.log(x));\n';
export const PRINT_10M_LINES = 'for i in range(10_000_000):\n    print(i)\n';

export interface Runaway {
  name: string;
  lang: 'py' | 'js';
  source: string;
  /**
   * The models under which it runs away (elsewhere it means something else and fails at
   * once: the Python shim has no setInterval; under promisio `asyncio.run` has no loop).
   */
  runsAway: readonly string[];
}

/** Issue 10's runaway programs: each must stop by itself (a budget) with a message saying why. */
/** Every model, so the page takes in four streams at once (the heaviest case). */
export const ALL_MODELS = ['js', 'python', 'python-eager', 'promisio'];

export const RUNAWAYS: readonly Runaway[] = [
  { name: 'sync loop', lang: 'js', source: SYNC_LOOP, runsAway: ALL_MODELS },
  { name: 'microtask flood', lang: 'js', source: MICROTASK_FLOOD, runsAway: ALL_MODELS },
  { name: 'setInterval forever', lang: 'js', source: INTERVAL_FOREVER, runsAway: ['js'] },
  { name: 'call_soon flood', lang: 'py', source: CALL_SOON_FLOOD, runsAway: ['js', 'python', 'python-eager'] },
  { name: '10-million-promise chain', lang: 'js', source: PROMISE_CHAIN_10M, runsAway: ALL_MODELS },
  { name: '10 million printed lines', lang: 'py', source: PRINT_10M_LINES, runsAway: ALL_MODELS },
];

/** A snippet that ends at once: what the app shows before a test opens its link in the same tab. */
const QUIET_URL = () => snippetUrl('py', 'print("ready")\n', ['python']);

/**
 * Opens a link in the app as a user does once the page is loaded: in the same tab, as a
 * hash change, after the editor is ready. (A fresh page compiles and builds Monaco meanwhile,
 * which holds the main thread for seconds on a busy machine: a press on Stop then waits for
 * it, which is not what a test of a run in flight is about.)
 */
export async function openInLoadedApp(page: Page, url: string): Promise<void> {
  const quiet = new URL(QUIET_URL()).hash;
  await ensureLoadedApp(page);
  if ((await page.locator('[data-role="stop"]').count()) > 0) await pressStop(page);
  const hash = new URL(url).hash;
  // The same hash again would not be a hash change: go through the quiet snippet.
  if ((await page.evaluate(() => location.hash)) === hash) {
    await page.evaluate((h) => (location.hash = h), quiet);
    await page.waitForFunction((h) => location.hash !== h, hash);
  }
  await page.waitForSelector('.app:not([data-run-status="running"])', { timeout: 60_000 });
  await page.evaluate((h) => (location.hash = h), hash);
}

/**
 * Lifts the playground's time budget for the runs started from now on in this page, and its
 * step budget too when asked (src/ui/useRunSession.ts reads both at each start): a test of
 * Stop needs the run still in flight when it presses, however slow a loaded machine makes
 * that. (With the time budget alone, a microtask flood ran out of its 5 million steps before
 * a loaded page took the click: CI, stop 22.) Not the step budget for a Python snippet under
 * several models: a Python model's `asyncio.run` is one slice of the worker's round-robin
 * (src/worker/runner.ts), so a call_soon flood without a step budget holds the worker and the
 * other models never start (bench:ui's four-model call_soon flood never streamed).
 */
export async function liftBudgets(page: Page, { steps }: { steps: boolean }): Promise<void> {
  await page.evaluate((liftSteps) => {
    const w = window as unknown as { __asyncLanesTimeBudgetMs?: number; __asyncLanesStepBudget?: number };
    w.__asyncLanesTimeBudgetMs = 120_000;
    if (liftSteps) w.__asyncLanesStepBudget = 2_000_000_000;
  }, steps);
}

/** Restores the budgets liftBudgets lifted. */
export async function restoreBudgets(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __asyncLanesTimeBudgetMs?: number; __asyncLanesStepBudget?: number };
    delete w.__asyncLanesTimeBudgetMs;
    delete w.__asyncLanesStepBudget;
  });
}

/** Loads the app with a quiet snippet unless it is loaded, and waits for its editor. */
export async function ensureLoadedApp(page: Page): Promise<void> {
  if ((await page.locator('.monaco-editor textarea').count()) > 0) return;
  await openFresh(page, QUIET_URL());
  await page.waitForSelector('.monaco-editor textarea', { timeout: 60_000 });
}

/** Opens a link in a fresh document, so no earlier run's state (status done) can answer a wait. */
export async function openFresh(page: Page, url: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(url);
}

/** Waits until the run is streaming: the Stop control is shown and some events were folded. */
export async function waitStreaming(page: Page): Promise<void> {
  await page.waitForSelector('[data-role="stop"]', { timeout: 20_000 });
  await page.waitForFunction(
    () => Number((document.querySelector('[data-role="position"]')?.textContent ?? '').split('/')[1]) > 0,
    undefined,
    { timeout: 20_000 },
  );
}

/** Waits until the run is going: the Stop control is shown (a sync loop records nothing while it spins). */
export async function waitRunning(page: Page): Promise<void> {
  await page.waitForSelector('[data-role="stop"]', { timeout: 20_000 });
}

/**
 * Presses Stop as a user does: one press and release where the button is (page.mouse, sent
 * through CDP), without Playwright's actionability checks, which wait on the busy page
 * several times before pressing. False when there was no Stop button to press.
 */
export async function pressStop(page: Page): Promise<boolean> {
  const box = await page.locator('[data-role="stop"]').boundingBox();
  if (!box) return false;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  return true;
}

/** Every model panel says cancelled; if not in time, the error says what the page shows. */
export async function waitAllCancelled(page: Page, timeout: number): Promise<void> {
  try {
    await page.waitForFunction(
      () => [...document.querySelectorAll('[data-model]')].every((p) => p.getAttribute('data-status') === 'cancelled'),
      undefined,
      { timeout, polling: 'raf' },
    );
  } catch (e) {
    const state = await page.evaluate(() => ({
      app: document.querySelector('.app')?.getAttribute('data-run-status'),
      panels: [...document.querySelectorAll('[data-model]')].map((p) => `${p.getAttribute('data-model')}:${p.getAttribute('data-status')}`),
      stop: document.querySelectorAll('[data-role="stop"]').length,
      position: document.querySelector('[data-role="position"]')?.textContent,
    }));
    throw new Error(`${(e as Error).message}\nthe page: ${JSON.stringify(state)}`);
  }
}

/** Installs a keydown listener noting each press's latency (time stamp to first listener). */
export async function recordKeyLatency(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.__latency = [];
    document.addEventListener('keydown', (e) => window.__latency.push(performance.now() - e.timeStamp), true);
  })()`);
}

/** Presses Shift (no shortcut: only the listener reacts) every 40 ms while the run streams, up to 25 times. */
export async function pressWhileStreaming(page: Page): Promise<number[]> {
  for (let i = 0; i < 25 && (await page.locator('[data-role="stop"]').count()) > 0; i++) {
    await page.keyboard.press('Shift');
    await page.waitForTimeout(40);
  }
  return (await page.evaluate('window.__latency')) as number[];
}
