/**
 * The divergence note (src/ui/state/divergence.ts): which pair of models it explains (a
 * picker), one sentence on the first difference that matters, and a link to each moment it
 * talks about (seek there). An error is always said as an error, never as agreement.
 */
import { memo } from 'react';
import type { ModelName } from '../../engine/api';
import type { Divergence, Moment } from '../state/divergence';
import { CodeText } from './CodeText';
import './narration.css';

export interface DivergenceNoteProps {
  divergence: Divergence | null;
  complete: boolean;
  /**
   * The run was stopped: by the user, or by the page's watchdog inside a call that never
   * returned (the models after that one never ran: src/ui/runClient.ts `notRunMessage`).
   */
  stopped?: boolean;
  /** The selected models, in panel order. */
  models: readonly ModelName[];
  onPair(pair: [ModelName, ModelName]): void;
  onSeek(moment: Moment): void;
}

function pairsOf(models: readonly ModelName[]): [ModelName, ModelName][] {
  const out: [ModelName, ModelName][] = [];
  for (let i = 0; i < models.length; i++) for (let j = i + 1; j < models.length; j++) out.push([models[i]!, models[j]!]);
  return out;
}

const key = (p: readonly [ModelName, ModelName]) => `${p[0]}|${p[1]}`;

function DivergenceNoteView({ divergence, complete, stopped, models, onPair, onSeek }: DivergenceNoteProps) {
  if (models.length < 2) return <p className="divergence muted">Select two or more models to compare their output.</p>;
  // A stopped run's recordings end wherever the stop caught them: comparing them would invent differences (or agreement).
  if (stopped)
    return (
      <p className="divergence muted" data-role="divergence" data-kind="stopped">
        The run was stopped before every model finished, so the outputs are not compared.
      </p>
    );
  if (!divergence || !complete || !divergence.pair)
    return <p className="divergence muted">Comparing outputs when every model has finished…</p>;
  const pair = divergence.pair;
  const pairs = pairsOf(models);
  // The picker lists each pair once, in selection order; the explained pair may be reversed (js vs python first).
  const value = pairs.find((p) => key(p) === key(pair) || key(p) === key([pair[1], pair[0]]));
  const tone =
    divergence.kind === 'same' ? 'same' : divergence.kind === 'syntax' || divergence.kind?.includes('error') ? 'error' : 'differs';
  return (
    <div className={`divergence ${tone}`} data-role="divergence" data-kind={divergence.kind} data-pair={pair.join(',')}>
      {pairs.length > 1 && (
        <label className="pair-picker">
          compare{' '}
          <select
            aria-label="compare which two models"
            data-role="pair"
            value={value ? key(value) : ''}
            onChange={(e) => {
              const p = pairs.find((x) => key(x) === e.currentTarget.value);
              if (p) onPair(p);
            }}
          >
            {pairs.map((p) => (
              <option key={key(p)} value={key(p)}>
                {p[0]} vs {p[1]}
              </option>
            ))}
          </select>
        </label>
      )}
      <p className="divergence-sentence">
        {divergence.kind === 'output' && <b>Output line {divergence.firstIndex! + 1} differs. </b>}
        {divergence.sentence && <CodeText text={divergence.sentence} />}
      </p>
      {divergence.moments.length > 0 && (
        <p className="moments">
          {divergence.moments.map((m) => (
            <button
              type="button"
              key={`${m.model}-${m.seq}`}
              className="moment"
              data-role="moment"
              data-run-model={m.model}
              onClick={() => onSeek(m)}
            >
              see under {m.model}: <CodeText text={m.label} />
            </button>
          ))}
        </p>
      )}
    </div>
  );
}

/** Memoised: the playback position alone does not re-render it (issue 10). */
export const DivergenceNote = memo(DivergenceNoteView);
