/**
 * The model's program output up to the playback position, as stdout has its lines (a print
 * that left its line open and the prints that extend it are one row), with what it wrote to
 * stderr (console.error, logging) between them where it was written, marked; lines whose order
 * differs from the other models highlighted, then warnings and the error that ended the run.
 */
import { memo, useEffect, useRef } from 'react';
import type { ModelState } from '../state/types';
import { clipText } from '../clipText';
import { outputLines } from '../state/outputLines';

export interface OutputPanelProps {
  view: ModelState;
  divergent: ReadonlySet<number>;
  /** Text explaining how the run ended early (budget, cancel, engine failure), if it did. */
  notice?: string;
}

function OutputPanelView({ view, divergent, notice }: OutputPanelProps) {
  const box = useRef<HTMLDivElement>(null);
  // Follow the newest line. Setting scrollTop on this box only (not scrollIntoView, which
  // walks every scrolling ancestor) keeps scrubbing cheap.
  useEffect(() => {
    const el = box.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [view.output.length, view.warnings.length, view.error]);
  return (
    <div className="output" aria-label="output" ref={box}>
      <ol className="output-lines">
        {outputLines(view.output).map((line, i) => (
          <li
            key={i}
            data-role="output-line"
            data-stream={line.stderr ? 'stderr' : undefined}
            data-divergent={divergent.has(i) ? 'true' : undefined}
            className={[divergent.has(i) && 'divergent', line.stderr && 'stderr'].filter(Boolean).join(' ') || undefined}
            title={`${line.stderr ? 'written to stderr' : 'printed'} at t=${line.time} ms (event ${line.seq})`}
          >
            {line.stderr && <span className="visually-hidden">stderr: </span>}
            {clipText(line.text)}
          </li>
        ))}
      </ol>
      {view.warnings.map((w, i) => (
        <p key={`w${i}`} className="output-warning" data-role="warning">
          ⚠ {clipText(w.text)}
        </p>
      ))}
      {view.error && (
        <p className={`output-error error-${view.error.kind}`} data-role="error">
          {clipText(view.error.text)}
        </p>
      )}
      {notice && (
        <p className="output-notice" data-role="notice">
          {notice}
        </p>
      )}
    </div>
  );
}

/** Two views print the same: the same lines, warnings and error (lists of one recording share their items). */
function samePrint(a: ModelState, b: ModelState): boolean {
  return (
    a.output.length === b.output.length &&
    a.output.at(-1) === b.output.at(-1) &&
    a.warnings.length === b.warnings.length &&
    a.warnings.at(-1) === b.warnings.at(-1) &&
    a.error?.seq === b.error?.seq &&
    a.error?.text === b.error?.text &&
    a.error?.kind === b.error?.kind
  );
}

/**
 * Re-rendered only when what it shows changed: a scrub step that prints nothing new leaves
 * the output alone, whatever its length (issue 10).
 */
export const OutputPanel = memo(
  OutputPanelView,
  (a, b) => a.divergent === b.divergent && a.notice === b.notice && samePrint(a.view, b.view),
);
