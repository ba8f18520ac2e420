/**
 * Node 20's event loop over a virtual clock: the only place callbacks run.
 *
 * Ordering rules (docs/semantics.md §1.1, §1.9–1.13):
 *  - One *macrotask* runs at a time: the ES module body (first), then due timers (timers
 *    phase), then setImmediate callbacks (check phase), as libuv's phases order them.
 *  - After each macrotask, `processTicksAndRejections` (lib/internal/process/task_queues.js):
 *    drain the nextTick FIFO, then the microtask FIFO, repeat while either is non-empty,
 *    then process unhandled rejections (§1.13), and from the top again when their listeners
 *    queued work. Node does this after *each* timer and each
 *    immediate callback (§1.10, nodejs/node#22842).
 *  - The ES module entry is itself evaluated inside a microtask (§1.9, js/10), so after the
 *    module body the microtask FIFO drains *before* the nextTick FIFO.
 *  - The virtual clock (milliseconds) jumps to the earliest due timer when nothing is
 *    runnable (§1.10). Timers due at the same instant run in creation order. A timer is due at
 *    (the millisecond clock when it was created) + delay (§1.10: libuv's clock has 1 ms
 *    resolution; Node's lib/internal/timers.js `insert` takes `getLibuvNow()` as the start).
 *  - Time passes while the loop works (issue 11, "clocks that behave like real ones"):
 *     · a loop iteration that ran callbacks and goes straight on (immediates pending, so
 *       libuv's poll phase does not block) costs TURN_MS = 1 ms. So a chain of setImmediate
 *       callbacks cannot starve a due timer: against a 0 ms timer from the main script, Node
 *       prints `immediate 1, timeout, immediate 2, ...` (26 of 30 runs as CommonJS, 30 of 30 as
 *       an ES module, Node v20.20.2 here) and so do we;
 *     · each read of the clock (Date.now, new Date(), performance.now) costs CLOCK_READ_MS, so
 *       a busy-wait `while (Date.now() < end) {}` ends, and timers created after it start
 *       later (§1.10, js/12b_timer_clock). Code that never reads the clock sees it stand still.
 *  - Where the loop starts after the main program differs between Node's two ways of running
 *    a file. A CommonJS script runs before the loop starts, so the loop begins with its timers
 *    phase; the main script itself costs no time, so a 0 ms (= 1 ms) timer from it is not due
 *    yet there and `setImmediate` runs first. That is what Node 20 usually does (§1.11: the
 *    order depends on whether 1 ms of real time has passed when the loop first reaches its
 *    timers phase — src/timers.cc arms the libuv timer from the loop time of the `setTimeout`
 *    call; measured here: immediate first in 49 of 60 runs on a quiet machine — on a machine
 *    loaded 8-fold, 24 of 30 runs printed the timer first), so the recording marks the pair
 *    as a race ('timeout-vs-immediate'). RunOptions.jsMainScriptMs gives the main script a
 *    duration, which yields the other order (tests/cases/quizzes.test.ts uses it). An ES module entry is evaluated from a callback of
 *    the running loop (Node's ESM loader reads the file asynchronously), so the check phase
 *    comes first, as after an I/O callback (§1.11): setImmediate runs before any timer of the
 *    main module, even after a main module that kept the clock busy (20 of 20 runs).
 *  - A 0 ms timer and an immediate queued during one check phase (from a setImmediate
 *    callback) race too: the timer is due at the next timers phase only if 1 ms passed, and
 *    a real loop turn usually takes less (Node 20 here: the immediate first in 16 of 20
 *    CommonJS and 17 of 20 ES-module runs). The turn's TURN_MS puts the timer first, so the
 *    recording marks the pair ('timeout-vs-immediate'), unless the callbacks kept the clock
 *    busy until the timer was due anyway. races.ts marks every race.
 *  - Two timers that become due within 1 ms of each other, unless they share their start and
 *    delay (one Node timer list, insertion order), may run in either order in a real run: the
 *    recording marks them ('near-deadlines', events/types.ts RaceEvent).
 *  - An exception escaping a timer/immediate/nextTick/queueMicrotask callback ends the
 *    program at once (Node crashes: nothing queued runs after it), unless `process` has
 *    'uncaughtException' listeners (process-events.ts; 'uncaughtExceptionMonitor' ones see
 *    it first); 'beforeExit' and 'exit' are emitted as the loop runs dry and as the process ends.
 *
 * `runOnce` runs one macrotask and its drain, but stops early between two callbacks when
 * the step budget slice is used, so a worker can stream events; it resumes where it stopped.
 */
