import { describe, expect, it } from 'vitest';
import { Aligner, CHUNK_MAX, align, cursorAt, positionAfter } from '../../src/ui/state/alignment';
import { FoldHistory } from '../../src/ui/state/history';
import { runProgram } from '../../src/engine/engine';
import { Script } from './build';

function prints(texts: string[], pad: number, timeAt?: number) {
  const s = new Script();
  texts.forEach((t, i) => {
    for (let k = 0; k < pad; k++) s.add({ type: 'line', id: 0, loc: { line: i + 1, col: 0 } });
    if (timeAt !== undefined && i === 1) s.at(timeAt);
    s.add({ type: 'print', text: t, id: 0 });
  });
  return s.events;
}

describe('alignment', () => {
  it('covers every event once and keeps each model in order', () => {
    const a = align([prints(['a', 'b', 'c'], 5), prints(['a', 'b', 'c'], 1)]);
    expect(a.total).toBe(18 + 6);
    for (let g = 1; g <= a.total; g++) {
      const d0 = cursorAt(a, 0, g) - cursorAt(a, 0, g - 1);
      const d1 = cursorAt(a, 1, g) - cursorAt(a, 1, g - 1);
      expect(d0 + d1).toBe(1);
    }
    expect(cursorAt(a, 0, a.total)).toBe(18);
    expect(cursorAt(a, 1, a.total)).toBe(6);
  });

  it('lets no model print its next line before the other printed the previous one', () => {
    const slow = prints(['a', 'b', 'c'], 40);
    const fast = prints(['a', 'b', 'c'], 1);
    const a = align([slow, fast]);
    const printsUpTo = (events: typeof slow, n: number) => events.slice(0, n).filter((e) => e.type === 'print').length;
    for (let g = 0; g <= a.total; g++) {
      const p0 = printsUpTo(slow, cursorAt(a, 0, g));
      const p1 = printsUpTo(fast, cursorAt(a, 1, g));
      expect(Math.abs(p0 - p1)).toBeLessThanOrEqual(1);
    }
  });

  it('never lets one model run past a virtual time the other has not reached', () => {
    const early = prints(['a', 'b'], 2); // all at time 0
    const late = prints(['a', 'b'], 2, 100); // 'b' at 100 ms
    const a = align([late, early]);
    for (let g = 0; g <= a.total; g++) {
      const lateCursor = cursorAt(a, 0, g);
      if (late[lateCursor - 1]?.time === 100) expect(cursorAt(a, 1, g)).toBe(early.length);
    }
  });

  it("reads a history's packed events (time and type without decoding) exactly as the decoded events", () => {
    const py = `import asyncio\n\nasync def w(n):\n    for i in range(3):\n        print(n, i)\n        await asyncio.sleep(0.01 * n)\n\nasync def main():\n    await asyncio.gather(w(1), w(2), w(3))\n\nasyncio.run(main())\n`;
    const recordings = (['python', 'js'] as const).map((model) => runProgram(py, { lang: 'py', model }).events);
    const histories = recordings.map((events) => {
      const h = new FoldHistory();
      for (let i = 0; i < events.length; i += 7) h.append(events.slice(i, i + 7));
      return h;
    });
    expect(new Set(recordings[0]!.map((e) => e.time)).size).toBeGreaterThan(2);
    const plain = align(recordings);
    const packed = align(histories.map((h) => h.events));
    expect(packed.total).toBe(plain.total);
    expect(packed.globalOf.map((g) => [...g])).toEqual(plain.globalOf.map((g) => [...g]));
  });

  it('maps a model event back to the global position just after it', () => {
    const a = align([prints(['x'], 3), prints(['x'], 3)]);
    for (let i = 0; i < 4; i++) expect(cursorAt(a, 1, positionAfter(a, 1, i))).toBe(i + 1);
  });
});

describe('incremental alignment', () => {
  it('merges a streamed recording exactly as the finished one, never moving what it merged', () => {
    const s0 = new Script();
    const s1 = new Script();
    for (let i = 0; i < 60; i++) {
      s0.add({ type: 'line', id: 0, loc: { line: 1, col: 0 } });
      if (i % 4 === 0) s0.add({ type: 'print', text: `a${i}`, id: 0 });
      if (i % 10 === 9) s0.at(s0.time + 5);
      s1.add({ type: 'line', id: 0, loc: { line: 1, col: 0 } });
      if (i % 6 === 0) s1.add({ type: 'print', text: `a${i}`, id: 0 });
      if (i % 15 === 14) s1.at(s1.time + 5);
    }
    const streams = [s0.events, s1.events];
    const whole = align(streams);
    const aligner = new Aligner(2);
    let merged = 0;
    for (let k = 0; k <= 10; k++) {
      const known = streams.map((e) => Math.floor((e.length * k) / 10));
      const a = aligner.update(streams, known, [k === 10, k === 10]);
      expect(a.total).toBeGreaterThanOrEqual(merged);
      merged = a.total;
      // Whatever is merged so far is final.
      for (let m = 0; m < 2; m++) expect([...a.globalOf[m]!]).toEqual([...whole.globalOf[m]!.subarray(0, a.globalOf[m]!.length)]);
    }
    expect(merged).toBe(whole.total);
  });
});

describe('a long stretch at one time with no print', () => {
  it('is merged in parts of CHUNK_MAX events while it streams, the models advancing part by part', () => {
    const flood = (n: number) => {
      const s = new Script();
      for (let i = 0; i < n; i++) s.add({ type: 'line', id: 0, loc: { line: 1, col: 0 } });
      return s.events;
    };
    const a = flood(3 * CHUNK_MAX + 10);
    const b = flood(CHUNK_MAX + 5);
    const aligner = new Aligner(2);
    const streaming = aligner.update([a, b], [2 * CHUNK_MAX + 1, CHUNK_MAX + 1], [false, false]);
    // The first part of each model is closed: both are merged, in proportion.
    expect(streaming.total).toBe(2 * CHUNK_MAX);
    const whole = aligner.update([a, b], [a.length, b.length], [true, true]);
    expect(whole.total).toBe(a.length + b.length);
    // Model b's second (short) part is merged with model a's second part, before a's third.
    const lastOfB = whole.globalOf[1]![b.length - 1]!;
    expect(cursorAt(whole, 0, lastOfB)).toBeLessThanOrEqual(2 * CHUNK_MAX);
    expect(cursorAt(whole, 0, lastOfB)).toBeGreaterThan(CHUNK_MAX);
  });
});
