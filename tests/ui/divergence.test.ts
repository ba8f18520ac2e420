import { describe, expect, it } from 'vitest';
import { computeDivergence, describeStart, outsideLcs } from '../../src/ui/state/divergence';
import { foldEvents } from '../../src/ui/state/fold';
import { awaitJs, awaitPython, seedJs, seedPython } from './build';

const rec = (model: 'js' | 'python', events: ReturnType<typeof seedJs>) => ({ model, events, final: foldEvents(events) });

describe('divergence', () => {
  it('finds the lines outside a longest common subsequence', () => {
    const { a, b } = outsideLcs(['1', '2', '3', '4', '5'], ['1', '3', '2', '4', '5']);
    expect(a.size).toBe(1);
    expect(b.size).toBe(1);
    expect(outsideLcs(['x'], ['x'])).toEqual({ a: new Set(), b: new Set() });
  });

  it('highlights nothing when the models agree', () => {
    const d = computeDivergence([rec('js', seedJs()), rec('python', seedJs())]);
    expect(d.sentence).toBeUndefined();
    expect([...d.highlighted.values()].every((s) => s.size === 0)).toBe(true);
  });

  it('explains the seed: f started at the call under js and never under python', () => {
    const d = computeDivergence([rec('js', seedJs()), rec('python', seedPython())]);
    expect(d.firstIndex).toBe(0);
    expect(d.highlighted.get('js')).toEqual(new Set([0]));
    expect(d.highlighted.get('python')).toEqual(new Set());
    expect(d.sentence).toBe('`f` started at the call (line 5) under js, but never started under python.');
  });

  it('explains an await: at the call under js, when main awaited it under python', () => {
    expect(describeStart(rec('python', awaitPython()), 1)).toBe('when `main` awaited it (line 8)');
    expect(describeStart(rec('js', awaitJs()), 1)).toBe('at the call (line 6)');
    const d = computeDivergence([rec('js', awaitJs()), rec('python', awaitPython())]);
    expect(d.firstIndex).toBe(0);
    expect(d.sentence).toBe('`f` started at the call (line 6) under js, but when `main` awaited it (line 8) under python.');
    expect(d.highlighted.get('js')!.size).toBe(1);
    expect(d.highlighted.get('python')!.size).toBe(1);
  });

  it('describes a start taken from a queue', () => {
    expect(describeStart(rec('python', awaitPython()), 0)).toBe('later, when it was taken from the ready queue');
  });
});
