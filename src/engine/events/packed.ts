/**
 * A compact form of a recording, for sending it from the engine's Web Worker to the page
 * and keeping it there (issue 10: a million events as objects cost ~280 MB of the page's
 * heap and seconds of structured-clone copying on its main thread).
 *
 * Every event becomes a shape number (its type, its keys in order and what kind of value
 * each holds) and one 32-bit slot per key: numbers as themselves (or, when not a 32-bit
 * integer, as their text: packed-writer.ts NUMBER_TEXT), booleans as 0/1, strings and
 * source positions as indexes into tables that are sent once, JSON for anything else —
 * except the keys the shape alone gives (packed-writer.ts `hasSlot`): `seq`
 * when it is the event's index in the recording (as the recorder's always is), a key whose
 * value is undefined, and the event's `type` (a constant of its shape). So decoding gives back an object with the same keys, in the same order,
 * and the same values (`tests/events/packed.test.ts` checks every event of real runs).
 *
 * The encoder (packed-writer.ts) is the engine's recorder itself, one per run: each batch
 * holds typed arrays that can be transferred (not copied) and the table entries that are
 * new since the previous batch. The page appends batches to a `PackedLog`, which keeps each batch as
 * it arrived (never re-copied as it grows) and decodes one event at a time.
 */
import type { EngineEvent } from './types';
import {
  PackedWriter,
  decodeNumber,
  decodeSlot,
  hasSlot,
  slotWidth,
  slotlessValue,
  type Kind,
  type PackedBatch,
  type PackedShape,
} from './packed-writer';

export type { PackedBatch, PackedShape } from './packed-writer';

/** Packs event objects (the engine's recorder writes its own packed batches: recorder.ts). */
export class EventPacker {
  private readonly writer = new PackedWriter();

  pack(events: readonly EngineEvent[]): PackedBatch {
    for (const ev of events) this.writer.add(ev);
    return this.writer.take();
  }
}

/** One batch as the worker sent it, and where each of its events' slots begin. */
interface StoredBatch {
  /** Index (in the whole log) of the batch's first event. */
  start: number;
  count: number;
  shapes: Uint16Array;
  slots: Int32Array;
  /** offsets[k] = index in `slots` of event k's first slot. */
  offsets: Uint32Array;
}

/**
 * The page's side: a growing recording of packed batches, read one event at a time.
 *
 * A batch is kept as it arrived (its typed arrays were transferred, not copied): appending
 * costs one pass over its shape numbers to note where each event's slots begin, so taking a
 * million events costs the main thread a few ms (issue 10), and nothing is ever re-copied as
 * the log grows.
 */
export class PackedLog {
  private readonly strings: string[] = [];
  private readonly shapes: PackedShape[] = [];
  /** Slots per event, by shape. */
  private readonly widths: number[] = [];
  /** Where a shape keeps its `time` (-1 when it has none), and its `type`. */
  private readonly timeAtShape: number[] = [];
  private readonly typeOfShape: (EngineEvent['type'] | undefined)[] = [];
  /** Parsed positions and JSON values, by string index (shared by every event that has them). */
  private readonly parsed: unknown[] = [];
  private readonly batches: StoredBatch[] = [];
  /** One reused object per shape, for `view`. */
  private readonly views: (Record<string, unknown> | undefined)[] = [];
  /** What `view` rewrites of a shape's reused object, by shape (ViewPlan). */
  private readonly plans: ViewPlan[] = [];
  /** The batch the last lookup found (reads go mostly in order). */
  private current = 0;
  private count = 0;

  get length(): number {
    return this.count;
  }

  append(batch: PackedBatch): void {
    for (const s of batch.newStrings) this.strings.push(s);
    for (const sh of batch.newShapes) {
      this.shapes.push(sh);
      this.widths.push(slotWidth(sh.kinds));
      // Slot positions: the keys before `time` that take no slot do not count.
      const time = sh.keys.indexOf('time');
      const type = sh.keys.indexOf('type');
      this.timeAtShape.push(time >= 0 && sh.kinds[time] === 'n' ? slotWidth(sh.kinds.slice(0, time)) : -1);
      this.typeOfShape.push(type >= 0 && sh.kinds[type] === 'c' ? (sh.consts![type] as EngineEvent['type']) : undefined);
      this.plans.push(viewPlan(sh));
    }
    if (batch.count === 0) return;
    const offsets = new Uint32Array(batch.count);
    const widths = this.widths;
    let at = 0;
    for (let i = 0; i < batch.count; i++) {
      offsets[i] = at;
      at += widths[batch.shapes[i]!] ?? 0;
    }
    this.batches.push({ start: this.count, count: batch.count, shapes: batch.shapes, slots: batch.slots, offsets });
    this.count += batch.count;
  }

