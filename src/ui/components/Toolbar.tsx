/**
 * Top bar: examples, language, which models run, lane filter, the editor and presentation
 * switches, the shortcuts sheet, share link. It wraps onto more rows rather than letting a
 * control leave the bar (issue 8: on a phone the controls spilled out of it).
 */
import { memo } from 'react';
import { MODEL_NAMES, type ModelName, type Lang } from '../../engine/api';
import { EXAMPLES } from '../examples';
import { toggleModel } from '../modelSelection';

export interface ToolbarProps {
  lang: Lang;
  models: ModelName[];
  showAllKinds: boolean;
  /** The example last loaded (null: the snippet came from elsewhere), and whether it was edited since. */
  example: { id: string; modified: boolean } | null;
  onExample(id: string): void;
  onLang(lang: Lang): void;
  onModels(models: ModelName[]): void;
  onShowAllKinds(v: boolean): void;
  onCopyLink(): void;
  copied: boolean;
  editorOpen: boolean;
  onEditorOpen(open: boolean): void;
  presentation: boolean;
  onPresentation(on: boolean): void;
  /** Opens the examples gallery. */
  onGallery(): void;
}

const MODIFIED = '(modified)';
const titleOf = (id: string) => EXAMPLES.find((ex) => ex.id === id)?.title ?? id;

function ToolbarView(p: ToolbarProps) {
  const toggle = (m: ModelName) => p.onModels(toggleModel(p.models, m));
  const exampleTitle = p.example ? `${titleOf(p.example.id)}${p.example.modified ? ' (modified)' : ''}` : undefined;
  return (
    <header className="toolbar">
      <h1>
        Async <span>Lanes</span>
      </h1>
      <label>
        <span className="visually-hidden">Example</span>
        <select
          value={p.example ? (p.example.modified ? MODIFIED : p.example.id) : ''}
          onChange={(e) => EXAMPLES.some((ex) => ex.id === e.currentTarget.value) && p.onExample(e.currentTarget.value)}
          aria-label="example"
          title={exampleTitle}
          data-modified={p.example?.modified ? 'true' : undefined}
        >
          {!p.example && <option value="">choose…</option>}
          {/* An edited example is its own entry, so choosing the example again reloads the original. */}
          {p.example?.modified && <option value={MODIFIED}>{`${titleOf(p.example.id)} (modified)`}</option>}
          {EXAMPLES.map((ex) => (
            <option key={ex.id} value={ex.id}>
              {ex.title}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="bar-button gallery-open" onClick={p.onGallery} data-action="gallery">
        Gallery
      </button>
      <label>
        <span className="visually-hidden">Language</span>
        <select value={p.lang} onChange={(e) => p.onLang(e.currentTarget.value as Lang)} aria-label="language">
          <option value="py">Python</option>
          <option value="js">JavaScript</option>
        </select>
      </label>
      <fieldset className="models">
        <legend>Models</legend>
        {MODEL_NAMES.map((m, i) => (
          <label key={m} className={`model-toggle model-${m}`} title={`${m} (key ${i + 1})`}>
            <input type="checkbox" checked={p.models.includes(m)} onChange={() => toggle(m)} data-model-toggle={m} />
            {m}
          </label>
        ))}
      </fieldset>
      <label className="kinds">
        <input type="checkbox" checked={p.showAllKinds} onChange={(e) => p.onShowAllKinds(e.currentTarget.checked)} />
        futures &amp; timers
      </label>
      <span className="toolbar-end">
        <button
          type="button"
          className="bar-button"
          aria-pressed={p.editorOpen}
          aria-controls="editor-slot"
          onClick={() => p.onEditorOpen(!p.editorOpen)}
          data-role="editor-toggle"
        >
          Code
        </button>
        <button
          type="button"
          className="bar-button"
          aria-pressed={p.presentation}
          onClick={() => p.onPresentation(!p.presentation)}
          title="Presentation mode (P)"
          data-role="presentation-toggle"
        >
          Present
        </button>
        <button type="button" className="share" onClick={p.onCopyLink} data-role="share">
          {p.copied ? 'Link copied' : 'Copy link'}
        </button>
      </span>
    </header>
  );
}

/** Memoised: the playback position alone does not re-render it (issue 10). */
export const Toolbar = memo(ToolbarView);
