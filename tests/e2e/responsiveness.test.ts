/**
 * Issue 10, in the page: Stop ends a runaway run and leaves every panel saying cancelled, input
 * is handled while a run streams in, a big run fits in memory, and the position never reads
 * `-N / M`. How fast (Stop within 200 ms, key latency) is `npm run bench:ui`'s to measure.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite, outputOf, snippetUrl } from './harness';
import {
  ALL_MODELS,
  CALL_SOON_FLOOD,
  MICROTASK_FLOOD,
  openFresh,
  PROMISE_CHAIN_10M,
  ensureLoadedApp,
  liftBudgets,
  restoreBudgets,
  openInLoadedApp,
  pressWhileStreaming,
  pressStop,
  recordKeyLatency,
  RUNAWAYS,
  waitAllCancelled,
  waitRunning,
  waitStreaming,
} from './floods';

const suite = browserSuite();

/** About 11 events per iteration under `js`. */
const bigRun = (iterations: number) =>
  `async function f(i) {\n  await null;\n  return i;\n}\nasync function main() {\n  for (let i = 0; i < ${iterations}; i++) await f(i);\n  console.log('done');\n}\nmain();\n`;

async function positionText(page: Page): Promise<string> {
  return (await page.locator('[data-role="position"]').textContent()) ?? '';
}

function expectSanePosition(text: string) {
  const m = /^(\d+) \/ (\d+)$/.exec(text.trim());
  expect(m, `position "${text}"`).not.toBeNull();
  expect(Number(m![1])).toBeLessThanOrEqual(Number(m![2]));
}

describe('a run in flight', () => {
  // Timings (Stop within 200 ms, key latency p95 under 100 ms) are measured by `npm run bench:ui`
  // (bench/ui/responsiveness.ts), never asserted here: on a shared machine a clock in a test
  // fails or passes with the load. This checks what Stop and a flood must do.
  it('stops a microtask flood on a click on Stop, and every panel says cancelled', async () => {
    const { page } = suite;
    await ensureLoadedApp(page);
    await liftBudgets(page, { steps: true });
    try {
      await openInLoadedApp(page, snippetUrl('js', MICROTASK_FLOOD, ['js']));
      await waitStreaming(page);
      expect(await pressStop(page)).toBe(true);
      await waitAllCancelled(page, 30_000);
    } finally {
      await restoreBudgets(page);
    }
    expect(await page.getAttribute('.app', 'data-run-status')).toBe('cancelled');
    expect(await page.locator('[data-role="stop"]').count()).toBe(0);
    expect(await page.locator('[data-model="js"] .status').textContent()).toBe('cancelled');
    expect(await page.locator('[data-model="js"] [data-role="notice"]').textContent()).toMatch(/Run stopped after [\d,]+ events/);
    expectSanePosition(await positionText(page));
  });

  it('handles key presses while a call_soon flood streams in, and the time budget stops the flood', async () => {
    const { page } = suite;
    await openInLoadedApp(page, snippetUrl('py', CALL_SOON_FLOOD, ['python', 'python-eager', 'promisio', 'js']));
    await recordKeyLatency(page);
    await waitRunning(page);
    expect((await pressWhileStreaming(page)).length).toBeGreaterThan(0);
    await page.waitForSelector('.app[data-run-status="done"]', { timeout: 30_000 });
    // The flood was stopped by the run's time budget, with a message saying so.
    expect(await page.locator('[data-model="python"] .status').textContent()).toBe('budget');
    expectSanePosition(await positionText(page));
  });

  it('opens a million-event run with the JS heap under 300 MB and a bounded DOM', { timeout: 180_000 }, async () => {
    const { browser } = suite;
    // A page of its own with the time budget lifted (src/ui/useRunSession.ts reads it, as
    // bench:ui's run-size pages do): on a loaded machine the 1.5 s budget cuts this legitimate
    // 1M-event run short, and this test is about holding a whole one.
    const page = await browser.context.newPage();
    try {
      await page.addInitScript('window.__asyncLanesTimeBudgetMs = 120000;');
      await page.goto(`${snippetUrl('js', bigRun(90_900), ['js'])}&pos=2000000`);
      await page.waitForSelector('.app[data-run-status="done"]', { timeout: 120_000 });
      const total = Number(await page.locator('[data-action="scrub"]').getAttribute('max'));
      expect(total).toBeGreaterThan(900_000);
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      expect(usedSize / 1e6).toBeLessThan(300);
      expect(await page.evaluate('document.getElementsByTagName("*").length')).toBeLessThan(5_000);
      await cdp.detach();
    } finally {
      await page.close();
    }
  });
});

