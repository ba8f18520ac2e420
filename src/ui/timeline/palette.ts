/**
 * The canvas's colours, read from the page's CSS custom properties (styles.css: --ink,
 * --muted, --failed, --warn; the panel's --model-color), so the drawing follows the theme.
 */
import type { Palette } from './draw';

export function readPalette(el: Element): Palette {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    model: v('--model-color', '#1d4ed8'),
    ink: v('--ink', '#111827'),
    muted: v('--muted', '#4b5563'),
    failed: v('--failed', '#b91c1c'),
    warn: v('--warn', '#b45309'),
    grid: 'rgba(17, 24, 39, 0.10)',
    linked: 'rgba(250, 204, 21, 0.22)',
    focus: '#1d3557',
    marker: {
      started: '#065f46',
      awaited: '#1e3a8a',
      resumed: '#7c2d12',
      resolved: '#065f46',
      rejected: v('--failed', '#b91c1c'),
      cancelled: '#374151',
      warning: v('--warn', '#b45309'),
    },
  };
}
