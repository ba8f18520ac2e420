/**
 * What every state of one recording shares besides its events: invocation id → index in
 * `lanes`, and the columns its lanes keep their segments and markers in
 * (src/ui/state/laneMarks.ts). A replay of another event sequence from an old state gets its
 * own index (src/ui/state/fold.ts `forkIndex`) but the same columns, which never change what
 * an older list holds.
 *
 * The engine numbers invocations from 0 up, so the index is an array by id (a Map's insert cost
 * ~1 µs a lane, a tenth of folding a 1M-event run that makes 90k lanes; issue 10), with a Map
 * for an id that is not a small non-negative integer. It reads as a ReadonlyMap.
 */
import { MarkerColumns, SegmentColumns } from './laneMarks';

export class LaneIndex implements ReadonlyMap<number, number> {
  /** dense[id] = the lane's index, -1 when there is none. */
  private dense = new Int32Array(256).fill(-1);
  /** Ids too large or not integers for `dense`. */
  private other: Map<number, number> | undefined = undefined;
  private count = 0;

  constructor(
    readonly segments = new SegmentColumns(),
    readonly markers = new MarkerColumns(),
  ) {}

  get size(): number {
    return this.count;
  }

  get [Symbol.toStringTag](): string {
    return 'LaneIndex';
  }

  /** Whether `id` belongs in `dense`: a non-negative integer not far beyond the ids seen. */
  private isDense(id: number): boolean {
    return id >>> 0 === id && id < Math.max(this.dense.length, 4 * (this.count + 1024));
  }

  get(id: number): number | undefined {
    if (id >>> 0 === id && id < this.dense.length) {
      const i = this.dense[id]!;
      if (i >= 0) return i;
    }
    return this.other?.get(id);
  }

  has(id: number): boolean {
    return this.get(id) !== undefined;
  }

  set(id: number, index: number): this {
    if (this.isDense(id) && this.other?.has(id) !== true) {
      if (id >= this.dense.length) {
        const grown = new Int32Array(Math.max(id + 1, this.dense.length * 2)).fill(-1);
        grown.set(this.dense);
        this.dense = grown;
      }
      if (this.dense[id]! < 0) this.count++;
      this.dense[id] = index;
      return this;
    }
    this.other ??= new Map();
    if (!this.other.has(id)) this.count++;
    this.other.set(id, index);
    return this;
  }

  /** The entries as a Map (ids in `dense` first, ascending): for reading all of them, O(size). */
  private toMap(): Map<number, number> {
    const out = new Map<number, number>();
    this.dense.forEach((i, id) => {
      if (i >= 0) out.set(id, i);
    });
    this.other?.forEach((i, id) => out.set(id, i));
    return out;
  }

  forEach(fn: (index: number, id: number, map: ReadonlyMap<number, number>) => void): void {
    this.toMap().forEach((i, id) => fn(i, id, this));
  }

  entries(): MapIterator<[number, number]> {
    return this.toMap().entries();
  }

  keys(): MapIterator<number> {
    return this.toMap().keys();
  }

  values(): MapIterator<number> {
    return this.toMap().values();
  }

  [Symbol.iterator](): MapIterator<[number, number]> {
    return this.entries();
  }
}