describe('a runaway program', () => {
  // Each stops by itself (the run's wall-clock time budget, or its step budget) within 2 s of
  // wall time: bench:ui's figure. Here: it stops, every panel says why, the page answers.
  for (const r of RUNAWAYS) {
    it(`${r.name}: stops by itself under every model, each panel saying why`, async () => {
      const { page } = suite;
      await openFresh(page, snippetUrl(r.lang, r.source, ALL_MODELS));
      await page.waitForSelector('.app[data-run-status="done"]', { timeout: 60_000 });
      for (const model of ALL_MODELS) {
        const panel = page.locator(`[data-model="${model}"]`);
        const status = await panel.getAttribute('data-status');
        if (r.runsAway.includes(model)) {
          expect(status, model).toBe('budget');
          expect(await panel.locator('[data-role="notice"]').textContent(), model).toMatch(
            /Stopped after [\d,]+ steps\. (Time|Step) budget exhausted: the program ran .* without finishing/,
          );
        } else expect(status, model).toBe('error');
      }
      // Still answering: the playback controls work on what was recorded (pressed as a user
      // does: Playwright's click waits for the page to be idle, which folding a flood is not).
      const end = (await page.locator('[data-action="end"]').boundingBox())!;
      await page.mouse.click(end.x + end.width / 2, end.y + end.height / 2);
      await page.waitForFunction(() => {
        const [pos, total] = (document.querySelector('[data-role="position"]')?.textContent ?? '').split('/').map(Number);
        return pos === total && total! > 0;
      });
      expectSanePosition(await positionText(page));
    });
  }
});

describe('a runaway inside one built-in call', () => {
  // No budget can stop a host call the engine makes: `/(a+)+$/` on 40 a's and a b backtracks
  // for minutes in V8. The page's watchdog (src/ui/runClient.ts) pings the worker past the time
  // budget, stops it when it does not answer, and every panel says why; the next run gets a
  // fresh worker.
  it('is stopped by the page, each panel saying why, and the next run works', async () => {
    const { page } = suite;
    const source = "console.log('before');\nconsole.log(/(a+)+$/.test('a'.repeat(40) + 'b'));\n";
    await openFresh(page, snippetUrl('js', source, ALL_MODELS));
    await page.waitForSelector('.app[data-run-status="done"]', { timeout: 30_000 });
    // The models share one worker, stepped in turn: the first one's slice hung at the match,
    // and the others never had their turn, which their panels say.
    const [first, ...rest] = ALL_MODELS;
    for (const model of ALL_MODELS) {
      const panel = page.locator(`[data-model="${model}"]`);
      expect(await panel.getAttribute('data-status'), model).toBe('budget');
      expect(await panel.locator('[data-role="notice"]').textContent(), model).toMatch(
        model === first
          ? /^Stopped\. Time budget exhausted: the program ran for 1\.5 s without finishing, inside one built-in call that cannot be interrupted/
          : /^Not run: the models share one engine worker, which was stopped while another model's run was inside one built-in call/,
      );
    }
    // What it printed before the call is shown, as Node prints it before it hangs: the worker
    // handed those events over before the match began (Recorder `beforeBlockingCall`).
    await page.locator('[data-action="end"]').click();
    await expect.poll(() => outputOf(page, first!)).toEqual(['before']);
    for (const model of rest) expect(await outputOf(page, model), model).toEqual([]);
    // Outputs cut off at different places are not compared, and no line is marked as differing.
    expect(await page.locator('[data-role="divergence"]').getAttribute('data-kind')).toBe('stopped');
    expect(await page.locator('[data-role="output-line"][data-divergent="true"]').count()).toBe(0);
    // The same page (its worker was replaced), as a user opens the next link.
    await page.waitForSelector('.monaco-editor textarea', { timeout: 60_000 });
    await page.evaluate((h) => (location.hash = h), new URL(snippetUrl('js', "console.log('after');\n", ['js'])).hash);
    await page.waitForSelector('[data-model="js"][data-status="done"]', { timeout: 20_000 });
    await page.locator('[data-action="end"]').click();
    await expect.poll(() => outputOf(page, 'js')).toEqual(['after']);
  });
});

