/**
 * Shown when a link (or an example) replaced work the user had typed: the previous snippet
 * is one click away (issue 8: opening a link never silently replaces unsaved work).
 */
import type { Snippet } from '../url';
import './share.css';

export interface PreviousWorkNoteProps {
  previous: Snippet;
  onRestore(): void;
  onDismiss(): void;
}

/** The first non-blank line, shortened: enough to recognise one's own snippet. */
function firstLine(source: string): string {
  const line = source.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.length > 48 ? `${line.slice(0, 47)}…` : line;
}

export function PreviousWorkNote({ previous, onRestore, onDismiss }: PreviousWorkNoteProps) {
  return (
    <p className="previous-work" role="status" data-role="previous-work">
      Your previous snippet (<code title={previous.source}>{firstLine(previous.source)}</code>, {previous.source.split('\n').length} lines)
      was replaced by the one opened.{' '}
      <button type="button" data-action="restore-previous" onClick={onRestore}>
        Bring it back
      </button>{' '}
      <button type="button" data-action="dismiss-previous" onClick={onDismiss} aria-label="Forget the previous snippet">
        Forget it
      </button>
    </p>
  );
}
