/** Rows share the lane area's height between a clickable minimum and a useful maximum; type scales with them. */
import { describe, expect, it } from 'vitest';
import { labelWidth, MAX_ROW_PX, MIN_ROW_PX, PRESENTATION_SCALE, rowSizes } from '../../src/ui/timeline/sizes';

describe('timeline sizes', () => {
  it('fill the height with few rows, up to the maximum', () => {
    expect(rowSizes(4, 400).rowH).toBe(100);
    expect(rowSizes(4, 401).rowH * 4).toBeLessThanOrEqual(401);
    expect(rowSizes(2, 900).rowH).toBe(MAX_ROW_PX);
    expect(rowSizes(100, 400).rowH).toBe(MIN_ROW_PX);
  });

  it('grow markers and type with the row, and more in presentation', () => {
    const small = rowSizes(20, 400);
    const tall = rowSizes(3, 400);
    expect(tall.marker).toBeGreaterThan(small.marker);
    expect(tall.font).toBeGreaterThan(small.font);
    expect(tall.twoLine).toBe(true);
    expect(small.twoLine).toBe(false);
    const presenting = rowSizes(2, 900, PRESENTATION_SCALE);
    expect(presenting.rowH).toBeGreaterThan(MAX_ROW_PX);
    expect(presenting.font).toBeGreaterThan(rowSizes(2, 900).font);
    expect(rowSizes(100, 400, PRESENTATION_SCALE).rowH).toBeGreaterThan(MIN_ROW_PX);
  });

  it('give the label column room for the longest label, within bounds', () => {
    expect(labelWidth(4, 14, 1000)).toBe(96);
    expect(labelWidth(20, 14, 1000)).toBeGreaterThan(96);
    expect(labelWidth(200, 14, 1000)).toBe(400);
  });
});