import { tick, type Realm } from '../../runtime/realm';
import { Thrown } from '../../runtime/thrown';
import type { Value } from '../../runtime/values';
import type { Pos } from '../../events/types';
import { Fifo, JobRing, TimerQueue, type ImmediateTask, type Job, type Macrotask, type TimerTask } from './queues';
import type { PromiseHost, PromiseRecord, Reactor } from './promise';
import { errorSummary } from './host';
import type { ProcessEvents } from './process-events';
import { RaceMarker } from './races';

export type { Job, Macrotask, ImmediateTask, TimerTask } from './queues';

/** Thrown by `process.exit()` to unwind the interpreter; never visible to user code. */
export class ExitSignal {
  constructor(readonly code: number) {}
}

const TICKS = 0;
const MICRO = 1;

/** What a microtask entry is (JobRing `kind`): a Job, or a promise reaction and its outcome. */
const JOB = 0;
const FULFILL = 1;
const REJECT = 2;

/** Virtual milliseconds one loop iteration takes when it runs callbacks and does not wait (header). */
const TURN_MS = 1;
/** Virtual milliseconds one read of the clock takes (header): a microsecond. */
const CLOCK_READ_MS = 0.001;

enum Phase {
  Timers,
  /** The loop is in its poll phase (an ES module entry was evaluated there): the check phase is next. */
  Poll,
  Check,
  Idle,
}

export type CrashKind = 'uncaught-exception' | 'unhandled-rejection';

export class EventLoop {
  private readonly microtasks = new JobRing<Job | Reactor>();
  private readonly ticks = new Fifo<Job>();
  private readonly immediates = new Fifo<ImmediateTask>();
  private refedImmediates = 0;
  private readonly timers = new TimerQueue<TimerTask>();
  /** Live (not cancelled, not fired) ref'd timers: the loop stays alive while > 0. */
  private refedTimers = 0;
  private timerSeq = 0;

  /** Virtual milliseconds. */
  now = 0;
  private turn = 0;
  private phase = Phase.Timers;
  private checkLeft = 0;
  private draining = false;
  private drainPhase = TICKS;
  private main: (() => void) | null = null;
  /** Which FIFO the drain after the main macrotask starts with (module-run.ts). */
  private mainDrain = MICRO;
  /** Marks the pairs a real run may order either way (races.ts). */
  private readonly races: RaceMarker;
  /** Callbacks ran in the current loop iteration (its cost, TURN_MS). */
  private iterationWorked = false;
  /** Virtual milliseconds the main program takes (0: the usual case, see the header). */
  mainScriptMs = 0;

  /** Set when the program ended early (crash or process.exit). */
  ended = false;
  /** Set as the process ends ('exit' listeners run): process.nextTick does nothing from then on. */
  private exiting = false;
  error: string | null = null;
  errorKind: CrashKind | null = null;
  errorAt: number | null = null;
  errorPos: Pos | null = null;

  /** Called after each drain (HostPromiseRejectionTracker's consumer, rejections.ts). */
  processRejections: () => void = () => {};
  /** Called once when the loop has nothing left to run (unsettled top-level await check); true: exit code 13. */
  onIdle: () => boolean | void = () => {};
  /** process's listeners (process-events.ts), once installed. */
  events: ProcessEvents | null = null;
  /** 'beforeExit' was emitted and nothing has run since: running dry again ends the process. */
  private afterBeforeExit = false;

  /** What every reaction is handed when it runs (Reactor.react); set by the model that owns the loop. */
  promiseHost!: PromiseHost;

  constructor(readonly realm: Realm) {
    this.races = new RaceMarker(realm.rec);
  }

  // ---- queueing -------------------------------------------------------------------

  /** HostEnqueuePromiseJob / queueMicrotask: the V8 microtask FIFO. */
  enqueueMicrotask(job: Job, label?: string): void {
    this.microtasks.push(job, JOB, undefined, null);
    if (job.item && this.realm.rec.on) this.realm.rec.enqueue('microtask', job.item, label ?? '');
  }

