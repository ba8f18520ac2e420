/**
 * Stamps events with `seq` and virtual `time` and keeps them, packed, until the next drain.
 *
 * Recording can be switched off (CLI without --events, benchmarks): `on` is false and
 * every emit is a cheap early return, so hot paths may call `emit` unconditionally —
 * but should guard expensive formatting with `if (rec.on)`.
 *
 * Events are written straight into the packed form the worker sends to the page
 * (packed-writer.ts), not kept as objects: an object per await, alive until the slice
 * ended, was most of what recording cost (issue 10: +735 % on an await chain, the garbage
 * collector promoting millions of them). The events of every await, call and loop turn
 * (`turn`, `enqueue`, `dequeue`, `invocation`, `started`, `awaited`, `resumed`, `resolved`,
 * `print`) have a method each that writes their slots directly, with the keys in the order
 * the event's object has them (`tests/events/recorder.test.ts` checks each against `emit`);
 * `emit` takes any other event as an object. `drainPacked()` hands the batch over as is;
 * `drain()` decodes it into objects for the CLI and the tests.
 */
import { isInlineNumber, PackedWriter, StringMemo, type Kind, type PackedBatch } from './packed-writer';
import type { EngineEvent, EventInput, InvocationKind, Pos, QueueName } from './types';
import {
  invocationShape,
  PrefixedLabelShapes,
  queueVariant,
  registerShape,
  shapeCache,
  UNSET,
  variantOf,
  type ShapeCache,
} from './recorder-shapes';

/**
 * Slots of the widest event a method of the recorder writes (`invocation`): `admitBelow`
 * keeps room for that many per event admitted without a check.
 */
const MAX_METHOD_SLOTS = 7;

/** The buffers of a recorder that does not record (it never writes into them). */
const EMPTY_SHAPES = new Uint16Array(0);
const EMPTY_SLOTS = new Int32Array(0);

/** The largest id a slot holds as itself (packed-writer.ts NUMBER_TEXT); ids are written unchecked (`newId`). */
const LAST_ID = 0x7fffffff;

export class Recorder {
  /*
   * The fields every event reads or writes come first, in one or two cache lines of the
   * object (V8 lays fields out in the order they are made): in a run, each line an event
   * touches is one the interpreter's own work may have pushed out of the cache, and the
   * recorder cost 2–3 times per event what it cost alone (issue 10).
   */
  /** Total events recorded (including drained ones). */
  count = 0;
  /**
   * `count` below which an event is admitted at once: the first count at which `admit` has
   * something to check (maxEvents reached, the batch full, the writer's buffers out of room
   * for events of MAX_METHOD_SLOTS), or -1 when recording is off. One comparison per event
   * instead of six (issue 10: the recorder's per-event work).
   */
  private admitBelow = -1;
  /**
   * The writer's buffers and fill, kept here while the event methods write (`pull` reads
   * them after the writer changed them, `flush` hands the fill back before the writer reads
   * it): an event then reads and writes the recorder's own fields and the two buffers, not
   * the writer's object as well.
   */
  private sh: Uint16Array = EMPTY_SHAPES;
  private sl: Int32Array = EMPTY_SLOTS;
  /** Events and slots in the writer's current batch (the writer's `count` and `used`). */
  private n = 0;
  private used = 0;
  /** Virtual time in milliseconds (`time`), and its slot, which every event ends with (`end`). */
  private now = 0;
  private nowSlot = 0;
  /** The invocation currently running (for `parent` links and print attribution). */
  current: number | undefined = undefined;
  /*
   * The shape of each variant of the most frequent events, in a field of its own (UNSET until
   * its first event): one read of the recorder, where a table per method was two more objects
   * an event touched. `invocation` and `print`, with many variants, keep a table.
   */
  private turnShape = UNSET;
  private startedNone = UNSET;
  private startedPos = UNSET;
  private startedJson = UNSET;
  private awaitedNone = UNSET;
  private awaitedNoneOn = UNSET;
  private awaitedPos = UNSET;
  private awaitedPosOn = UNSET;
  private awaitedJson = UNSET;
  private awaitedJsonOn = UNSET;
  private resumedNone = UNSET;
  private resumedBy = UNSET;
  private resolvedString = UNSET;
  private resolvedInt = UNSET;
  /** The queue of the last enqueue event and its shape (most are the microtask queue's). */
  private enqueueLast: QueueName | undefined = undefined;
  private enqueueLastShape = 0;
  private dequeueLast: QueueName | undefined = undefined;
  private dequeueLastShape = 0;

