/**
 * The writing side of the packed form of a recording (packed.ts describes the format): the
 * tables of strings and shapes, and a growing buffer of shape numbers and value slots that
 * `take()` hands over as one batch.
 *
 * The recorder writes every event straight into it (issue 10: an event object per await,
 * kept until the slice ends, cost most of what recording did — the garbage collector
 * promoting millions of short-lived objects). Its hot events skip the object entirely: they
 * resolve their shape once and write their slots with `reserve` / `shapes` / `slots`; any
 * other event goes through `add`, which reads the object's keys as EventPacker always did.
 */
import type { EngineEvent } from './types';

/**
 * What a slot holds: a number, a string's index, a position's or other JSON's index, a
 * boolean, nothing (the key's value is undefined), or an integer that decodes to its decimal
 * text ('i': a value the recorder was given as a number where the event holds a string, so
 * a resolved value 42 needs no string made and kept per event; recorder.ts `resolvedInteger`),
 * or an integer that decodes to the shape's constant prefix and its decimal text ('p': a
 * Task's default name `Task-12`, recorder.ts `enqueueNumbered`; issue 10: interning a
 * name that is new for every Task cost a third of what recording added to a promisio await
 * chain, and each was a table entry the page kept).
 * Three kinds have no slot (issue 10: every slot is 4 bytes of every batch the worker sends
 * and the page keeps, and what a run's batches allocate is what sends the engine's garbage
 * collector into full collections): 'q', whose value is the event's index in the recording
 * (an event's `seq` is its index); 'u', undefined; and 'c', the shape's constant string
 * (`PackedShape.consts`): every event's `type`, and the queue of the recorder's enqueue and
 * dequeue events.
 */
export type Kind = 'n' | 's' | 'l' | 'b' | 'u' | 'j' | 'i' | 'p' | 'q' | 'c';

/** Whether a key of this kind takes a slot. */
export function hasSlot(kind: Kind): boolean {
  return kind !== 'q' && kind !== 'u' && kind !== 'c';
}

/** Slots an event of this shape takes. */
export function slotWidth(kinds: readonly Kind[]): number {
  let n = 0;
  for (const k of kinds) if (hasSlot(k)) n++;
  return n;
}

export interface PackedShape {
  keys: string[];
  kinds: Kind[];
  /**
   * The value of each key of kind 'c' and the prefix of each of kind 'p' (null at the
   * others); absent when the shape has none.
   */
  consts?: (string | null)[];
}

/**
 * Key j of an event of `shape` whose index is `index` and whose next slot is `slots[at]`:
 * the one decoder of both sides for the keys without a slot (the caller advances `at` for
 * the others, `hasSlot`).
 */
export function slotlessValue(shape: PackedShape, j: number, index: number): unknown {
  const kind = shape.kinds[j];
  return kind === 'q' ? index : kind === 'c' ? shape.consts![j] : undefined;
}

export interface PackedBatch {
  /** Events in the batch. */
  count: number;
  /** Shape index of each event. */
  shapes: Uint16Array;
  /**
   * The value slots of all events, in order (each event has as many as its shape has keys):
   * 32-bit integers, a number that is not one written as its text (NUMBER_TEXT).
   */
  slots: Int32Array;
  /** Entries appended to the tables since the previous batch. */
  newStrings: string[];
  newShapes: PackedShape[];
}

/**
 * Slots are 32-bit integers (issue 10: with a float64 per slot, allocating and filling each
 * batch's buffer was a tenth of what recording added to an await loop, and the page keeps
 * every batch): a number slot holds the number itself when it is an integer from
 * NUMBER_TEXT up (every seq, id, count and queue item, and nearly every virtual time), and
 * otherwise (a fraction, -0, NaN, a large or very negative number) its text, interned in
 * the string table like any string, as NUMBER_TEXT - 1 - the text's index. The text is
 * `String(n)` ('-0' for -0), which JavaScript reads back as the same number.
 */
export const NUMBER_TEXT = -0x40000000;

