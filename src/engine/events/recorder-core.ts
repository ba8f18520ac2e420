/**
 * The bookkeeping under every event the recorder (recorder.ts) writes: the count and ids,
 * the virtual time and its slot, admitting an event (a comparison while the batch has room,
 * else `admitChecked`: maxEvents, a full batch streamed out, the writer's buffers grown),
 * the batch's buffers and fill, kept here while the event methods write, and the drains.
 * The event methods are the subclass's; `emit` / `emitFinal` take any other event as an
 * object.
 */
import { isInlineNumber, PackedWriter, type PackedBatch } from './packed-writer';
import type { EngineEvent, EventInput } from './types';

/**
 * Slots of the widest event a method of the recorder writes (`invocation`): `admitBelow`
 * keeps room for that many per event admitted without a check.
 */
const MAX_METHOD_SLOTS = 7;

/** The buffers of a recorder that does not record (it never writes into them). */
const EMPTY_SHAPES = new Uint16Array(0);
const EMPTY_SLOTS = new Int32Array(0);

/** The shortest interval between two hand-overs before a blocking host call (`beforeBlockingCall`), ms. */
export const BLOCKING_HAND_OVER_MS = 50;

/** The largest id a slot holds as itself (packed-writer.ts NUMBER_TEXT); ids are written unchecked (`newId`). */
const LAST_ID = 0x7fffffff;

export abstract class RecorderCore {
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
  protected admitBelow = -1;
  /**
   * The writer's buffers and fill, kept here while the event methods write (`pull` reads
   * them after the writer changed them, `flush` hands the fill back before the writer reads
   * it): an event then reads and writes the recorder's own fields and the two buffers, not
   * the writer's object as well.
   */
  protected sh: Uint16Array = EMPTY_SHAPES;
  protected sl: Int32Array = EMPTY_SLOTS;
  /** Events and slots in the writer's current batch (the writer's `count` and `used`). */
  protected n = 0;
  protected used = 0;
  /** Virtual time in milliseconds (`time`), and its slot, which every event ends with (`end`). */
  private now = 0;
  protected nowSlot = 0;
  /** The invocation currently running (for `parent` links and print attribution). */
  current: number | undefined = undefined;

  /** Made with the recorder when it records (every event method writes into it). */
  private readonly writer: PackedWriter | undefined;
  truncated = false;
  private nextId = 1;

  /** Where a full batch goes before the slice ends (`streamTo`). */
  private onBatch: ((batch: PackedBatch) => void) | undefined = undefined;
  private batchEvents = Infinity;
  /** When `beforeBlockingCall` last handed the events over (performance.now() ms). */
  private blockingHandOverAt = -Infinity;

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

  /**
   * Before a host call that no budget can interrupt (a regular expression, which may backtrack
   * for minutes: runtime/js/builtins/regexp.ts), the events recorded so far go to the stream at
   * once. A call that never returns is ended by terminating the worker (src/ui/runClient.ts),
   * and what the slice had recorded before it was lost with the worker: the page showed an
   * empty run where the program had printed (Node prints `before` before it hangs). At most
   * once per BLOCKING_HAND_OVER_MS, so a loop of matches does not post a batch per match; a
   * hang can then lose only what came in the last such interval.
   */
  beforeBlockingCall(): void {
    const w = this.writer;
    if (w === undefined || this.onBatch === undefined || this.n === 0) return;
    const now = performance.now();
    if (now - this.blockingHandOverAt < BLOCKING_HAND_OVER_MS) return;
    this.blockingHandOverAt = now;
    this.flush(w);
    this.onBatch(w.take());
    this.pull();
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
  protected get w(): PackedWriter {
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

  protected admitChecked(): boolean {
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

  /**
   * Starts an event of a known shape (`admit` made room for it and for MAX_METHOD_SLOTS
   * slots): returns the index before its first slot. The caller writes its slots through a
   * local copy of the slot array and index (`s[++k]`), then `end`s it.
   */
  protected open(shape: number): number {
    this.sh[this.n++] = shape;
    return this.used - 1;
  }

  /**
   * Ends an event whose slots up to `at` are written: its `time` slot. Its `seq` is its
   * index in the recording, which takes no slot (packed-writer.ts kind 'q').
   */
  protected end(s: Int32Array, at: number): void {
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
