/**
 * Folds the events the worker sent into the models' histories in short slices, yielding to
 * the browser between slices, so the page's main thread never does work proportional to a
 * run's size in one go (issue 10: "event batches are folded in slices under a frame
 * budget"). Clicks, typing and scrolling are handled between two slices, so they wait at
 * most one slice (SLICE_MS) plus one batch's structured-clone copy.
 *
 * It yields through a MessageChannel (a macrotask without setTimeout's 4 ms clamp, as
 * React's scheduler does) and reports progress at most once per animation frame, and at
 * most every BACKLOG_REPORT_MS until every event of a finished run is folded.
 */
import type { FoldHistory } from './state/history';

/** Main-thread time one slice of folding may take. */
export const SLICE_MS = 6;

/**
 * While a run streams in, progress is reported at most this often: each report re-renders
 * the page (timeline, panels, editor line), and at 60 reports a second those renders took
 * more of the main thread than the fold itself while a 1M-event run was being taken in
 * (issue 10: a 1M-event run opens in < 2 s). That holds whether or not the fold keeps up with
 * the worker: when it does (a worker slowed down by a busy machine), a batch arrives and is
 * folded every frame, and the page rendered each one, so the renders grew with the run's wall
 * time. Once every event of a finished run is folded, the report comes at the next frame.
 */
export const BACKLOG_REPORT_MS = 100;

/**
 * While a run streams in, the renders its reports cause may take at most this share of the
 * main thread: a report that took `cost` ms to render (measured by the page, `noteReportCost`)
 * holds the next one back for at least cost / REPORT_SHARE ms. The render grows with the
 * recording (timeline, panels, editor decorations) and, in wall time, with the machine's
 * load, and at a fixed BACKLOG_REPORT_MS a 1M-event run on a loaded machine re-rendered
 * the page more than 200 times, which took more of its main thread than the fold itself
 * (issue 10: a 1M-event run opens in < 2 s; bench:ui --profile-open).
 */
export const REPORT_SHARE = 0.2;
/** The longest a report is held back while streaming, however costly it was to render. */
export const MAX_REPORT_MS = 500;

/**
 * Once the worker has sent everything (every model finished) but a backlog is still being
 * folded, progress is reported this often: the page is only catching up, and each report renders
 * the timeline (its rows and canvas) for what was folded so far, work that the last report
 * redoes for the whole recording. Opening a 1M-event run left ~0.9M events to fold after the
 * worker's last batch, and the 3–5 reports that came at REPORT_SHARE's spacing in that time
 * delayed the run's open (issue 10: a 1M-event run opens in < 2 s).
 */
export const CATCH_UP_REPORT_MS = 500;

export interface FoldSchedulerDeps {
  /** The histories with events to fold (read again before every slice). */
  histories(): readonly FoldHistory[];
  /** Called (at most once per frame) after a slice folded something. */
  onProgress(): void;
  /** No more events will come (every model finished): the last report is not held back. */
  finished?(): boolean;
  /** Injected for tests; the browser's by default. */
  post?: (fn: () => void) => void;
  frame?: (fn: () => void) => void;
  now?: () => number;
  /** Runs `fn` after `ms` (a report held back while streaming). */
  timer?: (fn: () => void, ms: number) => void;
}

/** Runs each function given in a macrotask of its own, in order (a MessageChannel: no 4 ms clamp, as React's scheduler). */
export function messageChannelPost(): (fn: () => void) => void {
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  return (fn) => {
    queue.push(fn);
    channel.port2.postMessage(null);
  };
}

export class FoldScheduler {
  private scheduled = false;
  private framePending = false;
  /** A held-back report waits for its timer. */
  private timerPending = false;
  /** Events were folded since the last report. */
  private unreported = false;
  /** When progress was last reported (`now()`). */
  private lastReport = -Infinity;
  /** What rendering the last report cost, ms (noteReportCost). */
  private reportCost = 0;
  /** Bumped by `stop`: slices and frames asked for before it do nothing. */
  private generation = 0;
  private readonly post: (fn: () => void) => void;
  private readonly frame: (fn: () => void) => void;
  private readonly now: () => number;
  private readonly timer: (fn: () => void, ms: number) => void;

  constructor(private readonly deps: FoldSchedulerDeps) {
    this.post = deps.post ?? messageChannelPost();
    this.frame = deps.frame ?? ((fn) => requestAnimationFrame(() => fn()));
    this.now = deps.now ?? (() => performance.now());
    this.timer = deps.timer ?? ((fn, ms) => setTimeout(fn, ms));
  }

  /** New events arrived: make sure a slice runs soon. */
  kick(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const generation = this.generation;
    this.post(() => {
      if (generation === this.generation) this.slice();
    });
  }

  /**
   * Drops the slice and the progress report asked for so far (the page unmounts). A later
   * `kick` starts again: React's StrictMode runs an effect's cleanup and then the effect.
   */
  stop(): void {
    this.generation++;
    this.scheduled = false;
    this.framePending = false;
    this.timerPending = false;
  }

  private slice(): void {
    this.scheduled = false;
    const histories = this.deps.histories().filter((h) => h.pending > 0);
    if (histories.length === 0) return;
    // The slice's time is shared by the models, so every timeline fills in together.
    const share = SLICE_MS / histories.length;
    let folded = 0;
    for (const h of histories) folded += h.foldFor(share, this.now);
    const backlog = histories.some((h) => h.pending > 0);
    if (folded > 0) this.progress(backlog);
    if (backlog) this.kick();
  }

  /** The page says what rendering the last report took (ms): the next ones are spaced to match (REPORT_SHARE). */
  noteReportCost(ms: number): void {
    if (Number.isFinite(ms) && ms >= 0) this.reportCost = ms;
  }

  /** How long after one report the next may come while events stream in. */
  reportInterval(): number {
    return Math.min(MAX_REPORT_MS, Math.max(BACKLOG_REPORT_MS, this.reportCost / REPORT_SHARE));
  }

  /** Something was folded: report it, now or once reportInterval() has passed since the last report. */
  private progress(backlog: boolean): void {
    this.unreported = true;
    if (this.framePending) return;
    const finished = this.deps.finished?.() ?? false;
    const wait = this.lastReport + (finished ? Math.max(CATCH_UP_REPORT_MS, this.reportInterval()) : this.reportInterval()) - this.now();
    // The last events of a finished run are shown at once.
    const last = !backlog && finished;
    if (wait > 0 && !last) {
      // A later slice reports a backlog; without one, a timer reports what was folded.
      if (backlog || this.timerPending) return;
      this.timerPending = true;
      const generation = this.generation;
      this.timer(() => {
        if (generation !== this.generation) return;
        this.timerPending = false;
        if (this.unreported) this.progress(false);
      }, wait);
      return;
    }
    this.framePending = true;
    const generation = this.generation;
    this.frame(() => {
      if (generation !== this.generation) return;
      this.framePending = false;
      this.unreported = false;
      this.lastReport = this.now();
      this.deps.onProgress();
    });
  }
}
