/**
 * The playground's keyboard shortcuts (issue 8), listened for on the document. They stay out
 * of the way of typing: nothing fires while focus is in the Monaco editor or a form field
 * (input, select, textarea, contenteditable), and Space/Enter on a focused button keep their
 * native meaning (pressing that button). Modified keys (Ctrl, Alt, Meta) are left to the
 * browser.
 */
import { useEffect, useRef } from 'react';
import type { Playback } from './usePlayback';
import { SPEEDS } from './speeds';

/** The table the shortcuts sheet shows; `keys` are the `KeyboardEvent.key` values that fire it. */
export const SHORTCUTS = [
  { keys: [' '], label: 'Space', action: 'play / pause' },
  { keys: ['ArrowLeft'], label: '←', action: 'step back' },
  { keys: ['ArrowRight'], label: '→', action: 'step forward' },
  { keys: ['Home'], label: 'Home', action: 'go to the start' },
  { keys: ['End'], label: 'End', action: 'go to the end' },
  { keys: ['['], label: '[', action: 'slower' },
  { keys: [']'], label: ']', action: 'faster' },
  { keys: ['?'], label: '?', action: 'show or hide this sheet' },
  { keys: ['Escape'], label: 'Esc', action: 'leave the editor (to the playback controls); close this sheet' },
] as const;

/** Whether a key pressed with focus on `target` belongs to that element rather than to the page. */
export function ownsKeys(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('.monaco-editor, input, select, textarea, [contenteditable=""], [contenteditable="true"]')) return true;
  return (key === ' ' || key === 'Enter') && target.closest('button, a[href]') !== null;
}

/** The offered speed next to `speed` in direction `dir` (-1 slower, +1 faster), staying at the ends. */
export function nextSpeed(speed: number, dir: -1 | 1): number {
  // The player only ever holds an offered speed (the menu and links offer no others).
  const i = (SPEEDS as readonly number[]).indexOf(speed);
  if (i < 0) return speed;
  return SPEEDS[Math.max(0, Math.min(SPEEDS.length - 1, i + dir))] ?? speed;
}

export interface ShortcutHandlers {
  playback: Playback;
  sheetOpen: boolean;
  setSheetOpen(open: boolean): void;
}

export function useShortcuts(handlers: ShortcutHandlers): void {
  // The listener is attached once; it reads the latest handlers.
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      const { playback: p, sheetOpen, setSheetOpen } = latest.current;
      if (e.key === 'Escape' && sheetOpen) {
        setSheetOpen(false);
        e.preventDefault();
        return;
      }
      if (ownsKeys(e.target, e.key)) return;
      switch (e.key) {
        case ' ':
          p.toggle();
          break;
        case 'ArrowLeft':
          p.step(-1);
          break;
        case 'ArrowRight':
          p.step(1);
          break;
        case 'Home':
          p.seek(0);
          break;
        case 'End':
          p.toEnd();
          break;
        case '[':
          p.setSpeed(nextSpeed(p.speed, -1));
          break;
        case ']':
          p.setSpeed(nextSpeed(p.speed, 1));
          break;
        case '?':
          setSheetOpen(!sheetOpen);
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
