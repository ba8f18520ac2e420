/**
 * Shift+←/→ (issue 8) jump between the positions where an output line appears. Checked on real
 * runs of one program under two models against the fold itself: the number of lines on screen
 * grows exactly at the stops, and nowhere else.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/engine/engine';
import type { EngineEvent } from '../../src/engine/api';
import { align, cursorAt } from '../../src/ui/state/alignment';
import { nextStop, outputStops } from '../../src/ui/state/outputStops';
import { toggleModel } from '../../src/ui/modelSelection';

const SOURCE = [
  'import asyncio',
  'async def f(n):',
  '    print("f", n)',
  '    await asyncio.sleep(0)',
  '    print("f done", n)',
  'async def main():',
  '    t = asyncio.create_task(f(1))',
  '    print("main")',
  '    await f(2)',
  '    await t',
  'print("before")',
  'asyncio.run(main())',
].join('\n');

const streams: EngineEvent[][] = (['js', 'python'] as const).map((model) => runProgram(SOURCE, { lang: 'py', model }).events);
const alignment = align(streams);

/** Lines on screen over every model at position g. */
function linesShown(g: number): number {
  return streams.reduce((n, events, m) => n + events.slice(0, cursorAt(alignment, m, g)).filter((e) => e.type === 'print').length, 0);
}

describe('output stops', () => {
  const stops = outputStops(
    alignment,
    streams.map((events) => events.filter((e) => e.type === 'print')),
  );

  it('are exactly the positions where a line appears', () => {
    expect(stops.length).toBeGreaterThan(3);
    for (let g = 1; g <= alignment.total; g++) expect(linesShown(g) > linesShown(g - 1)).toBe(stops.includes(g));
  });

  it('step forward and back from any position', () => {
    expect(nextStop(stops, 0, 1)).toBe(stops[0]);
    expect(nextStop(stops, stops[0]!, 1)).toBe(stops[1]);
    expect(nextStop(stops, stops[1]!, -1)).toBe(stops[0]);
    expect(nextStop(stops, stops[1]! + 1, -1)).toBe(stops[1]);
    expect(nextStop(stops, stops[0]!, -1)).toBeUndefined();
    expect(nextStop(stops, alignment.total, 1)).toBeUndefined();
  });
});

describe('toggleModel', () => {
  it('adds in the canonical order, removes, and keeps the last model', () => {
    expect(toggleModel(['python'], 'js')).toEqual(['js', 'python']);
    expect(toggleModel(['js', 'python'], 'js')).toEqual(['python']);
    expect(toggleModel(['promisio'], 'promisio')).toEqual(['promisio']);
    expect(toggleModel(['js', 'promisio'], 'python-eager')).toEqual(['js', 'python-eager', 'promisio']);
  });
});
