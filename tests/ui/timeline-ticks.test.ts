/**
 * The time axis of real recordings: virtual-ms ticks where time moves, loop iterations where
 * it stands still, never two labels closer than the gap, at any zoom.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/engine/engine';
import { indexOf } from '../../src/ui/timeline/runIndex';
import { axisTicks, formatMs, timeAt } from '../../src/ui/timeline/ticks';
import { FULL_VIEW, zoomAt } from '../../src/ui/timeline/viewport';

const SNIPPET = `import asyncio

async def tick(n):
    for i in range(n):
        await asyncio.sleep(0)

async def main():
    await tick(30)
    await asyncio.sleep(0.05)
    await tick(30)
    await asyncio.sleep(0.1)
    print("done")

asyncio.run(main())
`;

describe('time axis', () => {
  const { events } = runProgram(SNIPPET, { lang: 'py', model: 'python' });
  const index = indexOf(events);
  const xOf = (seq: number) => seq / events.length;
  const base = { index, count: events.length, xOf, width: 1000, minGap: 80, turnWord: 'iter' };

  it('labels where virtual time moves with its ms, and loop iterations between', () => {
    const ticks = axisTicks({ ...base, view: FULL_VIEW });
    const times = ticks.filter((t) => t.kind === 'time').map((t) => t.label);
    expect(times).toEqual(['0 ms', '50 ms', '150 ms']);
    expect(ticks.some((t) => t.kind === 'turn' && /^iter \d+$/.test(t.label))).toBe(true);
    // Each time tick stands at the event where the recording's time first reads that value.
    for (const t of ticks.filter((k) => k.kind === 'time')) {
      expect(formatMs(events[t.seq]!.time)).toBe(t.label);
      if (t.seq > 0) expect(events[t.seq - 1]!.time).not.toBe(events[t.seq]!.time);
    }
    for (const t of ticks.filter((k) => k.kind === 'turn')) expect(events[t.seq]!.type).toBe('turn');
  });

  it('keeps labels apart and inside the track', () => {
    for (const width of [200, 600, 1500]) {
      const ticks = axisTicks({ ...base, view: FULL_VIEW, width });
      expect(ticks.length).toBeGreaterThan(0);
      for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.px - ticks[i - 1]!.px).toBeGreaterThanOrEqual(80 - 1e-6);
      for (const t of ticks) (expect(t.px).toBeGreaterThanOrEqual(0), expect(t.px).toBeLessThanOrEqual(width));
    }
  });

  it('zoomed inside one iteration, numbers the events themselves', () => {
    const turn = index.turnSeqs[5]!;
    const view = zoomAt(FULL_VIEW, (turn + 1.5) / events.length, events.length / 2);
    const ticks = axisTicks({ ...base, view });
    expect(ticks.some((t) => t.kind === 'event' && t.label === `#${t.seq}`)).toBe(true);
  });

  it('reads the virtual time in effect at an event', () => {
    const last = events.length - 1;
    expect(timeAt(index, last)).toBe(events[last]!.time);
    expect(timeAt(index, 0)).toBe(0);
  });

  it('labels only the recorded part while a run is still arriving', () => {
    const ticks = axisTicks({ ...base, count: 10, view: FULL_VIEW });
    expect(ticks.every((t) => t.seq < 10)).toBe(true);
  });
});

describe('time axis of a JavaScript run', () => {
  const source =
    'async function f() {\n  for (let i = 0; i < 40; i++) await null;\n  console.log("f");\n}\nf();\nsetTimeout(() => console.log("t"), 5);\n';
  const { events } = runProgram(source, { lang: 'js', model: 'js' });
  const index = indexOf(events);

  it('marks microtask ticks where neither time nor the turn moves', () => {
    const ticks = axisTicks({
      index,
      count: events.length,
      xOf: (s) => s / events.length,
      view: FULL_VIEW,
      width: 2000,
      minGap: 60,
      turnWord: 'turn',
    });
    const micro = ticks.filter((t) => t.kind === 'tick');
    expect(micro.length).toBeGreaterThan(2);
    for (const t of micro) {
      const e = events[t.seq]!;
      expect(e.type === 'dequeue' && (e.queue === 'microtask' || e.queue === 'nextTick')).toBe(true);
      const nth = events
        .slice(0, t.seq + 1)
        .filter((x) => x.type === 'dequeue' && (x.queue === 'microtask' || x.queue === 'nextTick')).length;
      expect(t.label).toBe(`µ${nth}`);
    }
    expect(ticks.filter((t) => t.kind === 'time').map((t) => t.label)).toEqual(['0 ms', '5 ms']);
  });
});
