/**
 * A compact form of a recording, for sending it from the engine's Web Worker to the page
 * and keeping it there (issue 10: a million events as objects cost ~280 MB of the page's
 * heap and seconds of structured-clone copying on its main thread).
 *
 * Every event becomes a shape number (its type, its keys in order and what kind of value
 * each holds) and one float64 slot per key: numbers as themselves, booleans as 0/1,
 * strings and source positions as indexes into tables that are sent once, JSON for
 * anything else. So decoding gives back an object with the same keys, in the same order,
 * and the same values (`tests/events/packed.test.ts` checks every event of real runs).
 *
 * The encoder lives in the worker, one per model; each `pack` call returns a batch whose
 * typed arrays can be transferred (not copied) and the table entries that are new since
 * the previous batch. The page appends batches to a `PackedLog`, which keeps each batch as
 * it arrived (never re-copied as it grows) and decodes one event at a time.
 */
import type { EngineEvent } from './types';

type Kind = 'n' | 's' | 'l' | 'b' | 'u' | 'j';

export interface PackedShape {
  keys: string[];
  kinds: Kind[];
}

export interface PackedBatch {
  /** Events in the batch. */
  count: number;
  /** Shape index of each event. */
  shapes: Uint16Array;
  /** The value slots of all events, in order (each event has as many as its shape has keys). */
  slots: Float64Array;
  /** Entries appended to the tables since the previous batch. */
  newStrings: string[];
  newShapes: PackedShape[];
}

function kindOf(v: unknown): Kind {
  switch (typeof v) {
    case 'number':
      return 'n';
    case 'string':
      return 's';
    case 'boolean':
      return 'b';
    case 'undefined':
      return 'u';
    default:
      return isPos(v) ? 'l' : 'j';
  }
}

/** A plain source position ({line, col} and optional numeric endLine/endCol, string file). */
function isPos(v: unknown): v is Record<string, number | string> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  if (typeof o.line !== 'number' || typeof o.col !== 'number') return false;
  for (const [k, x] of Object.entries(o)) {
    if (k === 'file' ? typeof x !== 'string' : typeof x !== 'number') return false;
  }
  return true;
}

export class EventPacker {
  private readonly strings = new Map<string, number>();
  private readonly shapeIds = new Map<string, number>();
  /** Shapes by event type, checked key by key before building a shape's string key. */
  private readonly byType = new Map<unknown, { keys: string[]; kinds: Kind[]; id: number }[]>();
  /** Positions and other objects already interned, by identity (the engine reuses a node's position object). */
  private readonly objects = new WeakMap<object, number>();
  private readonly objectKinds = new WeakMap<object, Kind>();
  private newStrings: string[] = [];
  private newShapes: PackedShape[] = [];

  /** The shape the last event of each type had (most events of a type share one). */
  private readonly lastOfType = new Map<unknown, { keys: string[]; kinds: Kind[]; id: number }>();

  pack(events: readonly EngineEvent[]): PackedBatch {
    const shapes = new Uint16Array(events.length);
    let slots = new Float64Array(events.length * 6);
    let used = 0;
    const kinds: Kind[] = [];
    for (let i = 0; i < events.length; i++) {
      const rec = events[i] as unknown as Record<string, unknown>;
      // Fast path (issue 10: packing is on the way from Run to the timeline): the event has
      // its type's last shape, checked key by key while its slots are written (for-in walks
      // the keys in the order Object.keys gives, without making an array).
      const last = this.lastOfType.get(rec.type);
      if (last && used + last.keys.length <= slots.length) {
        let j = 0;
        let at = used;
        for (const k in rec) {
          if (k !== last.keys[j]) {
            j = -1;
            break;
          }
          const v = rec[k];
          const kind = this.kindOfValue(v);
          if (kind !== last.kinds[j]) {
            j = -1;
            break;
          }
          slots[at++] = this.slot(v, kind);
          j++;
        }
        if (j === last.keys.length) {
          shapes[i] = last.id;
          used = at;
          continue;
        }
      }
      const keys = Object.keys(rec);
      kinds.length = keys.length;
      for (let j = 0; j < keys.length; j++) kinds[j] = this.kindOfValue(rec[keys[j]!]);
      const id = this.knownShape(rec.type, keys, kinds) ?? this.shape(rec.type, keys, kinds.slice());
      shapes[i] = id;
      this.lastOfType.set(
        rec.type,
        this.byType.get(rec.type)!.find((sh) => sh.id === id)!,
      );
      if (used + keys.length > slots.length) {
        const grown = new Float64Array(slots.length * 2 + keys.length);
        grown.set(slots);
        slots = grown;
      }
      for (let j = 0; j < keys.length; j++) slots[used++] = this.slot(rec[keys[j]!], kinds[j]!);
    }
    const batch: PackedBatch = {
      count: events.length,
      shapes,
      slots: slots.slice(0, used),
      newStrings: this.newStrings,
      newShapes: this.newShapes,
    };
    this.newStrings = [];
    this.newShapes = [];
    return batch;
  }

