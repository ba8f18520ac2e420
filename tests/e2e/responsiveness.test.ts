/**
 * Issue 10, in the page: a runaway or very long run never freezes the main thread, Stop takes
 * effect within 200 ms and leaves every panel saying cancelled, input is handled promptly
 * while a run streams in, a big run fits in memory, and the position never reads `-N / M`.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite, snippetUrl } from './harness';

const suite = browserSuite();

const MICROTASK_FLOOD = 'function again() {\n  queueMicrotask(again);\n}\nagain();\n';
const CALL_SOON_FLOOD =
  'import asyncio\n\nasync def main():\n    loop = asyncio.get_running_loop()\n    def again():\n        loop.call_soon(again)\n    again()\n    await asyncio.sleep(3600)\n\nasyncio.run(main())\n';

async function positionText(page: Page): Promise<string> {
  return (await page.locator('[data-role="position"]').textContent()) ?? '';
}

function expectSanePosition(text: string) {
  const m = /^(\d+) \/ (\d+)$/.exec(text.trim());
  expect(m, `position "${text}"`).not.toBeNull();
  expect(Number(m![1])).toBeLessThanOrEqual(Number(m![2]));
}

/** Waits until the run is streaming: the Stop control is shown and some events were folded. */
async function waitStreaming(page: Page) {
  await page.waitForSelector('[data-role="stop"]', { timeout: 20_000 });
  await page.waitForFunction(
    () => Number((document.querySelector('[data-role="position"]')?.textContent ?? '').split('/')[1]) > 0,
    undefined,
    {
      timeout: 20_000,
    },
  );
}

describe('a run in flight', () => {
  it('stops within 200 ms of a click on Stop during a microtask flood, and every panel says cancelled', async () => {
    const { page } = suite;
    await page.goto(snippetUrl('js', MICROTASK_FLOOD, ['js', 'python']));
    await waitStreaming(page);
    expectSanePosition(await positionText(page));
    const t0 = Date.now();
    await page.click('[data-role="stop"]');
    await page.waitForFunction(
      () => [...document.querySelectorAll('[data-model]')].every((p) => p.getAttribute('data-status') === 'cancelled'),
      undefined,
      { timeout: 5_000, polling: 'raf' },
    );
    const elapsed = Date.now() - t0;
    expect(elapsed).toBeLessThan(200);
    expect(await page.getAttribute('.app', 'data-run-status')).toBe('cancelled');
    expect(await page.locator('[data-role="stop"]').count()).toBe(0);
    for (const model of ['js', 'python']) {
      expect(await page.locator(`[data-model="${model}"] .status`).textContent()).toBe('cancelled');
      expect(await page.locator(`[data-model="${model}"] [data-role="notice"]`).textContent()).toMatch(/Run stopped after [\d,]+ events/);
    }
    expectSanePosition(await positionText(page));
  });

  it('handles key presses within 100 ms (p95) while a call_soon flood streams in', async () => {
    const { page } = suite;
    await page.goto(snippetUrl('py', CALL_SOON_FLOOD, ['python', 'python-eager', 'promisio', 'js']));
    await page.evaluate(`(() => {
      window.__latency = [];
      document.addEventListener('keydown', (e) => window.__latency.push(performance.now() - e.timeStamp), true);
    })()`);
    await waitStreaming(page);
    // Shift alone is no shortcut: nothing but the listener above reacts to it.
    for (let i = 0; i < 25 && (await page.locator('[data-role="stop"]').count()) > 0; i++) {
      await page.keyboard.press('Shift');
      await page.waitForTimeout(40);
    }
    const latency = ((await page.evaluate('window.__latency')) as number[]).sort((a, b) => a - b);
    expect(latency.length).toBeGreaterThan(5);
    const p95 = latency[Math.min(latency.length - 1, Math.floor(latency.length * 0.95))]!;
    expect(p95).toBeLessThan(100);
    await page.waitForSelector('.app[data-run-status="done"]', { timeout: 30_000 });
    // The flood was stopped by the run's time budget, with a message saying so.
    expect(await page.locator('[data-model="python"] .status').textContent()).toBe('budget');
    expectSanePosition(await positionText(page));
  });
});

describe('the position', () => {
  it('never reads below 0 or past the total, with nothing recorded and when stepping back from 0', async () => {
    const { page } = suite;
    await page.goto(snippetUrl('py', 'def broken(:\n    pass\n', ['python', 'js']));
    await page.waitForSelector('.app[data-run-status="done"]');
    for (let i = 0; i < 6; i++) await page.click('[data-action="step-back"]');
    expect(await positionText(page)).toMatch(/^0 \/ \d+$/);
    await page.click('[data-action="end"]');
    expectSanePosition(await positionText(page));
  });
});
