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
import { PackedWriter, StringMemo, type Kind, type PackedBatch } from './packed-writer';
import type { EngineEvent, EventInput, InvocationKind, Pos, QueueName } from './types';

/** The shapes of one method's events, by the kinds of their optional values (filled on first use). */
interface ShapeCache {
  type: string;
  ids: (number | undefined)[];
}

const shapeCache = (type: string): ShapeCache => ({ type, ids: [] });

/**
 * The queues an enqueue or dequeue event names, as a variant number: the queue is a constant
 * of the event's shape (packed-writer.ts kind 'c'), so each queue has shapes of its own.
 */
const QUEUES: readonly QueueName[] = ['microtask', 'nextTick', 'macrotask', 'timer', 'ready'];

function queueVariant(queue: QueueName): number {
  const v = QUEUES.indexOf(queue);
  if (v < 0) throw new Error(`Recorder: unknown queue ${queue}`);
  return v;
}

/**
 * Slots of the widest event a method of the recorder writes (`invocation`): `admitBelow`
 * keeps room for that many per event admitted without a check.
 */
const MAX_METHOD_SLOTS = 7;

export class Recorder {
  /** Made with the recorder when it records (every event method writes into it). */
  private readonly writer: PackedWriter | undefined;
  /** Virtual time in milliseconds; the models advance it. */
  time = 0;
  /** Total events recorded (including drained ones). */
  count = 0;
  truncated = false;
  private nextId = 1;
  /** The invocation currently running (for `parent` links and print attribution). */
  current: number | undefined = undefined;

  /** Where a full batch goes before the slice ends (`streamTo`). */
  private onBatch: ((batch: PackedBatch) => void) | undefined = undefined;
  private batchEvents = Infinity;
  /**
   * `count` below which an event is admitted at once: the first count at which `admit` has
   * something to check (maxEvents reached, the batch full, the writer's buffers out of room
   * for events of MAX_METHOD_SLOTS), or -1 when recording is off. One comparison per event
   * instead of six (issue 10: the recorder's per-event work).
   */
  private admitBelow: number;

  constructor(
    readonly on: boolean,
    private readonly maxEvents = Infinity,
  ) {
    this.writer = on ? new PackedWriter() : undefined;
    this.admitBelow = -1;
    this.setAdmitBelow();
  }

  /** Hands every `every` events recorded to `fn` as a batch, without waiting for a drain. */
  streamTo(fn: (batch: PackedBatch) => void, every: number): void {
    this.onBatch = fn;
    this.batchEvents = Math.max(1, every);
    this.setAdmitBelow();
  }

  /**
   * `admitBelow` from the batch's fill and the writer's room, between events: `count` and the
   * writer's count grow together (every event admitted or final is one of each) until a batch
   * is taken, so the batch is full at `count - writer.count + batchEvents`.
   */
  private setAdmitBelow(): void {
    const w = this.writer;
    if (w === undefined) return;
    const room = Math.min(w.shapes.length - w.count, Math.floor((w.slots.length - w.used) / MAX_METHOD_SLOTS));
    this.admitBelow = Math.min(this.maxEvents, this.count - w.count + this.batchEvents, this.count + room);
  }

  /** A fresh invocation id (ids are allocated even when recording is off). */
  newId(): number {
    return this.nextId++;
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
    this.w.add(ev);
    this.setAdmitBelow();
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
    // Before the event is written: a batch holds whole events only.
    if (w.count >= this.batchEvents) this.onBatch!(w.take());
    w.reserve(MAX_METHOD_SLOTS);
    this.setAdmitBelow();
    this.count++;
    return true;
  }

  /**
   * Registers a method's shape for one variant (on its first event of that variant). Its
   * `type` takes no slot (a constant of the shape, packed-writer.ts kind 'c'), nor does a
   * key of kind 'c' whose value is in `consts`.
   */
  private register(
    c: ShapeCache,
    variant: number,
    keys: string[],
    kinds: Kind[],
    consts: (string | null)[] = keys.map(() => null),
  ): number {
    if (keys[0] !== 'type' || kinds[0] !== 'c') throw new Error(`Recorder: a ${c.type} shape must begin with its constant type`);
    consts[0] = c.type;
    return (c.ids[variant] = this.w.shape(c.type, keys, kinds, consts));
  }

  /**
   * Starts an event of a known shape: its shape number (`admit` made room for it and for
   * MAX_METHOD_SLOTS slots). Returns the index before the event's first slot; the caller
   * writes its slots through a local copy of the slot array and index (`s[++k]`), then
   * `end`s the event (issue 10: the writer's fields are read and written once per event, not
   * once per slot).
   */
  private open(w: PackedWriter, shape: number): number {
    w.shapes[w.count++] = shape;
    return w.used - 1;
  }

