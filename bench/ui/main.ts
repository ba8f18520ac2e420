/**
 * `npm run bench:ui`: how the page copes with runs of 1k, 10k, 100k and 1M events, and how
 * fast it first paints (issue 10). Builds the app, serves it with `vite preview` and drives
 * headless Chromium (tests/e2e/harness.ts). Not a test: it prints numbers.
 *
 * Reports, per run size: time to the first lane on screen and to the whole recording
 * folded ("open"), the main thread's work per scrub step and per frame while playing
 * (CDP TaskDuration in the thread's CPU time: fold + React + layout + paint, split into script,
 * style, layout and the rest; a scrub step also net of the harness's own frames, measured by
 * steps to where the page already is), rAF frame times, the load average, the JS heap after a
 * full GC, and the DOM node count. Then the cold load of the default example (first
 * timeline, interactive Monaco editor) and the gzip size of the JS the page loads before
 * Monaco (the entry and its static imports, as dist/index.html lists them). And while a run
 * is in flight: Stop's latency and key-press latency (bench/ui/responsiveness.ts).
 *
 * The run-size pages lift the playground's 2 s time budget (LONG_RUN_SCRIPT), so the 1M row is
 * a whole 1M-event recording even on a loaded machine; "Run to whole recording open" is from
 * the run's start (status running) to its status done: every event folded, the timeline on
 * screen and scrubbable.
 *
 * Usage: npm run bench:ui [-- --sizes 1000,10000] [--fresh 3] [--cold 3] [--cold-trace] [--quick] [--stops 5] [--trace 20] [--profile 20] [--alloc 20] [--profile-open] [--runaways] [--lanes-only]
 * (E2E_PORT picks the port; BENCH_NO_BUILD=1 serves the dist/ already built, for repeated runs; --sizes none skips the run sizes, --cold 0 the cold loads, --stops 0 the
 * in-flight part; --fresh N opens the largest size N more times, each in a fresh profile (freshOpens; --fresh 0 skips them); --trace / --profile list where a scrub step's time goes: bench/ui/trace.ts;
 * --profile-open lists the main thread's costliest functions while a run opens; --runaways prints only the runaway programs' rows, after any --quick sizes;
 * --cold-trace traces one more cold load and lists where its time goes: bench/ui/coldTrace.ts;
 * --lanes-only hides every panel but the lanes on the run-size pages: LANES_ONLY_SCRIPT)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { build, launch, ORIGIN, ROOT, snippetUrl, startPreview } from '../../tests/e2e/harness';
import {
  domNodes,
  enableMetrics,
  fmtParts,
  heapMb,
  marks,
  MARKS_SCRIPT,
  type Marks,
  LONG_RUN_SCRIPT,
  metrics,
  WORKER_MARKS_SCRIPT,
  workerMarks,
  play,
  quantiles,
  scrub,
  scrubMax,
  type Quantiles,
} from './measure';
import { keyLatency, keyLatencyAfterStop, LIFECYCLE_SCRIPT, runawayStops, stopLatency, STOP_CASES } from './responsiveness';
import { allocScrub, profileScrub, startOpenProfile, traceScrub } from './trace';
import { traceColdLoad } from './coldTrace';
import { UiTargets } from './targets';

/** About 11 events per iteration under `js` (invocation, start, await, queue, resume, settle of f and main). */
const EVENTS_PER_ITERATION = 11;
const program = (iterations: number) =>
  `async function f(i) {\n  await null;\n  return i;\n}\nasync function main() {\n  for (let i = 0; i < ${iterations}; i++) await f(i);\n  console.log('done');\n}\nmain();\n`;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const fmt = (q: Quantiles) => `median ${q.median.toFixed(1)} ms, p95 ${q.p95.toFixed(1)} ms, max ${q.max.toFixed(1)} ms`;

async function waitFor<T>(read: () => Promise<T | undefined>, timeoutMs: number): Promise<T | undefined> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const v = await read();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  return undefined;
}

/** Issue 10's targets, checked as the figures come in and printed at the end (bench/ui/targets.ts). */
const targets = new UiTargets();

