/**
 * Presentation mode's switcher (issue 8): which of the running models have their panel on
 * screen, at most two at once (src/ui/usePresentation.ts decides which one makes room).
 */
import type { ModelName } from '../../engine/api';
import { PRESENTED_MAX } from '../usePresentation';

export interface PanelSwitcherProps {
  models: readonly ModelName[];
  shown: readonly ModelName[];
  onToggle(m: ModelName): void;
}

export function PanelSwitcher({ models, shown, onToggle }: PanelSwitcherProps) {
  return (
    <div className="panel-switcher" role="group" aria-label={`panels shown (at most ${PRESENTED_MAX})`} data-role="panel-switcher">
      <span className="panel-switcher-label" aria-hidden="true">
        Show
      </span>
      {models.map((m) => (
        <button
          key={m}
          type="button"
          className={`model-${m}`}
          aria-pressed={shown.includes(m)}
          onClick={() => onToggle(m)}
          data-show-model={m}
        >
          <span className="model-swatch" aria-hidden="true" />
          {m}
        </button>
      ))}
    </div>
  );
}
