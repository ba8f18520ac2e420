/**
 * One model's recording plus cached fold checkpoints ("record first, then replay").
 *
 * Events arrive from the worker in batches (`receive`); they are folded into the head state
 * later, a slice at a time (`foldFor`), so the page's main thread never does work
 * proportional to a run's size in one go (issue 10: a microtask flood used to block it
 * for 28 s at a stretch). `length` counts the events folded so far: that is what the
 * page shows and can scrub over.
 *
 * The view at scrub position n is the fold of the first n events. The fold is persistent
 * (src/ui/state/lists.ts), so keeping the state after every K-th event costs a pointer;
 * any position costs at most K - 1 folds from the checkpoint below it, and stepping
 * forward by one from the last position asked for costs one fold. Events are only ever
 * appended.
 */
import type { EngineEvent } from '../../engine/api';
import { emptyState, foldEvent } from './fold';
import type { ModelState } from './types';

export const CHECKPOINT_EVERY = 64;

export class FoldHistory {
  /** Every event received, folded or not. */
  private readonly received: EngineEvent[] = [];
  /** checkpoints[k] = state after k * K events. */
  private readonly checkpoints: ModelState[];
  /** The state after all events folded so far. */
  private head: ModelState;
  private last: ModelState;

  constructor(private readonly every = CHECKPOINT_EVERY) {
    this.head = emptyState();
    this.last = this.head;
    this.checkpoints = [this.head];
  }

  /** Events folded so far (the ones the page shows). */
  get length(): number {
    return this.head.count;
  }

  /** Events received but not folded yet. */
  get pending(): number {
    return this.received.length - this.head.count;
  }

  /**
   * The events in recording order: the array grows in place and may hold events not folded
   * yet, so read only its first `length` (once `pending` is 0, all of it).
   */
  get events(): readonly EngineEvent[] {
    return this.received;
  }

  get final(): ModelState {
    return this.head;
  }

  /** Takes a batch from the worker; nothing is folded yet. */
  receive(batch: readonly EngineEvent[]): void {
    for (const e of batch) this.received.push(e);
  }

  /** Receives and folds a batch at once (tests, the CLI). */
  append(batch: readonly EngineEvent[]): void {
    this.receive(batch);
    this.foldFor(Infinity);
  }

  /**
   * Folds pending events until none is left or `ms` milliseconds have passed (checked every
   * 256 events). Returns how many it folded.
   */
  foldFor(ms: number, now: () => number = () => performance.now()): number {
    const deadline = ms === Infinity ? Infinity : now() + ms;
    const start = this.head.count;
    let s = this.head;
    const end = this.received.length;
    while (s.count < end) {
      const stop = Math.min(end, s.count + 256);
      while (s.count < stop) {
        s = foldEvent(s, this.received[s.count]!);
        if (s.count % this.every === 0) this.checkpoints[s.count / this.every] = s;
      }
      if (deadline !== Infinity && now() >= deadline) break;
    }
    this.head = s;
    return s.count - start;
  }

  /** The state after the first `n` events (clamped to what has been folded). */
  stateAt(n: number): ModelState {
    const target = Math.max(0, Math.min(n, this.head.count));
    if (target === this.head.count) return this.head;
    if (target === this.last.count) return this.last;
    // Checkpoint 0 (the empty state) always exists; later ones exist up to the head.
    let s = this.checkpoints[Math.floor(target / this.every)] ?? this.checkpoints[0]!;
    // Reuse the last answer when it lies between the checkpoint and the target (playback, stepping).
    if (this.last.count <= target && this.last.count >= s.count) s = this.last;
    while (s.count < target) s = foldEvent(s, this.received[s.count]!);
    this.last = s;
    return s;
  }
}
