/** A tiny recorder for hand-built event sequences shaped like the engine's (seq and time stamped here). */
import type { EngineEvent, EventInput } from '../../src/engine/events/types';

export class Script {
  readonly events: EngineEvent[] = [];
  time = 0;
  add(e: EventInput): this {
    this.events.push({ ...e, seq: this.events.length, time: this.time });
    return this;
  }
  at(time: number): this {
    if (time !== this.time) this.add({ type: 'time', from: this.time, to: time });
    this.time = time;
    // the time event itself carries the new time
    const last = this.events.at(-1);
    if (last?.type === 'time') last.time = time;
    return this;
  }
}

/** `result = f()` then print, where f prints "in f": js runs f at the call. */
export function seedJs(): EngineEvent[] {
  return new Script()
    .add({ type: 'invocation', id: 0, kind: 'main', name: '<module>' })
    .add({ type: 'started', id: 0 })
    .add({ type: 'invocation', id: 1, kind: 'async-call', name: 'f', parent: 0, loc: { line: 5, col: 9 } })
    .add({ type: 'started', id: 1, loc: { line: 2, col: 4 } })
    .add({ type: 'print', text: 'in f', id: 1, loc: { line: 2, col: 4 } })
    .add({ type: 'resolved', id: 1, value: 'undefined' })
    .add({ type: 'line', id: 0, loc: { line: 6, col: 0 } })
    .add({ type: 'print', text: 'after call', id: 0, loc: { line: 6, col: 0 } })
    .add({ type: 'resolved', id: 0, value: 'undefined' })
    .add({ type: 'end', model: 'js', steps: 10 }).events;
}

/** The same program under python: f is a coroutine that is created and never started. */
export function seedPython(): EngineEvent[] {
  return new Script()
    .add({ type: 'invocation', id: 0, kind: 'main', name: '<module>' })
    .add({ type: 'started', id: 0 })
    .add({ type: 'invocation', id: 1, kind: 'coroutine', name: 'f', parent: 0, loc: { line: 5, col: 9 } })
    .add({ type: 'line', id: 0, loc: { line: 6, col: 0 } })
    .add({ type: 'print', text: 'after call', id: 0, loc: { line: 6, col: 0 } })
    .add({ type: 'resolved', id: 0, value: 'None' })
    .add({ type: 'warning', id: 1, text: "RuntimeWarning: coroutine 'f' was never awaited" })
    .add({ type: 'end', model: 'python', steps: 8 }).events;
}

/** main awaits f() under python: f starts when main awaits it. */
export function awaitPython(): EngineEvent[] {
  return new Script()
    .add({ type: 'invocation', id: 0, kind: 'task', name: 'main' })
    .add({ type: 'enqueue', queue: 'ready', item: 0, label: 'main' })
    .add({ type: 'turn', n: 1 })
    .add({ type: 'dequeue', queue: 'ready', item: 0 })
    .add({ type: 'started', id: 0 })
    .add({ type: 'invocation', id: 1, kind: 'coroutine', name: 'f', parent: 0, loc: { line: 6, col: 8 } })
    .add({ type: 'print', text: 'before await', id: 0 })
    .add({ type: 'awaited', id: 0, on: 1, what: 'f()', loc: { line: 8, col: 4 } })
    .add({ type: 'started', id: 1 })
    .add({ type: 'print', text: 'in f', id: 1 })
    .add({ type: 'resolved', id: 1, value: 'None' })
    .add({ type: 'resumed', id: 0, by: 1 })
    .add({ type: 'resolved', id: 0, value: 'None' })
    .add({ type: 'end', model: 'python', steps: 20 }).events;
}

export function awaitJs(): EngineEvent[] {
  return new Script()
    .add({ type: 'invocation', id: 0, kind: 'async-call', name: 'main' })
    .add({ type: 'started', id: 0 })
    .add({ type: 'invocation', id: 1, kind: 'async-call', name: 'f', parent: 0, loc: { line: 6, col: 8 } })
    .add({ type: 'started', id: 1 })
    .add({ type: 'print', text: 'in f', id: 1 })
    .add({ type: 'resolved', id: 1, value: 'undefined' })
    .add({ type: 'print', text: 'before await', id: 0 })
    .add({ type: 'awaited', id: 0, on: 1, what: 'Promise', loc: { line: 8, col: 4 } })
    .add({ type: 'enqueue', queue: 'microtask', item: 2, label: 'resume main' })
    .add({ type: 'dequeue', queue: 'microtask', item: 2 })
    .add({ type: 'resumed', id: 0, by: 1 })
    .add({ type: 'resolved', id: 0, value: 'undefined' })
    .add({ type: 'end', model: 'js', steps: 20 }).events;
}