  /** Made with the recorder when it records (every event method writes into it). */
  private readonly writer: PackedWriter | undefined;
  truncated = false;
  private nextId = 1;

  /** Where a full batch goes before the slice ends (`streamTo`). */
  private onBatch: ((batch: PackedBatch) => void) | undefined = undefined;
  private batchEvents = Infinity;

  constructor(
    readonly on: boolean,
    private maxEvents = Infinity,
  ) {
    this.writer = on ? new PackedWriter() : undefined;
    this.pull();
  }

  /** Hands every `every` events recorded to `fn` as a batch, without waiting for a drain. */
  streamTo(fn: (batch: PackedBatch) => void, every: number): void {
    this.onBatch = fn;
    this.batchEvents = Math.max(1, every);
    this.setAdmitBelow();
  }

  /** The batch's fill, handed back to the writer before it reads it (take, reserve, add). */
  private flush(w: PackedWriter): void {
    w.count = this.n;
    w.used = this.used;
  }

  /** The writer's buffers and fill after it changed them, and `admitBelow` from them. */
  private pull(): void {
    const w = this.writer;
    if (w === undefined) return;
    this.sh = w.shapes;
    this.sl = w.slots;
    this.n = w.count;
    this.used = w.used;
    this.setAdmitBelow();
  }

  /**
   * `admitBelow` from the batch's fill and the writer's room, between events: `count` and the
   * batch's count grow together (every event admitted or final is one of each) until a batch
   * is taken, so the batch is full at `count - n + batchEvents`.
   */
  private setAdmitBelow(): void {
    if (this.writer === undefined) return;
    const room = Math.min(this.sh.length - this.n, Math.floor((this.sl.length - this.used) / MAX_METHOD_SLOTS));
    this.admitBelow = Math.min(this.maxEvents, this.count - this.n + this.batchEvents, this.count + room);
  }

  /** A fresh invocation id (ids are allocated even when recording is off). */
  newId(): number {
    const id = this.nextId++;
    // Past it, what is recorded ends as past maxEvents (2^31 calls: beyond any step budget).
    if (id === LAST_ID && this.count < this.maxEvents) {
      this.maxEvents = this.count;
      this.setAdmitBelow();
    }
    return id;
  }

  /** The writer (only called once `admit` said yes, or by `emitFinal` when on: it exists). */
  private get w(): PackedWriter {
    return this.writer!;
  }

  emit(e: EventInput): void {
    if (this.admit()) this.add(e);
  }

  /** Always recorded, even past maxEvents (end and error events). */
  emitFinal(e: EventInput): void {
    if (!this.on) return;
    this.count++;
    this.add(e);
  }

  /** An event as an object (its writer reserves its own room: `admitBelow` is redone after). */
  private add(e: EventInput): void {
    const ev = e as EngineEvent;
    // Its index in the recording: every event admitted or final is counted, then written.
    ev.seq = this.count - 1;
    ev.time = this.time;
    const w = this.w;
    this.flush(w);
    w.add(ev);
    this.pull();
  }

  /** Room for one more event; false (and `truncated`) past maxEvents or when recording is off. */
  private admit(): boolean {
    if (this.count < this.admitBelow) {
      this.count++;
      return true;
    }
    return this.admitChecked();
  }

