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

/** What the rows need of one lane: what never changes (a lane's kind, name, parent and call site) and its row. */
interface LaneInfo {
  id: number;
  name: string;
  plumbing: boolean;
  /** The lane's similarity key, as a small number (RowCache.similar). */
  similar: number;
  /** Its row; null for a Task drawn on its coroutine's row. */
  row: LaneRow | null;
}

/**
 * What `buildRows` keeps of a recording between calls: one entry per lane, extended as lanes
 * are added and redone only for the lanes whose Task link or name the index set since
 * (RunIndex.linked). Rebuilding the rows of a run with ~90k lanes at every render while it
 * streams in made them a fifth of the page's work opening a 1M-event run (issue 10, bench:ui
 * --profile-open): now a call costs one pass over the lanes' entries, with no lane read, no
 * string and no row object made for a lane seen before.
 */
class RowCache {
  readonly lanes: LaneInfo[] = [];
  /** Lane id → its index among the lanes. */
  readonly laneAt = new Map<number, number>();
  /**
   * Similar lanes (same kind, name, call line and parent) → their number: kind and name, then
   * line, then parent, so the level with as many entries as lanes (a flood's callbacks each
   * have their own parent) is keyed by numbers. A string key per lane cost ~0.5 µs a lane, and
   * laying out a stopped flood's 200k lanes took ~0.2 s in one go (issue 10).
   */
  private readonly byName = new Map<string, Map<string, Map<number, Map<number, number>>>>();
  /** How many similarity numbers are given out. */
  similarCount = 0;

  similarOf(lane: Lane): number {
    let byKind = this.byName.get(lane.name);
    if (!byKind) this.byName.set(lane.name, (byKind = new Map()));
    let byLine = byKind.get(lane.kind);
    if (!byLine) byKind.set(lane.kind, (byLine = new Map()));
    const line = lane.loc?.line ?? -1;
    let byParent = byLine.get(line);
    if (!byParent) byLine.set(line, (byParent = new Map()));
    const parent = lane.parent ?? Number.NaN;
    let n = byParent.get(parent);
    if (n === undefined) byParent.set(parent, (n = this.similarCount++));
    return n;
  }
  /** How much of RunIndex.linked has been looked at. */
  linkedSeen = 0;
}

/** One cache per run index, i.e. per recording (runIndex.ts `indexOf` keeps one index per recording). */
const rowCaches = new WeakMap<RunIndex, RowCache>();

/** Lane i's row as the index says now (its Task's lane found by id among the lanes cached so far). */
function laneRow(cache: RowCache, lane: Lane, i: number, index: RunIndex): LaneRow | null {
  if (lane.kind === 'task' && index.coroOfTask.has(lane.id)) return null; // drawn on its coroutine's row
  const taskId = lane.kind === 'task' ? lane.id : index.taskOfCoro.get(lane.id);
  const taskName = taskId === undefined ? undefined : index.taskName.get(taskId);
  const task = lane.kind === 'task' || taskId === undefined ? undefined : cache.laneAt.get(taskId);
  return {
    type: 'lane',
    key: `l${lane.id}`,
    lane: i,
    task,
    first: task === undefined ? i : Math.min(i, task),
    label: taskName ? `${lane.name} · ${taskName}` : lane.name,
    taskName,
  };
}

