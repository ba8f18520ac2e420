/**
 * The page's responsiveness while a run is in flight (issue 10), for `npm run bench:ui`:
 * Stop's latency per kind of flood (target 200 ms), the wall time each runaway program takes
 * to stop by itself (target 2 s), and the latency of key presses while a call_soon flood
 * streams in (target p95 100 ms). These are timings, so they are measured here and printed,
 * never asserted by a test (tests/e2e/responsiveness.test.ts checks the behaviour).
 *
 * Stop is clicked as a user clicks it (tests/e2e/floods.ts `pressStop`): Playwright's
 * `page.click` waits on the busy page several times before pressing, and so timed itself. The
 * latency runs from the press's own time stamp (the browser's, `event.timeStamp`) to the
 * frame in which every panel says cancelled (the first animation frame after the DOM says
 * so), all read in the page by LIFECYCLE_SCRIPT.
 */
import type { Page } from 'playwright-core';
import { snippetUrl } from '../../tests/e2e/harness';
import {
  ALL_MODELS,
  CALL_SOON_FLOOD,
  MICROTASK_FLOOD,
  ensureLoadedApp,
  liftBudgets,
  restoreBudgets,
  openInLoadedApp,
  pressStop,
  pressWhileStreaming,
  recordKeyLatency,
  RUNAWAYS,
  SYNC_LOOP,
  waitRunning,
  waitStreaming,
} from '../../tests/e2e/floods';
import { quantiles, workerMarks, type Quantiles } from './measure';

/**
 * Installed before the page's own scripts (page.addInitScript): notes, in
 * `window.__lifecycle`, when the run started (the app says running), when no panel says
 * running any more (each shows why it stopped), when the app is done (every event folded),
 * and for a press on Stop: its time stamp, the panels still running then (a model may have
 * finished by itself: a Python-only name under \`js\`), and when no panel said running any
 * more and some said cancelled, and the frame after that.
 */
export const LIFECYCLE_SCRIPT = `(() => {
  const p = (window.__lifecycle = {});
  // A link opened in the same tab starts a new run: the bench forgets the last one's times.
  window.__lifecycleReset = () => { for (const k of Object.keys(p)) delete p[k]; };
  const panels = () => [...document.querySelectorAll('[data-model]')];
  const all = (pred) => { const ps = panels(); return ps.length > 0 && ps.every(pred); };
  const status = (el) => el.getAttribute('data-status');
  const check = () => {
    const now = performance.now();
    const run = document.querySelector('.app')?.getAttribute('data-run-status');
    if (p.start === undefined && run === 'running') p.start = now;
    if (p.start === undefined) return;
    if (p.stopped === undefined && all((el) => status(el) !== 'running')) {
      p.stopped = now;
      p.statuses = panels().map(status);
    }
    if (p.settled === undefined && (run === 'done' || run === 'cancelled')) p.settled = now;
    // A model may also end by itself (its step budget) between the press and the cancel.
    if (p.down !== undefined && p.cancelled === undefined && all((el) => status(el) !== 'running') && panels().some((el) => status(el) === 'cancelled')) {
      p.cancelled = now;
      requestAnimationFrame(() => (p.painted = performance.now()));
    }
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-status', 'data-run-status'],
  });
  addEventListener('mousedown', (e) => {
    if (!(e.target instanceof Element) || !e.target.closest('[data-role="stop"]')) return;
    p.down = e.timeStamp;
    p.runningAtDown = panels().filter((el) => status(el) === 'running').map((el) => el.getAttribute('data-model'));
  }, true);
})();`;

interface Lifecycle {
  start?: number;
  stopped?: number;
  statuses?: string[];
  settled?: number;
  down?: number;
  runningAtDown?: string[];
  cancelled?: number;
  painted?: number;
}

const lifecycle = (page: Page) => page.evaluate('window.__lifecycle') as Promise<Lifecycle>;

async function waitLifecycle(page: Page, key: keyof Lifecycle, timeout: number): Promise<void> {
  await page.waitForFunction((k) => (window as unknown as { __lifecycle: Record<string, unknown> }).__lifecycle[k] !== undefined, key, {
    timeout,
    polling: 50,
  });
}

export interface StopFigures {
  /** Press to the frame showing every panel cancelled, ms (page clock). */
  latency: Quantiles;
  /** Press to the DOM saying so, ms. */
  dom: Quantiles;
  /** Tries whose run had already stopped by itself before the press (not counted). */
  missed: number;
}

export interface StopCase {
  name: string;
  lang: 'py' | 'js';
  source: string;
  models: string[];
  /** Whether to wait for events before pressing (a sync loop records none while it spins). */
  streams: boolean;
}

