/**
 * The default example's recording made at build time (build/default-recording.ts), so that a
 * first visit shows the code's timeline before the engine worker has loaded and run it
 * (issue 10, first paint: the timeline in < 1 s on a cold load; the worker's bundle and its
 * first four model runs took most of the 2.6 s it used to take).
 *
 * It is only ever a stand-in: the page still runs the example live as soon as the worker is
 * ready (src/ui/useRunSession.ts runs it "behind" the prerecording), and when that live run
 * is complete it compares the two. Identical (the normal case: the build recorded it with the
 * same engine, run loop and options), the prerecording stays on screen untouched, so
 * nothing moves under a user who already started scrubbing; different, the live run replaces
 * it. The page says which (`data-recording`, `data-prerecording` on `.app`), and the browser
 * test tests/e2e/first-paint.test.ts checks that they match.
 */
import recording from 'virtual:default-recording';
import type { EngineEvent, JsModeOption, Lang, ModelName, RunResult } from '../engine/api';
import { FoldHistory } from './state/history';
import type { ModelRun, Session } from './useRunSession';

export interface PrerecordedRun {
  model: ModelName;
  /** Every event the worker sent, in order, decoded as the page decodes them. */
  events: EngineEvent[];
  result?: RunResult;
  /** The engine failed for this model (a worker `error` message). */
  failure?: string;
}

export interface Prerecording {
  source: string;
  lang: Lang;
  models: ModelName[];
  runs: PrerecordedRun[];
}

const PRERECORDING = recording as Prerecording;

/** The run a prerecorded session stands for: RunClient numbers runs from 1 (src/ui/runClient.ts). */
export const FIRST_RUN_ID = 1;

/** A session that begins with the prerecording, and which later runs it stands for. */
export interface PrerecordedStart {
  session: Session;
  /** Whether the prerecording is a recording of this run. */
  covers(source: string, lang: Lang, models: readonly ModelName[], jsMode?: JsModeOption): boolean;
}

function covers(source: string, lang: Lang, models: readonly ModelName[], jsMode: JsModeOption = 'auto'): boolean {
  return (
    jsMode === 'auto' && source === PRERECORDING.source && lang === PRERECORDING.lang && models.join(',') === PRERECORDING.models.join(',')
  );
}

/** A complete session made of the prerecording, when it is a recording of this snippet. */
export function prerecordedStart(source: string, lang: Lang, models: readonly ModelName[], jsMode?: JsModeOption): PrerecordedStart | null {
  if (!covers(source, lang, models, jsMode)) return null;
  const runs: ModelRun[] = PRERECORDING.runs.map((r) => {
    const history = new FoldHistory();
    history.append(r.events);
    return { model: r.model, history, result: r.result, failure: r.failure };
  });
  return { session: { runId: FIRST_RUN_ID, status: 'done', runs, version: 1, recording: 'prerecorded' }, covers };
}
