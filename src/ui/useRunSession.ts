/**
 * The recording of the current run: one FoldHistory per model, filled by the worker's
 * batches. A batch is only stored when it arrives; FoldScheduler folds it in short slices
 * (src/ui/foldScheduler.ts). Histories are mutable (append-only), so React is told about
 * new events with a version counter, bumped at most once per animation frame.
 *
 * Stop (`cancel`) terminates the worker at once (src/ui/runClient.ts) and marks every model
 * still running as cancelled in the same frame: issue 10 asks for Stop to take effect
 * within 200 ms and for a cancelled run's panels to say so.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { RunResult, Lang, ModelName, JsModeOption } from '../engine/api';
import type { FromWorker } from '../worker/protocol';
import { UI_MAX_EVENTS, UI_MAX_OUTPUT_LINES, UI_STEP_BUDGET, UI_TIME_BUDGET_MS } from '../worker/protocol';
import { FoldScheduler } from './foldScheduler';
import { RunClient, spawnEngineWorker } from './runClient';
import { FoldHistory } from './state/history';

export interface ModelRun {
  model: ModelName;
  history: FoldHistory;
  result?: RunResult;
  /** The worker or the engine failed for this model (not an error of the program). */
  failure?: string;
  /** The user stopped the run before this model finished. */
  cancelled?: boolean;
}

export type SessionStatus = 'idle' | 'running' | 'done' | 'cancelled';

export interface Session {
  runId: number;
  status: SessionStatus;
  runs: ModelRun[];
  /** A failure not tied to one model (the worker could not start). */
  failure?: string;
  version: number;
}

/** A model is finished once the worker said so and every event it sent has been folded. */
export function modelFinished(r: ModelRun): boolean {
  return (r.result !== undefined || r.failure !== undefined || r.cancelled === true) && r.history.pending === 0;
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

const EMPTY: Session = { runId: 0, status: 'idle', runs: [], version: 0 };

export function useRunSession() {
  const [session, setSession] = useState<Session>(EMPTY);
  const current = useRef<Session>(EMPTY);
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
        finished: () => current.current.runs.every((r) => r.result !== undefined || r.failure !== undefined || r.cancelled === true),
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

  const onMessage = useCallback(
    (msg: FromWorker) => {
      const s = current.current;
      if (msg.runId !== s.runId) return;
      const run = 'model' in msg ? s.runs.find((r) => r.model === msg.model) : undefined;
      if (msg.type === 'batch' && run) {
        run.history.receive(msg.events);
        scheduler.kick();
        return;
      }
      if (msg.type === 'done' && run) run.result = msg.result;
      else if (msg.type === 'error') {
        if (run) run.failure = msg.message;
        else {
          current.current = { ...s, failure: msg.message, status: 'done' };
          for (const r of s.runs) r.failure ??= msg.message;
        }
      }
      publish();
    },
    [publish, scheduler],
  );

  const client = useMemo(() => new RunClient(spawnEngineWorker, (m) => onMessage(m)), [onMessage]);
  useEffect(() => () => client.dispose(), [client]);

  const start = useCallback(
    (source: string, lang: Lang, models: ModelName[], jsMode: JsModeOption = 'auto') => {
      const runs = models.map((model) => ({ model, history: new FoldHistory() }));
      const runId = client.start(
        {
          source,
          lang,
          models,
          budget: UI_STEP_BUDGET,
          maxEvents: Math.floor(UI_MAX_EVENTS / Math.max(1, models.length)),
          maxOutputLines: UI_MAX_OUTPUT_LINES,
          timeBudgetMs: timeBudgetMs(),
          jsMode,
        },
        models.length,
      );
      current.current = { runId, status: 'running', runs, version: current.current.version + 1 };
      publish(true);
    },
    [client, publish],
  );

  const cancel = useCallback(() => {
    client.cancel();
    const s = current.current;
    if (s.status === 'running') {
      // What was received is kept (and still folded, in slices); nothing more will come.
      for (const r of s.runs) if (!r.result && !r.failure) r.cancelled = true;
      // The run id stays: the client already drops the stopped worker's messages, and the
      // playback position and the panels stay where they are.
      current.current = { ...s, status: 'cancelled' };
      publish(true);
    }
  }, [client, publish]);

  return { session, start, cancel };
}
