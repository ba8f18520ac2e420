/**
 * The playground's keyboard shortcuts (issue 8), listened for on the document. They stay out
 * of the way of typing: nothing fires while focus is in the Monaco editor or a form field
 * (input, select, textarea, contenteditable), and Space/Enter on a focused button keep their
 * native meaning (pressing that button). Modified keys (Ctrl, Alt, Meta) are left to the
 * browser; Shift only with the arrows (Shift+←/→ jump between output lines).
 */
import { useEffect, useRef } from 'react';
import { MODEL_NAMES, type ModelName } from '../engine/api';
import type { Playback } from './usePlayback';
import { SPEEDS } from './speeds';

/** The table the shortcuts sheet shows; `keys` are the `KeyboardEvent.key` values that fire it (`Shift+` with Shift held). */
export const SHORTCUTS = [
  { keys: [' '], label: 'Space', action: 'play / pause' },
  { keys: ['ArrowLeft'], label: '←', action: 'step back' },
  { keys: ['ArrowRight'], label: '→', action: 'step forward' },
  { keys: ['Shift+ArrowLeft'], label: 'Shift+←', action: 'previous output line' },
  { keys: ['Shift+ArrowRight'], label: 'Shift+→', action: 'next output line' },
  { keys: ['Home'], label: 'Home', action: 'go to the start' },
  { keys: ['End'], label: 'End', action: 'go to the end' },
  { keys: ['['], label: '[', action: 'slower' },
  { keys: [']'], label: ']', action: 'faster' },
  { keys: ['1', '2', '3', '4'], label: '1–4', action: `turn a model on or off (${MODEL_NAMES.map((m, i) => `${i + 1} ${m}`).join(', ')})` },
  { keys: ['p', 'P'], label: 'P', action: 'presentation mode on / off' },
  { keys: ['?'], label: '?', action: 'show or hide this sheet' },
  {
    keys: ['Escape'],
    label: 'Esc',
    action: 'leave the editor (to the playback controls); close this sheet; leave presentation mode',
  },
  // Monaco's own key (src/ui/monacoSetup.ts loads it); listed here so the sheet shows it.
  { keys: ['Ctrl+m'], label: 'Ctrl+M', action: 'in the editor: Tab moves the focus instead of indenting (press again to indent)' },
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
  /** Go to the previous (-1) or next (+1) position where an output line appears. */
  jumpOutput(dir: -1 | 1): void;
  toggleModel(m: ModelName): void;
  presentation: boolean;
  setPresentation(on: boolean): void;
}

export function useShortcuts(handlers: ShortcutHandlers): void {
  // The listener is attached once; it reads the latest handlers.
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      const h = latest.current;
      const { playback: p, sheetOpen, setSheetOpen } = h;
      if (e.key === 'Escape' && sheetOpen) {
        setSheetOpen(false);
        e.preventDefault();
        return;
      }
      if (ownsKeys(e.target, e.key)) return;
      // Shift belongs to the arrows; elsewhere a shifted key is its own character ('?', 'P').
      if (e.shiftKey && (e.key === 'Home' || e.key === 'End' || e.key === ' ')) return;
      const model = MODEL_NAMES[Number(e.key) - 1];
      if (/^[1-4]$/.test(e.key) && model) {
        h.toggleModel(model);
        e.preventDefault();
        return;
      }
      switch (e.key) {
        case ' ':
          p.toggle();
          break;
        case 'ArrowLeft':
          if (e.shiftKey) h.jumpOutput(-1);
          else p.step(-1);
          break;
        case 'ArrowRight':
          if (e.shiftKey) h.jumpOutput(1);
          else p.step(1);
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
        case 'p':
        case 'P':
          h.setPresentation(!h.presentation);
          break;
        case 'Escape':
          if (!h.presentation) return;
          h.setPresentation(false);
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
