/**
 * The parts of the page that follow the playback position, each subscribed to it on its own
 * (src/ui/positionStore.ts): a model's panel (its view is the fold of its events up to the
 * position), the caption line, the narration's current row and the editor's executing lines.
 * A scrub step re-renders these and nothing else; the App renders only when something
 * structural changes (a run, its recording, the selection, a switch), and then these bail out
 * unless their own inputs changed (issue 10: a step re-rendered the App and reconciled the
 * whole page).
 */
import { memo, useMemo } from 'react';
import type { Lang, ModelName } from '../../engine/api';
import { usePosition, type PositionStore } from '../positionStore';
import { cursorAt, type Alignment } from '../state/alignment';
import { captionAt, type MergedNarration, type TimelineCaption } from '../state/narration';
import type { ModelRun } from '../useRunSession';
import { Caption } from './Caption';
import { EditorPane } from './EditorPane';
import type { EditorError, EditorLine } from './MonacoEditor';
import { ModelPanel } from './ModelPanel';
import { NarrationPanel } from './NarrationPanel';

export interface LiveModelPanelProps {
  store: PositionStore;
  alignment: Alignment;
  /** The run's index in the alignment. */
  m: number;
  run: ModelRun;
  /**
   * The run's status (ModelPanel `statusOf`). A run's result, failure and cancellation are set
   * on its object in place, and the alignment (so `xOf`) stays the same object while no event
   * is merged: without this prop the memo kept a stopped model's panel saying running until
   * the next fold report, up to half a second after the worker's last message (issue 10: every
   * runaway program is shown stopped within 2 s).
   */
  status: string;
  xOf(seq: number): number;
  divergent: ReadonlySet<number>;
  showAllKinds: boolean;
  selectedSeq: number | null;
  onSelectSeq(model: ModelName, seq: number | null): void;
}

/** A model's panel at the playback position: the fold of its first events (FoldHistory.stateAt). */
export const LiveModelPanel = memo(function LiveModelPanel({ store, alignment, m, run, status: _status, ...rest }: LiveModelPanelProps) {
  const g = usePosition(store, alignment.total);
  const view = run.history.stateAt(cursorAt(alignment, m, g));
  const cursorX = alignment.total === 0 ? 0 : g / alignment.total;
  return <ModelPanel run={run} view={view} cursorX={cursorX} {...rest} />;
});

/** The caption of the last step revealed at the playback position. */
export const LiveCaption = memo(function LiveCaption({
  store,
  total,
  narration,
}: {
  store: PositionStore;
  total: number;
  narration: MergedNarration | null;
}) {
  const g = usePosition(store, total);
  return <Caption caption={narration ? narration.captions[captionAt(narration, g)] : undefined} ready={narration !== null} />;
});

/** The narration list, its current row the caption at the playback position. */
export const LiveNarration = memo(function LiveNarration({
  store,
  total,
  narration,
  onSeek,
}: {
  store: PositionStore;
  total: number;
  narration: MergedNarration | null;
  onSeek(caption: TimelineCaption): void;
}) {
  const g = usePosition(store, total);
  return <NarrationPanel narration={narration} current={narration ? captionAt(narration, g) : -1} onSeek={onSeek} />;
});

export interface LiveEditorProps {
  store: PositionStore;
  alignment: Alignment;
  runs: readonly ModelRun[];
  value: string;
  resetKey: number;
  lang: Lang;
  onChange(source: string): void;
  errors: EditorError[];
  onEscape(): void;
  large: boolean;
  /** Monaco waits for the run being taken in (EditorPane's `hold`). */
  hold?: boolean;
}

/**
 * The editor, with each model's executing line at the playback position. The lines are keyed
 * by content, so the editor (memoised) re-renders only when a model moves to another line.
 */
export const LiveEditor = memo(function LiveEditor({ store, alignment, runs, ...editor }: LiveEditorProps) {
  const g = usePosition(store, alignment.total);
  // Lines past the snippet's end belong to the engine's shim prelude: not shown.
  const lineCount = useMemo(() => editor.value.split('\n').length, [editor.value]);
  const linesKey = runs
    .map((run, m) => {
      const v = run.history.stateAt(cursorAt(alignment, m, g));
      return v.line && !v.ended && v.line.line <= lineCount ? `${run.model}:${v.line.line}` : '';
    })
    .join(',');
  const lines: EditorLine[] = useMemo(
    () =>
      linesKey
        .split(',')
        .filter(Boolean)
        .map((k) => {
          const i = k.lastIndexOf(':');
          return { model: k.slice(0, i) as ModelName, line: Number(k.slice(i + 1)) };
        }),
    [linesKey],
  );
  return <EditorPane {...editor} lines={lines} />;
});
