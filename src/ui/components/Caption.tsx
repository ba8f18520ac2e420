/**
 * The caption line under the playback bar: what the last revealed step did, in plain words
 * (src/ui/state/narration.ts). Announced politely to screen readers (issue 8).
 */
import { memo } from 'react';
import type { TimelineCaption } from '../state/narration';
import { CodeText } from './CodeText';
import './narration.css';

function CaptionView({ caption, ready }: { caption: TimelineCaption | undefined; ready: boolean }) {
  return (
    <p
      className="caption"
      data-role="caption"
      data-run-model={caption?.model}
      data-seq={caption?.seq}
      aria-live="polite"
      aria-atomic="true"
      aria-label="caption"
    >
      {caption ? (
        <>
          <span className={`caption-model model-${caption.model}`}>{caption.model}</span> <CodeText text={caption.text} />
        </>
      ) : (
        <span className="muted">{ready ? 'Press play or step forward to follow the run, one event at a time.' : 'Recording the run…'}</span>
      )}
    </p>
  );
}

/** Memoised: the playback position alone does not re-render it (issue 10). */
export const Caption = memo(CaptionView);