  private admitChecked(): boolean {
    const w = this.writer;
    if (w === undefined) return false;
    if (this.count >= this.maxEvents) {
      this.truncated = true;
      return false;
    }
    this.flush(w);
    // Before the event is written: a batch holds whole events only.
    if (w.count >= this.batchEvents) this.onBatch!(w.take());
    w.reserve(MAX_METHOD_SLOTS);
    this.pull();
    this.count++;
    return true;
  }

  /** recorder-shapes.ts `registerShape`, for one variant of a method whose shapes are in a table. */
  private registerIn(c: ShapeCache, variant: number, keys: string[], kinds: Kind[], consts?: (string | null)[]): number {
    return (c.ids[variant] = registerShape(this.w, c.type, keys, kinds, consts));
  }

  /**
   * Starts an event of a known shape (`admit` made room for it and for MAX_METHOD_SLOTS
   * slots): returns the index before its first slot. The caller writes its slots through a
   * local copy of the slot array and index (`s[++k]`), then `end`s it.
   */
  private open(shape: number): number {
    this.sh[this.n++] = shape;
    return this.used - 1;
  }

  /**
   * Ends an event whose slots up to `at` are written: its `time` slot. Its `seq` is its
   * index in the recording, which takes no slot (packed-writer.ts kind 'q').
   */
  private end(s: Int32Array, at: number): void {
    s[at] = this.nowSlot;
    this.used = at + 1;
  }

  /** Virtual time in milliseconds; the models advance it. */
  get time(): number {
    return this.now;
  }

  /**
   * Its slot, once per change (the Python models set it at every 1 ns clock read, shown to the µs;
   * ARCHITECTURE.md, "Events"); a text is interned now, so it reaches the page before any event holding it.
   */
  set time(t: number) {
    if (Object.is(t, this.now)) return;
    this.now = t;
    const w = this.writer;
    this.nowSlot = isInlineNumber(t) || w === undefined ? t : w.number(t);
  }

  // One memo per string field of the methods below (packed-writer.ts StringMemo).
  private readonly enqueueLabel = new StringMemo();
  private readonly awaitedWhat = new StringMemo();
  private readonly resolvedValue = new StringMemo();
  private readonly invocationKind = new StringMemo();
  private readonly invocationName = new StringMemo();
  private readonly printText = new StringMemo();

  turn(n: number): void {
    if (this.count < this.admitBelow) this.count++;
    else if (!this.admitChecked()) return;
    let shape = this.turnShape;
    if (shape === UNSET) shape = this.turnShape = registerShape(this.w, 'turn', ['type', 'n', 'seq', 'time'], ['c', 'n', 'q', 'n']);
    let k = this.open(shape);
    const s = this.sl;
    s[++k] = this.w.number(n);
    this.end(s, k + 1);
  }

  private readonly enqueueShapes = shapeCache('enqueue');
  enqueue(queue: QueueName, item: number, label: string): void {
    if (this.count < this.admitBelow) this.count++;
    else if (!this.admitChecked()) return;
    const shape = queue === this.enqueueLast ? this.enqueueLastShape : this.enqueueShape(queue);
    let k = this.open(shape);
    const s = this.sl;
    s[++k] = item;
    s[++k] = this.enqueueLabel.id(this.w, label);
    this.end(s, k + 1);
  }

  private readonly numberedShapes = new PrefixedLabelShapes();
  /**
   * `{ type: 'enqueue', queue, item, label: prefix + n }`, the label written as its number
   * (packed-writer.ts kind 'p', the prefix a constant of the shape): a Task's default name,
   * `Task-12` (models/python/task.ts). Every Task has a name of its own, so each was a new
   * entry of the string table, and interning 300k of them was a third of what recording
   * added to a promisio await chain (issue 10: recording adds at most 50 %).
   */
  enqueueNumbered(queue: QueueName, item: number, prefix: string, n: number): void {
    if (this.count < this.admitBelow) this.count++;
    else if (!this.admitChecked()) return;
    const shape = this.numberedShapes.get(queue, prefix) ?? this.numberedShape(queue, prefix);
    let k = this.open(shape);
    const s = this.sl;
    s[++k] = item;
    s[++k] = this.w.number(n);
    this.end(s, k + 1);
  }

