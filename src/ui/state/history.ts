/**
 * One model's recording plus cached fold checkpoints.
 *
 * The view at scrub position n is `foldEvents(events[0..n))`. Replaying from zero on every
 * frame would cost O(n); instead a checkpoint (the folded state) is kept every K events, so
 * any position costs at most K - 1 folds from the nearest checkpoint below it, and stepping
 * forward by one from the last position costs one fold. Events only ever get appended.
 */
import type { EngineEvent } from '../../engine/api';
import { emptyState, foldEvent } from './fold';
import type { ModelState } from './types';

export const CHECKPOINT_EVERY = 64;

export class FoldHistory {
  readonly events: EngineEvent[] = [];
  /** checkpoints[k] = state after k * K events. */
  private readonly checkpoints: ModelState[] = [emptyState()];
  /** The state after all events appended so far. */
  private head: ModelState = emptyState();
  private last: ModelState = this.head;

  constructor(private readonly every = CHECKPOINT_EVERY) {}

  get length(): number {
    return this.events.length;
  }

  get final(): ModelState {
    return this.head;
  }

  append(batch: readonly EngineEvent[]): void {
    let s = this.head;
    for (const e of batch) {
      this.events.push(e);
      s = foldEvent(s, e);
      if (s.count % this.every === 0) this.checkpoints[s.count / this.every] = s;
    }
    this.head = s;
  }

  /** The state after the first `n` events (clamped to what has been recorded). */
  stateAt(n: number): ModelState {
    const target = Math.max(0, Math.min(n, this.events.length));
    if (target === this.head.count) return this.head;
    // Checkpoint 0 (the empty state) always exists; later ones exist up to the head.
    let s = this.checkpoints[Math.floor(target / this.every)] ?? emptyState();
    // Reuse the last answer when it lies between the checkpoint and the target (playback, stepping).
    if (this.last.count <= target && this.last.count >= s.count) s = this.last;
    for (const e of this.events.slice(s.count, target)) s = foldEvent(s, e);
    this.last = s;
    return s;
  }
}
