/**
 * Stamps events with `seq` and virtual `time` and keeps them until the next `drain()`.
 *
 * Recording can be switched off (CLI without --events, benchmarks): `on` is false and
 * every emit is a cheap early return, so hot paths may call `emit` unconditionally —
 * but should guard expensive formatting with `if (rec.on)`.
 *
 * The events of every await and loop turn (`turn`, `enqueue`, `dequeue`, `started`,
 * `awaited`, `resumed`) have a method each, which builds the event with its `seq` and `time`
 * in one object literal: `emit` adds them to the caller's object afterwards, and adding
 * properties to an object literal makes V8 allocate a second (out-of-object) property store
 * for each event — a third of what recording cost on an await loop (issue 10).
 */
import type { EngineEvent, EventInput, Pos, QueueName } from './types';

export class Recorder {
  private seq = 0;
  private pending: EngineEvent[] = [];
  /** Virtual time in milliseconds; the models advance it. */
  time = 0;
  /** Total events recorded (including drained ones). */
  count = 0;
  truncated = false;
  private nextId = 1;
  /** The invocation currently running (for `parent` links and print attribution). */
  current: number | undefined = undefined;

  constructor(
    readonly on: boolean,
    private readonly maxEvents = Infinity,
  ) {}

  /** A fresh invocation id (ids are allocated even when recording is off). */
  newId(): number {
    return this.nextId++;
  }

  emit(e: EventInput): void {
    if (!this.on) return;
    if (this.count >= this.maxEvents) {
      this.truncated = true;
      return;
    }
    const ev = e as EngineEvent;
    ev.seq = this.seq++;
    ev.time = this.time;
    this.pending.push(ev);
    this.count++;
  }

  /** Room for one more event; false (and `truncated`) past maxEvents or when recording is off. */
  private admit(): boolean {
    if (!this.on) return false;
    if (this.count >= this.maxEvents) {
      this.truncated = true;
      return false;
    }
    this.count++;
    return true;
  }

  turn(n: number): void {
    if (this.admit()) this.pending.push({ type: 'turn', n, seq: this.seq++, time: this.time });
  }

  enqueue(queue: QueueName, item: number, label: string): void {
    if (this.admit()) this.pending.push({ type: 'enqueue', queue, item, label, seq: this.seq++, time: this.time });
  }

  dequeue(queue: QueueName, item: number): void {
    if (this.admit()) this.pending.push({ type: 'dequeue', queue, item, seq: this.seq++, time: this.time });
  }

  started(id: number, loc: Pos | undefined): void {
    if (this.admit()) this.pending.push({ type: 'started', id, loc, seq: this.seq++, time: this.time });
  }

  awaited(id: number, on: number | undefined, what: string, loc: Pos | undefined): void {
    if (this.admit()) this.pending.push({ type: 'awaited', id, on, what, loc, seq: this.seq++, time: this.time });
  }

  resumed(id: number, by: number | undefined): void {
    if (this.admit()) this.pending.push({ type: 'resumed', id, by, seq: this.seq++, time: this.time });
  }

  /** Always recorded, even past maxEvents (end and error events). */
  emitFinal(e: EventInput): void {
    if (!this.on) return;
    const ev = e as EngineEvent;
    ev.seq = this.seq++;
    ev.time = this.time;
    this.pending.push(ev);
    this.count++;
  }

  drain(): EngineEvent[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }
}
