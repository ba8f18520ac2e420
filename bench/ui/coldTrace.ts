/**
 * Where a cold load of the default example spends its time (issue 10, first paint: the
 * timeline in < 1 s, the editor in < 2 s): a Chrome trace (CDP Tracing) of one fresh profile
 * from navigation to an interactive editor, listed as a timeline. For every thread that did
 * work (the page's main thread, the engine worker, Monaco's editor worker) it prints the
 * tasks that took ≥ `minMs` of wall time, with their start (ms since the document's request),
 * wall and thread (CPU) time and the script they ran; then when each file was requested and
 * finished, V8's background parses of the page's scripts (where a module's request time goes
 * once its bytes are there), and the page's own milestones (first contentful paint, recording shown, recording
 * of the live run complete, editor ready). Wall and CPU differ most on a loaded machine.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { TraceEvent } from './trace';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'loading',
  'toplevel',
].join(',');

export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: object[] }) => {
    for (const v of e.value) events.push(v as TraceEvent);
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

const short = (url: unknown) => (typeof url === 'string' ? (url.split('/').pop() ?? url).slice(0, 60) : '');

/** The script a task ran, as far as the trace says. */
function scriptOf(e: TraceEvent): string {
  const d = e.args?.data ?? e.args?.beginData;
  if (!d) return '';
  const url = d.url ?? d.scriptName ?? d.fileName;
  const fn = typeof d.functionName === 'string' && d.functionName ? `${d.functionName} ` : '';
  return `${fn}${short(url)}`;
}

/** Prints the trace of one cold load; `marks` are the page's milestones in ms since navigation start. */
export function printColdTrace(events: readonly TraceEvent[], origin: string, marks: Record<string, number | undefined>, minMs = 8): void {
  const ours = (url: unknown) => typeof url === 'string' && url.startsWith(origin);
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  const docRequest = events.find(
    (e) => e.name === 'ResourceSendRequest' && ours(e.args?.data?.url) && /^[^?#]*\/\/[^/]+\/?([?#]|$)/.test(e.args!.data!.url as string),
  );
  // The page's renderer process (a fresh profile also opens Chrome's own pages in others).
  const pagePids = new Set(events.filter((e) => e.name !== 'ResourceSendRequest' && ours(e.args?.data?.url)).map((e) => e.pid));
  const nav = events.find((e) => e.name === 'navigationStart' && names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain');
  const t0 = (docRequest ?? nav)?.ts ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  const ms = (ts: number) => ((ts - t0) / 1000).toFixed(0).padStart(5);

  console.log('\n  requests (ms since the document was requested):');
  const sent = new Map<string, TraceEvent>();
  for (const e of events) if (e.name === 'ResourceSendRequest' && ours(e.args?.data?.url)) sent.set(String(e.args?.data?.requestId), e);
  for (const e of events) {
    if (e.name !== 'ResourceFinish') continue;
    const s = sent.get(String(e.args?.data?.requestId));
    if (!s) continue;
    const bytes = Number(e.args?.data?.encodedDataLength ?? 0);
    console.log(`    ${ms(s.ts)} → ${ms(e.ts)}  ${short(s.args?.data?.url)} (${(bytes / 1024).toFixed(0)} KB)`);
  }

  // The threads that did something: the page's main thread and the workers.
  const threads = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    const n = names.get(`${e.pid}:${e.tid}`) ?? '';
    if (!pagePids.has(e.pid) || !/CrRendererMain|DedicatedWorker/.test(n)) continue;
    const k = `${e.pid}:${e.tid}`;
    if (!threads.has(k)) threads.set(k, []);
    threads.get(k)!.push(e);
  }
  for (const [k, xs] of threads) {
    xs.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    const tops: TraceEvent[] = [];
    let end = -Infinity;
    for (const e of xs) {
      if (e.ts >= end) {
        tops.push(e);
        end = e.ts + e.dur!;
      }
    }
    const cpu = tops.reduce((n, e) => n + (e.tdur ?? 0), 0) / 1000;
    if (cpu < minMs) continue;
    const scripts = new Set(xs.map(scriptOf).filter(Boolean));
    const label = `${names.get(k)}${[...scripts].some((s) => /engine\.worker/.test(s)) ? ' (engine)' : [...scripts].some((s) => /editor\.worker/.test(s)) ? ' (editor)' : ''}`;
    console.log(`  ${label}: ${cpu.toFixed(0)} ms CPU in tasks; the tasks of ≥ ${minMs} ms (start, wall, CPU, what ran inside):`);
    const idle = { n: 0, wall: 0 };
    for (const t of tops) {
      // Tasks that mostly wait (IPC, loading) are summed below, not listed.
      if ((t.tdur ?? 0) / 1000 < minMs) {
        idle.n++;
        idle.wall += t.dur! / 1000;
        continue;
      }
      // The longest few events nested in the task, with the script they name.
      const inner = xs
        .filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur! && e.dur! / 1000 >= minMs / 2)
        .sort((a, b) => b.dur! - a.dur!)
        .slice(0, 4)
        .map((e) => `${e.name}${scriptOf(e) ? ` ${scriptOf(e)}` : ''} ${(e.dur! / 1000).toFixed(0)}`);
      console.log(
        `    ${ms(t.ts)}  ${(t.dur! / 1000).toFixed(0).padStart(5)} wall ${((t.tdur ?? 0) / 1000).toFixed(0).padStart(5)} cpu  ${t.name}: ${inner.join('; ')}`,
      );
    }
    console.log(`    and ${idle.n} tasks of < ${minMs} ms CPU each, ${idle.wall.toFixed(0)} ms of wall time in all`);
  }
  // V8 parses a script as it streams in, on a thread-pool thread (not listed above): for a module
  // the request ends only when that parse does, so a slow "download" of a cached chunk is this.
  const parsed = (e: TraceEvent) => e.args?.data?.url ?? e.args?.data?.fileName;
  const parses = events.filter((e) => e.ph === 'X' && e.name === 'v8.parseOnBackground' && e.dur! / 1000 >= minMs && ours(parsed(e)));
  if (parses.length > 0) {
    console.log(`  background parses of ≥ ${minMs} ms (start, wall, CPU, script; V8 script streaming):`);
    for (const e of parses)
      console.log(
        `    ${ms(e.ts)}  ${(e.dur! / 1000).toFixed(0).padStart(5)} wall ${((e.tdur ?? 0) / 1000).toFixed(0).padStart(5)} cpu  ${short(parsed(e))}`,
      );
  }
  const fcp = events.find((e) => e.name === 'firstContentfulPaint');
  const navOffset = nav && docRequest ? (docRequest.ts - nav.ts) / 1000 : 0;
  console.log('  milestones (ms since the document was requested):');
  if (fcp) console.log(`    ${ms(fcp.ts)}  first contentful paint`);
  for (const [name, at] of Object.entries(marks))
    if (at !== undefined) console.log(`    ${(at - navOffset).toFixed(0).padStart(5)}  ${name}`);
}

export async function traceColdLoad(page: Page, cdp: CDPSession, url: string, settled: () => Promise<Record<string, number | undefined>>) {
  const stop = await startTrace(cdp);
  await page.goto(url);
  const marks = await settled();
  const events = await stop();
  printColdTrace(events, new URL(url).origin, marks);
}