  /** NewPromiseReactionJob + HostEnqueuePromiseJob (promise.ts), without a job object. `label` only while recording. */
  enqueueReaction(reactor: Reactor, rejected: boolean, argument: Value, by: PromiseRecord | null, label: string | undefined): void {
    this.microtasks.push(reactor, rejected ? REJECT : FULFILL, argument, by);
    if (reactor.id && label !== undefined) this.realm.rec.enqueue('microtask', reactor.id, label);
  }

  /** process.nextTick. */
  enqueueTick(job: Job, label: string): void {
    // Once the process is exiting, process.nextTick does nothing (task_queues.js: `process._exiting`).
    if (this.exiting) return;
    this.ticks.push(job);
    if (this.realm.rec.on) this.realm.rec.enqueue('nextTick', job.item, label);
  }

  /** setImmediate: the check queue. */
  enqueueImmediate(task: ImmediateTask, label: string): void {
    this.immediates.push(task);
    if (task.refed) this.refedImmediates++;
    this.races.immediateQueued(task.item, this.phase === Phase.Check);
    if (this.realm.rec.on) this.realm.rec.enqueue('macrotask', task.item, label);
  }

  /** Insert a timer due `delay` ms from now (the caller already clamped the delay). */
  addTimer(timer: TimerTask, delay: number, label: string): void {
    timer.start = Math.floor(this.now);
    timer.delay = delay;
    timer.due = timer.start + delay;
    this.races.timerArmed(timer.item, delay, this.phase === Phase.Check);
    timer.seq = this.timerSeq++;
    timer.cancelled = false;
    timer.active = true;
    this.timers.push(timer);
    if (timer.refed) this.refedTimers++;
    if (this.realm.rec.on) this.realm.rec.enqueueTimer(timer.item, label, timer.due);
  }

  /** Timeout.prototype.refresh: `old` leaves the heap unannounced (lazily, as cancelled) and `fresh`, its copy, is due `delay` ms from now. */
  rearmTimer(old: TimerTask, fresh: TimerTask, delay: number, label: string): void {
    old.cancelled = true;
    if (old.active) {
      old.active = false;
      if (old.refed) this.refedTimers--;
    }
    this.addTimer(fresh, delay, label);
  }

  /** clearTimeout: also stops an interval from being re-armed after its running callback. */
  cancelTimer(timer: TimerTask): void {
    timer.cancelled = true;
    if (!timer.active) return;
    timer.active = false;
    if (timer.refed) this.refedTimers--;
    this.realm.rec.emit({ type: 'timer-cancelled', item: timer.item });
  }

  cancelImmediate(task: ImmediateTask): void {
    if (task.cancelled) return;
    task.cancelled = true;
    this.settleImmediate(task);
    this.races.immediateCancelled(task.item);
    this.realm.rec.dequeue('macrotask', task.item);
  }

  /** Immediate.prototype.ref/unref. */
  setImmediateRefed(task: ImmediateTask, refed: boolean): void {
    if (task.refed !== refed && task.pending) this.refedImmediates += refed ? 1 : -1;
    task.refed = refed;
  }

  private settleImmediate(task: ImmediateTask): void {
    if (task.pending && task.refed) this.refedImmediates--;
    task.pending = false;
  }

  /** Timeout.prototype.ref/unref. */
  setRefed(timer: TimerTask, refed: boolean): void {
    if (timer.refed === refed) return;
    timer.refed = refed;
    if (timer.active) this.refedTimers += refed ? 1 : -1;
  }

  /**
   * The main program: the first macrotask. An ES module is evaluated inside a microtask, so
   * its drain starts with microtasks (§1.9); after a CommonJS main script Node's
   * processTicksAndRejections starts with the nextTick FIFO, as after any callback.
   */
  setMain(run: () => void, firstDrain: 'microtasks' | 'ticks'): void {
    this.main = run;
    this.mainDrain = firstDrain === 'ticks' ? TICKS : MICRO;
    this.races.raceMainTimers = firstDrain === 'ticks';
  }

  /** A read of the clock by the program: it costs CLOCK_READ_MS (header). */
  readClock(): void {
    const from = this.now;
    this.now += CLOCK_READ_MS;
    this.realm.rec.time = this.now;
    // One 'time' event per millisecond crossed, not per read.
    if (Math.floor(this.now) !== Math.floor(from) && this.realm.rec.on) this.realm.rec.emit({ type: 'time', from, to: this.now });
  }