/** Whether a number is kept in a slot as itself (else as its text: NUMBER_TEXT). */
export function isInlineNumber(n: number): boolean {
  return (n | 0) === n && n >= NUMBER_TEXT && (n !== 0 || 1 / n > 0);
}

/** The number a number slot holds: itself, or the number its text says (parsed once, cached in `parsed`). */
export function decodeNumber(slot: number, strings: readonly string[], parsed: unknown[]): number {
  if (slot >= NUMBER_TEXT) return slot;
  const index = NUMBER_TEXT - 1 - slot;
  let v = parsed[index];
  if (v === undefined) parsed[index] = v = Number(strings[index]);
  return v as number;
}

/** The decimal text of an integer slot (kinds 'i' and 'p'). */
export function integerText(slot: number, strings: readonly string[]): string {
  return slot >= NUMBER_TEXT ? `${slot}` : strings[NUMBER_TEXT - 1 - slot]!;
}

/**
 * A slot's value as the event held it: the one decoder of both sides (the engine's
 * `takeEvents`, the page's PackedLog). `parsed` caches each position or JSON value by its
 * string index, so every event that holds one shares the decoded object; `prefix` is the
 * shape's constant at this key (kind 'p').
 */
export function decodeSlot(
  slot: number,
  kind: Kind,
  strings: readonly string[],
  parsed: unknown[],
  prefix: string | null | undefined,
): unknown {
  switch (kind) {
    case 'q':
    case 'c':
    case 'u':
      // No slot: the caller decodes these (slotlessValue).
      return undefined;
    case 'n':
      // An integer comes back as the small integer an Int32Array read gives. A float stored
      // in an object field is boxed, a heap number per field per object: the page's fold,
      // which keeps a marker and a segment per event, kept ~2.3 per event of a 1M-event run
      // when slots were float64 (issue 10: a 1M-event run opens in < 2 s).
      return decodeNumber(slot, strings, parsed);
    case 's':
      return strings[slot];
    case 'b':
      return slot === 1;
    case 'i':
      return integerText(slot, strings);
    case 'p':
      return `${prefix}${integerText(slot, strings)}`;
    case 'l':
    case 'j': {
      let v = parsed[slot];
      if (v === undefined) parsed[slot] = v = JSON.parse(strings[slot]!);
      return v;
    }
  }
}