/** `--quick`: only open each size (no scrub, play, in-flight or cold-load figures). */
const quick = process.argv.includes('--quick');
/** `--trace N`: after the scrub, trace N more steps and list the main thread's self time per trace event. */
const traceSteps = Number(arg('trace') ?? 0);
/** `--profile-open`: a sampled CPU profile of the main thread from navigation to the whole recording open. */
const profileOpen = process.argv.includes('--profile-open');
/** `--profile N`: after the scrub, sample N more steps' script and list the costliest functions. */
const profileSteps = Number(arg('profile') ?? 0);
/** `--alloc N`: after the scrub, sample what N more steps allocate, by function (bench/ui/trace.ts allocScrub). */
const allocSteps = Number(arg('alloc') ?? 0);
/**
 * `--lanes-only`: the run-size pages with every panel but the lanes hidden (`display: none`:
 * React still renders them, the browser never lays them out or paints them), for what a step
 * costs with no DOM to lay out but the lanes' (ARCHITECTURE.md, session 25).
 */
const lanesOnly = process.argv.includes('--lanes-only');
const LANES_ONLY_SCRIPT = `document.addEventListener('DOMContentLoaded', () => {
  const s = document.createElement('style');
  s.textContent = '.narration, .caption, .queues, .marker-detail, .model-meta, .tl-axis, .output, .monaco-editor, .tl-label { display: none !important; }';
  document.head.appendChild(s);
});`;

/**
 * Opens a run of about `events` events as a link and prints what it took; all the figures, or,
 * with `openOnly` (`--quick`, the fresh-profile opens), only the open's. Returns the time from
 * Run to the whole recording open (undefined when it did not open within 120 s).
 */