  private numberedShape(queue: QueueName, prefix: string): number {
    queueVariant(queue);
    const shape = registerShape(
      this.w,
      'enqueue',
      ['type', 'queue', 'item', 'label', 'seq', 'time'],
      ['c', 'c', 'n', 'p', 'q', 'n'],
      [null, queue, null, prefix, null, null],
    );
    return this.numberedShapes.add(queue, prefix, shape);
  }

  private timerShape = UNSET;
  /**
   * `{ type: 'enqueue', queue: 'timer', item, label, due }`: a timer armed (models/js
   * event-loop.ts addTimer). Its own method, as `enqueue`, because a 10k-task program arms
   * 100k timers and the object path (`emit`) cost about ten times a method per event
   * (issue 10: recording adds at most 50 %).
   */
  enqueueTimer(item: number, label: string, due: number): void {
    if (this.count < this.admitBelow) this.count++;
    else if (!this.admitChecked()) return;
    let shape = this.timerShape;
    if (shape === UNSET)
      shape = this.timerShape = registerShape(
        this.w,
        'enqueue',
        ['type', 'queue', 'item', 'label', 'due', 'seq', 'time'],
        ['c', 'c', 'n', 's', 'n', 'q', 'n'],
        [null, 'timer', null, null, null, null, null],
      );
    const labelId = this.enqueueLabel.id(this.w, label);
    let k = this.open(shape);
    const s = this.sl;
    s[++k] = item;
    s[++k] = labelId;
    s[++k] = this.w.number(due);
    this.end(s, k + 1);
  }

  private enqueueShape(queue: QueueName): number {
    const c = this.enqueueShapes;
    const v = queueVariant(queue);
    const shape =
      c.ids[v] ??
      this.registerIn(
        c,
        v,
        ['type', 'queue', 'item', 'label', 'seq', 'time'],
        ['c', 'c', 'n', 's', 'q', 'n'],
        [null, queue, null, null, null, null],
      );
    this.enqueueLast = queue;
    return (this.enqueueLastShape = shape);
  }

  private readonly dequeueShapes = shapeCache('dequeue');
  dequeue(queue: QueueName, item: number): void {
    if (this.count < this.admitBelow) this.count++;
    else if (!this.admitChecked()) return;
    const shape = queue === this.dequeueLast ? this.dequeueLastShape : this.dequeueShape(queue);
    let k = this.open(shape);
    const s = this.sl;
    s[++k] = item;
    this.end(s, k + 1);
  }

  private dequeueShape(queue: QueueName): number {
    const c = this.dequeueShapes;
    const v = queueVariant(queue);
    const shape =
      c.ids[v] ??
      this.registerIn(c, v, ['type', 'queue', 'item', 'seq', 'time'], ['c', 'c', 'n', 'q', 'n'], [null, queue, null, null, null]);
    this.dequeueLast = queue;
    return (this.dequeueLastShape = shape);
  }

  started(id: number, loc: Pos | undefined): void {
    if (this.count < this.admitBelow) this.count++;
    else if (!this.admitChecked()) return;
    const s = this.sl;
    if (loc === undefined) {
      let shape = this.startedNone;
      if (shape === UNSET) shape = this.startedNone = this.registerStarted('u');
      let k = this.open(shape);
      s[++k] = id;
      this.end(s, k + 1);
      return;
    }
    const w = this.w;
    const at = w.object(loc);
    let shape: number;
    if (w.lastObjectKind === 'l') {
      shape = this.startedPos;
      if (shape === UNSET) shape = this.startedPos = this.registerStarted('l');
    } else {
      shape = this.startedJson;
      if (shape === UNSET) shape = this.startedJson = this.registerStarted('j');
    }
    let k = this.open(shape);
    s[++k] = id;
    s[++k] = at;
    this.end(s, k + 1);
  }