  /**
   * Ends an event whose slots up to `at` are written: its `time` slot. Its `seq` is its
   * index in the recording, which takes no slot (packed-writer.ts kind 'q').
   */
  private end(w: PackedWriter, s: Float64Array, at: number): void {
    s[at] = this.time;
    w.used = at + 1;
  }

  // One memo per string field of the methods below (packed-writer.ts StringMemo).
  private readonly enqueueLabel = new StringMemo();
  private readonly awaitedWhat = new StringMemo();
  private readonly resolvedValue = new StringMemo();
  private readonly invocationKind = new StringMemo();
  private readonly invocationName = new StringMemo();
  private readonly printText = new StringMemo();

  private readonly turnShapes = shapeCache('turn');
  turn(n: number): void {
    if (!this.admit()) return;
    const w = this.w;
    const c = this.turnShapes;
    const shape = c.ids[0] ?? this.register(c, 0, ['type', 'n', 'seq', 'time'], ['c', 'n', 'q', 'n']);
    let k = this.open(w, shape);
    const s = w.slots;
    s[++k] = n;
    this.end(w, s, k + 1);
  }

  private readonly enqueueShapes = shapeCache('enqueue');
  /** The queue of the last enqueue event and its shape (most are the microtask queue's). */
  private enqueueLast: QueueName | undefined = undefined;
  private enqueueLastShape = 0;
  enqueue(queue: QueueName, item: number, label: string): void {
    if (!this.admit()) return;
    const w = this.w;
    let shape = this.enqueueLastShape;
    if (queue !== this.enqueueLast) {
      const c = this.enqueueShapes;
      const v = queueVariant(queue);
      shape =
        c.ids[v] ??
        this.register(
          c,
          v,
          ['type', 'queue', 'item', 'label', 'seq', 'time'],
          ['c', 'c', 'n', 's', 'q', 'n'],
          [null, queue, null, null, null, null],
        );
      this.enqueueLast = queue;
      this.enqueueLastShape = shape;
    }
    let k = this.open(w, shape);
    const s = w.slots;
    s[++k] = item;
    s[++k] = this.enqueueLabel.id(w, label);
    this.end(w, s, k + 1);
  }

  private readonly dequeueShapes = shapeCache('dequeue');
  private dequeueLast: QueueName | undefined = undefined;
  private dequeueLastShape = 0;
  dequeue(queue: QueueName, item: number): void {
    if (!this.admit()) return;
    const w = this.w;
    let shape = this.dequeueLastShape;
    if (queue !== this.dequeueLast) {
      const c = this.dequeueShapes;
      const v = queueVariant(queue);
      shape =
        c.ids[v] ??
        this.register(c, v, ['type', 'queue', 'item', 'seq', 'time'], ['c', 'c', 'n', 'q', 'n'], [null, queue, null, null, null]);
      this.dequeueLast = queue;
      this.dequeueLastShape = shape;
    }
    let k = this.open(w, shape);
    const s = w.slots;
    s[++k] = item;
    this.end(w, s, k + 1);
  }

  private readonly startedShapes = shapeCache('started');
  started(id: number, loc: Pos | undefined): void {
    if (!this.admit()) return;
    const w = this.w;
    const at = loc === undefined ? 0 : w.object(loc);
    const lk = loc === undefined ? 'u' : w.lastObjectKind;
    const c = this.startedShapes;
    const v = variantOf(lk);
    const shape = c.ids[v] ?? this.register(c, v, ['type', 'id', 'loc', 'seq', 'time'], ['c', 'n', lk, 'q', 'n']);
    let k = this.open(w, shape);
    const s = w.slots;
    s[++k] = id;
    if (lk !== 'u') s[++k] = at;
    this.end(w, s, k + 1);
  }

  private readonly awaitedShapes = shapeCache('awaited');
  awaited(id: number, on: number | undefined, what: string, loc: Pos | undefined): void {
    if (!this.admit()) return;
    const w = this.w;
    const at = loc === undefined ? 0 : w.object(loc);
    const lk = loc === undefined ? 'u' : w.lastObjectKind;
    const c = this.awaitedShapes;
    const v = variantOf(lk) * 2 + (on === undefined ? 0 : 1);
    const shape =
      c.ids[v] ??
      this.register(c, v, ['type', 'id', 'on', 'what', 'loc', 'seq', 'time'], ['c', 'n', on === undefined ? 'u' : 'n', 's', lk, 'q', 'n']);
    let k = this.open(w, shape);
    const s = w.slots;
    s[++k] = id;
    if (on !== undefined) s[++k] = on;
    s[++k] = this.awaitedWhat.id(w, what);
    if (lk !== 'u') s[++k] = at;
    this.end(w, s, k + 1);
  }