/** The cache of `index`'s recording, brought up to `lanes` (which must be that recording's lanes, or a prefix of them). */
function cacheFor(lanes: Indexed<Lane>, index: RunIndex, enough?: (laidOut: number) => boolean): RowCache {
  let cache = rowCaches.get(index);
  const cached = cache?.lanes.length ?? 0;
  const check = Math.min(cached, lanes.length) - 1;
  // Other lanes than the ones cached (not this recording's): start again.
  if (!cache || (check >= 0 && (cache.lanes[check]!.id !== lanes.at(check)!.id || cache.lanes[0]!.id !== lanes.at(0)!.id))) {
    cache = new RowCache();
    rowCaches.set(index, cache);
  }
  const redo = (i: number | undefined) => {
    if (i === undefined || i >= cache.lanes.length || i >= lanes.length) return;
    cache.lanes[i]!.row = laneRow(cache, lanes.at(i)!, i, index);
  };
  // Links and names set since the last call: the Task's lane and its coroutine's are redone.
  for (; cache.linkedSeen < index.linked.length; cache.linkedSeen++) {
    const task = index.linked[cache.linkedSeen]!;
    redo(cache.laneAt.get(task));
    const coro = index.coroOfTask.get(task);
    if (coro !== undefined) redo(cache.laneAt.get(coro));
  }
  for (let i = cache.lanes.length; i < lanes.length && !enough?.(i); i++) {
    const lane = lanes.at(i)!;
    cache.laneAt.set(lane.id, i);
    const similar = cache.similarOf(lane);
    cache.lanes.push({ id: lane.id, name: lane.name, plumbing: PLUMBING.has(lane.kind), similar, row: laneRow(cache, lane, i, index) });
    // A Task whose coroutine came first: the coroutine's row now has the Task's lane.
    if (lane.kind === 'task') redo(cache.laneAt.get(index.coroOfTask.get(lane.id) ?? Number.NaN));
  }
  return cache;
}

/**
 * Lays out lanes for rows (the cache `buildRows` reads) until `enough(laidOut)` (asked before
 * each lane, with how many are laid out) says stop; returns how many of `lanes`, from the
 * first, are laid out. The page lays out a finished run's lanes this way, a slice at a time
 * (src/ui/components/useLaidOutLanes.ts).
 */
export function layOutLanes(lanes: Indexed<Lane>, index: RunIndex, enough: (laidOut: number) => boolean): number {
  return Math.min(lanes.length, cacheFor(lanes, index, enough).lanes.length);
}

/** The lanes' rows, groups collapsed unless expanded (an expanded group's members follow it). */
export function buildRows(lanes: Indexed<Lane>, index: RunIndex, opts: RowOptions): Row[] {
  const cache = cacheFor(lanes, index);
  const infos = cache.lanes;
  const n = lanes.length;
  const { showAllKinds, keep } = opts;
  const shown = (info: LaneInfo) => info.row !== null && (showAllKinds || !info.plumbing || info.id === keep);
  // Similar rows: counted first, so a group takes the place of its first member.
  const counts = new Int32Array(cache.similarCount);
  for (let i = 0; i < n; i++) {
    const info = infos[i]!;
    if (shown(info)) counts[info.similar]!++;
  }
  const rows: Row[] = [];
  const groups: (GroupRow | undefined)[] = [];
  const filled = new Int32Array(counts.length);
  let expanded = false;
  for (let i = 0; i < n; i++) {
    const info = infos[i]!;
    if (!shown(info)) continue;
    let row = info.row!;
    // A Task's lane past the lanes given (a prefix of the recording's) is not theirs yet.
    if (row.task !== undefined && row.task >= n) row = { ...row, task: undefined, first: i };
    const members = counts[info.similar]!;
    if (members < GROUP_MIN) {
      rows.push(row);
      continue;
    }
    let group = groups[info.similar];
    if (!group) {
      const key = `g${info.id}`;
      // Arrays made at their size: by now a long run's heap is large, and ~90k members pushed
      // one at a time grew them through copies that cost collections of all of it.
      group = {
        type: 'group',
        key,
        first: row.first,
        label: `${info.name} × ${members}`,
        members: new Array<LaneRow>(members),
        firsts: new Array<number>(members),
        expanded: opts.expanded.has(key),
      };
      groups[info.similar] = group;
      expanded ||= group.expanded;
      rows.push(group);
    }
    const k = filled[info.similar]!++;
    group.members[k] = row;
    group.firsts[k] = row.first;
  }
  if (!expanded) return rows;
  return rows.flatMap((r) => (r.type === 'group' && r.expanded ? [r, ...r.members.map((m) => ({ ...m, group: r.key }))] : [r]));
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