  // ---- running --------------------------------------------------------------------

  /**
   * Run (the rest of) one macrotask and its processTicksAndRejections. Returns true when the
   * program is over; false when it stopped at a safe point (budget slice used) or after a turn.
   */
  runOnce(stepLimit: number): boolean {
    const budget = this.realm.budget;
    if (!this.draining) {
      if (this.ended) return true;
      if (budget.used >= stepLimit) return false;
      if (!this.startMacrotask()) {
        // The loop ran dry: 'beforeExit' listeners may schedule more (node.cc SpinEventLoop).
        if (!this.afterBeforeExit && this.events && this.events.count('beforeExit') > 0) {
          this.afterBeforeExit = true;
          this.beginTurn();
          this.draining = true;
          this.drainPhase = TICKS;
          this.guarded({ run: () => void this.events!.emit('beforeExit', [this.events!.exitCode(0)]) });
          return this.ended;
        }
        const unsettled = this.onIdle() === true;
        this.exit(unsettled ? 13 : (this.events?.exitCode(0) ?? 0), true);
        return true;
      }
      this.afterBeforeExit = false;
    }
    const rec = this.realm.rec;
    const microtasks = this.microtasks;
    while (!this.ended) {
      if (budget.used >= stepLimit) return false;
      if (this.drainPhase === TICKS) {
        const job = this.ticks.shift();
        if (job === undefined) {
          this.drainPhase = MICRO;
          continue;
        }
        if (job.item && rec.on) rec.dequeue('nextTick', job.item);
        tick(budget, undefined);
        this.guarded(job);
      } else {
        const target = microtasks.shift();
        if (target === undefined) {
          if (this.ticks.length > 0) {
            this.drainPhase = TICKS;
            continue;
          }
          this.processRejections();
          // processTicksAndRejections repeats while processPromiseRejections handled one: what
          // an 'unhandledRejection' / 'rejectionHandled' listener queued runs before any timer.
          if (!this.ended && (this.ticks.length > 0 || microtasks.length > 0)) {
            this.drainPhase = TICKS;
            continue;
          }
          this.draining = false;
          return this.ended;
        }
        this.runMicrotask(target);
      }
    }
    return true;
  }

  /** Run the microtask FIFO entry just shifted (`microtasks.kind` and the rest describe it). */
  private runMicrotask(target: Job | Reactor): void {
    const rec = this.realm.rec;
    const microtasks = this.microtasks;
    const kind = microtasks.kind;
    const id = kind === JOB ? (target as Job).item : (target as Reactor).id;
    if (id && rec.on) rec.dequeue('microtask', id);
    tick(this.realm.budget, undefined);
    if (kind === JOB) this.guarded(target as Job);
    else this.guardedReaction(target as Reactor, kind === REJECT, microtasks.argument as Value, microtasks.by as PromiseRecord | null);
  }

  /** Pick and run the next macrotask; false when nothing is left (the process would exit). */
  private startMacrotask(): boolean {
    const main = this.main;
    if (main) {
      this.main = null;
      this.beginTurn();
      this.draining = true;
      this.drainPhase = this.mainDrain;
      this.races.inMain = true;
      try {
        this.guarded({ run: main });
      } finally {
        this.races.inMain = false;
      }
      // An ES module entry ran from the poll phase; a CommonJS script before the loop began
      // (uv_run first asks whether the loop is alive: the Idle step below).
      this.phase = this.mainDrain === MICRO ? Phase.Poll : Phase.Idle;
      if (this.mainScriptMs > 0 && !this.ended) this.advanceTo(this.now + this.mainScriptMs);
      return true;
    }
    const task = this.nextMacrotask();
    if (!task) return false;
    this.beginTurn();
    if (this.realm.rec.on) this.realm.rec.dequeue(this.phase === Phase.Timers ? 'timer' : 'macrotask', task.item);
    this.draining = true;
    this.drainPhase = TICKS;
    this.iterationWorked = true;
    if (this.phase === Phase.Timers) this.races.timerRuns(task as TimerTask);
    else this.races.immediateRuns(task);
    const budget = this.realm.budget;
    tick(budget, undefined);
    this.guarded(task);
    return true;
  }

