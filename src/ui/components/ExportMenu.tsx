/**
 * Export (issue 8): the timeline as SVG or PNG, the recording as JSON (docs/recording-format.md).
 * The App hands over what to export when a button is pressed, so nothing is built before.
 */
import { memo, useState } from 'react';
import './share.css';

export type ExportKind = 'svg' | 'png' | 'json';

export interface ExportMenuProps {
  onExport(kind: ExportKind): Promise<void>;
  /** Copies the HTML that embeds this snippet (docs/embed.md); resolves once copied. */
  onCopyEmbed(): Promise<void>;
  disabled: boolean;
}

function ExportMenuView({ onExport, onCopyEmbed, disabled }: ExportMenuProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const [embedCopied, setEmbedCopied] = useState(false);
  const copyEmbed = () => {
    setProblem(null);
    onCopyEmbed().then(
      () => {
        setEmbedCopied(true);
        setTimeout(() => setEmbedCopied(false), 1500);
      },
      () => setProblem('the clipboard refused the embed code'),
    );
  };
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
      <button
        type="button"
        data-action="copy-embed"
        onClick={copyEmbed}
        title="copy the HTML that embeds this player in a page (docs/embed.md)"
      >
        {embedCopied ? 'Embed code copied' : 'Copy embed code'}
      </button>
      {problem && (
        <span role="alert" data-role="export-problem">
          {problem}
        </span>
      )}
    </div>
  );
}

/** Memoised: the playback position alone does not re-render it (issue 10). */
export const ExportMenu = memo(ExportMenuView);
