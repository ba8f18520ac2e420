/**
 * How the models step together during playback.
 *
 * The global timeline is a merge of every model's events. Each event gets the key
 *   (virtual time, lines printed before it, position within its (time, lines) chunk)
 * and the merge sorts by that key (ties: model order). So playback never lets one model
 * pass virtual time t while another is still before t, and, at the same virtual time,
 * never lets one model print its (k+1)-th line before every other model has printed its
 * k-th line (or has nothing more to print at that time). Within a chunk the models advance
 * in proportion, so a model that needs 40 microtasks between two lines and one that needs
 * 3 reach the next line together. The UI explains this in AlignmentNote.
 *
 * Position g on the global timeline shows, for each model, the fold of its first
 * `cursor(model, g)` events.
 */
import type { EngineEvent } from '../../engine/api';

export interface Alignment {
  total: number;
  /** prefix[m][g] = how many of model m's events are among the first g merged events. */
  prefix: Int32Array[];
  /** globalOf[m][i] = merged index of model m's event i. */
  globalOf: Int32Array[];
}

/** One model's columns of the alignment, filled while the merged order is walked. */
interface Stream {
  prefix: Int32Array;
  globalOf: Int32Array;
  count: number;
}

interface Keyed {
  time: number;
  printed: number;
  frac: number;
  model: number;
  index: number;
  stream: Stream;
}

function keysFor(events: readonly EngineEvent[], model: number, stream: Stream, out: Keyed[]): void {
  let printed = 0;
  let chunkStart = 0;
  const pending: Keyed[] = [];
  const flush = (end: number) => {
    const len = end - chunkStart;
    for (const k of pending) k.frac = (k.index - chunkStart + 1) / len;
    out.push(...pending);
    pending.length = 0;
    chunkStart = end;
  };
  events.forEach((e, i) => {
    if (pending.length > 0 && e.time !== pending[0]?.time) flush(i);
    pending.push({ time: e.time, printed, frac: 0, model, index: i, stream });
    // A print closes its chunk: the line belongs to the chunk of the lines before it.
    if (e.type === 'print') {
      printed++;
      flush(i + 1);
    }
  });
  flush(events.length);
}

export function align(streams: readonly (readonly EngineEvent[])[]): Alignment {
  const total = streams.reduce((n, events) => n + events.length, 0);
  const keyed: Keyed[] = [];
  const columns = streams.map((events, m) => {
    const stream: Stream = { prefix: new Int32Array(total + 1), globalOf: new Int32Array(events.length), count: 0 };
    keysFor(events, m, stream, keyed);
    return stream;
  });
  keyed.sort((a, b) => a.time - b.time || a.printed - b.printed || a.frac - b.frac || a.model - b.model || a.index - b.index);
  keyed.forEach((k, g) => {
    k.stream.globalOf[k.index] = g;
    k.stream.count++;
    for (const c of columns) c.prefix[g + 1] = c.count;
  });
  return { total, prefix: columns.map((c) => c.prefix), globalOf: columns.map((c) => c.globalOf) };
}

/** How many events of model m are shown at global position g. */
export function cursorAt(a: Alignment, m: number, g: number): number {
  const p = a.prefix[m];
  if (!p) return 0;
  return p[Math.max(0, Math.min(g, a.total))] ?? 0;
}

/** The global position right after model m's event i (to jump to a marker). */
export function positionAfter(a: Alignment, m: number, i: number): number {
  const gi = a.globalOf[m]?.[i];
  return gi === undefined ? 0 : gi + 1;
}
