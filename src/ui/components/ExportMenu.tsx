/**
 * Export (issue 8): the timeline as SVG or PNG, the recording as JSON (docs/recording-format.md).
 * The App hands over what to export when a button is pressed, so nothing is built before.
 */
import { useState } from 'react';
import './share.css';

export type ExportKind = 'svg' | 'png' | 'json';

export function ExportMenu({ onExport, disabled }: { onExport(kind: ExportKind): Promise<void>; disabled: boolean }) {
  const [problem, setProblem] = useState<string | null>(null);
  const run = (kind: ExportKind) => {
    setProblem(null);
    onExport(kind).catch((e: unknown) => setProblem(e instanceof Error ? e.message : String(e)));
  };
  return (
    <div className="export-menu" role="group" aria-label="export">
      <span>Export</span>
      <button type="button" data-action="export-svg" disabled={disabled} onClick={() => run('svg')} title="the timeline as an SVG image">
        SVG
      </button>
      <button type="button" data-action="export-png" disabled={disabled} onClick={() => run('png')} title="the timeline as a PNG image">
        PNG
      </button>
      <button
        type="button"
        data-action="export-json"
        disabled={disabled}
        onClick={() => run('json')}
        title="the recorded events as JSON (docs/recording-format.md)"
      >
        JSON
      </button>
      {problem && (
        <span role="alert" data-role="export-problem">
          {problem}
        </span>
      )}
    </div>
  );
}
