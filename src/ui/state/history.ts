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
 *
 * The events are kept packed (src/engine/events/packed.ts, ~50 bytes an event instead of
 * ~280 as objects) and decoded one at a time when folded or read through `events`.
 *
 * Only the states it keeps (the checkpoints, the head, the last answer) must stay as they are,
 * so the events between two of them are folded into one private copy in place, in one
 * FoldEdit (src/ui/state/fold.ts): a lane or a trie path that changes at every event is copied
 * once per stretch instead of once per event (issue 10: a 1M-event run opens in < 2 s).
 */
import { EventPacker, PackedLog, type EngineEvent, type PackedBatch } from '../../engine/api';
import { copyState, emptyState, FoldEdit, foldInto } from './fold';
import { ListBase } from './lists';
import { RecordingMarks } from './marks';
import type { BatchDigest } from '../../worker/protocol';
import type { ModelState } from './types';

/**
 * Events between two kept states. Each checkpoint keeps its own copies of what changed since
 * the one before (trie paths, lanes, queues): at 64, a 1M-event run kept ~15k of them and
 * folding it took 2.8 s of CPU, at 256 1.9–2.7 s (Node, one process, interleaved, load 15;
 * issue 10). A position then costs at most 255 events folded in place (well under a ms).
 */
export const CHECKPOINT_EVERY = 256;

export class FoldHistory {
  /** Every event received, folded or not. */
  private readonly received = new PackedLog();
  /** The worker's digests of the batches (src/ui/state/marks.ts). */
  private readonly marks = new RecordingMarks();
  /** Packs events handed over as objects (`append`: tests, the CLI). */
  private packer?: EventPacker;
  /** The folded events, as a list (one object per history, so it can key caches). */
  readonly events: RecordedEvents;
  /** checkpoints[k] = state after k * K events. */
  private readonly checkpoints: ModelState[];
  /** The state after all events folded so far. */
  private head: ModelState;
  private last: ModelState;

  constructor(private readonly every = CHECKPOINT_EVERY) {
    this.head = emptyState();
    this.last = this.head;
    this.checkpoints = [this.head];
    this.events = new RecordedEvents(this.received, () => this.head.count, this.marks);
  }

  /** Events folded so far (the ones the page shows). */
  get length(): number {
    return this.head.count;
  }

  /** Events received but not folded yet. */
  get pending(): number {
    return this.received.length - this.head.count;
  }

  get final(): ModelState {
    return this.head;
  }

  /** Takes a batch from the worker, with the digest the worker made of it; nothing is folded yet. */
  receive(batch: PackedBatch, digest?: BatchDigest): void {
    this.received.append(batch);
    this.marks.add(batch.count, digest);
  }

  /** Receives and folds events at once (tests, the CLI). */
  append(events: readonly EngineEvent[]): void {
    this.packer ??= new EventPacker();
    this.receive(this.packer.pack(events));
    this.foldFor(Infinity);
  }

  /**
   * Folds pending events until none is left or `ms` milliseconds have passed (checked every
   * 256 events). Returns how many it folded.
   */
  foldFor(ms: number, now: () => number = () => performance.now()): number {
    const deadline = ms === Infinity ? Infinity : now() + ms;
    const start = this.head.count;
    const end = this.received.length;
    if (start >= end) return 0;
    // A private copy, folded in place until a checkpoint keeps it (then a new copy goes on).
    let s = copyState(this.head);
    let ed = FoldEdit.begin();
    const every = this.every;
    while (s.count < end) {
      const stop = Math.min(end, s.count + 256);
      while (s.count < stop) {
        foldInto(s, this.received.view(s.count)!, ed);
        if (s.count % every === 0) {
          this.checkpoints[s.count / every] = s;
          s = copyState(s);
          ed = FoldEdit.begin();
        }
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
    if (s.count < target) {
      s = copyState(s);
      const ed = FoldEdit.begin();
      while (s.count < target) foldInto(s, this.received.view(s.count)!, ed);
    }
    this.last = s;
    return s;
  }
}

/**
 * The folded events of a history, decoded on demand: `at`, `slice` and iteration decode only
 * what they return (array methods that build a whole array, such as `map`, cost O(length)).
 */
export class RecordedEvents extends ListBase<EngineEvent> {
  constructor(
    private readonly log: PackedLog,
    private readonly folded: () => number,
    private readonly digests?: RecordingMarks,
  ) {
    super();
  }

  /** The worker's digests of every event received (folded or not), when every batch came with one. */
  marks(): RecordingMarks | undefined {
    return this.digests?.complete ? this.digests : undefined;
  }

  get length(): number {
    return this.folded();
  }

  at(i: number): EngineEvent | undefined {
    const n = this.length;
    const k = i < 0 ? n + i : i;
    return k >= 0 && k < n ? this.log.at(k) : undefined;
  }

  slice(start = 0, end = this.length): EngineEvent[] {
    const n = this.length;
    const from = start < 0 ? Math.max(0, n + start) : Math.min(start, n);
    const to = end < 0 ? Math.max(0, n + end) : Math.min(end, n);
    return this.log.slice(from, to);
  }

  /** Event i's time, read from the packed log without decoding the event (NaN past the end). */
  timeAt(i: number): number {
    return i >= 0 && i < this.length ? this.log.timeAt(i) : Number.NaN;
  }

  /** Event i's type, read without decoding the event. */
  typeAt(i: number): EngineEvent['type'] | undefined {
    return i >= 0 && i < this.length ? this.log.typeAt(i) : undefined;
  }

  /**
   * Event i decoded into an object reused for every event of its shape (PackedLog.view): for a
   * reader that keeps none of it past its next read, such as the timeline's run index
   * (src/ui/timeline/runIndex.ts), which would otherwise make one object per event it reads.
   */
  viewAt(i: number): EngineEvent | undefined {
    return i >= 0 && i < this.length ? this.log.view(i) : undefined;
  }

  override *[Symbol.iterator](): Iterator<EngineEvent> {
    for (let i = 0; i < this.length; i++) yield this.log.at(i)!;
  }
}