  private readonly resumedShapes = shapeCache('resumed');
  resumed(id: number, by: number | undefined): void {
    if (!this.admit()) return;
    const w = this.w;
    const c = this.resumedShapes;
    const v = by === undefined ? 0 : 1;
    const shape = c.ids[v] ?? this.register(c, v, ['type', 'id', 'by', 'seq', 'time'], ['c', 'n', v ? 'n' : 'u', 'q', 'n']);
    let k = this.open(w, shape);
    const s = w.slots;
    s[++k] = id;
    if (by !== undefined) s[++k] = by;
    this.end(w, s, k + 1);
  }

  private readonly resolvedShapes = shapeCache('resolved');
  /** `{ type: 'resolved', id, value }`. */
  resolved(id: number, value: string): void {
    if (!this.admit()) return;
    const w = this.w;
    const c = this.resolvedShapes;
    const shape = c.ids[0] ?? this.register(c, 0, ['type', 'id', 'value', 'seq', 'time'], ['c', 'n', 's', 'q', 'n']);
    let k = this.open(w, shape);
    const s = w.slots;
    s[++k] = id;
    s[++k] = this.resolvedValue.id(w, value);
    this.end(w, s, k + 1);
  }

  /**
   * `{ type: 'resolved', id, value: String(n) }` without making the string, for a safe
   * integer other than -0 whose text is exactly that (a JavaScript number, as the js model
   * shows it: runtime/js/inspect.ts `formatNumber`).
   */
  resolvedInteger(id: number, n: number): void {
    if (!this.admit()) return;
    const w = this.w;
    const c = this.resolvedShapes;
    const shape = c.ids[1] ?? this.register(c, 1, ['type', 'id', 'value', 'seq', 'time'], ['c', 'n', 'i', 'q', 'n']);
    let k = this.open(w, shape);
    const s = w.slots;
    s[++k] = id;
    s[++k] = n;
    this.end(w, s, k + 1);
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
    if (!this.admit()) return;
    const w = this.w;
    const at = loc ? w.object(loc) : 0;
    const lk = loc ? w.lastObjectKind : loc === null ? null : 'u';
    const c = this.invocationShapes;
    const v = ((lk === null ? 3 : variantOf(lk)) * 2 + (parent === undefined ? 0 : 1)) * 2 + (traced ? 1 : 0);
    const shape = c.ids[v] ?? this.registerInvocation(v, parent === undefined ? 'u' : 'n', lk, traced);
    let k = this.open(w, shape);
    const s = w.slots;
    s[++k] = id;
    s[++k] = this.invocationKind.id(w, kind);
    s[++k] = this.invocationName.id(w, name);
    if (parent !== undefined) s[++k] = parent;
    if (lk !== null && lk !== 'u') s[++k] = at;
    if (traced) s[++k] = 1;
    this.end(w, s, k + 1);
  }

  private registerInvocation(v: number, pk: Kind, lk: Kind | null, traced: boolean): number {
    const keys = ['type', 'id', 'kind', 'name', 'parent'];
    const kinds: Kind[] = ['c', 'n', 's', 's', pk];
    if (lk !== null) {
      keys.push('loc');
      kinds.push(lk);
    }
    if (traced) {
      keys.push('traced');
      kinds.push('b');
    }
    keys.push('seq', 'time');
    kinds.push('q', 'n');
    return this.register(this.invocationShapes, v, keys, kinds);
  }

  private readonly printShapes = shapeCache('print');
  /** `{ type: 'print', text, id, loc }`. */
  print(text: string, id: number | undefined, loc: Pos | undefined): void {
    if (!this.admit()) return;
    const w = this.w;
    const at = loc === undefined ? 0 : w.object(loc);
    const lk = loc === undefined ? 'u' : w.lastObjectKind;
    const c = this.printShapes;
    const v = variantOf(lk) * 2 + (id === undefined ? 0 : 1);
    const shape =
      c.ids[v] ?? this.register(c, v, ['type', 'text', 'id', 'loc', 'seq', 'time'], ['c', 's', id === undefined ? 'u' : 'n', lk, 'q', 'n']);
    let k = this.open(w, shape);
    const s = w.slots;
    s[++k] = this.printText.id(w, text);
    if (id !== undefined) s[++k] = id;
    if (lk !== 'u') s[++k] = at;
    this.end(w, s, k + 1);
  }

  /** The events recorded since the last drain, packed (what the worker posts to the page). */
  drainPacked(): PackedBatch | null {
    const w = this.writer;
    const batch = w && w.count > 0 ? w.take() : null;
    this.setAdmitBelow();
    return batch;
  }

  /** The events recorded since the last drain, as objects. */
  drain(): EngineEvent[] {
    const events = this.writer ? this.writer.takeEvents() : [];
    this.setAdmitBelow();
    return events;
  }
}

/** A position's kind as a number: none, a plain position, other JSON. */
function variantOf(k: Kind): number {
  return k === 'u' ? 0 : k === 'l' ? 1 : 2;
}