export function kindOf(v: unknown): Kind {
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

/** A shape registered for one event type, with its id. */
interface TypeShape {
  keys: string[];
  kinds: Kind[];
  consts: (string | null)[] | undefined;
  id: number;
}

/**
 * Slots from which `take` hands a batch its buffer rather than a copy: a small batch (a slice
 * that recorded little) is copied, so the page never keeps a mostly empty buffer per batch.
 */
const HANDOVER_SLOTS = 16384;

/** How many recently interned objects `PackedWriter.object` compares before its WeakMap. */
const RECENT = 8;

export class PackedWriter {
  /*
   * What `object` reads for every position an event holds comes first, in the first cache
   * line or two of the object (V8 lays fields out in the order they are made; issue 10: in a
   * run, each line an event touches is one the interpreter's work may have evicted).
   */
  /** The last object `object` was asked for, and its table index. */
  private lastObject: object | null = null;
  private lastObjectIndex = 0;
  /** The kind of the last object interned by `object` ('l' or 'j'). */
  lastObjectKind: Kind = 'l';
  /**
   * The last RECENT objects `object` was asked for, each followed by its entry (as in
   * `objects`), replaced in turn: the positions of one loop's calls and awaits come round
   * again and again, and comparing a few references costs less than a WeakMap lookup (issue
   * 10). One array, not one of objects and one of entries: one object fewer to read.
   */
  private readonly recent: (object | number | null)[] = Array.from({ length: 2 * RECENT }, () => null);
  private recentNext = 0;
  private readonly strings = new Map<string, number>();
  private readonly shapeIds = new Map<string, number>();
  /** Shapes by event type, checked key by key before building a shape's string key. */
  private readonly byType = new Map<unknown, TypeShape[]>();
  /** The shape the last event of each type written through `add` had (`addAs`). */
  private readonly lastOfType = new Map<unknown, TypeShape>();
  /**
   * Positions and other objects already interned, by identity (the engine reuses a node's
   * position object): twice the string index, plus 1 for JSON that is not a position.
   */
  private readonly objects = new WeakMap<object, number>();
  private newStrings: string[] = [];
  private newShapes: PackedShape[] = [];
  /** Every table entry so far, for decoding on this side (`unpack`). */
  readonly allStrings: string[] = [];
  readonly allShapes: PackedShape[] = [];
  /** Parsed positions and JSON values, by string index (decodeSlot). */
  private readonly parsed: unknown[] = [];
  /** Events handed over by `take` / `takeEvents` so far: the index of this batch's first event. */
  taken = 0;
  /** Events written since the last `take`, and their slots. */
  count = 0;
  used = 0;
  shapes: Uint16Array;
  slots: Int32Array;
  private readonly kindsScratch: Kind[] = [];

  constructor(initialEvents = 1024) {
    this.shapes = new Uint16Array(initialEvents);
    this.slots = new Int32Array(initialEvents * 6);
  }

  /** Room for one more event of `width` slots. */
  reserve(width: number): void {
    if (this.count === this.shapes.length) {
      const grown = new Uint16Array(this.shapes.length * 2);
      grown.set(this.shapes);
      this.shapes = grown;
    }
    if (this.used + width > this.slots.length) {
      const grown = new Int32Array(this.slots.length * 2 + width);
      grown.set(this.slots);
      this.slots = grown;
    }
  }

  /** Any event object, read key by key (the events that have no method of their own in the recorder). */
  add(ev: EngineEvent): void {
    const rec = ev as unknown as Record<string, unknown>;
    const last = this.lastOfType.get(rec.type);
    if (last !== undefined && this.addAs(rec, last)) return;
    const keys = Object.keys(rec);
    const kinds = this.kindsScratch;
    kinds.length = keys.length;
    const index = this.taken + this.count;
    let consts: (string | null)[] | undefined;
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j]!;
      const v = rec[k];
      if (k === 'type' && typeof v === 'string') {
        kinds[j] = 'c';
        (consts ??= keys.map(() => null))[j] = v;
      } else kinds[j] = k === 'seq' && v === index ? 'q' : this.kindOfValue(v);
    }
    this.reserve(keys.length);
    const id = this.knownShape(rec.type, keys, kinds, consts) ?? this.shape(rec.type, keys, kinds.slice(), consts);
    this.shapes[this.count++] = id;
    for (let j = 0; j < keys.length; j++) if (hasSlot(kinds[j]!)) this.slots[this.used++] = this.slot(rec[keys[j]!], kinds[j]!);
    this.lastOfType.set(
      rec.type,
      this.byType.get(rec.type)!.find((sh) => sh.id === id)!,
    );
  }

  /**
   * Writes an event as `shape` if it has that shape, checked key by key while its slots are
   * written (for-in walks a plain object's keys in the order Object.keys gives, without
   * making an array); false, with nothing written, if it has another. Most events of a type
   * share one shape, so `add` tries the type's last one first (issue 10: the CLI, the tests
   * and `Recorder.emit` pack event objects this way).
   */
  private addAs(rec: Record<string, unknown>, shape: TypeShape): boolean {
    const { keys, kinds, consts } = shape;
    const width = keys.length;
    this.reserve(width);
    const s = this.slots;
    let at = this.used;
    let j = 0;
    for (const k in rec) {
      if (j === width || k !== keys[j]) return false;
      const v = rec[k];
      const kind = kinds[j]!;
      if (kind === 'q') {
        if (v !== this.taken + this.count) return false;
      } else if (kind === 'c') {
        if (v !== consts![j]) return false;
      } else if (kind === 'u') {
        if (v !== undefined) return false;
      } else {
        if (this.kindOfValue(v) !== kind) return false;
        s[at++] = this.slot(v, kind);
      }
      j++;
    }
    if (j !== width) return false;
    this.shapes[this.count++] = shape.id;
    this.used = at;
    return true;
  }

  /** A value's kind; an object interned before is a position or JSON already: its kind is known. */
  private kindOfValue(v: unknown): Kind {
    if (typeof v !== 'object' || v === null) return kindOf(v);
    const known = this.objects.get(v);
    return known === undefined ? kindOf(v) : known & 1 ? 'j' : 'l';
  }

  /** The events written since the previous call, as a batch whose arrays belong to the caller. */
  take(): PackedBatch {
    const used = this.used;
    let slots: Int32Array;
    if (used < HANDOVER_SLOTS) slots = this.slots.slice(0, used);
    else {
      // A large batch takes the slot buffer itself (the worker transfers it to the page), not a
      // copy (issue 10: copying each streamed batch out was a fifth of what recording cost on
      // an await loop), when the buffer is at most a quarter larger than what it holds (else a
      // copy). The next batch gets a fresh buffer with room for as many slots and an eighth
      // more: a slice streaming batches of one size hands over each one's buffer.
      slots = this.slots.length <= used + (used >>> 2) ? this.slots.subarray(0, used) : this.slots.slice(0, used);
      this.slots = new Int32Array(used + (used >>> 3));
    }
    const batch: PackedBatch = {
      count: this.count,
      shapes: this.shapes.slice(0, this.count),
      slots,
      newStrings: this.newStrings,
      newShapes: this.newShapes,
    };
    this.taken += this.count;
    this.count = 0;
    this.used = 0;
    this.newStrings = [];
    this.newShapes = [];
    return batch;
  }

  /** The events written since the previous call, as objects (the engine's `step()` API). */
  takeEvents(): EngineEvent[] {
    const out: EngineEvent[] = [];
    let k = 0;
    for (let i = 0; i < this.count; i++) {
      const shape = this.allShapes[this.shapes[i]!]!;
      const ev: Record<string, unknown> = {};
      for (let j = 0; j < shape.keys.length; j++) {
        const kind = shape.kinds[j]!;
        ev[shape.keys[j]!] = hasSlot(kind)
          ? decodeSlot(this.slots[k++]!, kind, this.allStrings, this.parsed, shape.consts?.[j])
          : slotlessValue(shape, j, this.taken + i);
      }
      out.push(ev as unknown as EngineEvent);
    }
    this.taken += this.count;
    this.count = 0;
    this.used = 0;
    this.newStrings = [];
    this.newShapes = [];
    return out;
  }

  /** The id of a shape seen before for this type, compared key by key (no string built). */
  private knownShape(
    type: unknown,
    keys: readonly string[],
    kinds: readonly Kind[],
    consts: readonly (string | null)[] | undefined,
  ): number | undefined {
    const list = this.byType.get(type);
    if (!list) return undefined;
    for (const sh of list) {
      if (sh.keys.length !== keys.length) continue;
      let same = true;
      for (let j = 0; j < keys.length && same; j++) {
        same =
          sh.keys[j] === keys[j] && sh.kinds[j] === kinds[j] && ((kinds[j] !== 'c' && kinds[j] !== 'p') || sh.consts![j] === consts![j]);
      }
      if (same) return sh.id;
    }
    return undefined;
  }

  /**
   * The id of a shape, registered if new (the recorder asks once per method and variant);
   * `consts` holds the value of each key of kind 'c'.
   */
  shape(type: unknown, keys: string[], kinds: Kind[], consts?: (string | null)[]): number {
    const key = `${keys.join(',')}|${kinds.join('')}|${consts ? JSON.stringify(consts) : ''}`;
    let id = this.shapeIds.get(key);
    if (id === undefined) {
      id = this.shapeIds.size;
      if (id > 0xffff) throw new Error('PackedWriter: more than 65,536 event shapes');
      this.shapeIds.set(key, id);
      const shape: PackedShape = consts ? { keys, kinds, consts } : { keys, kinds };
      this.newShapes.push(shape);
      this.allShapes.push(shape);
    }
    let list = this.byType.get(type);
    if (!list) this.byType.set(type, (list = []));
    if (!list.some((sh) => sh.id === id)) list.push({ keys, kinds, consts, id });
    return id;
  }

  /** The table index of a string. */
  string(s: string): number {
    let id = this.strings.get(s);
    if (id === undefined) {
      id = this.strings.size;
      this.strings.set(s, id);
      this.newStrings.push(s);
      this.allStrings.push(s);
    }
    return id;
  }

  /**
   * The table index of an object's JSON text (a position, or any other object), interned
   * by identity: the same object again (a node's position) is the same entry. Events are
   * never changed after they are recorded, so an object's JSON cannot change either. Sets
   * `lastObjectKind`. Equal positions decode to one shared object.
   */
  object(o: object): number {
    // The same object as the last call (a task's awaited event after its coroutine's, at the
    // same await; an await in a loop): its kind is `lastObjectKind` already.
    if (o === this.lastObject) return this.lastObjectIndex;
    // One of the last few objects (the call and await sites of a loop) skips the WeakMap.
    const recent = this.recent;
    let entry: number | undefined;
    for (let i = 0; i < 2 * RECENT; i += 2) {
      if (recent[i] === o) {
        entry = recent[i + 1] as number;
        break;
      }
    }
    if (entry === undefined) {
      entry = this.objects.get(o);
      if (entry === undefined) {
        entry = this.string(JSON.stringify(o)) * 2 + (kindOf(o) === 'j' ? 1 : 0);
        this.objects.set(o, entry);
      }
      const k = this.recentNext;
      recent[k] = o;
      recent[k + 1] = entry;
      this.recentNext = (k + 2) % (2 * RECENT);
    }
    this.lastObjectKind = entry & 1 ? 'j' : 'l';
    this.lastObject = o;
    return (this.lastObjectIndex = entry >>> 1);
  }

  /** A number's slot: the number itself, or its text's (NUMBER_TEXT). */
  number(n: number): number {
    return isInlineNumber(n) ? n : NUMBER_TEXT - 1 - this.string(Object.is(n, -0) ? '-0' : String(n));
  }

  private slot(v: unknown, kind: Kind): number {
    switch (kind) {
      case 'n':
      case 'i':
      case 'p':
        return this.number(v as number);
      case 's':
        return this.string(v as string);
      case 'b':
        return v ? 1 : 0;
      case 'l':
      case 'j':
        return this.object(v as object);
      case 'q':
      case 'c':
      case 'u':
        return 0;
    }
  }
}