describe('a printed line of millions of characters', () => {
  // The browser lays out whatever the page holds: a 16M-character line held the main thread
  // for seconds after the run and at each jump of the position (src/ui/clipText.ts). Panels
  // show the first 10,000 characters and say how many more there are.
  it('is shown clipped, under every model it ran in', async () => {
    const { page } = suite;
    await openFresh(page, snippetUrl('py', "print('x' * 2**24)\nraise ValueError('y' * 2**24)\n", ['js', 'python']));
    await page.waitForSelector('.app[data-run-status="done"]', { timeout: 60_000 });
    await page.locator('[data-action="end"]').click();
    for (const model of ['js', 'python']) {
      await expect.poll(() => outputOf(page, model)).toEqual([`${'x'.repeat(10_000)}… (16,767,216 more characters)`]);
      const error = (await page.locator(`[data-model="${model}"] [data-role="error"]`).textContent()) ?? '';
      expect(error.length, model).toBeLessThan(10_200);
      expect(error, model).toMatch(/… \([\d,]+ more characters\)$/);
    }
  });
});

describe("a model's end", () => {
  // A model's result is set on its run in place; its panel must show it when the worker's last
  // message arrives, not when the page has folded the backlog. After the 10-million-promise
  // chain, whose models' events do not merge until the slowest is folded, that took ~0.5 s and
  // kept the stopped run's panels saying running past the 2 s line (issue 10).
  it('is shown while the page still folds the backlog the worker sent', async () => {
    const { page } = suite;
    // Whether the page still folds when the last model ends depends on how fast its main thread
    // is next to the worker's: on a fast CI machine it had caught up within two frames, and the
    // case meant nothing. CDP's CPU throttling slows the page's main thread only (the worker,
    // stopped by its wall-clock budget, records as many events throttled as not: ~0.5M), so the
    // backlog outlives the worker by seconds on any machine.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
    let throttled = true;
    const unthrottle = async () => {
      if (!throttled) return;
      throttled = false;
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    };
    try {
      await expectEndShownWhileFolding(page, unthrottle);
    } finally {
      await unthrottle();
      await cdp.detach();
    }
  });
});

async function expectEndShownWhileFolding(page: Page, unthrottle: () => Promise<void>) {
  await page.addInitScript(`(() => {
      const seen = (window.__endSeen = { done: 0 });
      const Base = window.Worker;
      window.Worker = class extends Base {
        constructor(...args) {
          super(...args);
          this.addEventListener('message', (e) => {
            if (!e.data || e.data.type !== 'done') return;
            seen.done++;
            // Two frames after the last model's end: what do the panels and the app say?
            if (seen.done === ${ALL_MODELS.length})
              requestAnimationFrame(() => requestAnimationFrame(() => {
                seen.panels = [...document.querySelectorAll('[data-model]')].map((el) => el.getAttribute('data-status'));
                seen.app = document.querySelector('.app')?.getAttribute('data-run-status');
              }));
          });
        }
      };
    })();`);
  await openFresh(page, snippetUrl('js', PROMISE_CHAIN_10M, ALL_MODELS));
  // Once the panels have been read, the rest of the backlog need not be folded throttled: at 8×
  // it took over a minute on a loaded CI machine (stop 32), though the reading came within ~15 s.
  await page.waitForFunction(() => (window as unknown as { __endSeen?: { app?: string } }).__endSeen?.app !== undefined, undefined, {
    timeout: 120_000,
    polling: 250,
  });
  await unthrottle();
  await page.waitForSelector('.app[data-run-status="done"]', { timeout: 60_000 });
  const seen = (await page.evaluate('window.__endSeen')) as { done: number; panels?: string[]; app?: string };
  expect(seen.done).toBe(ALL_MODELS.length);
  // The case means something only while the app is still folding then.
  expect(seen.app).toBe('running');
  expect(seen.panels).toEqual(ALL_MODELS.map(() => 'budget'));
}

describe('the position', () => {
  it('never reads below 0 or past the total, with nothing recorded and when stepping back from 0', async () => {
    const { page } = suite;
    await openFresh(page, snippetUrl('py', 'def broken(:\n    pass\n', ['python', 'js']));
    await page.waitForSelector('.app[data-run-status="done"]');
    for (let i = 0; i < 6; i++) await page.click('[data-action="step-back"]');
    expect(await positionText(page)).toMatch(/^0 \/ \d+$/);
    await page.click('[data-action="end"]');
    expectSanePosition(await positionText(page));
  });
});
