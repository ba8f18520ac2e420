/**
 * Runaway programs that keep a run streaming into the page, shared by the browser tests
 * (tests/e2e/responsiveness.test.ts: behaviour) and `npm run bench:ui` (bench/ui/responsiveness.ts:
 * timings).
 */
import type { Page } from 'playwright-core';

export const MICROTASK_FLOOD = 'function again() {\n  queueMicrotask(again);\n}\nagain();\n';
export const CALL_SOON_FLOOD =
  'import asyncio\n\nasync def main():\n    loop = asyncio.get_running_loop()\n    def again():\n        loop.call_soon(again)\n    again()\n    await asyncio.sleep(3600)\n\nasyncio.run(main())\n';

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

/** Every model panel says cancelled. */
export async function waitAllCancelled(page: Page, timeout: number): Promise<void> {
  await page.waitForFunction(
    () => [...document.querySelectorAll('[data-model]')].every((p) => p.getAttribute('data-status') === 'cancelled'),
    undefined,
    { timeout, polling: 'raf' },
  );
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
