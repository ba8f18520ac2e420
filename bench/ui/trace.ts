/**
 * Where a scrub step's main-thread time goes (issue 10: a step must cost ≤ 4 ms): records a
 * Chrome trace (CDP Tracing, the devtools.timeline categories the Performance panel records)
 * over a few scrub steps and sums, per trace event name, the renderer main thread's *self*
 * CPU time (the event's thread time minus its children's), so that a step's cost is listed
 * as Performance's bottom-up view lists it: script (FunctionCall, EvaluateScript, …), style
 * (UpdateLayoutTree), layout (Layout), paint (Paint, PrePaint, Layerize, Commit, …) and the
 * canvas (its flush is part of the paint of the frame that shows it).
 */
import { writeFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';

/** One Chrome trace event, as CDP's Tracing domain delivers it (also read by coldTrace.ts). */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  tts?: number;
  args?: {
    name?: string;
    data?: { url?: string; [key: string]: unknown };
    /** A Layout event's: how many layout objects needed layout, of how many. */
    beginData?: { dirtyObjects?: number; totalObjects?: number; partialLayout?: boolean; [key: string]: unknown };
  };
}

/**
 * The page's layouts: how many per step, and how many of the page's layout objects each
 * redid (a step that changes a few boxes inside `contain: strict` ones should redo few).
 */
function layoutSummary(events: readonly TraceEvent[], steps: number): string {
  const main = mainThread(events);
  const layouts = events.filter((e) => e.pid === main?.pid && e.tid === main?.tid && e.name === 'Layout' && e.ph === 'X');
  const dirty = layouts.map((e) => e.args?.beginData?.dirtyObjects ?? 0).sort((a, b) => a - b);
  const total = Math.max(0, ...layouts.map((e) => e.args?.beginData?.totalObjects ?? 0));
  const median = dirty[Math.floor(dirty.length / 2)] ?? 0;
  return `${(layouts.length / steps).toFixed(1)} layouts per step, dirty objects median ${median} (max ${dirty.at(-1) ?? 0}) of ${total}`;
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink',
  'cc',
  'v8.execute',
  // BENCH_INVALIDATIONS=1: which nodes each step invalidated (text, style, layout) and why.
  ...(process.env.BENCH_INVALIDATIONS ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : []),
].join(',');

async function recordTrace(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: object[] }) => {
    for (const v of e.value) events.push(v as TraceEvent);
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await during();
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', onData);
  return events;
}

/** The renderer main thread of the page's process: the CrRendererMain with the most work. */
function mainThread(events: readonly TraceEvent[]): { pid: number; tid: number } | undefined {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let best: { pid: number; tid: number; n: number } | undefined;
  for (const m of mains) {
    const n = events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X').length;
    if (!best || n > best.n) best = { pid: m.pid, tid: m.tid, n };
  }
  return best;
}

/**
 * Self thread time (ms) per event name on the page's main thread, from the complete ('X')
 * events with a thread duration; nesting is by wall-clock interval, as the trace viewer nests.
 */
export function selfTimes(events: readonly TraceEvent[]): { byName: Map<string, number>; byPath: Map<string, number>; total: number } {
  const byName = new Map<string, number>();
  /** Inclusive thread time per path of names from the task down (three levels), for `--trace-paths`. */
  const byPath = new Map<string, number>();
  const main = mainThread(events);
  if (!main) return { byName, byPath, total: 0 };
  const xs = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined && e.tdur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const stack: { end: number; name: string; self: number; path: string }[] = [];
  let total = 0;
  const close = (upTo: number) => {
    while (stack.length && stack[stack.length - 1]!.end <= upTo) {
      const top = stack.pop()!;
      byName.set(top.name, (byName.get(top.name) ?? 0) + top.self / 1000);
    }
  };
  for (const e of xs) {
    close(e.ts);
    const parent = stack[stack.length - 1];
    if (parent) parent.self -= e.tdur!;
    else total += e.tdur! / 1000;
    const path = parent ? `${parent.path} > ${e.name}` : e.name;
    if (stack.length < Number(process.env.TRACE_DEPTH ?? 4)) byPath.set(path, (byPath.get(path) ?? 0) + e.tdur! / 1000);
    stack.push({ end: e.ts + e.dur!, name: e.name, self: e.tdur!, path });
  }
  close(Infinity);
  return { byName, byPath, total };
}

/**
 * Traces `positions.length` scrub steps (window.__benchSeek, installed by measure.ts's scrub)
 * and prints the main thread's self time per event name, per step, largest first.
 */
