/** One model's column: header, timeline of lanes, queues, marker detail and output. */
import { useCallback, useMemo } from 'react';
import type { ModelName, RaceReason, RunResult } from '../../engine/api';
import { modelFinished, type ModelRun } from '../useRunSession';
import type { Lane, ListView, ModelState, RaceNote } from '../state/types';
import { MarkerDetail } from './MarkerDetail';
import { OutputPanel } from './OutputPanel';
import { QueuePanel } from './QueuePanel';
import { Timeline, type Selection } from './Timeline';
import { indexOf } from '../timeline/runIndex';
import { laneLabel } from '../timeline/rows';

export const MODEL_TITLES: Record<ModelName, string> = {
  js: 'JavaScript (Node 20)',
  python: 'Python asyncio',
  'python-eager': 'asyncio + eager tasks',
  promisio: 'promisio',
};

export interface ModelPanelProps {
  run: ModelRun;
  view: ModelState;
  xOf(seq: number): number;
  cursorX: number;
  divergent: ReadonlySet<number>;
  showAllKinds: boolean;
  /** The selected marker's event (the App keeps it, so a copied link carries it). */
  selectedSeq: number | null;
  onSelectSeq(model: ModelName, seq: number | null): void;
}

/** What a model's panel says of its run (its `data-status`). */
export function statusOf(run: ModelRun): 'running' | 'cancelled' | 'done' | 'error' | 'budget' | 'failed' {
  if (run.failure) return 'failed';
  if (run.stuck) return 'budget';
  if (run.cancelled) return 'cancelled';
  if (!run.result) return 'running';
  if (run.result.errorKind === 'budget') return 'budget';
  return run.result.error ? 'error' : 'done';
}

function noticeOf(run: ModelRun): string | undefined {
  if (run.failure) return `The engine could not run this model: ${run.failure}`;
  // A model that never ran (notRunMessage) has nothing recorded to speak of.
  if (run.stuck) return run.history.length === 0 ? run.stuck : `Stopped. ${run.stuck} Everything recorded until then is shown.`;
  if (run.cancelled) return `Run stopped after ${run.history.length.toLocaleString()} events. Edit the code to run it again.`;
  const r = run.result;
  if (!r) return undefined;
  const parts: string[] = [];
  // Which budget ran out (steps, time, memory) is the engine's message to say.
  if (r.errorKind === 'budget')
    parts.push(
      `Stopped after ${r.steps.toLocaleString()} steps. ${r.error ?? 'A budget ran out.'} Everything recorded until then is shown.`,
    );
  if (r.errorKind === 'cancelled') parts.push('Run cancelled.');
  if (r.outputDropped > 0)
    parts.push(
      `Output truncated after ${(r.stdout.length + r.stderr.length).toLocaleString()} lines (${r.outputDropped.toLocaleString()} more were printed).`,
    );
  if (r.eventsTruncated) parts.push(`Recording stopped after ${run.history.length.toLocaleString()} events; the program went on running.`);
  return parts.length ? parts.join(' ') : undefined;
}

/** Why a real run may swap a race's two callbacks, after "A ran before B". */
const RACE_WHY: Record<RaceReason, string> = {
  'timeout-vs-immediate':
    ': setTimeout(…, 0) against setImmediate, both queued by a CommonJS main script or by one setImmediate callback — real runs may order these either way.',
  'near-deadlines': ': they became due within 1 ms of each other — real runs may order these either way.',
  'set-order':
    ': CPython takes them from a set ordered by memory address (as_completed, a TaskGroup or asyncio.run cancelling its tasks) — real runs may order these either way.',
};

/**
 * Where the recording marked a race: the order shown is the model's rule, but a real run may
 * swap the two (timers due within 1 ms of each other; setTimeout(0) against setImmediate in
 * a CommonJS main script; tasks CPython takes from a set).
 */
function RaceNotes({ races, nameOf }: { races: ListView<RaceNote>; nameOf(id: number): string }) {
  if (races.length === 0) return null;
  return (
    <ul className="race-notes" aria-label="races: orders a real run may swap">
      {races.map((r) => (
        <li key={r.seq} data-role="race" data-reason={r.reason}>
          <span aria-hidden="true">⇄</span> at {r.time} ms <code>{nameOf(r.first)}</code> ran before <code>{nameOf(r.second)}</code>
          {RACE_WHY[r.reason]}
        </li>
      ))}
    </ul>
  );
}

