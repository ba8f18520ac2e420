/**
 * The worker's digest of each batch it posts (protocol.ts BatchDigest): what the page's run
 * index and playback alignment would otherwise find by reading every event of a recording
 * again on the page's main thread, which opening a 1M-event run waits for (issue 10). The
 * worker reads a batch's shape numbers and slots once, in a tight loop, before it hands the
 * batch over; the page merges the lists (src/ui/timeline/runIndex.ts, src/ui/state/alignment.ts)
 * and falls back to reading the events for a batch without one.
 *
 * The rules are runIndex.ts `extendIndex`'s, event for event (tests/ui/digest.test.ts
 * checks that an index built from digests equals one built by reading the events): a Task's
 * coroutine is the coroutine whose `started` comes right after the Task's `started`, and its
 * name is the label of its first ready-queue entry.
 */
import { decodeNumber, hasSlot, integerText, type PackedBatch, type PackedShape } from '../engine/api';
import type { BatchDigest } from './protocol';

/** What the digest reads of one shape: its type, and where (slot offset) or what (constant) each key it needs is. */
interface ShapeInfo {
  type: string | undefined;
  /** Slot offset of `time` (-1: none). */
  time: number;
  width: number;
  fields: Map<string, { slot: number; kind: string; value: unknown }>;
}

const KIND_CODES: Record<string, number> = { task: 1, coroutine: 2 };

function shapeInfo(sh: PackedShape): ShapeInfo {
  const fields = new Map<string, { slot: number; kind: string; value: unknown }>();
  let at = 0;
  sh.keys.forEach((k, j) => {
    const kind = sh.kinds[j]!;
    fields.set(k, { slot: hasSlot(kind) ? at : -1, kind, value: kind === 'c' || kind === 'p' ? sh.consts![j] : undefined });
    if (hasSlot(kind)) at++;
  });
  const type = fields.get('type');
  const time = fields.get('time');
  return {
    type: type?.kind === 'c' ? (type.value as string) : undefined,
    time: time?.kind === 'n' ? time.slot : -1,
    width: at,
    fields,
  };
}

/** A growing list of numbers, handed over as a typed array of exactly its length. */
class Column {
  private data: number[] = [];
  push(v: number): void {
    this.data.push(v);
  }
  ints(): Int32Array {
    return Int32Array.from(this.data);
  }
  floats(): Float64Array {
    return Float64Array.from(this.data);
  }
  bytes(): Uint8Array {
    return Uint8Array.from(this.data);
  }
}

/** Digests one model's batches in order (its state carries over from batch to batch). */
export class Digester {
  private readonly strings: string[] = [];
  /** Numbers written as their text, by string index (packed-writer.ts decodeNumber). */
  private readonly parsed: unknown[] = [];
  private readonly shapes: ShapeInfo[] = [];
  private seq = 0;
  private lastTime = Number.NaN;
  /** The previous event, when it was a Task's `started`: that Task's id. */
  private startedTask: number | undefined;
  private readonly kinds = new Map<number, number>();
  private readonly linkedTasks = new Set<number>();
  private readonly linkedCoros = new Set<number>();
  private readonly named = new Set<number>();

  /** Key `key` of the event of shape `sh` whose slots begin at `slots[at]`, as a number. */
  private num(sh: ShapeInfo, slots: Int32Array, at: number, key: string): number | undefined {
    const f = sh.fields.get(key);
    return f === undefined || f.slot < 0 ? undefined : decodeNumber(slots[at + f.slot]!, this.strings, this.parsed);
  }

  /** Key `key` of that event, as a string (a constant of the shape, or from the string table). */
  private str(sh: ShapeInfo, slots: Int32Array, at: number, key: string): unknown {
    const f = sh.fields.get(key);
    if (f === undefined) return undefined;
    if (f.kind === 'c') return f.value;
    if (f.kind === 's') return this.strings[slots[at + f.slot]!];
    if (f.kind === 'i') return integerText(slots[at + f.slot]!, this.strings);
    if (f.kind === 'p') return `${f.value}${integerText(slots[at + f.slot]!, this.strings)}`;
    return undefined;
  }

