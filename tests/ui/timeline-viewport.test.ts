/** The timeline's x window: zoom keeps the anchor still, pan and zoom never leave the run. */
import { describe, expect, it } from 'vitest';
import { clampView, FULL_VIEW, fromPx, isFull, MIN_SPAN, panBy, reveal, toPx, zoomAt } from '../../src/ui/timeline/viewport';

describe('timeline viewport', () => {
  it('zooms around the anchor, which keeps its pixel', () => {
    const v = zoomAt(FULL_VIEW, 0.3, 4);
    expect(v.end - v.start).toBeCloseTo(0.25);
    expect(toPx(v, 1000, 0.3)).toBeCloseTo(toPx(FULL_VIEW, 1000, 0.3));
    const back = zoomAt(v, 0.3, 1 / 4);
    expect(back.start).toBeCloseTo(0);
    expect(back.end).toBeCloseTo(1);
    expect(isFull(back)).toBe(true);
  });

  it('stays inside [0, 1] and no narrower than MIN_SPAN', () => {
    expect(zoomAt(FULL_VIEW, 0, 1e12).end - zoomAt(FULL_VIEW, 0, 1e12).start).toBeCloseTo(MIN_SPAN);
    expect(zoomAt(FULL_VIEW, 0.5, 0.1)).toEqual({ start: 0, end: 1 });
    const right = panBy({ start: 0.5, end: 0.7 }, 10);
    expect(right.end).toBe(1);
    expect(right.end - right.start).toBeCloseTo(0.2);
    const left = panBy({ start: 0.1, end: 0.3 }, -1);
    expect(left.start).toBe(0);
    expect(left.end).toBeCloseTo(0.2);
    expect(clampView({ start: -1, end: 3 })).toEqual({ start: 0, end: 1 });
  });

  it('maps px and fractions both ways, and reveals a point outside the window', () => {
    const v = { start: 0.2, end: 0.4 };
    expect(toPx(v, 500, 0.3)).toBeCloseTo(250);
    expect(fromPx(v, 500, 250)).toBeCloseTo(0.3);
    const r = reveal(v, 0.9);
    expect(r.end - r.start).toBeCloseTo(0.2);
    expect(0.9).toBeGreaterThan(r.start);
    expect(0.9).toBeLessThan(r.end);
    expect(reveal(v, 0.3)).toBe(v);
  });
});
