/**
 * The measurements `npm run bench:ui` takes in a page of the built app (headless Chromium
 * through playwright-core and the Chrome DevTools Protocol).
 *
 * Main-thread work is read from CDP's Performance domain: `TaskDuration` is the time the
 * renderer's main thread spent running tasks (script, style, layout, paint), so its growth
 * across one scrub step is that step's whole frame cost — fold, React and drawing — not
 * only the part a script can time. The domain is enabled with `timeDomain: 'threadTicks'`
 * (`enableMetrics`), so these durations are the thread's CPU time: on a loaded machine
 * (2 cores shared by many processes) wall-clock durations grow with the time the thread
 * waits for a core, CPU time does not. Frame times are rAF-to-rAF deltas taken in the page
 * (wall clock: they do grow with the load).
 */
import type { CDPSession, Page } from 'playwright-core';

export interface Quantiles {
  median: number;
  p95: number;
  max: number;
  n: number;
}

export function quantiles(values: readonly number[]): Quantiles {
  const v = [...values].sort((a, b) => a - b);
  const at = (p: number) => v[Math.min(v.length - 1, Math.floor(p * v.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), max: v.at(-1) ?? NaN, n: v.length };
}

/** Starts the Performance domain's metrics, durations in the main thread's CPU time. */
export async function enableMetrics(cdp: CDPSession): Promise<void> {
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
}

/** The Performance domain's metrics by name (durations in seconds). */
export async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

export async function taskSeconds(cdp: CDPSession): Promise<number> {
  return (await metrics(cdp)).TaskDuration ?? NaN;
}

/** What a step's main-thread work went to, ms per step: script, style, layout, the rest (paint, compositing). */
export interface WorkParts {
  script: number;
  style: number;
  layout: number;
  other: number;
}

function partsBetween(a: Record<string, number>, b: Record<string, number>, steps: number): WorkParts {
  const d = (k: string) => (((b[k] ?? 0) - (a[k] ?? 0)) * 1000) / Math.max(1, steps);
  const script = d('ScriptDuration');
  const style = d('RecalcStyleDuration');
  const layout = d('LayoutDuration');
  return { script, style, layout, other: d('TaskDuration') - script - style - layout };
}

export const fmtParts = (p: WorkParts) =>
  `script ${p.script.toFixed(1)}, style ${p.style.toFixed(1)}, layout ${p.layout.toFixed(1)}, paint and the rest ${p.other.toFixed(1)} ms`;

/** JS heap in use after a full garbage collection, in MB. */
export async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 1e6;
}

export async function domNodes(page: Page): Promise<number> {
  return page.evaluate('document.getElementsByTagName("*").length') as Promise<number>;
}

/** The scrub slider's maximum (the aligned run's length). */
export async function scrubMax(page: Page): Promise<number> {
  return Number(await page.locator('[data-action="scrub"]').getAttribute('max'));
}

/**
 * Scrubs to each position in turn, as a drag does (an `input` event on the slider), waiting
 * for two animation frames after each so the step's rendering is done; returns the main
 * thread's work per step (ms, from CDP) and the frame time (ms, rAF to rAF).
 */
export async function scrub(
  page: Page,
  cdp: CDPSession,
  positions: readonly number[],
): Promise<{ work: number[]; frames: number[]; parts: WorkParts }> {
  const work: number[] = [];
  const frames: number[] = [];
  // A string, not a function: tsx's name-keeping helpers do not exist inside the page.
  await page.evaluate(`window.__benchSeek = async (p) => {
    const el = document.querySelector('[data-action="scrub"]');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const t0 = await frame();
    setValue.call(el, String(p));
    el.dispatchEvent(new Event('input', { bubbles: true }));
    const t1 = await frame();
    await frame();
    return t1 - t0;
  }`);
  const first = await metrics(cdp);
  for (const p of positions) {
    const before = await taskSeconds(cdp);
    frames.push((await page.evaluate(`window.__benchSeek(${p})`)) as number);
    work.push(((await taskSeconds(cdp)) - before) * 1000);
  }
  return { work, frames, parts: partsBetween(first, await metrics(cdp), positions.length) };
}

/**
 * Plays for `ms` from position 0 at the fastest speed; returns rAF-to-rAF frame times and
 * the main thread's average work per frame over the whole interval (CDP).
 */
