/**
 * One row of the lane area as DOM: the label (always the full text one hover away, in the
 * title and the accessible name) over the canvas the track is drawn on (Timeline.tsx).
 * The element carries what the canvas drew for it (`data-segments`, `data-markers`, set by
 * the draw call), the lane's function, kind, state and Task name for tests and tools, and is
 * an option of the lane area's listbox (keyboard focus moves between rows and markers).
 * A group row has a button that expands it into its members.
 */
import { memo } from 'react';
import type { Lane as LaneData, LaneState } from '../state/types';
import type { Row } from '../timeline/rows';

/** Short kind tags for the label (the full kind is in the tooltip). */
const KIND_TAG: Record<LaneData['kind'], string> = {
  main: 'main',
  'async-call': 'call',
  coroutine: 'coro',
  task: 'task',
  promise: 'promise',
  callback: 'cb',
  timer: 'timer',
  microtask: 'µtask',
  function: 'fn',
};

export interface LaneRowProps {
  row: Row;
  /** The row's lane (for a group: its first member), from the run's final lanes. */
  lane: LaneData;
  /** The lane's state at the playback position (a group: how many members exist). */
  state: LaneState;
  members?: number;
  top: number;
  id: string;
  focused: boolean;
  linked: boolean;
  traced: boolean;
  register(key: string, el: HTMLElement | null): void;
  onToggle(key: string): void;
}

function LaneRowView({ row, lane, state, members, top, id, focused, linked, traced, register, onToggle }: LaneRowProps) {
  const site = lane.loc ? `line ${lane.loc.line}` : '';
  const isGroup = row.type === 'group';
  const full = isGroup
    ? `${members} similar ${lane.kind} lanes of ${lane.name}${site ? ` created at ${site}` : ''} — ${row.expanded ? 'expanded' : 'collapsed'}`
    : `${lane.kind} ${row.label}${site ? ` created at ${site}` : ''}, ${state}`;
  return (
    <div
      id={id}
      ref={(el) => register(row.key, el)}
      role="option"
      aria-selected={focused}
      aria-label={full}
      className={`tl-row${isGroup ? ' tl-group' : ''}${focused ? ' focused' : ''}${linked ? ' linked' : ''}${row.type === 'lane' && row.group ? ' tl-member' : ''}`}
      data-role={isGroup ? 'lane-group' : 'lane'}
      data-key={row.key}
      data-function={lane.name}
      data-kind={lane.kind}
      data-state={isGroup ? undefined : state}
      data-traced={traced ? 'true' : undefined}
      data-task={row.type === 'lane' ? row.taskName : undefined}
      data-members={isGroup ? members : undefined}
      data-expanded={isGroup ? String(row.expanded) : undefined}
      style={{ top }}
    >
      <div className="tl-label" title={full}>
        {isGroup ? (
          <button
            type="button"
            className="tl-expand"
            data-action="expand-group"
            aria-expanded={row.expanded}
            aria-label={`${row.expanded ? 'collapse' : 'expand'} ${members} ${lane.name} lanes`}
            onClick={(e) => {
              e.stopPropagation();
              onToggle(row.key);
            }}
          >
            {row.expanded ? '▾' : '▸'}
          </button>
        ) : null}
        <span className="lane-name">{isGroup || row.taskName ? lane.name : row.label}</span>
        <span className="lane-site">
          {isGroup ? <span className="lane-task"> × {members}</span> : null}
          {!isGroup && row.taskName ? <span className="lane-task"> · {row.taskName}</span> : null}
          {site ? ` L${lane.loc!.line}` : ` ${KIND_TAG[lane.kind]}`}
        </span>
      </div>
    </div>
  );
}

export const LaneRow = memo(LaneRowView);