  private registerStarted(lk: Kind): number {
    return registerShape(this.w, 'started', ['type', 'id', 'loc', 'seq', 'time'], ['c', 'n', lk, 'q', 'n']);
  }

  awaited(id: number, on: number | undefined, what: string, loc: Pos | undefined): void {
    if (this.count < this.admitBelow) this.count++;
    else if (!this.admitChecked()) return;
    const w = this.w;
    let shape: number;
    let at = 0;
    if (loc === undefined) {
      shape = on === undefined ? this.awaitedNone : this.awaitedNoneOn;
      if (shape === UNSET) shape = this.awaitedShape('u', on);
    } else {
      at = w.object(loc);
      if (w.lastObjectKind === 'l') shape = on === undefined ? this.awaitedPos : this.awaitedPosOn;
      else shape = on === undefined ? this.awaitedJson : this.awaitedJsonOn;
      if (shape === UNSET) shape = this.awaitedShape(w.lastObjectKind, on);
    }
    const whatId = this.awaitedWhat.id(w, what);
    let k = this.open(shape);
    const s = this.sl;
    s[++k] = id;
    if (on !== undefined) s[++k] = on;
    s[++k] = whatId;
    if (loc !== undefined) s[++k] = at;
    this.end(s, k + 1);
  }

  /** Registers the awaited shape of a position kind and an `on` (present or not), into its field. */
  private awaitedShape(lk: Kind, on: number | undefined): number {
    const has = on !== undefined;
    const shape = registerShape(
      this.w,
      'awaited',
      ['type', 'id', 'on', 'what', 'loc', 'seq', 'time'],
      ['c', 'n', has ? 'n' : 'u', 's', lk, 'q', 'n'],
    );
    if (lk === 'u') {
      if (has) this.awaitedNoneOn = shape;
      else this.awaitedNone = shape;
    } else if (lk === 'l') {
      if (has) this.awaitedPosOn = shape;
      else this.awaitedPos = shape;
    } else if (has) this.awaitedJsonOn = shape;
    else this.awaitedJson = shape;
    return shape;
  }

  resumed(id: number, by: number | undefined): void {
    if (this.count < this.admitBelow) this.count++;
    else if (!this.admitChecked()) return;
    const s = this.sl;
    if (by === undefined) {
      let shape = this.resumedNone;
      if (shape === UNSET) shape = this.resumedNone = this.registerResumed('u');
      let k = this.open(shape);
      s[++k] = id;
      this.end(s, k + 1);
    } else {
      let shape = this.resumedBy;
      if (shape === UNSET) shape = this.resumedBy = this.registerResumed('n');
      let k = this.open(shape);
      s[++k] = id;
      s[++k] = by;
      this.end(s, k + 1);
    }
  }

  private registerResumed(bk: Kind): number {
    return registerShape(this.w, 'resumed', ['type', 'id', 'by', 'seq', 'time'], ['c', 'n', bk, 'q', 'n']);
  }

  /** `{ type: 'resolved', id, value }`. */
  resolved(id: number, value: string): void {
    if (this.count < this.admitBelow) this.count++;
    else if (!this.admitChecked()) return;
    let shape = this.resolvedString;
    if (shape === UNSET) shape = this.resolvedString = this.registerResolved('s');
    const valueId = this.resolvedValue.id(this.w, value);
    let k = this.open(shape);
    const s = this.sl;
    s[++k] = id;
    s[++k] = valueId;
    this.end(s, k + 1);
  }