  /** The batch holding event i (0 <= i < length). */
  private batchOf(i: number): StoredBatch {
    const list = this.batches;
    let b = list[this.current]!;
    if (i >= b.start && i < b.start + b.count) return b;
    const next = list[this.current + 1];
    if (next && i >= next.start && i < next.start + next.count) {
      this.current++;
      return next;
    }
    let lo = 0;
    let hi = list.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (list[mid]!.start <= i) lo = mid;
      else hi = mid - 1;
    }
    this.current = lo;
    b = list[lo]!;
    return b;
  }

  /** The i-th event, rebuilt as the engine recorded it (a new object on every call). */
  at(i: number): EngineEvent | undefined {
    if (!(i >= 0 && i < this.count)) return undefined;
    const b = this.batchOf(i);
    const k = i - b.start;
    const shape = this.shapes[b.shapes[k]!]!;
    const slots = b.slots;
    let at = b.offsets[k]!;
    const out: Record<string, unknown> = {};
    const { keys, kinds } = shape;
    for (let j = 0; j < keys.length; j++) {
      const kind = kinds[j]!;
      out[keys[j]!] = hasSlot(kind)
        ? decodeSlot(slots[at++]!, kind, this.strings, this.parsed, shape.consts?.[j])
        : slotlessValue(shape, j, i);
    }
    return out as unknown as EngineEvent;
  }

  /**
   * The i-th event decoded into an object this log reuses for every event of its shape: valid
   * until the next `view` of an event of the same shape, for a reader that keeps none of it
   * (the page's fold, src/ui/state/history.ts). Filling an object whose keys are already in
   * place makes no object and changes no hidden class: in Chromium, building a fresh object
   * per event was most of the time a 1M-event run took to fold (issue 10).
   */
  view(i: number): EngineEvent | undefined {
    if (!(i >= 0 && i < this.count)) return undefined;
    const b = this.batchOf(i);
    const k = i - b.start;
    const id = b.shapes[k]!;
    const shape = this.shapes[id]!;
    const slots = b.slots;
    let at = b.offsets[k]!;
    const { keys, kinds } = shape;
    let out = this.views[id];
    if (out === undefined) {
      // The first view of a shape sets every key, in the shape's order (one hidden class).
      this.views[id] = out = {};
      for (let j = 0; j < keys.length; j++) {
        const kind = kinds[j]!;
        out[keys[j]!] = hasSlot(kind)
          ? decodeSlot(slots[at++]!, kind, this.strings, this.parsed, shape.consts?.[j])
          : slotlessValue(shape, j, i);
      }
      return out as unknown as EngineEvent;
    }
    // Later views rewrite only what differs between events of the shape: its slots and `seq`.
    const plan = this.plans[id]!;
    const slotKeys = plan.slotKeys;
    const slotKinds = plan.slotKinds;
    const slotConsts = plan.slotConsts;
    for (let j = 0; j < slotKeys.length; j++)
      out[slotKeys[j]!] = decodeSlot(slots[at++]!, slotKinds[j]!, this.strings, this.parsed, slotConsts[j]);
    if (plan.seqKey !== undefined) out[plan.seqKey] = i;
    return out as unknown as EngineEvent;
  }

  /** The i-th event's `time`, without decoding it (NaN when it has none). */
  timeAt(i: number): number {
    if (!(i >= 0 && i < this.count)) return Number.NaN;
    const b = this.batchOf(i);
    const k = i - b.start;
    const j = this.timeAtShape[b.shapes[k]!]!;
    return j < 0 ? Number.NaN : decodeNumber(b.slots[b.offsets[k]! + j]!, this.strings, this.parsed);
  }

  /** The i-th event's `type`, without decoding it. */
  typeAt(i: number): EngineEvent['type'] | undefined {
    if (!(i >= 0 && i < this.count)) return undefined;
    const b = this.batchOf(i);
    return this.typeOfShape[b.shapes[i - b.start]!];
  }

  /** The events [start, end), decoded. */
  slice(start = 0, end = this.count): EngineEvent[] {
    const out: EngineEvent[] = [];
    for (let i = Math.max(0, start); i < Math.min(end, this.count); i++) out.push(this.at(i)!);
    return out;
  }
}

/**
 * What `PackedLog.view` writes into a shape's reused object after the first time: the keys
 * that take a slot (in slot order) and the one that is the event's index (`seq`). A constant
 * of the shape (its `type`, a queue's name) and an undefined value are the same for every
 * event of the shape, so they stay as the first view set them: the await loop's events have
 * 13 slots for 19 keys, and each key written is a keyed store that V8 cannot specialise (one
 * site writes every shape's keys), about a quarter of the page's fold of a 1M-event run in a
 * CPU profile (issue 10: a 1M-event run opens in < 2 s).
 */
interface ViewPlan {
  slotKeys: string[];
  slotKinds: Kind[];
  /** The shape's constant at each of those keys (a kind 'p' key's prefix), else null. */
  slotConsts: (string | null)[];
  seqKey: string | undefined;
}

function viewPlan(shape: PackedShape): ViewPlan {
  const plan: ViewPlan = { slotKeys: [], slotKinds: [], slotConsts: [], seqKey: undefined };
  shape.keys.forEach((key, j) => {
    const kind = shape.kinds[j]!;
    if (hasSlot(kind)) {
      plan.slotKeys.push(key);
      plan.slotKinds.push(kind);
      plan.slotConsts.push(shape.consts?.[j] ?? null);
    } else if (kind === 'q') plan.seqKey = key;
  });
  return plan;
}
