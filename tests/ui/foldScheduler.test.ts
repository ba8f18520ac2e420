import { describe, expect, it } from 'vitest';
import { BACKLOG_REPORT_MS, CATCH_UP_REPORT_MS, FoldScheduler, MAX_REPORT_MS, REPORT_SHARE, SLICE_MS } from '../../src/ui/foldScheduler';
import { FoldHistory } from '../../src/ui/state/history';
import { emptyState, foldEvents } from '../../src/ui/state/fold';
import { Script } from './build';
import { EventPacker } from '../../src/engine/api';

function prints(n: number) {
  const s = new Script().add({ type: 'invocation', id: 0, kind: 'main', name: 'main' }).add({ type: 'started', id: 0 });
  for (let i = 0; i < n; i++) s.add({ type: 'print', text: `line ${i}`, id: 0 });
  return s.events;
}

/** A clock that moves 1 ms every time it is read. */
function tickingClock() {
  let t = 0;
  return () => t++;
}

/**
 * A page whose posted tasks, timers and animation frames run only when the test says: one
 * `frame(ms)` runs the posted tasks, moves the clock, fires the due timers, then the frames.
 */
class HandDrivenPage {
  t = 0;
  private readonly tasks: (() => void)[] = [];
  private readonly frames: (() => void)[] = [];
  private readonly timers: { fn: () => void; at: number }[] = [];

  hooks() {
    return {
      post: (fn: () => void) => this.tasks.push(fn),
      frame: (fn: () => void) => this.frames.push(fn),
      now: () => this.t,
      timer: (fn: () => void, ms: number) => this.timers.push({ fn, at: this.t + ms }),
    };
  }

  frame(ms: number): void {
    while (this.tasks.length > 0) this.tasks.shift()!();
    this.t += ms;
    for (const due of this.timers.filter((x) => x.at <= this.t)) {
      this.timers.splice(this.timers.indexOf(due), 1);
      due.fn();
    }
    while (this.frames.length > 0) this.frames.shift()!();
  }
}

describe('FoldHistory slices', () => {
  it('folds nothing on receive and at most a time slice per foldFor, ending where a fold from scratch ends', () => {
    const ev = prints(5000);
    const h = new FoldHistory();
    h.receive(new EventPacker().pack(ev));
    expect(h.length).toBe(0);
    expect(h.pending).toBe(ev.length);
    // The clock is read once per 256 events: a 3 ms slice stops after a few hundred.
    const first = h.foldFor(3, tickingClock());
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(ev.length);
    expect(h.stateAt(ev.length).count).toBe(first);
    while (h.pending > 0) h.foldFor(3, tickingClock());
    expect(h.final.output.toArray()).toEqual(foldEvents(ev).output.toArray());
    expect(h.stateAt(1234).output.length).toBe(foldEvents(ev, emptyState(), 1234).output.length);
  });
});

