/**
 * The shape tables of the recorder's event methods (recorder.ts): which shape each variant
 * of an event (its queue, the kinds of its optional values) was registered as.
 */
import type { Kind, PackedWriter } from './packed-writer';
import type { QueueName } from './types';

/** The shapes of one method's events, by the kinds of their optional values (filled on first use). */
export interface ShapeCache {
  type: string;
  ids: (number | undefined)[];
}

export const shapeCache = (type: string): ShapeCache => ({ type, ids: [] });

/**
 * The queues an enqueue or dequeue event names, as a variant number: the queue is a constant
 * of the event's shape (packed-writer.ts kind 'c'), so each queue has shapes of its own.
 */
const QUEUES: readonly QueueName[] = ['microtask', 'nextTick', 'macrotask', 'timer', 'ready'];

export function queueVariant(queue: QueueName): number {
  const v = QUEUES.indexOf(queue);
  if (v < 0) throw new Error(`Recorder: unknown queue ${queue}`);
  return v;
}

/** A method's shape not registered yet (shape ids are from 0). */
export const UNSET = -1;

/** A position's kind as a number: none, a plain position, other JSON. */
export function variantOf(k: Kind): number {
  return k === 'u' ? 0 : k === 'l' ? 1 : 2;
}

/**
 * The shapes of the enqueue events whose label is a number after a constant prefix
 * (recorder.ts `enqueueNumbered`), by queue and prefix; the last one found is tried first
 * (a run's are all the ready queue's `Task-`).
 */
export class PrefixedLabelShapes {
  private readonly list: { queue: QueueName; prefix: string; shape: number }[] = [];
  private last: { queue: QueueName; prefix: string; shape: number } | undefined = undefined;

  get(queue: QueueName, prefix: string): number | undefined {
    let e = this.last;
    if (e !== undefined && e.queue === queue && e.prefix === prefix) return e.shape;
    e = this.list.find((x) => x.queue === queue && x.prefix === prefix);
    if (e !== undefined) this.last = e;
    return e?.shape;
  }

  add(queue: QueueName, prefix: string, shape: number): number {
    this.list.push((this.last = { queue, prefix, shape }));
    return shape;
  }
}

/**
 * Registers with the writer the shape of an event of `type` (on the first event of that
 * shape). Its `type` takes no slot (a constant of the shape, packed-writer.ts kind 'c'), nor
 * does a key of kind 'c' whose value is in `consts`.
 */
export function registerShape(
  w: PackedWriter,
  type: string,
  keys: string[],
  kinds: Kind[],
  consts = keys.map((): string | null => null),
): number {
  if (keys[0] !== 'type' || kinds[0] !== 'c') throw new Error(`Recorder: a ${type} shape must begin with its constant type`);
  consts[0] = type;
  return w.shape(type, keys, kinds, consts);
}

/** The keys of an invocation event and their kinds: its parent's, its position's (null: no `loc` key), and `traced`. */
export function invocationShape(pk: Kind, lk: Kind | null, traced: boolean): { keys: string[]; kinds: Kind[] } {
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
  return { keys, kinds };
}
