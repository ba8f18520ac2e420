/**
 * The coroutine objects that were never started: what `_PyGen_Finalize` reports at the end
 * of the run as `RuntimeWarning: coroutine 'QUALNAME' was never awaited` (warnings.ts).
 *
 * Every coroutine is created unstarted and almost all start at once, so this sits on the
 * hottest path (`await asyncio.sleep(0)`, every async call). It is an intrusive doubly
 * linked list through the coroutines themselves: no hashing (a Set costs an add and a
 * delete per coroutine), no allocation, and a started coroutine is unlinked at once, so the
 * list never keeps dead objects alive (which would promote them to the old generation).
 * Iteration order is creation order, as a Set's insertion order was.
 */

/** The links a Coroutine carries for this list (coroutine.ts). */
export interface UnstartedLinks<C> {
  unstartedPrev: C | null;
  unstartedNext: C | null;
  /** On the list now. */
  unstartedListed: boolean;
}

export class UnstartedCoroutines<C extends UnstartedLinks<C>> {
  private head: C | null = null;
  private tail: C | null = null;

  add(c: C): void {
    c.unstartedListed = true;
    c.unstartedPrev = this.tail;
    c.unstartedNext = null;
    if (this.tail === null) this.head = c;
    else this.tail.unstartedNext = c;
    this.tail = c;
  }

  delete(c: C): void {
    if (!c.unstartedListed) return;
    c.unstartedListed = false;
    const prev = c.unstartedPrev;
    const next = c.unstartedNext;
    if (prev === null) this.head = next;
    else prev.unstartedNext = next;
    if (next === null) this.tail = prev;
    else next.unstartedPrev = prev;
    c.unstartedPrev = null;
    c.unstartedNext = null;
  }

  *[Symbol.iterator](): IterableIterator<C> {
    for (let c = this.head; c !== null; c = c.unstartedNext) yield c;
  }

  clear(): void {
    for (let c = this.head; c !== null; ) {
      const next: C | null = c.unstartedNext;
      c.unstartedListed = false;
      c.unstartedPrev = null;
      c.unstartedNext = null;
      c = next;
    }
    this.head = null;
    this.tail = null;
  }
}
