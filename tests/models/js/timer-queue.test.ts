/**
 * The js model's timer queue (src/engine/models/js/queues.ts TimerQueue): a FIFO for the
 * timers that arrive in (due, seq) order and a heap for the rest must pop exactly in (due,
 * seq) order, whatever the mix, as the single heap it replaced did (issue 10).
 */
import { describe, expect, it } from 'vitest';
import { TimerQueue } from '../../../src/engine/models/js/queues';
import { rng as random } from '../../fuzz/mutate';

interface T {
  due: number;
  seq: number;
}

describe('TimerQueue', () => {
  it('pops in (due, seq) order under any mix of in-order and out-of-order pushes', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rnd = random(seed);
      const q = new TimerQueue<T>();
      const pending: T[] = [];
      let now = 0;
      let seq = 0;
      const popped: T[] = [];
      const expected: T[] = [];
      for (let step = 0; step < 400; step++) {
        const x = rnd();
        if (x < 0.55) {
          // Mostly one delay (the FIFO's case), sometimes a longer or a shorter one.
          const y = rnd();
          const delay = y < 0.7 ? 1 : y < 0.85 ? Math.floor(rnd() * 50) : Math.floor(rnd() * 3);
          const t = { due: now + delay, seq: seq++ };
          q.push(t);
          pending.push(t);
        } else if (x < 0.95) {
          const top = q.peek();
          const t = q.pop();
          expect(t).toBe(top);
          pending.sort((a, b) => a.due - b.due || a.seq - b.seq);
          const want = pending.shift();
          expect(t).toBe(want);
          if (t) {
            popped.push(t);
            expected.push(want!);
            now = Math.max(now, t.due);
          }
        } else now += Math.floor(rnd() * 5);
        expect(q.size).toBe(pending.length);
      }
      expect(popped).toEqual(expected);
    }
  });

  it('empties and is reusable after clear', () => {
    const q = new TimerQueue<T>();
    for (let i = 0; i < 3000; i++) q.push({ due: i >> 4, seq: i });
    for (let i = 0; i < 2500; i++) expect(q.pop()!.seq).toBe(i);
    q.push({ due: 0, seq: 9999 });
    expect(q.pop()!.seq).toBe(9999);
    expect(q.pop()!.seq).toBe(2500);
    q.clear();
    expect(q.size).toBe(0);
    expect(q.pop()).toBeUndefined();
  });
});