  private beginTurn(): void {
    this.realm.rec.turn(++this.turn);
  }

  /** libuv's phases: timers due now, then the immediates queued before the check phase began. */
  private nextMacrotask(): Macrotask | undefined {
    for (;;) {
      if (this.phase === Phase.Poll) {
        this.enterCheck();
      } else if (this.phase === Phase.Timers) {
        const t = this.peekTimer();
        if (t && t.due <= this.now) {
          this.timers.pop();
          t.active = false;
          if (t.refed) this.refedTimers--;
          return t;
        }
        this.enterCheck();
      } else if (this.phase === Phase.Check) {
        while (this.checkLeft > 0) {
          this.checkLeft--;
          const task = this.immediates.shift()!;
          if (task.cancelled) continue;
          this.settleImmediate(task);
          return task;
        }
        this.phase = Phase.Idle;
        this.races.checkEnds(this.now);
      } else {
        // Poll phase: with immediates pending libuv does not block, and the iteration that
        // just ended cost TURN_MS; otherwise it waits for the earliest timer (virtual time
        // jumps there). Unref'd timers alone do not keep it alive.
        this.phase = Phase.Timers;
        const worked = this.iterationWorked;
        this.iterationWorked = false;
        if (this.refedImmediates > 0) {
          if (worked) this.advanceTo(this.now + TURN_MS);
          continue;
        }
        // Unref'd immediates alone do not keep the loop alive, nor stop it waiting for a timer:
        // when that wait ends, the check phase runs them before the timer's phase comes.
        const t = this.peekTimer();
        if (!t || this.refedTimers <= 0) return undefined;
        if (t.due > this.now) {
          this.advanceTo(t.due);
          if (this.immediates.length > 0) this.enterCheck();
        }
      }
    }
  }

  /** The check phase begins: it runs the immediates queued before now (those of the last check phase among them). */
  private enterCheck(): void {
    this.phase = Phase.Check;
    this.checkLeft = this.immediates.length;
    this.races.checkBegins(this.now);
  }

  /** The earliest live timer (cancelled ones are dropped here, lazily). */
  private peekTimer(): TimerTask | undefined {
    for (;;) {
      const t = this.timers.peek();
      if (!t || !t.cancelled) return t;
      this.timers.pop();
    }
  }

  /** A blocking call (Python's `time.sleep` under js) held the thread for `ms`: the clock moves on. */
  block(ms: number): void {
    if (ms > 0) this.advanceTo(this.now + ms);
  }

  private advanceTo(ms: number): void {
    const from = this.now;
    this.now = ms;
    this.realm.rec.time = ms;
    this.realm.rec.emit({ type: 'time', from, to: ms });
  }

  /** Run one callback; a user exception escaping it is an uncaught exception. */
  private guarded(task: { run(): void }): void {
    const rec = this.realm.rec;
    const prev = rec.current;
    try {
      task.run();
    } catch (e) {
      this.onThrow(e);
    } finally {
      rec.current = prev;
    }
  }

  /** `guarded` for a promise reaction job (NewPromiseReactionJob, §27.2.2.1). */
  private guardedReaction(reactor: Reactor, rejected: boolean, argument: Value, by: PromiseRecord | null): void {
    const rec = this.realm.rec;
    const prev = rec.current;
    try {
      reactor.react(rejected, argument, by, this.promiseHost);
    } catch (e) {
      this.onThrow(e);
    } finally {
      rec.current = prev;
    }
  }

  /**
   * An exception escaped a callback: 'uncaughtException' listeners take it and the loop
   * goes on; without listeners (or when a listener throws) the process crashes.
   */
  private onThrow(e: unknown): void {
    if (e instanceof ExitSignal) return this.exit(e.code);
    if (!(e instanceof Thrown)) throw e;
    this.uncaught(e.value, 'uncaughtException', 'uncaught-exception', e.loc);
  }

