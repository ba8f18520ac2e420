/**
 * Where the models' outputs disagree, and a one-sentence reason taken from the recording.
 *
 * Highlighting: the first selected model is the reference. For every other model, the
 * lines outside a longest common subsequence with the reference are the lines whose order
 * (or presence) differs; they are highlighted in that model and in the reference.
 *
 * Explanation (issue 8): one pair of models at a time — the pair the user picked, else
 * js vs python when both are selected and differ, else the first selected pair that differs
 * in a way that matters (output, the error that ended the run, warnings). For that pair:
 * - a snippet a model cannot read, or an error that ended a run before the outputs part,
 *   is said as such (an error is never described as agreement);
 * - at the first output position where they differ, the function whose event moved is the
 *   printer of one of the two lines there, preferring a function the program called over
 *   its top-level code (the puzzle's `c`, not `<module>`), and the sentence says when it
 *   started in each model: at the call, when some invocation awaited it, or later from a
 *   queue;
 * - each side gets a moment (an event seq) the note links to, so the reader can seek there.
 * Every word comes from recorded events; nothing is re-derived from the program.
 */
import type { EngineEvent, ModelName } from '../../engine/api';
import { laneOf } from './fold';
import { outputLines } from './outputLines';
import type { ListLike, ModelState } from './types';

export interface ModelRecording {
  model: ModelName;
  events: ListLike<EngineEvent>;
  final: ModelState;
}

/** A place in one model's recording the note links to (seek there). */
export interface Moment {
  model: ModelName;
  /** The event's seq. */
  seq: number;
  /** What happens there, in a few words (`c` starts, prints "2", the error). */
  label: string;
}

export type DivergenceKind =
  | 'same' // the pair prints the same lines, ends the same way, warns the same
  | 'output' // the pair's output differs (firstIndex, sentence)
  | 'error' // same lines, but the runs end differently (an error in one, or different errors)
  | 'same-error' // same lines, and both runs end with the same error
  | 'syntax' // a model could not read the snippet
  | 'warnings'; // same lines and ending, different warnings

export interface Divergence {
  /** Per model: indexes of output lines to highlight. */
  highlighted: Map<ModelName, Set<number>>;
  /** The pair explained (reference first), when two or more models ran. */
  pair?: [ModelName, ModelName];
  kind?: DivergenceKind;
  /** 0-based index of the first differing output line of the pair, if any. */
  firstIndex?: number;
  sentence?: string;
  /** The moments the sentence talks about, one per side where there is one. */
  moments: Moment[];
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
  return laneOf(final, id)?.name;
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
  const line = events.at(created)?.loc?.line;
  return `at the call${line ? ` (line ${line})` : ''}`;
}