  /**
   * `{ type: 'resolved', id, value: String(n) }` without making the string, for a safe
   * integer other than -0 whose text is exactly that (a JavaScript number, as the js model
   * shows it: runtime/js/inspect.ts `formatNumber`).
   */
  resolvedInteger(id: number, n: number): void {
    if (this.count < this.admitBelow) this.count++;
    else if (!this.admitChecked()) return;
    let shape = this.resolvedInt;
    if (shape === UNSET) shape = this.resolvedInt = this.registerResolved('i');
    let k = this.open(shape);
    const s = this.sl;
    s[++k] = id;
    s[++k] = this.w.number(n);
    this.end(s, k + 1);
  }

  private registerResolved(vk: Kind): number {
    return registerShape(this.w, 'resolved', ['type', 'id', 'value', 'seq', 'time'], ['c', 'n', vk, 'q', 'n']);
  }

  private readonly invocationShapes = shapeCache('invocation');
  /**
   * `{ type: 'invocation', id, kind, name, parent, loc }`, plus `traced: true` when traced
   * (the event of a call, with its call site); with `loc` null, an event without the `loc`
   * key (a promise's or a callback's).
   */
  invocation(
    id: number,
    kind: InvocationKind,
    name: string,
    parent: number | undefined,
    loc: Pos | undefined | null,
    traced: boolean,
  ): void {
    if (this.count < this.admitBelow) this.count++;
    else if (!this.admitChecked()) return;
    const w = this.w;
    const at = loc ? w.object(loc) : 0;
    const lk = loc ? w.lastObjectKind : loc === null ? null : 'u';
    const v = ((lk === null ? 3 : variantOf(lk)) * 2 + (parent === undefined ? 0 : 1)) * 2 + (traced ? 1 : 0);
    const shape = this.invocationShapes.ids[v] ?? this.registerInvocation(v, parent === undefined ? 'u' : 'n', lk, traced);
    const kindId = this.invocationKind.id(w, kind);
    const nameId = this.invocationName.id(w, name);
    let k = this.open(shape);
    const s = this.sl;
    s[++k] = id;
    s[++k] = kindId;
    s[++k] = nameId;
    if (parent !== undefined) s[++k] = parent;
    if (lk !== null && lk !== 'u') s[++k] = at;
    if (traced) s[++k] = 1;
    this.end(s, k + 1);
  }

  private registerInvocation(v: number, pk: Kind, lk: Kind | null, traced: boolean): number {
    const { keys, kinds } = invocationShape(pk, lk, traced);
    return this.registerIn(this.invocationShapes, v, keys, kinds);
  }

  private readonly printShapes = shapeCache('print');
  /** `{ type: 'print', text, id, loc }`. */
  print(text: string, id: number | undefined, loc: Pos | undefined): void {
    if (this.count < this.admitBelow) this.count++;
    else if (!this.admitChecked()) return;
    const w = this.w;
    const at = loc === undefined ? 0 : w.object(loc);
    const lk = loc === undefined ? 'u' : w.lastObjectKind;
    const c = this.printShapes;
    const v = variantOf(lk) * 2 + (id === undefined ? 0 : 1);
    const shape =
      c.ids[v] ??
      this.registerIn(c, v, ['type', 'text', 'id', 'loc', 'seq', 'time'], ['c', 's', id === undefined ? 'u' : 'n', lk, 'q', 'n']);
    const textId = this.printText.id(w, text);
    let k = this.open(shape);
    const s = this.sl;
    s[++k] = textId;
    if (id !== undefined) s[++k] = id;
    if (lk !== 'u') s[++k] = at;
    this.end(s, k + 1);
  }

  /** The events recorded since the last drain, packed (what the worker posts to the page). */
  drainPacked(): PackedBatch | null {
    const w = this.writer;
    if (w === undefined) return null;
    this.flush(w);
    const batch = w.count > 0 ? w.take() : null;
    this.pull();
    return batch;
  }

  /** The events recorded since the last drain, as objects. */
  drain(): EngineEvent[] {
    const w = this.writer;
    if (w === undefined) return [];
    this.flush(w);
    const events = w.takeEvents();
    this.pull();
    return events;
  }
}