/**
 * The last few strings one field of one kind of event held, and their table indexes: most
 * values of a field are among a handful (a queue's name, a resume label, a function's name),
 * and comparing a string with the one remembered costs a fraction of looking it up in a
 * table of hundreds of thousands (a cache miss or two, and hashing a fresh copy). One per
 * field, so the ever-new values of one field (resolved values) never push out another's.
 */
export class StringMemo {
  /**
   * Entry k: a string at 2k and its table index at 2k + 1, in one array (one object to read,
   * where an array of strings and one of indexes were two, each with its own backing store:
   * issue 10). Two ways: entries 0–7 hold the strings last asked for, 8–15 the ones they
   * replaced, so two strings that hash alike (`resume leaf()` and `resume main()` in one
   * await chain: a table lookup at every other enqueue) both stay. null until used, which
   * no string equals; made by Array.from, which makes a packed array where `new Array(32)`
   * makes a holey one, whose reads check for holes.
   */
  private readonly entries: (string | number | null)[] = Array.from({ length: 32 }, () => null);

  id(w: PackedWriter, s: string): number {
    const n = s.length;
    const k = ((n + (n > 0 ? s.charCodeAt(n - 1) : 0)) & 7) << 1;
    const e = this.entries;
    if (e[k] === s) return e[k + 1] as number;
    if (e[k + 16] === s) return e[k + 17] as number;
    const id = w.string(s);
    e[k + 16] = e[k] ?? null;
    e[k + 17] = e[k + 1] ?? null;
    e[k] = s;
    e[k + 1] = id;
    return id;
  }
}
