/**
 * Where a real Node run may order two callbacks either way, the js model's loop still runs
 * them in one order (event-loop.ts) and this marks the pair with a 'race' event, so the page
 * says so instead of pretending the order certain (event-loop.ts header, docs/semantics.md
 * §1.11):
 *  - 'timeout-vs-immediate': a 0 ms timer and an immediate queued by a CommonJS main script
 *    (the immediate usually first), or by one setImmediate callback (the immediate usually
 *    first too, where the loop's 1 ms turn puts the timer first);
 *  - 'near-deadlines': two timers that became due within 1 ms of each other, unless they share
 *    a Node timer list (one start and delay: insertion order).
 * The loop tells the marker what is queued and what runs; the marker only writes events.
 */
import type { Recorder } from '../../events/recorder';
import type { Macrotask, TimerTask } from './event-loop';

export class RaceMarker {
  /** A CommonJS main script: its 0 ms timers and immediates race. */
  raceMainTimers = false;
  /** The main macrotask is running: timers and immediates queued now are the main script's. */
  inMain = false;
  private readonly mainTimers = new Set<number>();
  private readonly mainImmediates = new Set<number>();
  /** The first immediate of the main script that ran, while a 0 ms timer of the main script was pending. */
  private mainImmediateRan = 0;
  /**
   * 0 ms timers and immediates queued during the current (or last) check phase, and the clock
   * when it ended; the immediates the running check phase took from the one before; and a
   * timer of the one before that ran ahead of them.
   */
  private checkArmed = { timers: new Set<number>(), immediates: new Set<number>(), endedAt: 0 };
  private checkRunning = new Set<number>();
  private checkRaceTimer = 0;
  /** The last timer that fired (for 'near-deadlines'). */
  private lastFired: TimerTask | null = null;

  constructor(private readonly rec: Recorder) {}

  immediateQueued(item: number, inCheck: boolean): void {
    if (this.inMain && this.raceMainTimers) this.mainImmediates.add(item);
    if (inCheck) this.checkArmed.immediates.add(item);
  }

  immediateCancelled(item: number): void {
    this.checkArmed.immediates.delete(item);
  }

  /** A timer armed for `delay` ms (0 is 1) during the check phase or not. */
  timerArmed(item: number, delay: number, inCheck: boolean): void {
    if (delay !== 1) return;
    if (this.inMain && this.raceMainTimers) this.mainTimers.add(item);
    if (inCheck) this.checkArmed.timers.add(item);
  }

  /** The check phase begins at `now`: it runs the immediates queued before (those of the last check phase among them). */
  checkBegins(now: number): void {
    this.checkRunning = this.checkArmed.immediates;
    this.checkArmed = { timers: new Set(), immediates: new Set(), endedAt: now };
  }

  checkEnds(now: number): void {
    this.checkArmed.endedAt = now;
    this.checkRaceTimer = 0;
  }

  /** A timer fires (timers phase): the second of a pair when a main-script immediate or a nearly due timer went first. */
  timerRuns(t: TimerTask): void {
    const rec = this.rec;
    if (this.mainTimers.delete(t.item) && this.mainImmediateRan) {
      rec.emit({ type: 'race', first: this.mainImmediateRan, second: t.item, reason: 'timeout-vs-immediate' });
    }
    // A 0 ms timer armed in the last check phase, due only because the loop's turn cost
    // TURN_MS, ahead of an immediate queued in that phase.
    const armed = this.checkArmed;
    if (armed.timers.delete(t.item) && armed.immediates.size > 0 && t.due > armed.endedAt && !this.checkRaceTimer) {
      this.checkRaceTimer = t.item;
    }
    const prev = this.lastFired;
    if (prev && prev !== t && Math.abs(prev.due - t.due) < 1 && !(prev.start === t.start && prev.delay === t.delay)) {
      rec.emit({ type: 'race', first: prev.item, second: t.item, reason: 'near-deadlines' });
    }
    this.lastFired = t;
  }

  /** An immediate runs (check phase). */
  immediateRuns(task: Macrotask): void {
    if (this.checkRaceTimer && this.checkRunning.has(task.item)) {
      this.rec.emit({ type: 'race', first: this.checkRaceTimer, second: task.item, reason: 'timeout-vs-immediate' });
      this.checkRaceTimer = 0;
    } else if (this.mainImmediates.delete(task.item)) {
      // Only an immediate that ran while a 0 ms timer of the main script was still waiting.
      if (!this.mainImmediateRan && this.mainTimers.size > 0) this.mainImmediateRan = task.item;
    }
  }
}
