/**
 * Where the models' outputs disagree, and a one-sentence reason taken from the recording.
 *
 * Highlighting: the first selected model is the reference. For every other model, the
 * lines outside a longest common subsequence with the reference are the lines whose order
 * (or presence) differs; they are highlighted in that model and in the reference.
 *
 * Explanation: at the first output position where some model differs from the reference,
 * take the invocation that printed the reference's line there (and, failing that, the
 * other model's line) and describe, in each model, when that invocation started: at the
 * call, when some invocation awaited it, or later from a queue. Every word of it comes from
 * recorded events (invocation, awaited, dequeue, turn, started); nothing is re-derived
 * from the program.
 */
import type { EngineEvent, ModelName } from '../../engine/api';
import type { ModelState } from './types';

export interface ModelRecording {
  model: ModelName;
  events: readonly EngineEvent[];
  final: ModelState;
}

export interface Divergence {
  /** Per model: indexes of output lines to highlight. */
  highlighted: Map<ModelName, Set<number>>;
  /** 0-based index of the first differing output line, if any. */
  firstIndex?: number;
  sentence?: string;
}

/** Above this many cells the LCS table is skipped and lines are compared by position. */
const LCS_LIMIT = 4_000_000;

/** Indexes of a and b that lie outside one longest common subsequence. */
export function outsideLcs(a: readonly string[], b: readonly string[]): { a: Set<number>; b: Set<number> } {
  const n = a.length;
  const m = b.length;
  if (n * m > LCS_LIMIT) {
    const sa = new Set<number>();
    const sb = new Set<number>();
    for (let i = 0; i < Math.max(n, m); i++)
      if (a[i] !== b[i]) {
        if (i < n) sa.add(i);
        if (i < m) sb.add(i);
      }
    return { a: sa, b: sb };
  }
  // dp[i][j] = LCS length of a[i..] and b[j..], stored row-major in one array.
  const w = m + 1;
  const dp = new Uint32Array((n + 1) * w);
  // The last row and column (empty suffixes) are 0.
  const lcs = (i: number, j: number) => dp[i * w + j] ?? 0;
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) dp[i * w + j] = a[i] === b[j] ? lcs(i + 1, j + 1) + 1 : Math.max(lcs(i + 1, j), lcs(i, j + 1));
  const inA = new Set<number>();
  const inB = new Set<number>();
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      inA.add(i++);
      inB.add(j++);
    } else if (lcs(i + 1, j) >= lcs(i, j + 1)) i++;
    else j++;
  }
  const sa = new Set<number>();
  const sb = new Set<number>();
  for (let k = 0; k < n; k++) if (!inA.has(k)) sa.add(k);
  for (let k = 0; k < m; k++) if (!inB.has(k)) sb.add(k);
  return { a: sa, b: sb };
}

function laneName(final: ModelState, id: number | undefined): string | undefined {
  if (id === undefined) return undefined;
  const i = final.laneIndex.get(id);
  return i === undefined ? undefined : final.lanes[i]?.name;
}

/** When did invocation `id` start, in words, from the recorded events. */
export function describeStart(rec: ModelRecording, id: number): string {
  const { events, final } = rec;
  const created = events.findIndex((e) => e.type === 'invocation' && e.id === id);
  const started = events.findIndex((e) => e.type === 'started' && e.id === id);
  if (created < 0) return 'was never created';
  if (started < 0) return 'never started';
  let awaitedBy: { who?: string; line?: number } | undefined;
  let fromQueue: string | undefined;
  let turns = 0;
  for (const e of events.slice(created + 1, started)) {
    if (e.type === 'awaited' && e.on === id) awaitedBy = { who: laneName(final, e.id), line: e.loc?.line };
    else if (e.type === 'dequeue') fromQueue ??= e.queue;
    else if (e.type === 'turn') turns++;
  }
  if (awaitedBy) {
    const at = awaitedBy.line ? ` (line ${awaitedBy.line})` : '';
    return awaitedBy.who ? `when \`${awaitedBy.who}\` awaited it${at}` : `at the first \`await\` of it${at}`;
  }
  if (fromQueue || turns > 0) {
    const where =
      fromQueue === 'ready'
        ? 'the ready queue'
        : fromQueue === 'microtask'
          ? 'the microtask queue'
          : fromQueue
            ? `the ${fromQueue} queue`
            : 'the event loop';
    return `later, when it was taken from ${where}`;
  }
  const line = events[created]?.loc?.line;
  return `at the call${line ? ` (line ${line})` : ''}`;
}