  /** A value's kind; an object interned before is a position or JSON already: its kind is known. */
  private kindOfValue(v: unknown): Kind {
    return typeof v === 'object' && v !== null && this.objects.has(v) ? this.objectKinds.get(v)! : kindOf(v);
  }

  /** The id of a shape seen before for this type, compared key by key (no string built). */
  private knownShape(type: unknown, keys: string[], kinds: Kind[]): number | undefined {
    const list = this.byType.get(type);
    if (!list) return undefined;
    for (const sh of list) {
      if (sh.keys.length !== keys.length) continue;
      let same = true;
      for (let j = 0; j < keys.length && same; j++) same = sh.keys[j] === keys[j] && sh.kinds[j] === kinds[j];
      if (same) return sh.id;
    }
    return undefined;
  }

  private shape(type: unknown, keys: string[], kinds: Kind[]): number {
    const key = `${keys.join(',')}|${kinds.join('')}`;
    let id = this.shapeIds.get(key);
    if (id === undefined) {
      id = this.shapeIds.size;
      if (id > 0xffff) throw new Error('EventPacker: more than 65,536 event shapes');
      this.shapeIds.set(key, id);
      this.newShapes.push({ keys, kinds });
    }
    let list = this.byType.get(type);
    if (!list) this.byType.set(type, (list = []));
    if (!list.some((sh) => sh.id === id)) list.push({ keys, kinds, id });
    return id;
  }

  private string(s: string): number {
    let id = this.strings.get(s);
    if (id === undefined) {
      id = this.strings.size;
      this.strings.set(s, id);
      this.newStrings.push(s);
    }
    return id;
  }

  private slot(v: unknown, kind: Kind): number {
    switch (kind) {
      case 'n':
        return v as number;
      case 's':
        return this.string(v as string);
      case 'b':
        return v ? 1 : 0;
      case 'u':
        return 0;
      // A position is interned by its JSON text: equal positions decode to one shared object.
      case 'l':
      case 'j': {
        // The same object again (a node's position) is the same entry. Events are never
        // changed after they are recorded, so an object's JSON cannot change either.
        const o = v as object;
        let id = this.objects.get(o);
        if (id === undefined) {
          id = this.string(JSON.stringify(v));
          this.objects.set(o, id);
          this.objectKinds.set(o, kind);
        }
        return id;
      }
    }
  }
}

/** One batch as the worker sent it, and where each of its events' slots begin. */
interface StoredBatch {
  /** Index (in the whole log) of the batch's first event. */
  start: number;
  count: number;
  shapes: Uint16Array;
  slots: Float64Array;
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
  /** Where a shape keeps its `time` and `type` (-1 when it has none). */
  private readonly timeAtShape: number[] = [];
  private readonly typeAtShape: number[] = [];
  /** Parsed positions and JSON values, by string index (shared by every event that has them). */
  private readonly parsed: unknown[] = [];
  private readonly batches: StoredBatch[] = [];
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
      this.widths.push(sh.keys.length);
      const time = sh.keys.indexOf('time');
      const type = sh.keys.indexOf('type');
      this.timeAtShape.push(time >= 0 && sh.kinds[time] === 'n' ? time : -1);
      this.typeAtShape.push(type >= 0 && sh.kinds[type] === 's' ? type : -1);
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
    for (let j = 0; j < keys.length; j++) out[keys[j]!] = this.value(slots[at++]!, kinds[j]!);
    return out as unknown as EngineEvent;
  }

  /** The i-th event's `time`, without decoding it (NaN when it has none). */
  timeAt(i: number): number {
    if (!(i >= 0 && i < this.count)) return Number.NaN;
    const b = this.batchOf(i);
    const k = i - b.start;
    const j = this.timeAtShape[b.shapes[k]!]!;
    return j < 0 ? Number.NaN : b.slots[b.offsets[k]! + j]!;
  }

  /** The i-th event's `type`, without decoding it. */
  typeAt(i: number): EngineEvent['type'] | undefined {
    if (!(i >= 0 && i < this.count)) return undefined;
    const b = this.batchOf(i);
    const k = i - b.start;
    const j = this.typeAtShape[b.shapes[k]!]!;
    return j < 0 ? undefined : (this.strings[b.slots[b.offsets[k]! + j]!] as EngineEvent['type']);
  }

  /** The events [start, end), decoded. */
  slice(start = 0, end = this.count): EngineEvent[] {
    const out: EngineEvent[] = [];
    for (let i = Math.max(0, start); i < Math.min(end, this.count); i++) out.push(this.at(i)!);
    return out;
  }

  private value(slot: number, kind: Kind): unknown {
    switch (kind) {
      case 'n':
        return slot;
      case 's':
        return this.strings[slot];
      case 'b':
        return slot === 1;
      case 'u':
        return undefined;
      case 'l':
      case 'j': {
        let v = this.parsed[slot];
        if (v === undefined) this.parsed[slot] = v = JSON.parse(this.strings[slot]!);
        return v;
      }
    }
  }
}