export async function traceScrub(page: Page, cdp: CDPSession, positions: readonly number[]): Promise<void> {
  const events = await recordTrace(cdp, async () => {
    for (const p of positions) await page.evaluate(`window.__benchSeek(${p})`);
  });
  // BENCH_TRACE_OUT names a file to keep the trace's events in (JSON).
  if (process.env.BENCH_TRACE_OUT) writeFileSync(process.env.BENCH_TRACE_OUT, JSON.stringify(events));
  const { byName, byPath, total } = selfTimes(events);
  const steps = Math.max(1, positions.length);
  const rows = [...byName].filter(([, ms]) => ms / steps >= 0.05).sort((a, b) => b[1] - a[1]);
  console.log(
    `  trace of ${steps} scrub steps: main-thread CPU ${(total / steps).toFixed(2)} ms per step; ${layoutSummary(events, steps)}`,
  );
  console.log('  self time by event:');
  for (const [name, ms] of rows) console.log(`    ${(ms / steps).toFixed(2).padStart(7)} ms  ${name}`);
  console.log('  inclusive time by the first levels of nesting:');
  for (const [path, ms] of [...byPath].filter(([, ms]) => ms / steps >= 0.2).sort((a, b) => b[1] - a[1]))
    console.log(`    ${(ms / steps).toFixed(2).padStart(7)} ms  ${path}`);
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

/**
 * A sampled CPU profile (CDP Profiler, 100 µs) over `positions.length` scrub steps: the
 * script functions with the most self time per step (a build with `--minify false` names them).
 */
export async function profileScrub(page: Page, cdp: CDPSession, positions: readonly number[], top = 25): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  for (const p of positions) await page.evaluate(`window.__benchSeek(${p})`);
  await reportProfile(cdp, positions.length, 'scrub steps', top);
}

/** A node of a sampled heap profile (CDP HeapProfiler.SamplingHeapProfileNode). */
interface HeapNode {
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  selfSize: number;
  children: HeapNode[];
}

/**
 * `--alloc N`: what N more scrub steps allocate, by the function that allocated it (CDP's
 * sampling heap profiler, every 1 KB on average, garbage the collectors took counted too): a
 * step's garbage is the collector's share of its time (issue 10: `--profile` saw ~1 ms of a
 * step in the garbage collector).
 */
export async function allocScrub(page: Page, cdp: CDPSession, positions: readonly number[], top = 25): Promise<void> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', {
    samplingInterval: 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  for (const p of positions) await page.evaluate(`window.__benchSeek(${p})`);
  const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as { profile: { head: HeapNode } };
  await cdp.send('HeapProfiler.disable');
  const self = new Map<string, number>();
  let total = 0;
  const walk = (n: HeapNode) => {
    const f = n.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    if (n.selfSize > 0) self.set(key, (self.get(key) ?? 0) + n.selfSize);
    total += n.selfSize;
    for (const c of n.children) walk(c);
  };
  walk(profile.head);
  const kb = (bytes: number) => (bytes / 1024 / positions.length).toFixed(1);
  console.log(`  allocated per scrub step (sampled, ${positions.length} steps): ${kb(total)} KB; by function:`);
  for (const [k, bytes] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`    ${kb(bytes).padStart(7)} KB  ${k}`);
}

/**
 * `--profile-open`: a sampled CPU profile (1 ms) of the main thread while a run opens, started
 * before navigation; `stop` prints its costliest functions over the whole open.
 */
export async function startOpenProfile(cdp: CDPSession, top = 30): Promise<{ stop(): Promise<void> }> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  return { stop: () => reportProfile(cdp, 1, 'the open', top) };
}

async function reportProfile(cdp: CDPSession, steps: number, what: string, top: number): Promise<void> {
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  await cdp.send('Profiler.disable');
  // BENCH_PROFILE_OUT=file.cpuprofile keeps the profile (DevTools' Performance panel opens it).
  if (process.env.BENCH_PROFILE_OUT) writeFileSync(process.env.BENCH_PROFILE_OUT, JSON.stringify(profile));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop() ?? ''}:${n.callFrame.lineNumber + 1}:${n.callFrame.columnNumber + 1}`;
  /** Inclusive time per function (each function counted once per sample however deep it recurs). */
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = nodes.get(at);
      if (!n || n.callFrame.functionName === '(root)') continue;
      const k = keyOf(n);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
    }
  });
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const n = nodes.get(id);
    if (!n) return;
    const f = n.callFrame;
    if (f.functionName === '(idle)' || f.functionName === '(program)') return;
    const file = f.url.split('/').pop() ?? '';
    const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`  CPU profile of ${steps} ${what}: script ${(total / steps).toFixed(2)} ms per step (wall, sampled), top self time:`);
  for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`    ${(ms / steps).toFixed(2).padStart(7)} ms  ${k}`);
  console.log('  top inclusive time (named functions):');
  for (const [k, ms] of [...inclusive]
    .filter(([k]) => !k.startsWith('('))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top * 2))
    console.log(`    ${(ms / steps).toFixed(2).padStart(7)} ms  ${k}`);
}
