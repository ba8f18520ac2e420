/**
 * The recording of the current run: one FoldHistory per model, filled by the worker's
 * batches. A batch is only stored when it arrives; FoldScheduler folds it in short slices
 * (src/ui/foldScheduler.ts). Histories are mutable (append-only), so React is told about
 * new events with a version counter, bumped at most once per animation frame.
 *
 * Stop (`cancel`) terminates the worker at once (src/ui/runClient.ts) and marks every model
 * still running as cancelled in the same frame: issue 10 asks for Stop to take effect
 * within 200 ms and for a cancelled run's panels to say so.
 *
 * A session may begin with the build's prerecording of the default example
 * (src/ui/prerecorded.ts): the first live run of that same snippet then runs "behind" it,
 * unseen, and when it is complete it either confirms the prerecording (which stays on screen
 * as it is) or replaces it.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { RunResult, Lang, ModelName, JsModeOption } from '../engine/api';
import { UI_STEP_BUDGET, UI_TIME_BUDGET_MS } from '../worker/protocol';
import { FoldScheduler } from './foldScheduler';
import { RunClient, spawnEngineWorker, type ClientMessage } from './runClient';
import { FoldHistory } from './state/history';
import type { PrerecordedStart } from './prerecorded';
import { uiRunSpec } from './runSpec';

export interface ModelRun {
  model: ModelName;
  history: FoldHistory;
  result?: RunResult;
  /** The worker or the engine failed for this model (not an error of the program). */
  failure?: string;
  /** The user stopped the run before this model finished. */
  cancelled?: boolean;
  /** The page stopped the worker, stuck in one host call past the time budget (src/ui/runClient.ts): why. */
  stuck?: string;
}

export type SessionStatus = 'idle' | 'running' | 'done' | 'cancelled';

export interface Session {
  runId: number;
  status: SessionStatus;
  runs: ModelRun[];
  /** A failure not tied to one model (the worker could not start). */
  failure?: string;
  version: number;
  /** 'prerecorded': the runs shown are the build's recording, not yet confirmed by a live run (src/ui/prerecorded.ts). */
  recording?: 'prerecorded' | 'live';
  /** What the live run made of the prerecording it ran behind. */
  prerecording?: 'matched' | 'replaced';
}

/** A model is finished once the worker said so and every event it sent has been folded. */
export function modelFinished(r: ModelRun): boolean {
  return modelEnded(r) && r.history.pending === 0;
}

/** The worker said all it will say of this model (its events may still be folding). */
export function modelEnded(r: ModelRun): boolean {
  return r.result !== undefined || r.failure !== undefined || r.cancelled === true || r.stuck !== undefined;
}

/**
 * The time budget of a run: UI_TIME_BUDGET_MS, unless `npm run bench:ui` lifted it before the
 * page loaded (bench/ui/measure.ts LONG_RUN_SCRIPT) so that its 1M-event row is a whole
 * recording on a loaded machine. Nothing in the app sets it.
 */
function timeBudgetMs(): number {
  const lifted = (globalThis as { __asyncLanesTimeBudgetMs?: unknown }).__asyncLanesTimeBudgetMs;
  return typeof lifted === 'number' && lifted > 0 ? lifted : UI_TIME_BUDGET_MS;
}

/**
 * The step budget of a run: UI_STEP_BUDGET, unless a browser test of Stop lifted it
 * (tests/e2e/floods.ts liftBudgets): a microtask flood spends 5 million steps in about a
 * second, and on a loaded machine the page took the click on Stop after that, so the run
 * had ended by its budget and the test pressed Stop on nothing (CI, stop 22).
 */
function stepBudget(): number {
  const lifted = (globalThis as { __asyncLanesStepBudget?: unknown }).__asyncLanesStepBudget;
  return typeof lifted === 'number' && lifted > 0 ? lifted : UI_STEP_BUDGET;
}

const EMPTY: Session = { runId: 0, status: 'idle', runs: [], version: 0 };

/** The same events, results and failures, model by model (a live run against the prerecording it ran behind). */
export function sameRecording(a: readonly ModelRun[], b: readonly ModelRun[]): boolean {
  const key = (runs: readonly ModelRun[]) =>
    JSON.stringify(runs.map((r) => [r.model, r.history.events.slice(), r.result ?? null, r.failure ?? null, r.history.pending]));
  return key(a) === key(b);
}

