/**
 * The coroutine objects that were never started: what `_PyGen_Finalize` reports at the end
 * of the run as `RuntimeWarning: coroutine 'QUALNAME' was never awaited` (warnings.ts).
 *
 * Every coroutine is created unstarted and most start at once, so a Set with an add and a
 * delete per coroutine is pure overhead on the hottest path (`await asyncio.sleep(0)`, every
 * async call). Instead every coroutine is appended, and "unstarted" is read from its state
 * when asked; the list drops the started ones whenever it has doubled since the last sweep,
 * which keeps it O(live unstarted) in size and O(1) amortised per coroutine. Iteration order
 * is creation order, as the Set's insertion order was.
 */

/** The part of a Coroutine this list needs (coroutine.ts: state 0 is CREATED). */
interface Tracked {
  readonly state: number;
}

const CREATED = 0;
const MIN_SWEEP = 1024;

export class UnstartedCoroutines<C extends Tracked> {
  private items: C[] = [];
  private sweepAt = MIN_SWEEP;

  add(c: C): void {
    const items = this.items;
    items.push(c);
    if (items.length >= this.sweepAt) {
      this.items = items.filter((x) => x.state === CREATED);
      this.sweepAt = Math.max(MIN_SWEEP, this.items.length * 2);
    }
  }

  *[Symbol.iterator](): IterableIterator<C> {
    for (const c of this.items) if (c.state === CREATED) yield c;
  }

  clear(): void {
    this.items = [];
    this.sweepAt = MIN_SWEEP;
  }
}
