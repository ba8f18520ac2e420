/**
 * bench/ui/targets.ts: the bench's verdict on each figure, including a figure it could not take
 * (a run that never opened, a Stop with no press counted), which must read as a miss, never as met.
 */
import { describe, expect, it } from 'vitest';
import { UiTargets } from '../../bench/ui/targets';

describe('UiTargets', () => {
  it('meets a bound at or under it (atMost) and strictly under it (below)', () => {
    const t = new UiTargets();
    t.atMost('step', 4, 4, '≤ 4 ms');
    t.atMost('step', 4.01, 4, '≤ 4 ms');
    t.below('open', 1999, 2000, '< 2 s');
    t.below('open', 2000, 2000, '< 2 s');
    expect(t.all.map((c) => c.met)).toEqual([true, false, true, false]);
    expect(t.all[0]!.text).toBe('step: 4.0 ms (target ≤ 4 ms)');
    expect(t.all[2]!.text).toBe('open: 1999 ms (target < 2 s)');
  });

  it('counts a figure that was not taken as a miss', () => {
    const t = new UiTargets();
    t.atMost('runaway', undefined, 2000, '≤ 2 s');
    t.below('fresh opens', Number.NaN, 2000, '< 2 s');
    expect(t.all.every((c) => !c.met)).toBe(true);
    expect(t.all[0]!.text).toBe('runaway: not measured (target ≤ 2 s)');
  });

  it('prints every check and how many were met, and nothing when nothing was checked', () => {
    const lines: string[] = [];
    new UiTargets().print((l) => lines.push(l));
    expect(lines).toEqual([]);
    const t = new UiTargets();
    t.custom('heap 54 MB (target < 300 MB)', true);
    t.atMost('frame', 6.5, 4, '≤ 4 ms');
    t.print((l) => lines.push(l));
    expect(lines).toEqual([
      '\nTargets (issue 10):',
      '  met    heap 54 MB (target < 300 MB)',
      '  MISSED frame: 6.5 ms (target ≤ 4 ms)',
      '1 of 2 met',
    ]);
  });
});