describe('FoldScheduler', () => {
  it('folds in slices between which the page runs, and reports progress once per frame', () => {
    const h = new FoldHistory();
    const packer = new EventPacker();
    h.receive(packer.pack(prints(20_000)));
    const tasks: (() => void)[] = [];
    const frames: (() => void)[] = [];
    let progress = 0;
    const sched = new FoldScheduler({
      histories: () => [h],
      onProgress: () => progress++,
      post: (fn) => tasks.push(fn),
      frame: (fn) => frames.push(fn),
      now: tickingClock(),
    });
    sched.kick();
    sched.kick();
    expect(tasks.length).toBe(1);
    let slices = 0;
    while (tasks.length > 0) {
      tasks.shift()!();
      slices++;
      // Each slice stops once its SLICE_MS are used (the clock ticks once per 256 events).
      expect(h.length).toBeLessThanOrEqual(slices * 256 * (SLICE_MS + 1));
    }
    expect(slices).toBeGreaterThan(1);
    expect(h.pending).toBe(0);
    expect(frames.length).toBe(1);
    frames.shift()!();
    expect(progress).toBe(1);
    // After stop, what was asked for before does nothing; a later kick works again.
    h.receive(packer.pack(prints(10)));
    sched.kick();
    sched.stop();
    tasks.shift()!();
    expect(h.pending).toBeGreaterThan(0);
    sched.kick();
    tasks.shift()!();
    expect(h.pending).toBe(0);
  });

  it('while a backlog remains, reports at most every BACKLOG_REPORT_MS, and at once when it is folded', () => {
    const h = new FoldHistory();
    h.receive(new EventPacker().pack(prints(50_000)));
    const tasks: (() => void)[] = [];
    const frames: (() => void)[] = [];
    const reports: number[] = [];
    let t = 0;
    const sched = new FoldScheduler({
      histories: () => [h],
      onProgress: () => reports.push(t),
      post: (fn) => tasks.push(fn),
      frame: (fn) => frames.push(fn),
      // The clock moves 1 ms each time it is read (once per 256 events folded).
      now: () => t++,
      // Every event has arrived: the report of the folded backlog is not held back.
      finished: () => true,
    });
    sched.kick();
    let slices = 0;
    // A frame after every slice, 8 ms of page time each: the page would render every frame.
    while (tasks.length > 0) {
      tasks.shift()!();
      t += 8;
      slices++;
      while (frames.length > 0) frames.shift()!();
    }
    expect(h.pending).toBe(0);
    expect(slices).toBeGreaterThan(20);
    expect(reports.length).toBeGreaterThan(1);
    expect(reports.length).toBeLessThan(slices / 4);
    // The last report is the one for the folded backlog, right after the last slice.
    expect(reports.at(-1)).toBeGreaterThan(t - 8);
    for (let i = 1; i < reports.length - 1; i++) expect(reports[i]! - reports[i - 1]!).toBeGreaterThanOrEqual(BACKLOG_REPORT_MS);
  });

  it('while events stream in without a backlog, reports at most every BACKLOG_REPORT_MS, and the last one of a finished run at once', () => {
    const h = new FoldHistory();
    const packer = new EventPacker();
    const page = new HandDrivenPage();
    const reports: number[] = [];
    let finished = false;
    const sched = new FoldScheduler({
      ...page.hooks(),
      histories: () => [h],
      onProgress: () => reports.push(page.t),
      finished: () => finished,
    });
    // A small batch every 16 ms frame for 1 s: each is folded at once (no backlog).
    for (let frame = 0; frame < 60; frame++) {
      h.receive(packer.pack(prints(20)));
      sched.kick();
      page.frame(16);
    }
    expect(h.pending).toBe(0);
    // Rendering every frame would be 60 reports; at most one per BACKLOG_REPORT_MS (+ a frame).
    expect(reports.length).toBeGreaterThan(3);
    expect(reports.length).toBeLessThanOrEqual(Math.ceil((60 * 16) / BACKLOG_REPORT_MS) + 1);
    for (let i = 1; i < reports.length; i++) expect(reports[i]! - reports[i - 1]!).toBeGreaterThanOrEqual(BACKLOG_REPORT_MS);
    // The run's last batch, once it has finished: reported at the next frame, not held back.
    finished = true;
    const before = reports.length;
    h.receive(packer.pack(prints(20)));
    sched.kick();
    page.frame(0);
    expect(reports.length).toBe(before + 1);
  });

  it('spaces reports by what the last one cost to render (REPORT_SHARE), within MAX_REPORT_MS', () => {
    const h = new FoldHistory();
    const packer = new EventPacker();
    const page = new HandDrivenPage();
    const reports: number[] = [];
    // Each report costs the page 60 ms to render: at most one every 60 / REPORT_SHARE ms.
    const renderMs = 60;
    const sched = new FoldScheduler({
      ...page.hooks(),
      histories: () => [h],
      onProgress: () => {
        reports.push(page.t);
        sched.noteReportCost(renderMs);
      },
      finished: () => false,
    });
    expect(sched.reportInterval()).toBe(BACKLOG_REPORT_MS);
    for (let frame = 0; frame < 200; frame++) {
      h.receive(packer.pack(prints(20)));
      sched.kick();
      page.frame(16);
    }
    const spacing = Math.min(MAX_REPORT_MS, renderMs / REPORT_SHARE);
    expect(spacing).toBeGreaterThan(BACKLOG_REPORT_MS);
    expect(reports.length).toBeGreaterThan(3);
    for (let i = 2; i < reports.length; i++) expect(reports[i]! - reports[i - 1]!).toBeGreaterThanOrEqual(spacing);
    // However costly, a report comes at least every MAX_REPORT_MS (+ a frame) while events stream in.
    sched.noteReportCost(1e6);
    expect(sched.reportInterval()).toBe(MAX_REPORT_MS);
  });

  it('once every model finished, a backlog being caught up is reported every CATCH_UP_REPORT_MS, its end at once', () => {
    /** Folds a 200k-event backlog, one slice and 8 ms of page time per frame; the report times. */
    const catchUp = (finished: boolean) => {
      const h = new FoldHistory();
      h.receive(new EventPacker().pack(prints(200_000)));
      const tasks: (() => void)[] = [];
      const frames: (() => void)[] = [];
      const timers: { fn: () => void; at: number }[] = [];
      const reports: number[] = [];
      let t = 0;
      let more = true;
      const sched = new FoldScheduler({
        histories: () => [h],
        onProgress: () => reports.push(t),
        post: (fn) => tasks.push(fn),
        frame: (fn) => frames.push(fn),
        timer: (fn, ms) => timers.push({ fn, at: t + ms }),
        // The clock moves 1 ms each time it is read (once per 256 events folded).
        now: () => t++,
        finished: () => finished || !more,
      });
      sched.kick();
      while (tasks.length > 0) {
        tasks.shift()!();
        if (h.pending === 0) more = false;
        t += 8;
        for (const due of timers.filter((x) => x.at <= t)) {
          timers.splice(timers.indexOf(due), 1);
          due.fn();
        }
        while (frames.length > 0) frames.shift()!();
      }
      return { reports, end: t };
    };
    const streaming = catchUp(false);
    const finished = catchUp(true);
    // While the worker may still send more, the reports come at the streaming spacing.
    expect(streaming.reports.length).toBeGreaterThan(finished.reports.length);
    expect(finished.reports.length).toBeGreaterThan(2);
    for (let i = 1; i < finished.reports.length - 1; i++)
      expect(finished.reports[i]! - finished.reports[i - 1]!).toBeGreaterThanOrEqual(CATCH_UP_REPORT_MS);
    // The folded backlog is shown at once, in the frame after the last slice.
    expect(finished.reports.at(-1)).toBeGreaterThan(finished.end - 8);
  });
});
