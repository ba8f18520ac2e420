/** Hints for what a model does on purpose (src/engine/events/hints.ts), each tied to a line of the snippet. */
import { memo } from 'react';
import type { Hint } from '../../engine/api';
import { CodeText } from './CodeText';
import './narration.css';

function HintsNoteView({ hints }: { hints: readonly Hint[] }) {
  if (hints.length === 0) return null;
  return (
    <ul className="hints" aria-label="hints">
      {hints.map((h, i) => (
        <li key={i} data-role="hint" data-hint={h.rule} data-run-model={h.model} data-line={h.loc.line}>
          <span className={`caption-model model-${h.model}`}>{h.model}</span> line {h.loc.line}: <CodeText text={h.message} />
        </li>
      ))}
    </ul>
  );
}

/** Memoised: the playback position alone does not re-render it (issue 10). */
export const HintsNote = memo(HintsNoteView);
