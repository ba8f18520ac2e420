/**
 * The digests the engine worker sent with a recording's batches (src/worker/protocol.ts
 * BatchDigest, made by src/worker/digest.ts): where virtual time changes, the prints, the
 * turns, the microtasks taken and the Tasks' links and names, gathered off the page's main
 * thread. The timeline's run index (src/ui/timeline/runIndex.ts) and the playback alignment
 * (alignment.ts) read them instead of reading every event again: opening a 1M-event run
 * read a million events twice more after folding them (issue 10).
 *
 * They are used only while every batch received came with its digest, in order (`complete`);
 * a recording made otherwise (the tests', the CLI's, the build's prerecording) is read event
 * by event as before.
 */
import type { BatchDigest } from '../../worker/protocol';

/** A list of ints that grows by doubling (a typed array, searched by binary search). */
class IntList {
  data = new Int32Array(256);
  length = 0;

  append(values: Int32Array): void {
    if (this.length + values.length > this.data.length) {
      const grown = new Int32Array(Math.max(this.data.length * 2, this.length + values.length));
      grown.set(this.data.subarray(0, this.length));
      this.data = grown;
    }
    this.data.set(values, this.length);
    this.length += values.length;
  }

  /** The first value > v, or Infinity. */
  firstAbove(v: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.data[mid]! <= v) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.length ? this.data[lo]! : Infinity;
  }
}

export class RecordingMarks {
  /** Every batch so far came with its digest, each starting where the one before ended. */
  complete = true;
  /** Events received (in the batches the digests describe). */
  received = 0;
  readonly digests: BatchDigest[] = [];
  private readonly timeChanges = new IntList();
  private readonly prints = new IntList();

  /** A batch of `count` events arrived, with its digest or without. */
  add(count: number, digest: BatchDigest | undefined): void {
    if (!digest || digest.start !== this.received || digest.count !== count) this.complete = false;
    this.received += count;
    if (!this.complete || !digest) return;
    this.digests.push(digest);
    this.timeChanges.append(digest.timeSeqs);
    this.prints.append(digest.printSeqs);
  }

  /** The first event after `seq` whose time differs from the event before it (Infinity: none received). */
  nextTimeChange(seq: number): number {
    return this.timeChanges.firstAbove(seq);
  }

  /** The first `print` at or after `seq` (Infinity: none received). */
  nextPrint(seq: number): number {
    return this.prints.firstAbove(seq - 1);
  }

  /** Index in `digests` of the one holding event `seq` (digests.length past the end). */
  digestOf(seq: number): number {
    const list = this.digests;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]!.start + list[mid]!.count <= seq) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
