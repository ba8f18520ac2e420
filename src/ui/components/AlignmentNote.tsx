/** Explains, in the UI, how the models step together (src/ui/state/alignment.ts). */
import { memo } from 'react';
function AlignmentNoteView() {
  return (
    <details className="alignment-note">
      <summary>How the models are aligned</summary>
      <p>
        One step reveals one recorded event of one model. Models are kept together first by <b>virtual time</b> (no model passes a timer
        before the others reach it), then by <b>printed output</b> (no model prints its next line before the others have printed theirs at
        that time); in between, each advances in proportion to the events it needs. The vertical cursor marks the same moment in every
        panel.
      </p>
    </details>
  );
}

/** Memoised: the playback position alone does not re-render it (issue 10). */
export const AlignmentNote = memo(AlignmentNoteView);