export async function play(page: Page, cdp: CDPSession, ms: number): Promise<{ frames: number[]; workPerFrame: number; parts: WorkParts }> {
  const speeds = (await page
    .locator('select[aria-label="speed"] option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))) as string[];
  const fastest = speeds.map(Number).sort((a, b) => b - a)[0];
  if (fastest !== undefined) await page.selectOption('select[aria-label="speed"]', String(fastest));
  // Restart seeks to 0 and plays.
  await page.click('[data-action="restart"]');
  const before = await metrics(cdp);
  const frames = (await page.evaluate(`new Promise((resolve) => {
    const out = [];
    let last = performance.now();
    const end = last + ${ms};
    requestAnimationFrame(function tick(now) {
      out.push(now - last);
      last = now;
      if (now < end) requestAnimationFrame(tick);
      else resolve(out);
    });
  })`)) as number[];
  const after = await metrics(cdp);
  const work = ((after.TaskDuration ?? NaN) - (before.TaskDuration ?? NaN)) * 1000;
  // Pause (the play button toggles), unless it already stopped at the end.
  if ((await page.getAttribute('[data-action="play"]', 'aria-label')) === 'pause') await page.click('[data-action="play"]');
  return { frames, workPerFrame: work / Math.max(1, frames.length), parts: partsBetween(before, after, frames.length) };
}

/**
 * Installed before the page's own scripts by bench:ui's run-size pages: the playground's time
 * budget for a run (UI_TIME_BUDGET_MS, 2 s of wall time in the engine) would cut a 1M-event run
 * short on a loaded machine, and the bench measures how the page takes a whole 1M-event
 * recording, not the budget (src/ui/useRunSession.ts reads it).
 */
export const LONG_RUN_SCRIPT = `window.__asyncLanesTimeBudgetMs = 120000;`;

/**
 * Installed before the page's own scripts: notes when the first lane appears, when the
 * Monaco editor can take input and when the first frame with content was painted (ms since
 * navigation start), in `window.__benchMarks`.
 */
export const MARKS_SCRIPT = `(() => {
  const marks = (window.__benchMarks = {});
  const check = () => {
    if (marks.timeline === undefined && document.querySelector('[data-role="lane"]')) marks.timeline = performance.now();
    if (marks.editor === undefined && document.querySelector('.monaco-editor textarea')) marks.editor = performance.now();
    if (marks.running === undefined && document.querySelector('.app[data-run-status="running"]')) marks.running = performance.now();
    if (marks.done === undefined && document.querySelector('.app[data-run-status="done"]')) marks.done = performance.now();
    if (marks.live === undefined && document.querySelector('.app[data-run-status="done"]:not([data-recording="prerecorded"])')) marks.live = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') marks.paint ??= e.startTime;
  }).observe({ type: 'paint', buffered: true });
})();`;

/**
 * Installed before the page's own scripts by bench:ui's run-size pages: notes, in
 * `window.__benchWorker`, when the engine worker's first and last `batch` and its `done`
 * message reached the page (ms since navigation start) and how many events the batches held,
 * so an open's wall time splits into the worker's part (interpreting, recording, posting)
 * and the page's part after the last batch (src/worker/protocol.ts). The page's own
 * `onmessage` handler is left as it is: this listens next to it.
 */
export const WORKER_MARKS_SCRIPT = `(() => {
  const marks = (window.__benchWorker = { batches: 0, events: 0 });
  const Base = window.Worker;
  window.Worker = class extends Base {
    constructor(...args) {
      super(...args);
      marks.spawned ??= performance.now();
      this.addEventListener('message', (e) => {
        const d = e.data;
        if (!d || typeof d !== 'object') return;
        const t = performance.now();
        if (d.type === 'batch') {
          marks.firstBatch ??= t;
          marks.lastBatch = t;
          marks.batches++;
          marks.events += d.events && d.events.shapes ? d.events.shapes.length : 0;
        } else if (d.type === 'done') marks.workerDone = t;
      });
    }
  };
})();`;

export interface WorkerMarks {
  /** The first engine worker was made (ms since navigation start). */
  spawned?: number;
  batches: number;
  events: number;
  firstBatch?: number;
  lastBatch?: number;
  workerDone?: number;
}

export async function workerMarks(page: Page): Promise<WorkerMarks | undefined> {
  return page.evaluate('window.__benchWorker') as Promise<WorkerMarks | undefined>;
}

export interface Marks {
  /** The run started (its status attribute says running). */
  running?: number;
  timeline?: number;
  editor?: number;
  /** A complete recording is shown (the build's prerecording of the default example, or a live run's). */
  done?: number;
  /** A complete recording of a live run in the worker is shown (src/ui/prerecorded.ts). */
  live?: number;
  /**
   * The browser's first contentful paint: the DOM marks above say when the page put something
   * in the document, this when the first frame with content reached the screen (on a loaded
   * machine the compositor can take a few hundred ms more).
   */
  paint?: number;
}

export async function marks(page: Page): Promise<Marks> {
  return page.evaluate('window.__benchMarks') as Promise<Marks>;
}
