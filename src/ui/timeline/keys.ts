/**
 * What a key does on the lane area (one tab stop per model): rows and markers are walked with
 * the arrows, the time axis is zoomed and panned with the keys flame charts use (+/−, W/S,
 * A/D) and reset with 0. Keys with Ctrl, Alt or Meta are left to the browser; unlisted keys
 * fall through to the page's shortcuts (Space plays unless a group is focused).
 */

export type LaneKeyAction =
  | { type: 'row'; delta: 1 | -1 }
  | { type: 'marker'; to: 'previous' | 'next' | 'first' | 'last' }
  | { type: 'toggle-group' }
  | { type: 'zoom'; dir: 1 | -1 }
  | { type: 'pan'; by: number }
  | { type: 'whole-run' };

/** How far one A / D press pans, as a share of the visible width. */
export const PAN_STEP = 0.25;

export function laneKeyAction(
  e: { key: string; ctrlKey: boolean; altKey: boolean; metaKey: boolean },
  onGroup: boolean,
): LaneKeyAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case 'ArrowDown':
      return { type: 'row', delta: 1 };
    case 'ArrowUp':
      return { type: 'row', delta: -1 };
    case 'ArrowRight':
      return { type: 'marker', to: 'next' };
    case 'ArrowLeft':
      return { type: 'marker', to: 'previous' };
    case 'Home':
      return { type: 'marker', to: 'first' };
    case 'End':
      return { type: 'marker', to: 'last' };
    case 'Enter':
    case ' ':
      return onGroup ? { type: 'toggle-group' } : null;
    case '+':
    case '=':
    case 'w':
    case 'W':
      return { type: 'zoom', dir: 1 };
    case '-':
    case 's':
    case 'S':
      return { type: 'zoom', dir: -1 };
    case 'a':
    case 'A':
      return { type: 'pan', by: -PAN_STEP };
    case 'd':
    case 'D':
      return { type: 'pan', by: PAN_STEP };
    case '0':
      return { type: 'whole-run' };
    default:
      return null;
  }
}

/** The marker index a marker action moves to, in a lane of `n` markers, from `at` (-1: none selected). */
export function markerTarget(to: 'previous' | 'next' | 'first' | 'last', at: number, n: number): number {
  if (to === 'first') return 0;
  if (to === 'last') return n - 1;
  if (at < 0) return to === 'next' ? 0 : n - 1;
  return Math.max(0, Math.min(n - 1, at + (to === 'next' ? 1 : -1)));
}
