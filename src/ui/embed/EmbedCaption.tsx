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

export interface EmbedCaptionProps {
  runs: ModelRun[];
  alignment: Alignment;
  position: number;
  /** The recording is complete: narrated once then (not on every streamed batch); positions only pick a line. */
  finished: boolean;
}

export function EmbedCaption({ runs, alignment, position, finished }: EmbedCaptionProps) {
  const narrations = useMemo(
    () => (finished ? runs.map((r) => narrate(r.history.events, r.model)) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the alignment is the recording's version (histories grow in place)
    [runs, alignment, finished],
  );
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
        <span className="muted">
          {finished ? 'Press play or step forward to follow the run, one event at a time.' : 'Recording the run…'}
        </span>
      )}
    </p>
  );
}
