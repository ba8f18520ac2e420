/**
 * The UI state keeps every timing race the engine recorded (issue 11: "real runs may order
 * these either way"), at its place in the recording, so scrubbing shows a note only once
 * the pair has run.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/engine/engine';
import { foldEvents } from '../../src/ui/state/fold';

describe('race notes in the fold', () => {
  it('records setTimeout(0) vs setImmediate at a CommonJS main script, from the race event on', () => {
    const source = "setTimeout(() => console.log('timeout'), 0);\nsetImmediate(() => console.log('immediate'));\n";
    const { events } = runProgram(source, { lang: 'js', model: 'js', jsMode: 'commonjs' });
    const at = events.findIndex((e) => e.type === 'race');
    expect(at).toBeGreaterThan(0);
    expect(foldEvents(events, undefined, at).races.toArray()).toEqual([]);
    const races = foldEvents(events).races;
    expect(races.map((r) => r.reason)).toEqual(['timeout-vs-immediate']);
    expect(races.at(0)?.first).not.toBe(races.at(0)?.second);
  });

  it('records Python timers due within 1 ms of each other', () => {
    const source =
      'import asyncio\nasync def a():\n    await asyncio.sleep(0.5)\n    await asyncio.sleep(0.5)\n    print("a")\nasync def b():\n    await asyncio.sleep(1)\n    print("b")\nasync def main():\n    await asyncio.gather(a(), b())\nasyncio.run(main())\n';
    const { events } = runProgram(source, { lang: 'py', model: 'python' });
    expect(foldEvents(events).races.map((r) => r.reason)).toContain('near-deadlines');
  });
});