/** The invocation that printed the `occurrence`-th copy of `text`. */
function printerOf(rec: ModelRecording, text: string, occurrence: number): number | undefined {
  let seen = 0;
  for (const line of rec.final.output)
    if (line.text === text) {
      if (seen === occurrence) return line.id;
      seen++;
    }
  return undefined;
}

/** The invocation of `other` that corresponds to `id` of `rec`: same name, same ordinal among lanes of that name. */
function counterpart(rec: ModelRecording, id: number, other: ModelRecording): number | undefined {
  const name = laneName(rec.final, id);
  if (name === undefined) return undefined;
  const same = rec.final.lanes.filter((l) => l.name === name);
  const k = same.findIndex((l) => l.id === id);
  return other.final.lanes.filter((l) => l.name === name)[k]?.id;
}

function occurrenceOf(lines: readonly string[], index: number): number {
  let n = 0;
  for (let i = 0; i < index; i++) if (lines[i] === lines[index]) n++;
  return n;
}

function explain(ref: ModelRecording, other: ModelRecording, index: number): string {
  const refLines = ref.final.output.map((l) => l.text);
  const otherLines = other.final.output.map((l) => l.text);
  const candidates: { text: string; occurrence: number }[] = [];
  for (const lines of [refLines, otherLines]) {
    const text = lines[index];
    if (text !== undefined) candidates.push({ text, occurrence: occurrenceOf(lines, index) });
  }
  for (const c of candidates) {
    let a = printerOf(ref, c.text, c.occurrence);
    let b = printerOf(other, c.text, c.occurrence);
    // A line one model never printed: its printer there is the same-named invocation.
    if (a === undefined && b !== undefined) a = counterpart(other, b, ref);
    if (b === undefined && a !== undefined) b = counterpart(ref, a, other);
    if (a === undefined || b === undefined) continue;
    const name = laneName(ref.final, a) ?? laneName(other.final, b);
    const da = describeStart(ref, a);
    const db = describeStart(other, b);
    if (name && da !== db) return `\`${name}\` started ${da} under ${ref.model}, but ${db} under ${other.model}.`;
  }
  const show = (lines: string[]) => (index < lines.length ? `"${lines[index]}"` : 'nothing more');
  return `Output line ${index + 1} differs: ${ref.model} printed ${show(refLines)}, ${other.model} printed ${show(otherLines)}.`;
}

export function computeDivergence(recs: readonly ModelRecording[]): Divergence {
  const highlighted = new Map<ModelName, Set<number>>();
  for (const r of recs) highlighted.set(r.model, new Set());
  const [ref, ...others] = recs;
  if (!ref || others.length === 0) return { highlighted };
  const refLines = ref.final.output.map((l) => l.text);
  let firstIndex: number | undefined;
  let firstOther: ModelRecording | undefined;
  for (const o of others) {
    const lines = o.final.output.map((l) => l.text);
    const { a, b } = outsideLcs(refLines, lines);
    for (const i of a) highlighted.get(ref.model)!.add(i);
    for (const i of b) highlighted.get(o.model)!.add(i);
    const n = Math.max(refLines.length, lines.length);
    for (let i = 0; i < n; i++)
      if (refLines[i] !== lines[i]) {
        if (firstIndex === undefined || i < firstIndex) {
          firstIndex = i;
          firstOther = o;
        }
        break;
      }
  }
  if (firstIndex === undefined || !firstOther) return { highlighted };
  return { highlighted, firstIndex, sentence: explain(ref, firstOther, firstIndex) };
}
