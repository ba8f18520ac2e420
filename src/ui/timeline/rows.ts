/**
 * Which rows a model's timeline has, in order. One row per invocation, except:
 * - an asyncio Task and the coroutine it drives are one row, named like the queue panel
 *   names the Task: "f · Task-2" (the link and the name come from runIndex.ts);
 * - futures, promises and timers are hidden unless asked for (they are not function bodies),
 *   but one a selected marker links to stays;
 * - many similar rows (same kind and name, created by the same invocation at the same line:
 *   a loop spawning 300 tasks) fold into one group row that expands on request.
 *
 * Rows are built from the run's final lanes (so groups and heights do not jump during
 * playback); at a playback position only the rows whose first lane exists are shown.
 */
import { laneOf } from '../state/fold';
import type { Indexed, Lane, ModelState } from '../state/types';
import type { RunIndex } from './runIndex';
import { lowerBound } from './runIndex';

/** From this many similar rows on, they are one group. */
export const GROUP_MIN = 8;

/** Kinds hidden unless "futures & timers" is on: they are not function bodies. */
export const PLUMBING: ReadonlySet<Lane['kind']> = new Set(['promise', 'timer']);

export interface LaneRow {
  type: 'lane';
  /** Stable DOM-safe key. */
  key: string;
  /** Index (in the run's lanes) of the lane whose states the row draws: the coroutine of a Task. */
  lane: number;
  /** The Task's lane, when a coroutine and its Task share this row. */
  task?: number;
  /** Lowest lane index of the row: it is shown once that lane exists. */
  first: number;
  label: string;
  /** The Task's name, when the row is a Task. */
  taskName?: string;
  /** Set on the rows shown inside an expanded group. */
  group?: string;
}

export interface GroupRow {
  type: 'group';
  key: string;
  first: number;
  label: string;
  /** The member rows, in creation order. */
  members: LaneRow[];
  /** members[i].first, ascending: how many exist at a position is one binary search. */
  firsts: number[];
  expanded: boolean;
}

export type Row = LaneRow | GroupRow;

export interface RowOptions {
  showAllKinds: boolean;
  /** A hidden lane that stays shown (what the selected marker links to). */
  keep?: number;
  /** Keys of the groups the user expanded. */
  expanded: ReadonlySet<string>;
}

function similarity(lane: Lane): string {
  return `${lane.kind}\u0000${lane.name}\u0000${lane.parent ?? ''}\u0000${lane.loc?.line ?? ''}`;
}

/** The lanes' rows, groups collapsed unless expanded (an expanded group's members follow it). */
export function buildRows(lanes: Indexed<Lane>, index: RunIndex, opts: RowOptions): Row[] {
  const plain: LaneRow[] = [];
  lanes.forEach((lane, i) => {
    if (PLUMBING.has(lane.kind) && !opts.showAllKinds && lane.id !== opts.keep) return;
    if (lane.kind === 'task' && index.coroOfTask.has(lane.id)) return; // drawn on its coroutine's row
    const taskId = lane.kind === 'task' ? lane.id : index.taskOfCoro.get(lane.id);
    const taskName = taskId === undefined ? undefined : index.taskName.get(taskId);
    const task = lane.kind === 'task' || taskId === undefined ? undefined : taskLaneIndex(lanes, taskId, i);
    plain.push({
      type: 'lane',
      key: `l${lane.id}`,
      lane: i,
      task,
      first: task === undefined ? i : Math.min(i, task),
      label: taskName ? `${lane.name} · ${taskName}` : lane.name,
      taskName,
    });
  });
  // Similar rows: counted first, so a group takes the place of its first member. Each row's
  // similarity key is made once (a run with ~90k lanes builds its rows in one pass, issue 10).
  const keys = plain.map((row) => similarity(lanes.at(row.lane)!));
  const bySimilarity = new Map<string, LaneRow[]>();
  plain.forEach((row, i) => {
    const list = bySimilarity.get(keys[i]!);
    if (list) list.push(row);
    else bySimilarity.set(keys[i]!, [row]);
  });
  const rows: Row[] = [];
  const grouped = new Set<string>();
  plain.forEach((row, i) => {
    const k = keys[i]!;
    const members = bySimilarity.get(k)!;
    if (members.length < GROUP_MIN) {
      rows.push(row);
      return;
    }
    if (grouped.has(k)) return;
    grouped.add(k);
    const lane = lanes.at(row.lane)!;
    const key = `g${lane.id}`;
    const expanded = opts.expanded.has(key);
    rows.push({
      type: 'group',
      key,
      first: row.first,
      label: `${lane.name} × ${members.length}`,
      members,
      firsts: members.map((m) => m.first),
      expanded,
    });
    if (expanded) for (const m of members) rows.push({ ...m, group: key });
  });
  return rows;
}

/** A Task's lane index: it is created right after its coroutine, so look there first. */
function taskLaneIndex(lanes: Indexed<Lane>, taskId: number, from: number): number | undefined {
  for (let j = from + 1; j < lanes.length; j++) if (lanes.at(j)!.id === taskId) return j;
  for (let j = from - 1; j >= 0; j--) if (lanes.at(j)!.id === taskId) return j;
  return undefined;
}

/** The rows shown once `laneCount` lanes exist. */
export function rowsAt(rows: readonly Row[], laneCount: number): Row[] {
  return rows.filter((r) => r.first < laneCount);
}

/** How many of a group's members exist once `laneCount` lanes exist. */
export function membersAt(group: GroupRow, laneCount: number): number {
  return lowerBound(group.firsts, laneCount);
}

/** The row drawing lane `laneIndex` (a collapsed group counts as drawing its members). */
export function rowOfLane(rows: readonly Row[], laneIndex: number): number {
  return rows.findIndex((r) =>
    r.type === 'lane'
      ? r.lane === laneIndex || r.task === laneIndex
      : !r.expanded && r.members.some((m) => m.lane === laneIndex || m.task === laneIndex),
  );
}

/**
 * The label of the row that draws invocation `id` when every kind has a row (what `rowNames`
 * of `buildRows(…, { showAllKinds: true })` gives for it), computed for that one lane: a Task
 * drawn on its coroutine's row is named by that row. O(1), so naming the few lanes a frame
 * shows never builds the rows of a whole run (issue 10: a 1M-event run has ~90k lanes).
 */
export function laneLabel(s: ModelState, index: RunIndex, id: number): string | undefined {
  const lane = laneOf(s, id);
  if (!lane) return undefined;
  const coro = lane.kind === 'task' ? index.coroOfTask.get(lane.id) : undefined;
  const drawn = coro === undefined ? lane : (laneOf(s, coro) ?? lane);
  const taskId = drawn.kind === 'task' ? drawn.id : index.taskOfCoro.get(drawn.id);
  const taskName = taskId === undefined ? undefined : index.taskName.get(taskId);
  return taskName ? `${drawn.name} · ${taskName}` : drawn.name;
}

/** A lane's display name: the row label of the row that draws it, else its own name. */
export function rowNames(rows: readonly Row[], lanes: Indexed<Lane>): Map<number, string> {
  const names = new Map<number, string>();
  const add = (r: LaneRow) => {
    names.set(lanes.at(r.lane)!.id, r.label);
    if (r.task !== undefined) names.set(lanes.at(r.task)!.id, r.label);
  };
  for (const r of rows)
    if (r.type === 'lane') add(r);
    else for (const m of r.members) add(m);
  return names;
}