  digest(batch: PackedBatch): BatchDigest {
    for (const s of batch.newStrings) this.strings.push(s);
    for (const sh of batch.newShapes) this.shapes.push(shapeInfo(sh));
    const start = this.seq;
    const timeSeqs = new Column();
    const times = new Column();
    const printSeqs = new Column();
    const turnSeqs = new Column();
    const turns = new Column();
    const tickSeqs = new Column();
    const kindSeqs = new Column();
    const kindIds = new Column();
    const kindCodes = new Column();
    const linkSeqs = new Column();
    const linkTasks = new Column();
    const linkCoros = new Column();
    const nameSeqs = new Column();
    const nameTasks = new Column();
    const names: string[] = [];
    const { shapes: shapeIds, slots } = batch;
    let at = 0;
    for (let k = 0; k < batch.count; k++) {
      const i = start + k;
      const sh = this.shapes[shapeIds[k]!]!;
      const time = sh.time < 0 ? Number.NaN : decodeNumber(slots[at + sh.time]!, this.strings, this.parsed);
      if (time !== this.lastTime) {
        timeSeqs.push(i);
        times.push(time);
        this.lastTime = time;
      }
      const startedTask = this.startedTask;
      this.startedTask = undefined;
      switch (sh.type) {
        case 'print':
          printSeqs.push(i);
          break;
        case 'turn':
          turnSeqs.push(i);
          turns.push(this.num(sh, slots, at, 'n')!);
          break;
        case 'invocation': {
          const code = KIND_CODES[this.str(sh, slots, at, 'kind') as string];
          if (code !== undefined) {
            const id = this.num(sh, slots, at, 'id')!;
            this.kinds.set(id, code);
            kindSeqs.push(i);
            kindIds.push(id);
            kindCodes.push(code);
          }
          break;
        }
        case 'dequeue': {
          const queue = this.str(sh, slots, at, 'queue');
          if (queue === 'microtask' || queue === 'nextTick') tickSeqs.push(i);
          break;
        }
        case 'enqueue': {
          const item = this.num(sh, slots, at, 'item')!;
          if (this.str(sh, slots, at, 'queue') === 'ready' && this.kinds.get(item) === KIND_CODES.task && !this.named.has(item)) {
            this.named.add(item);
            nameSeqs.push(i);
            nameTasks.push(item);
            names.push(this.str(sh, slots, at, 'label') as string);
          }
          break;
        }
        case 'started': {
          const id = this.num(sh, slots, at, 'id')!;
          const kind = this.kinds.get(id);
          if (kind === KIND_CODES.task) this.startedTask = id;
          else if (
            startedTask !== undefined &&
            kind === KIND_CODES.coroutine &&
            !this.linkedTasks.has(startedTask) &&
            !this.linkedCoros.has(id)
          ) {
            this.linkedTasks.add(startedTask);
            this.linkedCoros.add(id);
            linkSeqs.push(i);
            linkTasks.push(startedTask);
            linkCoros.push(id);
          }
          break;
        }
        default:
          break;
      }
      at += sh.width;
    }
    this.seq += batch.count;
    return {
      start,
      count: batch.count,
      timeSeqs: timeSeqs.ints(),
      times: times.floats(),
      printSeqs: printSeqs.ints(),
      turnSeqs: turnSeqs.ints(),
      turns: turns.floats(),
      tickSeqs: tickSeqs.ints(),
      kindSeqs: kindSeqs.ints(),
      kindIds: kindIds.floats(),
      kindCodes: kindCodes.bytes(),
      linkSeqs: linkSeqs.ints(),
      linkTasks: linkTasks.floats(),
      linkCoros: linkCoros.floats(),
      nameSeqs: nameSeqs.ints(),
      nameTasks: nameTasks.floats(),
      names,
    };
  }
}
