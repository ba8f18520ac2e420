/**
 * The embed's caption line: the engine's narration (src/engine/events/narration.ts) of the
 * step revealed last at the playback position — across the models, the caption whose event
 * comes last on the aligned timeline. Announced politely, as the playground's caption is.
 */
import { useMemo } from 'react';
import { captionIndexAt, narrate, type NarrationLine } from '../../engine/api';
import type { Alignment } from '../state/alignment';
import { cursorAt } from '../state/alignment';
import type { ModelRun } from '../useRunSession';
import { CodeText } from '../components/CodeText';

export function EmbedCaption({ runs, alignment, position }: { runs: ModelRun[]; alignment: Alignment; position: number }) {
  // Narrated once the alignment (the recording) changes; positions only pick a line.
  const narrations = useMemo(() => runs.map((r) => narrate(r.history.events, r.model)), [runs, alignment]); // eslint-disable-line react-hooks/exhaustive-deps -- the alignment is the recording's version
  let shown: { model: string; line: NarrationLine; at: number } | undefined;
  narrations.forEach((lines, m) => {
    const i = captionIndexAt(lines, cursorAt(alignment, m, position));
    const line = lines[i];
    if (!line) return;
    const at = alignment.globalOf[m]?.[line.seq] ?? -1;
    if (!shown || at > shown.at) shown = { model: runs[m]!.model, line, at };
  });
  return (
    <p
      className="embed-caption"
      data-role="caption"
      data-run-model={shown?.model}
      aria-live="polite"
      aria-atomic="true"
      aria-label="caption"
    >
      {shown ? (
        <>
          <span className={`embed-caption-model model-${shown.model}`}>{shown.model}</span> <CodeText text={shown.line.text} />
        </>
      ) : (
        <span className="muted">Press play or step forward to follow the run, one event at a time.</span>
      )}
    </p>
  );
}