export const STOP_CASES: readonly StopCase[] = [
  { name: 'microtask flood, js', lang: 'js', source: MICROTASK_FLOOD, models: ['js'], streams: true },
  { name: 'microtask flood, four models', lang: 'js', source: MICROTASK_FLOOD, models: ALL_MODELS, streams: true },
  { name: 'sync loop, four models', lang: 'js', source: SYNC_LOOP, models: ALL_MODELS, streams: false },
  { name: 'call_soon flood, four models', lang: 'py', source: CALL_SOON_FLOOD, models: ALL_MODELS, streams: true },
];

/** Presses Stop `tries` times, each during a fresh run of the case's program. */
export async function stopLatency(page: Page, c: StopCase, tries: number): Promise<StopFigures> {
  const latency: number[] = [];
  const dom: number[] = [];
  let missed = 0;
  // The run must still be in flight when Stop is pressed, however slow a loaded machine is.
  await ensureLoadedApp(page);
  // A single-model flood can outrun its step budget before the press; several models need one
  // (liftBudgets). A run that ended by itself before the press is counted as missed.
  await liftBudgets(page, { steps: c.models.length === 1 });
  for (let i = 0; i < tries; i++) {
    await openInLoadedApp(page, snippetUrl(c.lang, c.source, c.models));
    await page.evaluate('window.__lifecycleReset()');
    if (c.streams) await waitStreaming(page);
    else await waitRunning(page);
    if (!(await pressStop(page))) {
      missed++;
      continue;
    }
    const l = await lifecycle(page);
    if (l.down === undefined || !l.runningAtDown?.length) {
      missed++;
      continue;
    }
    try {
      await waitLifecycle(page, 'painted', 20_000);
    } catch {
      missed++;
      continue;
    }
    const done = await lifecycle(page);
    latency.push(done.painted! - done.down!);
    dom.push(done.cancelled! - done.down!);
  }
  await restoreBudgets(page);
  return { latency: quantiles(latency), dom: quantiles(dom), missed };
}

export interface RunawayFigures {
  name: string;
  /** Run start to no panel saying running (each says why it stopped), ms. */
  stopped?: number;
  /** Run start to every event folded (the app says done), ms. */
  settled?: number;
  /** Run start to the engine worker's last `done` message reaching the page, ms (WORKER_MARKS_SCRIPT). */
  workerDone?: number;
  /** Run start to its last `batch` message reaching the page, ms. */
  lastBatch?: number;
  /** Events the worker sent. */
  events?: number;
  statuses: string[];
}

/** Each runaway program under all four models, left to stop by itself. */
export async function runawayStops(page: Page): Promise<RunawayFigures[]> {
  const out: RunawayFigures[] = [];
  for (const r of RUNAWAYS) {
    await openInLoadedApp(page, snippetUrl(r.lang, r.source, ALL_MODELS));
    await page.evaluate('window.__lifecycleReset()');
    await page.evaluate(
      'window.__benchWorker && Object.assign(window.__benchWorker, { batches: 0, events: 0, firstBatch: undefined, lastBatch: undefined, workerDone: undefined })',
    );
    try {
      await waitLifecycle(page, 'settled', 60_000);
    } catch {
      /* reported as missing */
    }
    const l = await lifecycle(page);
    const w = await workerMarks(page);
    const since = (t: number | undefined) => (t === undefined || l.start === undefined ? undefined : t - l.start);
    out.push({
      name: r.name,
      stopped: since(l.stopped),
      settled: since(l.settled),
      workerDone: since(w?.workerDone),
      lastBatch: since(w?.lastBatch),
      events: w?.events,
      statuses: l.statuses ?? [],
    });
  }
  return out;
}

/**
 * Key-press latencies after Stop ends a microtask flood under all four models, for
 * `ms` after the press: the page then takes in the rest of the recording and narrates it and
 * looks for hints (src/ui/useNarration.ts), all of it in slices (issue 10: made in one go, the
 * narration and hints held the main thread for up to 2 s after such a Stop).
 */
export async function keyLatencyAfterStop(page: Page, ms = 2000): Promise<Quantiles> {
  await ensureLoadedApp(page);
  await liftBudgets(page, { steps: false });
  try {
    await openInLoadedApp(page, snippetUrl('js', MICROTASK_FLOOD, ALL_MODELS));
    await recordKeyLatency(page);
    await waitStreaming(page);
    await new Promise((r) => setTimeout(r, 500));
    await pressStop(page);
    const end = Date.now() + ms;
    while (Date.now() < end) {
      await page.keyboard.press('Shift');
      await page.waitForTimeout(40);
    }
    return quantiles((await page.evaluate('window.__latency')) as number[]);
  } finally {
    await restoreBudgets(page);
  }
}

/** Key-press latencies while a call_soon flood streams in under all four models. */
export async function keyLatency(page: Page): Promise<Quantiles> {
  await openInLoadedApp(page, snippetUrl('py', CALL_SOON_FLOOD, ALL_MODELS));
  await recordKeyLatency(page);
  await waitStreaming(page);
  return quantiles(await pressWhileStreaming(page));
}
