import { describe, expect, it } from 'vitest';
import { newEdit, PQueue, PrefixList, PStack, PVec } from '../../src/ui/state/lists';

describe('PVec', () => {
  it('keeps every version: set and push never change an older vector', () => {
    const versions: PVec<number>[] = [PVec.empty()];
    const model: number[][] = [[]];
    let v = PVec.empty<number>();
    let arr: number[] = [];
    // Past 32 * 32 entries the trie grows a third level.
    for (let i = 0; i < 1500; i++) {
      v = v.push(i);
      arr = [...arr, i];
      if (i % 7 === 3) {
        const k = (i * 31) % arr.length;
        v = v.set(k, -i);
        arr = arr.slice();
        arr[k] = -i;
      }
      if (i % 100 === 0) {
        versions.push(v);
        model.push(arr);
      }
    }
    versions.forEach((ver, i) => expect(ver.toArray()).toEqual(model[i]));
    expect(v.at(-1)).toBe(1499);
    expect(v.at(1500)).toBeUndefined();
    expect(v.slice(1020, 1030)).toEqual(arr.slice(1020, 1030));
    expect([...v].length).toBe(1500);
  });

  it('changes in place only the nodes its own edit made, so a vector kept before the edit or from an earlier one stays', () => {
    let v = PVec.empty<number>();
    for (let i = 0; i < 2000; i++) v = v.push(i);
    const before = v;
    const ed = newEdit();
    let w = before.set(5, -5, ed);
    expect(w).not.toBe(before);
    // The path to entry 5 is the edit's own now: a second change there makes no new vector.
    expect(w.set(6, -6, ed)).toBe(w);
    w = w.set(6, -6, ed).push(2000, ed);
    const kept = w;
    const later = newEdit();
    const x = kept.set(7, -7, later).set(1999, -1999, later);
    expect(before.slice(4, 8)).toEqual([4, 5, 6, 7]);
    expect(kept.slice(4, 8)).toEqual([4, -5, -6, 7]);
    expect(kept.length).toBe(2001);
    expect(x.slice(4, 8)).toEqual([4, -5, -6, -7]);
    expect(x.at(1999)).toBe(-1999);
    expect(kept.at(1999)).toBe(1999);
    // Without an edit, every change copies.
    expect(x.set(8, -8)).not.toBe(x);
    expect(x.at(8)).toBe(8);
  });

  it('refuses to set outside its length', () => {
    expect(() => PVec.empty<number>().set(0, 1)).toThrow(RangeError);
  });
});

describe('PrefixList', () => {
  const same = (a: { seq: number }, b: { seq: number }) => a.seq === b.seq;

  it('shares one backing array along a recording and stores a replayed item once', () => {
    const a = PrefixList.empty<{ seq: number }>().push({ seq: 0 }, same);
    const b = a.push({ seq: 1 }, same);
    // A replay from `a` appends the same item: it is recognised, nothing is stored twice.
    const again = a.push({ seq: 1 }, same);
    expect(again.toArray()).toEqual(b.toArray());
    expect(
      b
        .push({ seq: 2 }, same)
        .toArray()
        .map((x) => x.seq),
    ).toEqual([0, 1, 2]);
    expect(JSON.stringify(a)).toBe('[{"seq":0}]');
  });

  it('forks when a different item is appended where one is already stored', () => {
    const a = PrefixList.empty<{ seq: number }>().push({ seq: 0 }, same);
    const b = a.push({ seq: 1 }, same).push({ seq: 2 }, same);
    const other = a.push({ seq: 7 }, same);
    expect(other.toArray().map((x) => x.seq)).toEqual([0, 7]);
    expect(b.toArray().map((x) => x.seq)).toEqual([0, 1, 2]);
  });
});

describe('PQueue', () => {
  it('removes the first matching entry, at the head or in the middle, leaving older versions alone', () => {
    let q = PQueue.empty<number>();
    for (let i = 0; i < 10; i++) q = q.push(i);
    const full = q;
    q = q.removeFirst((x) => x === 0);
    q = q.removeFirst((x) => x === 5);
    expect(q.toArray()).toEqual([1, 2, 3, 4, 6, 7, 8, 9]);
    expect(q.removeFirst((x) => x === 42)).toBe(q);
    expect(full.toArray()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(q.at(0)).toBe(1);
    expect(q.length).toBe(8);
  });

  it('stays correct through a long FIFO that compacts its dead prefix', () => {
    let q = PQueue.empty<number>();
    let head = 0;
    for (let i = 0; i < 5000; i++) {
      q = q.push(i);
      if (i % 3 !== 0) q = q.removeFirst((x) => x === head++);
    }
    expect(q.length).toBe(5000 - head);
    expect(q.at(0)).toBe(head);
    expect(q.at(-1)).toBe(4999);
  });
});

describe('PStack', () => {
  it('pushes and removes the topmost match, from the top or below it, leaving older versions alone', () => {
    let s = PStack.empty<number>();
    for (const x of [1, 2, 3, 2, 4]) s = s.push(x);
    const before = s;
    expect(s.toArray()).toEqual([1, 2, 3, 2, 4]);
    expect(s.slice(-2)).toEqual([2, 4]);
    expect(s.at(0)).toBe(1);
    s = s.removeTopmost((x) => x === 2);
    expect(s.toArray()).toEqual([1, 2, 3, 4]);
    s = s.removeTopmost((x) => x === 4);
    expect(s.toArray()).toEqual([1, 2, 3]);
    expect(s.removeTopmost((x) => x === 9)).toBe(s);
    expect(before.toArray()).toEqual([1, 2, 3, 2, 4]);
    expect(s.length).toBe(3);
  });
});
