/**
 * The lane trace: what a profiler of the real runtime sees of the program's own async
 * function bodies, derived from the recorded events (issue 7). One line per fact:
 *
 *     name#k start|suspend|resume|return|raise
 *
 *  - Only invocations the model marked `traced` (types.ts InvocationEvent): async functions
 *    defined in the program — not a prelude's (the shims), not the runtime's library — and
 *    the module body `<module>` when it runs under top-level await.
 *  - `k` numbers the invocations of one name from 1 in the order they *start*; an
 *    invocation that never starts (a coroutine never awaited, a task cancelled before its
 *    first step) has no lines.
 *  - `started` → start, `awaited` → suspend, `resumed` → resume, `resolved` → return,
 *    `rejected` / `cancelled` → raise. The models record those events for a traced body at
 *    exactly the moments CPython's sys.monitoring reports PY_START / PY_YIELD /
 *    PY_RESUME (or PY_THROW) / PY_RETURN / PY_UNWIND for its frame, and Node runs the
 *    program's async function at body entry, at each `await`, at its continuation and at
 *    its completion (tests/oracle/*-trace*).
 *
 * The UI's lanes fold the same events through `traceStep` (src/ui/state/fold.ts), so the
 * lane states a student sees are this trace.
 */
import type { EngineEvent } from './types';

export type TraceEventKind = 'start' | 'suspend' | 'resume' | 'return' | 'raise';

export interface TraceEntry {
  /** The invocation's id in the recording. */
  id: number;
  name: string;
  /** 1-based number of this invocation among those of the same name, in start order. */
  k: number;
  event: TraceEventKind;
  /** The `seq` of the event it comes from. */
  seq: number;
}

/** The trace event an engine event is for its invocation, if it is one of the five. */
export function traceKindOf(e: EngineEvent): TraceEventKind | undefined {
  switch (e.type) {
    case 'started':
      return 'start';
    case 'awaited':
      return 'suspend';
    case 'resumed':
      return 'resume';
    case 'resolved':
      return 'return';
    case 'rejected':
    case 'cancelled':
      return 'raise';
    default:
      return undefined;
  }
}

/**
 * Incremental derivation: feed every event in order; `step` returns the trace entry the
 * event produces, if any. Kept as a class so a consumer that folds events one at a time
 * (the UI) and one that reads a whole recording (the CLI, the tests) share one rule.
 */
export class LaneTracer {
  /** Traced invocations: id → name. */
  private readonly traced = new Map<number, string>();
  /** Started traced invocations: id → k. */
  private readonly started = new Map<number, number>();
  private readonly counts = new Map<string, number>();

  step(e: EngineEvent): TraceEntry | undefined {
    if (e.type === 'invocation') {
      if (e.traced) this.traced.set(e.id, e.name);
      return undefined;
    }
    const kind = traceKindOf(e);
    if (kind === undefined) return undefined;
    const id = (e as { id: number }).id;
    const name = this.traced.get(id);
    if (name === undefined) return undefined;
    let k = this.started.get(id);
    if (kind === 'start') {
      k = (this.counts.get(name) ?? 0) + 1;
      this.counts.set(name, k);
      this.started.set(id, k);
    } else if (k === undefined) {
      // Completed (or thrown into) without ever starting: no lines.
      return undefined;
    }
    return { id, name, k, event: kind, seq: e.seq };
  }
}

/** The whole lane trace of a recording. */
export function laneTrace(events: Iterable<EngineEvent>): TraceEntry[] {
  const tracer = new LaneTracer();
  const out: TraceEntry[] = [];
  for (const e of events) {
    const t = tracer.step(e);
    if (t) out.push(t);
  }
  return out;
}

/** `name#k event`, the line format the CLI prints and the oracles produce. */
export function formatTraceEntry(t: TraceEntry): string {
  return `${t.name}#${t.k} ${t.event}`;
}