/** `opening`: the prerecording to show before any run (the default example's), read once. */
export function useRunSession(opening?: () => PrerecordedStart | null) {
  const [prerecorded] = useState(() => opening?.() ?? null);
  const [session, setSession] = useState<Session>(prerecorded?.session ?? EMPTY);
  const current = useRef<Session>(session);
  /** The live run going on behind the prerecording shown, if any. */
  const behind = useRef<Session | null>(null);
  const frame = useRef(0);
  /** When the last progress report was handed to React (`performance.now()`), until it is committed. */
  const reportedAt = useRef<number | undefined>(undefined);

  const publish = useCallback((immediate = false) => {
    const flush = () => {
      frame.current = 0;
      reportedAt.current = performance.now();
      const s = current.current;
      const allDone = s.runs.every(modelFinished);
      current.current = { ...s, status: s.status === 'running' && allDone ? 'done' : s.status, version: s.version + 1 };
      setSession(current.current);
    };
    if (immediate) {
      if (frame.current) cancelAnimationFrame(frame.current);
      flush();
    } else if (!frame.current) frame.current = requestAnimationFrame(flush);
  }, []);

  const scheduler = useMemo(
    () =>
      new FoldScheduler({
        histories: () => current.current.runs.map((r) => r.history),
        onProgress: () => publish(),
        finished: () => current.current.runs.every(modelEnded),
      }),
    [publish],
  );
  useEffect(() => () => scheduler.stop(), [scheduler]);
  // What a report cost to render, up to the commit (this hook's page renders it): the scheduler
  // spaces the next reports to match (src/ui/foldScheduler.ts REPORT_SHARE).
  useLayoutEffect(() => {
    if (reportedAt.current === undefined) return;
    scheduler.noteReportCost(performance.now() - reportedAt.current);
    reportedAt.current = undefined;
  }, [session, scheduler]);

  /** The run behind the prerecording is complete: it confirms what is shown, or replaces it. */
  const settleBehind = useCallback(
    (live: Session) => {
      behind.current = null;
      // The default example: a few hundred events, folded at once.
      for (const r of live.runs) r.history.foldFor(Infinity);
      const shown = current.current;
      current.current = sameRecording(shown.runs, live.runs)
        ? { ...shown, recording: 'live', prerecording: 'matched' }
        : { ...live, status: 'done', recording: 'live', prerecording: 'replaced', version: shown.version + 1 };
      publish(true);
    },
    [publish],
  );

  const onBehind = useCallback(
    (live: Session, msg: ClientMessage) => {
      const run = 'model' in msg ? live.runs.find((r) => r.model === msg.model) : undefined;
      if (msg.type === 'batch' && run) run.history.receive(msg.events, msg.digest);
      else if (msg.type === 'done' && run) run.result = msg.result;
      else if (msg.type === 'error') for (const r of run ? [run] : live.runs) r.failure ??= msg.message;
      else if (msg.type === 'stuck' && run) run.stuck = msg.message;
      if (live.runs.every(modelEnded)) settleBehind(live);
    },
    [settleBehind],
  );

  const onMessage = useCallback(
    (msg: ClientMessage) => {
      const live = behind.current;
      if (live && msg.runId === live.runId) return onBehind(live, msg);
      const s = current.current;
      if (msg.runId !== s.runId) return;
      const run = 'model' in msg ? s.runs.find((r) => r.model === msg.model) : undefined;
      if (msg.type === 'batch' && run) {
        run.history.receive(msg.events, msg.digest);
        scheduler.kick();
        return;
      }
      if (msg.type === 'done' && run) run.result = msg.result;
      else if (msg.type === 'stuck' && run) run.stuck = msg.message;
      else if (msg.type === 'error') {
        if (run) run.failure = msg.message;
        else {
          current.current = { ...s, failure: msg.message, status: 'done' };
          for (const r of s.runs) r.failure ??= msg.message;
        }
      }
      // A model's end is shown at once, not at the next animation frame: while a flood's backlog
      // is folded the page's frames come late, and every runaway program must be shown stopped
      // within 2 s (issue 10). There is one such message per model.
      publish(true);
    },
    [publish, scheduler, onBehind],
  );

  const client = useMemo(() => new RunClient(spawnEngineWorker, (m) => onMessage(m)), [onMessage]);
  useEffect(() => () => client.dispose(), [client]);

  const start = useCallback(
    (source: string, lang: Lang, models: ModelName[], jsMode: JsModeOption = 'auto') => {
      const runs = models.map((model) => ({ model, history: new FoldHistory() }));
      const runId = client.start(uiRunSpec(source, lang, models, jsMode, timeBudgetMs(), stepBudget()), models.length);
      const shown = current.current;
      behind.current = null;
      if (shown.recording === 'prerecorded' && shown.runId === runId && prerecorded?.covers(source, lang, models, jsMode)) {
        behind.current = { runId, status: 'running', runs, version: 0 };
        return;
      }
      current.current = { runId, status: 'running', runs, version: shown.version + 1 };
      publish(true);
    },
    [client, publish, prerecorded],
  );

  const cancel = useCallback(() => {
    client.cancel();
    behind.current = null;
    const s = current.current;
    if (s.status === 'running') {
      // What was received is kept (and still folded, in slices); nothing more will come.
      for (const r of s.runs) if (!modelEnded(r)) r.cancelled = true;
      // The run id stays: the client already drops the stopped worker's messages, and the
      // playback position and the panels stay where they are.
      current.current = { ...s, status: 'cancelled' };
      publish(true);
    }
  }, [client, publish]);

  return { session, start, cancel };
}
