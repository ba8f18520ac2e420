/** The one-sentence explanation of the first place where the models' outputs differ. */
import type { Divergence } from '../state/divergence';

export function DivergenceNote({ divergence, complete }: { divergence: Divergence | null; complete: boolean }) {
  if (!divergence || !complete) return <p className="divergence muted">Comparing outputs when every model has finished…</p>;
  if (divergence.sentence === undefined)
    return (
      <p className="divergence same" data-role="divergence">
        Every selected model prints the same lines in the same order.
      </p>
    );
  return (
    <p className="divergence differs" data-role="divergence">
      <b>Output line {divergence.firstIndex! + 1} differs.</b> {divergence.sentence}
    </p>
  );
}