async function runSize(context: BrowserContext, events: number, openOnly = quick): Promise<number | undefined> {
  const iterations = Math.max(1, Math.round(events / EVENTS_PER_ITERATION));
  const page = await context.newPage();
  try {
    await page.addInitScript(MARKS_SCRIPT);
    await page.addInitScript(LONG_RUN_SCRIPT);
    await page.addInitScript(WORKER_MARKS_SCRIPT);
    if (process.env.BENCH_INIT) await page.addInitScript(process.env.BENCH_INIT);
    if (lanesOnly) await page.addInitScript(LANES_ONLY_SCRIPT);
    const cdp = await context.newCDPSession(page);
    await enableMetrics(cdp);
    const openProfile = profileOpen ? await startOpenProfile(cdp) : undefined;
    // Opened at a position past the end, so the timeline shows each batch as it is folded.
    await page.goto(`${snippetUrl('js', program(iterations), ['js'])}&pos=${iterations * EVENTS_PER_ITERATION * 2}`);
    const running = await waitFor(async () => (await marks(page)).running, 30_000);
    const cpuAtRun = (await metrics(cdp)).TaskDuration ?? NaN;
    const done = await waitFor(async () => (await marks(page)).done, 120_000);
    const cpuOpen = ((await metrics(cdp)).TaskDuration ?? NaN) - cpuAtRun;
    const m = await marks(page);
    const w = await workerMarks(page);
    if (openProfile) await openProfile.stop();
    const total = await scrubMax(page);
    const heap = await heapMb(cdp);
    const nodes = await domNodes(page);
    const open = done !== undefined && running !== undefined ? done - running : undefined;
    // Where the open's wall time went: waiting for the worker (interpreting, recording, posting)
    // up to its last batch, then the page alone (folding what is left, rendering).
    const since = (t: number | undefined) => (t !== undefined && running !== undefined ? `${(t - running).toFixed(0)} ms` : '—');
    const split = w
      ? `  worker: made ${since(w.spawned)}, first batch ${since(w.firstBatch)}, last batch ${since(w.lastBatch)}, done ${since(w.workerDone)} after Run (${w.batches} batches, ${w.events.toLocaleString()} events); page after the last batch ${
          done !== undefined && w.lastBatch !== undefined ? `${(done - w.lastBatch).toFixed(0)} ms` : '—'
        }`
      : '';
    if (openOnly) {
      console.log(`\n${total.toLocaleString()} events (asked ~${events.toLocaleString()}):`);
      console.log(
        `  Run to whole recording open ${open?.toFixed(0) ?? 'not within 120 s'} ms (main thread CPU ${(cpuOpen * 1000).toFixed(0)} ms); JS heap ${heap.toFixed(1)} MB, DOM nodes ${nodes}; load ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
      );
      if (split) console.log(split);
      return open;
    }
    const positions: number[] = [];
    for (let i = 0; i < 100; i++) positions.push(Math.round((i / 99) * total));
    for (let i = 0; i < 100; i++) positions.push(Math.floor(Math.random() * (total + 1)));
    const scrubbed = await scrub(page, cdp, positions);
    // The harness's own cost per step: the same three frames and CDP calls, seeking to where
    // the page already is (nothing to fold or draw). A step's work less this is the page's.
    const still = await scrub(
      page,
      cdp,
      Array.from({ length: 60 }, () => positions.at(-1)!),
    );
    const extra = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * (total + 1)));
    if (traceSteps > 0) await traceScrub(page, cdp, extra(traceSteps));
    if (profileSteps > 0) await profileScrub(page, cdp, extra(profileSteps));
    if (allocSteps > 0) await allocScrub(page, cdp, extra(allocSteps));
    const played = await play(page, cdp, 2000);
    console.log(`\n${total.toLocaleString()} events (asked ~${events.toLocaleString()}):`);
    console.log(
      `  first timeline ${m.timeline?.toFixed(0) ?? '—'} ms, whole recording open ${done?.toFixed(0) ?? 'not within 120 s'} ms (since navigation)`,
    );
    console.log(
      `  Run to whole recording open ${open?.toFixed(0) ?? '—'} ms wall (main thread CPU ${(cpuOpen * 1000).toFixed(0)} ms; target < 2 s)`,
    );
    if (split) console.log(split);
    console.log(`  JS heap after load ${heap.toFixed(1)} MB, DOM nodes ${nodes}`);
    console.log(`  scrub: main-thread work per step ${fmt(quantiles(scrubbed.work))}; frame ${fmt(quantiles(scrubbed.frames))}`);
    console.log(`    per step: ${fmtParts(scrubbed.parts)}`);
    const harness = quantiles(still.work).median;
    console.log(
      `    a step to where the page already is (the harness's frames alone): ${fmt(quantiles(still.work))}; the page's work per step, net of it: median ${(quantiles(scrubbed.work).median - harness).toFixed(1)} ms`,
    );
    const pf = quantiles(played.frames);
    console.log(
      `  play: frame ${fmt(pf)} (${(1000 / pf.median).toFixed(0)} fps median); main-thread work ${played.workPerFrame.toFixed(1)} ms per frame`,
    );
    console.log(`    per frame: ${fmtParts(played.parts)}`);
    const size = `${total.toLocaleString()} events`;
    const scrubNet = quantiles(scrubbed.work).median - harness;
    targets.atMost(`${size}: a scrub step's main-thread work (median, net of the harness)`, scrubNet, 4, '≤ 4 ms');
    targets.atMost(`${size}: main-thread work per frame while playing`, played.workPerFrame, 4, '≤ 4 ms');
    if (events >= 100_000) {
      const fps = (frames: readonly number[]) => 1000 / quantiles(frames).median;
      for (const [what, frames] of [
        ['scrubbing', scrubbed.frames],
        ['playing', played.frames],
      ] as const)
        targets.custom(`${size}: ${fps(frames).toFixed(0)} fps (median frame) while ${what} (target ≥ 50 fps)`, fps(frames) >= 50);
    }
    if (events >= 1_000_000) targets.custom(`${size}: JS heap after load ${heap.toFixed(1)} MB (target < 300 MB)`, heap < 300);
    console.log(
      `  load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    return open;
  } finally {
    await page.close();
  }
}

/**
 * The largest size opened again, each time in a fresh profile, as a first visit opens a link:
 * no V8 code cache for the engine worker's script, nothing of the page compiled yet. The run
 * sizes above open one after another in one browser, and the pages before the largest warm it
 * up. In session 35, on a quiet machine, the 1M-event run opened in 1,296 ms as the last of the
 * sizes, and in 1,597–2,252 ms when opened on its own with `--sizes 1000000` (issue 10: a
 * 1M-event run opens in < 2 s).
 */
async function freshOpens(events: number, runs: number): Promise<void> {
  const opens: number[] = [];
  for (let i = 0; i < runs; i++) {
    const browser = await launch({ width: 1280, height: 800 });
    try {
      const open = await runSize(browser.context, events, true);
      if (open !== undefined) opens.push(open);
    } finally {
      await browser.close();
    }
  }
  console.log(
    `\n~${events.toLocaleString()} events opened in ${runs} fresh profiles, Run to whole recording open (target < 2 s): ${
      opens.length > 0 ? fmt(quantiles(opens)) : 'none opened within 120 s'
    }; load average ${fmtLoad()}`,
  );
  // Every fresh open counts: one that did not open within 120 s is a miss.
  targets.below(
    `~${events.toLocaleString()} events, the slowest of ${runs} fresh-profile opens`,
    opens.length === runs ? Math.max(...opens) : undefined,
    2000,
    '< 2 s',
  );
}

async function coldLoad(runs: number, trace: boolean): Promise<void> {
  const timeline: number[] = [];
  const painted: number[] = [];
  const live: number[] = [];
  const editor: number[] = [];
  const load = loadavg()[0]!;
  for (let i = 0; i < runs + (trace ? 1 : 0); i++) {
    const browser = await launch();
    try {
      await browser.page.addInitScript(MARKS_SCRIPT);
      const settled = async () =>
        ((await waitFor(async () => {
          const got = await marks(browser.page);
          return got.done !== undefined && got.live !== undefined && got.editor !== undefined && got.paint !== undefined ? got : undefined;
        }, 30_000)) ?? {}) as Marks;
      if (i === runs) {
        // `--cold-trace`: one more fresh profile, traced (tracing slows it: not counted above).
        console.log(`\ntrace of one more cold load (load average ${fmtLoad()}):`);
        const cdp = await browser.context.newCDPSession(browser.page);
        await traceColdLoad(browser.page, cdp, `${ORIGIN}/`, async () => {
          const m = await settled();
          return {
            'recording shown': m.done,
            'first contentful paint (page)': m.paint,
            'live recording complete': m.live,
            'editor interactive': m.editor,
          };
        });
        continue;
      }
      await browser.page.goto(`${ORIGIN}/`);
      const m = await settled();
      // The default example opens paused at position 0 (a link never autoplays), so no lane
      // is drawn yet: its timeline is ready once a recording is complete (run status done),
      // first the build's prerecording (src/ui/prerecorded.ts), then the live run's.
      if (m.done !== undefined) timeline.push(m.done);
      if (m.paint !== undefined) painted.push(m.paint);
      if (m.live !== undefined) live.push(m.live);
      if (m.editor !== undefined) editor.push(m.editor);
    } finally {
      await browser.close();
    }
  }
  if (runs === 0) return;
  console.log(`\ncold load of the default example (${runs} fresh profiles; load average ${load.toFixed(1)} before, ${fmtLoad()} after):`);
  console.log(`  first timeline (a complete recording shown; target < 1 s): ${fmt(quantiles(timeline))}`);
  // The default example's first frame with content is the one with its timeline (the first render has the prerecording).
  console.log(`  first contentful paint (that timeline's frame on screen): ${fmt(quantiles(painted))}`);
  console.log(`  live run's recording complete: ${fmt(quantiles(live))}`);
  console.log(`  interactive editor (target < 2 s): ${fmt(quantiles(editor))}`);
  targets.below('cold load: first timeline (median)', timeline.length === runs ? quantiles(timeline).median : undefined, 1000, '< 1 s');
  targets.below('cold load: interactive editor (median)', editor.length === runs ? quantiles(editor).median : undefined, 2000, '< 2 s');
}

const fmtLoad = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

function bundleSizes(): void {
  const dist = join(ROOT, 'dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const urls = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g)].map((m) => m[1]!);
  const gz = (file: string) => gzipSync(readFileSync(join(dist, file))).length / 1024;
  const before = urls.reduce((n, u) => n + gz(u), 0);
  console.log(`\nJS before Monaco (${urls.join(', ')}): ${before.toFixed(1)} KB gzip`);
  const workers = readdirSync(join(dist, 'assets')).filter((f) => /worker/i.test(f) && f.endsWith('.js'));
  for (const w of workers)
    console.log(`  engine worker ${w}: ${gz(join('assets', w)).toFixed(1)} KB gzip (loaded by the worker, off the main thread)`);
}

async function inFlight(page: Page, tries: number, onlyRunaways = false): Promise<void> {
  await page.addInitScript(LIFECYCLE_SCRIPT);
  await page.addInitScript(WORKER_MARKS_SCRIPT);
  console.log(
    `\nwhile a run is in flight (load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}):`,
  );
  if (!onlyRunaways) await stopLatencies(page, tries);
  console.log('  runaway programs under all four models, run start to every panel stopped / to everything folded (target 2 s):');
  for (const r of await runawayStops(page)) {
    const ms = (t: number | undefined) => (t === undefined ? 'not within 60 s' : `${t.toFixed(0)} ms`);
    console.log(
      `    ${r.name}: ${ms(r.stopped)} / ${ms(r.settled)} [${r.statuses.join(', ')}]; the worker's last result reached the page at ${ms(r.workerDone)}, its last batch at ${ms(r.lastBatch)} (${r.events?.toLocaleString() ?? '?'} events)`,
    );
    targets.atMost(`runaway ${r.name}, four models: run start to every panel stopped`, r.stopped, 2000, '≤ 2 s');
  }
  if (!onlyRunaways) {
    const during = await keyLatency(page);
    console.log(`  key-press latency (call_soon flood, four models): ${fmt(during)} (target p95 100 ms)`);
    const after = await keyLatencyAfterStop(page);
    console.log(
      `  key-press latency for 2 s after Stop (microtask flood, four models: the rest folded, narrated, hints found): ${fmt(after)} (target p95 100 ms)`,
    );
    targets.below('key-press latency p95 during a call_soon flood', during.p95, 100, '< 100 ms');
    targets.below('key-press latency p95 for 2 s after Stop', after.p95, 100, '< 100 ms');
  }
  console.log(
    `  load average after: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
}

async function stopLatencies(page: Page, tries: number): Promise<void> {
  console.log(`  Stop: press to the frame showing every panel cancelled (target 200 ms), ${tries} presses each`);
  for (const c of STOP_CASES) {
    const s = await stopLatency(page, c, tries);
    const missed = s.missed ? ` (${s.missed} presses came after the run had stopped by itself)` : '';
    console.log(`    ${c.name}: ${fmt(s.latency)}; to the DOM ${fmt(s.dom)}${missed}`);
    // No press counted: each came after the run had stopped by itself (few --stops).
    const what = `Stop during ${c.name}: press to every panel cancelled, p95${s.latency.n > 0 ? '' : ' (no press landed while it ran)'}`;
    targets.atMost(what, s.latency.n > 0 ? s.latency.p95 : undefined, 200, '≤ 200 ms');
  }
}

async function main() {
  const sizesArg = arg('sizes') ?? '1000,10000,100000,1000000';
  const sizes = sizesArg === 'none' ? [] : sizesArg.split(',').map(Number);
  const coldRuns = Number(arg('cold') ?? 3);
  const stopTries = Number(arg('stops') ?? 5);
  const freshRuns = Number(arg('fresh') ?? 3);
  if (!process.env.BENCH_NO_BUILD) build();
  const server = await startPreview();
  try {
    bundleSizes();
    const browser = await launch({ width: 1280, height: 800 });
    try {
      for (const n of sizes)
        targets.below(`~${n.toLocaleString()} events: Run to whole recording open`, await runSize(browser.context, n), 2000, '< 2 s');
      if (process.argv.includes('--runaways')) await inFlight(browser.page, 0, true);
      else if (quick) return;
      else if (stopTries > 0) await inFlight(browser.page, stopTries);
    } finally {
      await browser.close();
    }
    if (freshRuns > 0 && sizes.length > 0 && !quick && !process.argv.includes('--runaways'))
      await freshOpens(Math.max(...sizes), freshRuns);
    const coldTrace = process.argv.includes('--cold-trace');
    if ((coldRuns > 0 || coldTrace) && !quick && !process.argv.includes('--runaways')) await coldLoad(coldRuns, coldTrace);
  } finally {
    server.kill();
    // Also after `--quick` (which returns early) or a failure: what was checked so far.
    targets.print();
  }
}

void main();
