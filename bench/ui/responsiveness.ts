/**
 * The page's responsiveness while a run is in flight (issue 10), for `npm run bench:ui`:
 * how long a click on Stop takes to leave every panel saying cancelled during a microtask
 * flood (target 200 ms), and the latency of key presses while a call_soon flood streams in
 * (target p95 100 ms). These are timings, so they are measured here and printed, never
 * asserted by a test (tests/e2e/responsiveness.test.ts checks the behaviour without a clock).
 */
import type { Page } from 'playwright-core';
import { snippetUrl } from '../../tests/e2e/harness';
import {
  CALL_SOON_FLOOD,
  MICROTASK_FLOOD,
  openFresh,
  pressWhileStreaming,
  recordKeyLatency,
  waitAllCancelled,
  waitStreaming,
} from '../../tests/e2e/floods';
import { quantiles, type Quantiles } from './measure';

/** Milliseconds from a click on Stop to every panel saying cancelled, once per try. */
export async function stopLatency(page: Page, tries: number): Promise<Quantiles> {
  const out: number[] = [];
  for (let i = 0; i < tries; i++) {
    await openFresh(page, snippetUrl('js', MICROTASK_FLOOD, ['js']));
    await waitStreaming(page);
    const t0 = Date.now();
    await page.click('[data-role="stop"]');
    await waitAllCancelled(page, 10_000);
    out.push(Date.now() - t0);
  }
  return quantiles(out);
}

/** Key-press latencies while a call_soon flood streams in under all four models. */
export async function keyLatency(page: Page): Promise<Quantiles> {
  await openFresh(page, snippetUrl('py', CALL_SOON_FLOOD, ['python', 'python-eager', 'promisio', 'js']));
  await recordKeyLatency(page);
  await waitStreaming(page);
  return quantiles(await pressWhileStreaming(page));
}
