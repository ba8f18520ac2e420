/** The lane area's keys: arrows walk rows and markers, flame-chart keys zoom and pan, others fall through. */
import { describe, expect, it } from 'vitest';
import { laneKeyAction, markerTarget } from '../../src/ui/timeline/keys';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; altKey: boolean; metaKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...mods,
});

describe('lane area keys', () => {
  it('map arrows to rows and markers, and zoom/pan keys to the axis', () => {
    expect(laneKeyAction(key('ArrowDown'), false)).toEqual({ type: 'row', delta: 1 });
    expect(laneKeyAction(key('ArrowLeft'), false)).toEqual({ type: 'marker', to: 'previous' });
    expect(laneKeyAction(key('End'), false)).toEqual({ type: 'marker', to: 'last' });
    expect(laneKeyAction(key('+'), false)).toEqual({ type: 'zoom', dir: 1 });
    expect(laneKeyAction(key('S'), false)).toEqual({ type: 'zoom', dir: -1 });
    expect(laneKeyAction(key('a'), false)).toMatchObject({ type: 'pan' });
    expect(laneKeyAction(key('0'), false)).toEqual({ type: 'whole-run' });
  });

  it('leave Space to the player unless a group is focused, and modified keys to the browser', () => {
    expect(laneKeyAction(key(' '), false)).toBeNull();
    expect(laneKeyAction(key(' '), true)).toEqual({ type: 'toggle-group' });
    expect(laneKeyAction(key('+', { ctrlKey: true }), false)).toBeNull();
    expect(laneKeyAction(key('['), false)).toBeNull();
  });

  it('move between markers and stop at the ends', () => {
    expect(markerTarget('next', -1, 5)).toBe(0);
    expect(markerTarget('previous', -1, 5)).toBe(4);
    expect(markerTarget('next', 4, 5)).toBe(4);
    expect(markerTarget('previous', 0, 5)).toBe(0);
    expect(markerTarget('next', 2, 5)).toBe(3);
    expect(markerTarget('first', 3, 5)).toBe(0);
  });
});
