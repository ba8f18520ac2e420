/**
 * An insertion-ordered set threaded through its members: the model's bookkeeping sets that
 * sit on hot paths — `ctx.unstarted` (every coroutine is created unstarted and almost all
 * start at once) and `ctx.pendingTasks` (every task, under promisio one per async call).
 *
 * Versus a JS Set: no hashing and no allocation per add/delete, and a member is unlinked at
 * once on delete, so nothing dead is kept alive (which would promote it to the old
 * generation). Iteration has the Set's semantics exactly: creation order; a member deleted
 * before it is reached is skipped; a member added during the iteration is visited. (The
 * end-of-run warnings iterate while a user exception handler may create or finish tasks.)
 * Each live iterator keeps the member it yielded last; deleting that member moves the
 * iterator back to its predecessor, which it has already visited.
 */

/** The links a member carries (one LinkedSet per kind of member: Coroutine, Task). */
export interface Linked<T> {
  linkPrev: T | null;
  linkNext: T | null;
  /** In the set now. */
  linked: boolean;
}

interface Cursor<T> {
  /** The member yielded last; null = before the head. */
  at: T | null;
}

export class LinkedSet<T extends Linked<T>> {
  private head: T | null = null;
  private tail: T | null = null;
  private cursors: Cursor<T>[] = [];

  has(x: T): boolean {
    return x.linked;
  }

  add(x: T): void {
    if (x.linked) return;
    x.linked = true;
    x.linkPrev = this.tail;
    x.linkNext = null;
    if (this.tail === null) this.head = x;
    else this.tail.linkNext = x;
    this.tail = x;
  }

  delete(x: T): boolean {
    if (!x.linked) return false;
    x.linked = false;
    const prev = x.linkPrev;
    const next = x.linkNext;
    if (this.cursors.length > 0) for (const c of this.cursors) if (c.at === x) c.at = prev;
    if (prev === null) this.head = next;
    else prev.linkNext = next;
    if (next === null) this.tail = prev;
    else next.linkPrev = prev;
    x.linkPrev = null;
    x.linkNext = null;
    return true;
  }

  *[Symbol.iterator](): IterableIterator<T> {
    const cursor: Cursor<T> = { at: null };
    this.cursors.push(cursor);
    try {
      for (;;) {
        const x: T | null = cursor.at === null ? this.head : cursor.at.linkNext;
        if (x === null) return;
        cursor.at = x;
        yield x;
      }
    } finally {
      this.cursors.splice(this.cursors.indexOf(cursor), 1);
    }
  }

  clear(): void {
    for (let x = this.head; x !== null;) {
      const next: T | null = x.linkNext;
      x.linked = false;
      x.linkPrev = null;
      x.linkNext = null;
      x = next;
    }
    this.head = null;
    this.tail = null;
    for (const c of this.cursors) c.at = null;
  }
}
