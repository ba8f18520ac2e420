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