  /**
   * Node's triggerUncaughtException: 'uncaughtExceptionMonitor' listeners see the error, then
   * 'uncaughtException' listeners take it and the loop goes on; without listeners (or when a
   * listener throws) the process crashes.
   */
  uncaught(value: Value, origin: 'uncaughtException' | 'unhandledRejection', kind: CrashKind, loc?: Pos): void {
    if (this.events && !this.ended) {
      try {
        this.events.emitMonitor(value, origin);
        if (this.events.emit('uncaughtException', [value, origin])) return;
      } catch (e2) {
        if (e2 instanceof ExitSignal) return this.exit(e2.code);
        if (!(e2 instanceof Thrown)) throw e2;
        return this.crash(e2.value, 'uncaught-exception', e2.loc);
      }
    }
    this.crash(value, kind, loc);
  }

  /**
   * processPromiseRejections for one rejection still unhandled after a drain: an
   * 'unhandledRejection' listener takes it; else an 'uncaughtException' listener gets it
   * (origin 'unhandledRejection'; a non-Error reason wrapped as Node's
   * ERR_UNHANDLED_REJECTION); else the process crashes. False when the process ended.
   */
  unhandledRejection(reason: Value, promise: Value, loc: Pos | undefined, wrap: (reason: Value) => Value): boolean {
    const ev = this.events;
    try {
      if (ev && ev.emit('unhandledRejection', [reason, promise])) return !this.ended;
      if (ev && ev.count('uncaughtException') + ev.count('uncaughtExceptionMonitor') > 0) {
        const err = wrap(reason);
        ev.emitMonitor(err, 'unhandledRejection');
        if (ev.emit('uncaughtException', [err, 'unhandledRejection'])) return !this.ended;
      }
    } catch (e) {
      this.onThrow(e);
      return !this.ended;
    }
    this.crash(reason, 'unhandled-rejection', loc);
    return false;
  }

  /**
   * processPromiseRejections for a reported rejection handled since: true when a
   * 'rejectionHandled' listener took it, false when there is none (the caller warns),
   * undefined when a listener ended the process.
   */
  rejectionHandled(promise: Value): boolean | undefined {
    const ev = this.events;
    if (!ev) return false;
    try {
      const listened = ev.emit('rejectionHandled', [promise]);
      return this.ended ? undefined : listened;
    } catch (e) {
      this.onThrow(e);
      return this.ended ? undefined : true;
    }
  }

  // ---- ending ---------------------------------------------------------------------

  /** The process dies now: nothing queued runs after this (§1.13; uncaught exceptions). */
  crash(value: Value, kind: CrashKind, loc?: Pos, summary?: string): void {
    if (this.ended) return;
    this.error = summary ?? errorSummary(this.realm, value);
    this.errorKind = kind;
    this.errorAt = this.realm.stdout.length;
    this.errorPos = loc ? { line: loc.line, col: loc.col } : null;
    this.realm.rec.emitFinal({ type: 'error', text: this.error, errorKind: kind, id: this.realm.rec.current, loc });
    this.exit(1);
  }

  /**
   * The process ends (process.exit(), a crash, or the loop ran dry): 'exit' listeners run. When
   * the loop ran dry (`natural`), the promise jobs they queued run after them, as the callback
   * scope Node emits 'exit' in closes with a microtask checkpoint; process.nextTick is a no-op
   * by then, and timers and immediates never run. After process.exit() or a crash nothing runs
   * (Node 20: `process.on('exit', () => Promise.resolve().then(...))` prints from the then only
   * when the program ended by itself).
   */
  exit(code = 0, natural = false): void {
    const first = !this.ended;
    this.ended = true;
    this.exiting = true;
    this.clearQueues();
    if (!first || !this.events) return;
    try {
      this.events.emitExit(code);
      if (natural) this.drainMicrotasksAtExit();
    } catch (e) {
      // process.exit() or a throw inside an 'exit' listener: the process is already ending.
      if (!(e instanceof Thrown) && !(e instanceof ExitSignal)) throw e;
    }
    this.clearQueues();
  }

  /** The microtask checkpoint after a natural exit's 'exit' listeners (`exit`): every job, and the jobs they queue. */
  private drainMicrotasksAtExit(): void {
    for (let target = this.microtasks.shift(); target !== undefined; target = this.microtasks.shift()) this.runMicrotask(target);
  }

  private clearQueues(): void {
    this.draining = false;
    this.microtasks.clear();
    this.ticks.clear();
    this.immediates.clear();
    this.refedImmediates = 0;
    this.timers.clear();
    this.refedTimers = 0;
  }
}
