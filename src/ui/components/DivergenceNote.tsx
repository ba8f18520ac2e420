/** The one-sentence explanation of the first place where the models' outputs differ. */
import type { Divergence } from '../state/divergence';
import { CodeText } from './CodeText';

export function DivergenceNote({ divergence, complete, models }: { divergence: Divergence | null; complete: boolean; models: number }) {
  if (models < 2) return <p className="divergence muted">Select two or more models to compare their output.</p>;
  if (!divergence || !complete) return <p className="divergence muted">Comparing outputs when every model has finished…</p>;
  if (divergence.sentence === undefined)
    return (
      <p className="divergence same" data-role="divergence">
        Every selected model prints the same lines in the same order.
      </p>
    );
  return (
    <p className="divergence differs" data-role="divergence">
      <b>Output line {divergence.firstIndex! + 1} differs.</b> <CodeText text={divergence.sentence} />
    </p>
  );
}
