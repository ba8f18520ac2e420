/**
 * The keyboard shortcuts sheet `?` opens (src/ui/useShortcuts.ts holds the page's keys; the
 * lane area's own keys are src/ui/timeline/keys.ts, summarised here).
 */
import { useEffect, useRef } from 'react';
import { SHORTCUTS } from '../useShortcuts';

/** What the keys do while a model's lanes have the focus (Tab to them). */
const LANE_KEYS = [
  { label: '↑ / ↓', action: 'previous / next lane' },
  { label: '← / →', action: 'previous / next marker of the lane' },
  { label: '+ / −', action: 'zoom the time axis in / out (also W / S)' },
  { label: 'A / D', action: 'pan left / right' },
  { label: '0', action: 'show the whole run' },
] as const;

function Keys({ rows }: { rows: readonly { label: string; action: string }[] }) {
  return (
    <dl>
      {rows.map((s) => (
        <div key={s.label}>
          <dt>
            <kbd>{s.label}</kbd>
          </dt>
          <dd>{s.action}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ShortcutsSheet({ onClose }: { onClose(): void }) {
  const close = useRef<HTMLButtonElement>(null);
  // Focus moves into the sheet so a screen reader reads it; Escape (useShortcuts) or the button
  // closes it, and focus goes back where it was (the ? button, the play button…).
  useEffect(() => {
    const before = document.activeElement;
    close.current?.focus();
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);
  return (
    <div className="shortcuts" role="dialog" aria-label="keyboard shortcuts" data-role="shortcuts">
      <h2>Keyboard shortcuts</h2>
      <Keys rows={SHORTCUTS} />
      <p>Shortcuts are off while typing in the editor or a form field.</p>
      <h3>On a model’s lanes</h3>
      <Keys rows={LANE_KEYS} />
      <button type="button" ref={close} onClick={onClose} aria-label="close shortcuts">
        Close
      </button>
    </div>
  );
}