/**
 * The header's event counts, as `toLocaleString()` writes them: one formatter for the page, as
 * `toLocaleString` sets one up per call (issue 10: in `bench:ui --profile` at load 17, ~0.9 ms of a scrub step, 0.05 ms with one formatter).
 */
const COUNT = new Intl.NumberFormat();

const JS_MODE_LABELS = { commonjs: 'CommonJS', module: 'ES module' } as const;

/** Under `js`: which of Node's two ways of running a file ran, and why (RunResult.mode / modeReason). */
function JsModeBadge({ result }: { result: RunResult | undefined }) {
  if (!result || result.model !== 'js' || (result.mode !== 'commonjs' && result.mode !== 'module')) return null;
  return (
    <span
      className="js-mode-badge"
      data-role="js-mode"
      data-mode={result.mode}
      title={result.modeReason ? `${JS_MODE_LABELS[result.mode]} — ${result.modeReason}` : undefined}
    >
      {JS_MODE_LABELS[result.mode]}
      {result.modeReason ? <small> — {result.modeReason}</small> : null}
    </span>
  );
}

/** The lane and marker a recorded event stands for, if it drew a marker. */
function selectionOf(lanes: ListView<Lane>, seq: number | null): Selection | null {
  if (seq === null) return null;
  for (const lane of lanes) {
    const marker = lane.markers.find((mk) => mk.seq === seq);
    if (marker) return { laneId: lane.id, marker };
  }
  return null;
}

export function ModelPanel({ run, view, xOf, cursorX, divergent, showAllKinds, selectedSeq, onSelectSeq }: ModelPanelProps) {
  const final = run.history.final;
  const selection = useMemo(() => selectionOf(final.lanes, selectedSeq), [final, selectedSeq]);
  const setSelection = useCallback((sel: Selection | null) => onSelectSeq(run.model, sel?.marker.seq ?? null), [onSelectSeq, run.model]);
  // A lane is named as its row is: a Task and its coroutine as "f · Task-2", as the queue names the Task.
  const streaming = !modelFinished(run);
  // One lane's label at a time (rows.ts laneLabel), never the rows of the whole run.
  const nameOf = useCallback(
    (id: number | undefined) => (id === undefined ? undefined : laneLabel(final, indexOf(run.history.events), id)),
    [final, run.history.events],
  );
  const nameOrId = useCallback((id: number) => nameOf(id) ?? `#${id}`, [nameOf]);
  const status = statusOf(run);
  const visibleSelection = selection && selection.marker.seq < view.count ? selection : null;
  const counts = useMemo(() => `${COUNT.format(view.count)} / ${COUNT.format(run.history.length)}`, [view.count, run.history.length]);

  return (
    <section className={`model-panel model-${run.model}`} data-model={run.model} data-status={status} aria-label={`${run.model} model`}>
      <header className="model-header">
        <h2 title={`${run.model}: ${MODEL_TITLES[run.model]}`}>
          <span className="model-swatch" aria-hidden="true" />
          {run.model}
        </h2>
        <small className="model-subtitle">{MODEL_TITLES[run.model]}</small>
        <span className={`status status-${status}`}>{status === 'running' ? 'running…' : status}</span>
        <div className="model-meta">
          <JsModeBadge result={run.result} />
          <span>t = {view.time} ms</span>
          <span title="recorded events shown / recorded">
            {counts}
            <span className="count-unit"> events</span>
          </span>
        </div>
      </header>
      {/* The timeline fills what the header, queues and output leave (styles.css: .timeline-slot). */}
      <div className="timeline-slot">
        <Timeline
          model={run.model}
          events={run.history.events}
          final={final}
          streaming={streaming}
          view={view}
          xOf={xOf}
          cursorX={cursorX}
          showAllKinds={showAllKinds}
          selection={visibleSelection}
          nameOf={nameOf}
          onSelect={setSelection}
        />
      </div>
      <MarkerDetail selection={visibleSelection} nameOf={nameOf} />
      <QueuePanel model={run.model} view={view} nameOf={nameOrId} />
      <RaceNotes races={view.races} nameOf={nameOrId} />
      <OutputPanel
        view={view}
        divergent={divergent}
        // A run that was stopped (by the user, a budget or the page's watchdog) says so at once, wherever the playback is.
        notice={
          view.count >= run.history.length || run.cancelled || run.stuck !== undefined || run.result?.errorKind === 'budget'
            ? noticeOf(run)
            : undefined
        }
      />
    </section>
  );
}
