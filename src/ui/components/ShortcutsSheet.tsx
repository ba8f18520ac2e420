/** The keyboard shortcuts sheet `?` opens (src/ui/useShortcuts.ts holds the keys). */
import { useEffect, useRef } from 'react';
import { SHORTCUTS } from '../useShortcuts';

export function ShortcutsSheet({ onClose }: { onClose(): void }) {
  const close = useRef<HTMLButtonElement>(null);
  // Focus moves into the sheet so a screen reader reads it; Escape (useShortcuts) or the button closes it.
  useEffect(() => close.current?.focus(), []);
  return (
    <div className="shortcuts" role="dialog" aria-label="keyboard shortcuts" data-role="shortcuts">
      <h2>Keyboard shortcuts</h2>
      <dl>
        {SHORTCUTS.map((s) => (
          <div key={s.label}>
            <dt>
              <kbd>{s.label}</kbd>
            </dt>
            <dd>{s.action}</dd>
          </div>
        ))}
      </dl>
      <p>Shortcuts are off while typing in the editor or a form field.</p>
      <button type="button" ref={close} onClick={onClose} aria-label="close shortcuts">
        Close
      </button>
    </div>
  );
}