/** The invocation that printed the `occurrence`-th copy of `text`. */
function printerOf(rec: ModelRecording, text: string, occurrence: number): number | undefined {
  let seen = 0;
  for (const line of outputLines(rec.final.output))
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

/** The program's top-level code: the main script / `<module>` (and the Task that runs it) or an invocation nothing created. */
function isTopLevel(rec: ModelRecording, id: number): boolean {
  const lane = laneOf(rec.final, id);
  return !lane || lane.kind === 'main' || lane.name === '<module>' || lane.parent === undefined;
}

function startSeq(rec: ModelRecording, id: number): number | undefined {
  return rec.events.find((e) => e.type === 'started' && e.id === id)?.seq;
}

function printSeq(rec: ModelRecording, index: number): number | undefined {
  return outputLines(rec.final.output).at(index)?.seq;
}

const outputOf = (r: ModelRecording) => outputLines(r.final.output).map((l) => l.text);

const errorOf = (r: ModelRecording) => (r.final.error && r.final.error.kind !== 'cancelled' ? r.final.error : undefined);

const lineSuffix = (loc: { line: number; file?: string } | undefined) => (loc && !loc.file ? ` (line ${loc.line})` : '');

/** The sentence and moments for the first differing output line of the pair. */
function explainOutput(ref: ModelRecording, other: ModelRecording, index: number): { sentence: string; moments: Moment[] } {
  const refLines = outputOf(ref);
  const otherLines = outputOf(other);
  // A run that stopped with an error exactly where the outputs part: the error is the reason.
  for (const [a, b, lines] of [
    [ref, other, refLines],
    [other, ref, otherLines],
  ] as const) {
    const err = errorOf(a);
    if (err && lines.length === index) {
      const next = outputOf(b)[index];
      const moments: Moment[] = [{ model: a.model, seq: err.seq, label: 'the error' }];
      const seq = printSeq(b, index);
      if (seq !== undefined) moments.push({ model: b.model, seq, label: `prints "${next}"` });
      return {
        sentence: `${a.model} stops with \`${err.text}\`${lineSuffix(err.loc)} after printing ${index} line${index === 1 ? '' : 's'}, where ${b.model} goes on to print "${next}".`,
        moments,
      };
    }
  }
  interface Candidate {
    name: string;
    a: number;
    b: number;
    da: string;
    db: string;
    top: boolean;
  }
  const found: Candidate[] = [];
  for (const lines of [refLines, otherLines]) {
    const text = lines[index];
    if (text === undefined) continue;
    const occurrence = occurrenceOf(lines, index);
    let a = printerOf(ref, text, occurrence);
    let b = printerOf(other, text, occurrence);
    // A line one model never printed: its printer there is the same-named invocation.
    if (a === undefined && b !== undefined) a = counterpart(other, b, ref);
    if (b === undefined && a !== undefined) b = counterpart(ref, a, other);
    if (a === undefined || b === undefined) continue;
    const name = laneName(ref.final, a) ?? laneName(other.final, b);
    const da = describeStart(ref, a);
    const db = describeStart(other, b);
    if (name && da !== db) found.push({ name, a, b, da, db, top: isTopLevel(ref, a) && isTopLevel(other, b) });
  }
  // The function that moved: one the program called, before its top-level code.
  const pick = found.find((c) => !c.top) ?? found[0];
  if (pick) {
    const moments: Moment[] = [];
    for (const [rec, id] of [
      [ref, pick.a],
      [other, pick.b],
    ] as const) {
      const seq = startSeq(rec, id);
      if (seq !== undefined) moments.push({ model: rec.model, seq, label: `\`${pick.name}\` starts` });
      else {
        const p = printSeq(rec, index);
        if (p !== undefined) moments.push({ model: rec.model, seq: p, label: `line ${index + 1}` });
      }
    }
    return { sentence: `\`${pick.name}\` started ${pick.da} under ${ref.model}, but ${pick.db} under ${other.model}.`, moments };
  }
  const show = (lines: string[]) => (index < lines.length ? `"${lines[index]}"` : 'nothing more');
  const moments: Moment[] = [];
  for (const rec of [ref, other]) {
    const p = printSeq(rec, index);
    if (p !== undefined) moments.push({ model: rec.model, seq: p, label: `line ${index + 1}` });
  }
  return {
    sentence: `Output line ${index + 1} differs: ${ref.model} printed ${show(refLines)}, ${other.model} printed ${show(otherLines)}.`,
    moments,
  };
}

/** How the pair differs, in the order that matters: unreadable snippet, output, ending, warnings. */
function comparePair(ref: ModelRecording, other: ModelRecording): Omit<Divergence, 'highlighted'> {
  const pair: [ModelName, ModelName] = [ref.model, other.model];
  const ea = errorOf(ref);
  const eb = errorOf(other);
  const syntaxA = ea?.kind === 'syntax' ? ea : undefined;
  const syntaxB = eb?.kind === 'syntax' ? eb : undefined;
  if (syntaxA || syntaxB) {
    const moments: Moment[] = [];
    if (syntaxA) moments.push({ model: ref.model, seq: syntaxA.seq, label: 'the error' });
    if (syntaxB) moments.push({ model: other.model, seq: syntaxB.seq, label: 'the error' });
    const sentence =
      syntaxA && syntaxB && syntaxA.text === syntaxB.text
        ? `The snippet cannot be read, so neither ${ref.model} nor ${other.model} ran it: ${syntaxA.text}`
        : syntaxA && syntaxB
          ? `Neither model could read the snippet: ${ref.model} says ${syntaxA.text}; ${other.model} says ${syntaxB.text}`
          : `${syntaxA ? ref.model : other.model} cannot read the snippet, so it ran nothing: ${(syntaxA ?? syntaxB)!.text}`;
    return { pair, kind: 'syntax', sentence, moments };
  }
  const la = outputOf(ref);
  const lb = outputOf(other);
  const n = Math.max(la.length, lb.length);
  for (let i = 0; i < n; i++) if (la[i] !== lb[i]) return { pair, kind: 'output', firstIndex: i, ...explainOutput(ref, other, i) };
  const same = `${ref.model} and ${other.model} print the same ${la.length === 1 ? 'line' : `${la.length} lines`}`;
  if (ea || eb) {
    const moments: Moment[] = [];
    if (ea) moments.push({ model: ref.model, seq: ea.seq, label: 'the error' });
    if (eb) moments.push({ model: other.model, seq: eb.seq, label: 'the error' });
    if (ea && eb && ea.text === eb.text)
      return { pair, kind: 'same-error', sentence: `${same}, and both stop with \`${ea.text}\`${lineSuffix(ea.loc)}.`, moments };
    const end = (r: ModelRecording, e: typeof ea) =>
      e ? `${r.model} stops with \`${e.text}\`${lineSuffix(e.loc)}` : `${r.model} ends normally`;
    return { pair, kind: 'error', sentence: `${same}, but ${end(ref, ea)} while ${end(other, eb)}.`, moments };
  }
  const wa = ref.final.warnings.map((w) => w.text);
  const wb = other.final.warnings.map((w) => w.text);
  const onlyA = ref.final.warnings.find((w) => !wb.includes(w.text));
  const onlyB = other.final.warnings.find((w) => !wa.includes(w.text));
  if (onlyA || onlyB) {
    const [rec, w] = onlyA ? [ref, onlyA] : [other, onlyB!];
    return {
      pair,
      kind: 'warnings',
      sentence: `${same}, but only ${rec.model} warns: ${w.text}`,
      moments: [{ model: rec.model, seq: w.seq, label: 'the warning' }],
    };
  }
  return { pair, kind: 'same', sentence: `${same} in the same order and end the same way.`, moments: [] };
}

/** Whether the pair differs in a way the note must explain. */
function matters(ref: ModelRecording, other: ModelRecording): boolean {
  return comparePair(ref, other).kind !== 'same';
}

/**
 * The pair the note explains when the user has not picked one: js vs python when both are
 * selected and they differ, else the first selected pair (in selection order) that differs,
 * else js vs python, else the first two.
 */
export function defaultPair(recs: readonly ModelRecording[]): [ModelName, ModelName] | undefined {
  if (recs.length < 2) return undefined;
  const js = recs.find((r) => r.model === 'js');
  const py = recs.find((r) => r.model === 'python');
  if (js && py && matters(js, py)) return ['js', 'python'];
  for (let i = 0; i < recs.length; i++)
    for (let j = i + 1; j < recs.length; j++) if (matters(recs[i]!, recs[j]!)) return [recs[i]!.model, recs[j]!.model];
  if (js && py) return ['js', 'python'];
  return [recs[0]!.model, recs[1]!.model];
}

export function computeDivergence(recs: readonly ModelRecording[], picked?: readonly [ModelName, ModelName]): Divergence {
  const highlighted = new Map<ModelName, Set<number>>();
  for (const r of recs) highlighted.set(r.model, new Set());
  const [first, ...others] = recs;
  if (!first || others.length === 0) return { highlighted, moments: [] };
  const refLines = outputOf(first);
  for (const o of others) {
    const { a, b } = outsideLcs(refLines, outputOf(o));
    for (const i of a) highlighted.get(first.model)!.add(i);
    for (const i of b) highlighted.get(o.model)!.add(i);
  }
  const byModel = (m: ModelName) => recs.find((r) => r.model === m);
  const usable = picked && picked[0] !== picked[1] && byModel(picked[0]) && byModel(picked[1]) ? picked : undefined;
  const [ma, mb] = usable ?? defaultPair(recs)!;
  const result = comparePair(byModel(ma)!, byModel(mb)!);
  return { highlighted, ...result };
}
