/**
 * Stamps events with `seq` and virtual `time` and keeps them until the next `drain()`.
 *
 * Recording can be switched off (CLI without --events, benchmarks): `on` is false and
 * every emit is a cheap early return, so hot paths may call `emit` unconditionally —
 * but should guard expensive formatting with `if (rec.on)`.
 */
import type { EngineEvent, EventInput } from './types';

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
