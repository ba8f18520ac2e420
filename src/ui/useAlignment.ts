/**
 * The playback order of a session's runs, kept up to date as their histories grow: one
 * incremental aligner per set of runs, so each new frame merges only the events folded since
 * the last (src/ui/state/alignment.ts). Shared by the playground and the embed player.
 */
import { useMemo } from 'react';
import { Aligner, type Alignment } from './state/alignment';
import { modelFinished, type Session } from './useRunSession';

export interface SessionAlignment {
  alignment: Alignment;
  /** Every event the worker sent is folded and no more will come. */
  recorded: boolean;
  /** The run is no longer streaming (done or cancelled). */
  finished: boolean;
  /** The histories' lengths as one string: a memo dependency that changes when events arrive. */
  lengths: string;
}

export function useAlignment(session: Session): SessionAlignment {
  const { runs } = session;
  // Histories grow in place; their lengths are what tells memos that new events arrived.
  const lengths = runs.map((r) => r.history.length).join(',');
  const aligner = useMemo(() => new Aligner(runs.length), [runs]);
  const alignment = useMemo(
    () =>
      aligner.update(
        runs.map((r) => r.history.events),
        runs.map((r) => r.history.length),
        runs.map(modelFinished),
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `lengths` and `session.version` are the histories' version (they grow in place)
    [aligner, runs, lengths, session.version],
  );
  return { alignment, lengths, recorded: runs.length > 0 && runs.every(modelFinished), finished: session.status !== 'running' };
}
