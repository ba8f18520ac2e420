/**
 * Narration: one plain-words caption per recorded event that a reader should notice, in the
 * vocabulary of the model that recorded it (issue 8). It is a pure function of the events
 * (plus the model name), so the playground, the CLI (`npm run cli -- narrate`) and the golden
 * tests (tests/golden/narration/) all read the same sentences.
 *
 * Vocabulary follows docs/semantics.md:
 * - `python`, `python-eager`, `promisio` (§2.1–2.4: coroutine, Task, ready queue, event loop,
 *   call_soon / call_later, timer heap); under `python-eager` a new Task may start inside
 *   `create_task` (§3); under `promisio` a call of an async def makes a coroutine that
 *   promisify schedules as a Task and returns a Promise for (§4).
 * - `js` (§1.1–1.2, §1.9–1.10): Promise, microtask (job queue), timers (macrotasks),
 *   process.nextTick; an async function's body runs inside the call up to its first `await`.
 *
 * Every caption states only what its own event (and the events before it) recorded: a
 * caption that says something "starts" belongs to a `started` event, "taken from the ready
 * queue" is said only when the dequeue of that item was the event just before, and so on
 * (tests/events/narration-truth.test.ts checks these claims against the events). Events
 * that add nothing a reader needs (`line`, `turn`, a timer's creation that its enqueue
 * describes, a coroutine's start inside its Task's start) get no caption; the playground
 * keeps showing the previous one.
 */
import type { ModelName } from '../names';
import type { EngineEvent, EngineEventType, InvocationKind, Pos } from './types';

export interface NarrationLine {
  /** The `seq` of the event the caption describes. */
  seq: number;
  /** Its type (the truth test checks each caption's claims against it). */
  event: EngineEventType;
  /** Plain words; names and code are wrapped in backticks. */
  text: string;
  /** The source position the caption is about, when it has one in the user's snippet. */
  loc?: Pos;
}

interface Invocation {
  kind: InvocationKind;
  name: string;
  traced: boolean;
  parent?: number;
}

type Family = 'js' | 'asyncio';

/** Events that carry no information a caption needs to look past. */
const QUIET: ReadonlySet<EngineEventType> = new Set(['line', 'turn']);

const code = (s: string) => '`' + s.replace(/`/g, "'") + '`';

function lineOf(loc: Pos | undefined): string {
  return loc && !loc.file ? ` (line ${loc.line})` : '';
}

/** What the narrator reads: the events by index (an array, or the page's packed recording, decoded per read). */
export interface NarratedEvents {
  readonly length: number;
  at(i: number): EngineEvent | undefined;
}

/**
 * Narrates a recording in order, as much of it at a time as the caller allows (`advance`):
 * the page narrates a finished run's 100k events per model in slices between frames, as its
 * fold does (issue 10: the whole narration in one go held the main thread for ~0.5 s after a
 * four-model flood was stopped).
 */
export class Narrator {
  private readonly family: Family;
  private readonly invocations = new Map<number, Invocation>();
  /** Queue labels by item (a Task's label is its name, `Task-2`). */
  private readonly labels = new Map<number, string>();
  /** Invocations running now, innermost last (as the UI fold keeps it). */
  private readonly stack: number[] = [];
  /** Coroutine id → the invocation that awaited it before it started. */
  private readonly awaitedBy = new Map<number, number>();
  readonly lines: NarrationLine[] = [];
  /** The index of the next event to narrate. */
  private i = 0;

  constructor(
    private readonly events: NarratedEvents,
    private readonly model: ModelName,
  ) {
    this.family = model === 'js' ? 'js' : 'asyncio';
  }

  /** Every event not narrated yet is. */
  run(): NarrationLine[] {
    this.advance(() => false);
    return this.lines;
  }

  /**
   * Narrates events in order until `enough()` (asked after each event) says stop or none are
   * left; true when every event is narrated.
   */
  advance(enough: () => boolean): boolean {
    const n = this.events.length;
    while (this.i < n) {
      const i = this.i++;
      const e = this.events.at(i)!;
      // A queue entry's label names it in its own caption (a Task's `Task-2`).
      if (e.type === 'enqueue') this.labels.set(e.item, e.label);
      const text = this.caption(e, i);
      if (text) {
        const line: NarrationLine = { seq: e.seq, event: e.type, text };
        if (e.loc && !e.loc.file) line.loc = e.loc;
        this.lines.push(line);
      }
      this.track(e);
      if (enough()) break;
    }
    return this.i >= n;
  }

  /** The next event after index i that is not `line` / `turn`. */
  private next(i: number): EngineEvent | undefined {
    for (let j = i + 1; j < this.events.length; j++) {
      const e = this.events.at(j)!;
      if (!QUIET.has(e.type)) return e;
    }
    return undefined;
  }

  /** The previous event before index i that is not `line` / `turn`. */
  private prev(i: number): EngineEvent | undefined {
    for (let j = i - 1; j >= 0; j--) {
      const e = this.events.at(j)!;
      if (!QUIET.has(e.type)) return e;
    }
    return undefined;
  }

  private track(e: EngineEvent): void {
    switch (e.type) {
      case 'invocation':
        this.invocations.set(e.id, { kind: e.kind, name: e.name, traced: e.traced === true, parent: e.parent });
        break;
      case 'enqueue':
        this.labels.set(e.item, e.label);
        break;
      case 'dequeue':
        // The asyncio loop takes a queue entry only between callbacks: whatever was running has
        // returned (a plain callback records no end of its own).
        if (this.family === 'asyncio') this.stack.length = 0;
        break;
      case 'started':
      case 'resumed':
        this.stack.push(e.id);
        break;
      case 'awaited': {
        if (e.on !== undefined && !this.awaitedBy.has(e.on)) this.awaitedBy.set(e.on, e.id);
        this.pop(e.id);
        break;
      }
      case 'resolved':
      case 'rejected':
      case 'cancelled':
        this.pop(e.id);
        break;
      default:
        break;
    }
  }

  /** The innermost running invocation other than `id`. */
  private below(id: number): number | undefined {
    for (let k = this.stack.length - 1; k >= 0; k--) if (this.stack[k] !== id) return this.stack[k];
    return undefined;
  }

  private pop(id: number): void {
    const i = this.stack.lastIndexOf(id);
    if (i >= 0) this.stack.splice(i, 1);
  }

  private name(id: number | undefined): string {
    if (id === undefined) return 'the program';
    const inv = this.invocations.get(id);
    if (inv?.kind === 'main') return this.who(id);
    return inv ? code(inv.name) : 'an invocation';
  }

  /** How a reader names invocation `id` in a sentence: `f`, the Task for `f` (Task-2), the Promise... */
  private who(id: number | undefined): string {
    if (id === undefined) return 'the program';
    const inv = this.invocations.get(id);
    if (!inv) return this.labels.has(id) ? code(this.labels.get(id)!) : 'an invocation';
    switch (inv.kind) {
      case 'task': {
        const label = this.labels.get(id);
        return `the Task for ${code(inv.name)}${label && label !== inv.name ? ` (${label})` : ''}`;
      }
      case 'promise':
        if (this.model === 'promisio' && inv.name === 'Promise') return 'the promisio Promise';
        if (this.family === 'asyncio') return `the future ${code(inv.name)}`;
        return inv.name === 'Promise' ? 'a Promise' : `a Promise (${code(inv.name)})`;
      case 'timer':
        return this.family === 'js' ? `the timer callback (${code(this.labels.get(id) ?? inv.name)})` : `the timer ${code(inv.name)}`;
      case 'callback':
      case 'microtask':
        return `the callback ${code(this.labels.get(id) ?? inv.name)}`;
      case 'main':
        return this.family === 'js' ? 'the main script' : "the program's top-level code";
      default:
        return code(inv.name);
    }
  }

  /** Who printed: a handler that settles a promise prints as that promise's handler. */
  private printer(id: number | undefined): string {
    if (this.invocations.get(id ?? -1)?.kind === 'promise') return `The handler of ${this.who(id)}`;
    return cap(this.who(id));
  }

  private caption(e: EngineEvent, i: number): string | undefined {
    switch (e.type) {
      case 'invocation':
        return this.onInvocation(e, i);
      case 'started':
        return this.onStarted(e, i);
      case 'awaited':
        return this.onAwaited(e, i);
      case 'resumed':
        return this.onResumed(e, i);
      case 'resolved':
        return this.onSettled(e.id, e.value, true);
      case 'rejected':
        return this.onSettled(e.id, e.error, false);
      case 'cancelled':
        return `${cap(this.who(e.id))} is cancelled.`;
      case 'print':
        if (e.stream === 'stderr')
          return e.continues
            ? `${this.printer(e.id)} writes "${e.text}" to stderr, on the line the previous write left open.`
            : `${this.printer(e.id)} writes "${e.text}" to stderr.`;
        return e.continues
          ? `${this.printer(e.id)} prints "${e.text}", on the line the previous print left open.`
          : `${this.printer(e.id)} prints "${e.text}".`;
      case 'enqueue':
        return this.onEnqueue(e, i);
      case 'dequeue':
        return this.onDequeue(e, i);
      case 'timer-cancelled':
        return `The timer ${code(this.labels.get(e.item) ?? this.invocations.get(e.item)?.name ?? 'timer')} is cancelled before it fires.`;
      case 'time':
        return this.onTime(e, i);
      case 'warning':
        return `Warning: ${e.text}`;
      case 'race':
        switch (e.reason) {
          case 'timeout-vs-immediate':
            return `${cap(this.who(e.first))} ran before ${this.who(e.second)}; in a real run setTimeout(…, 0) and setImmediate queued together may come either way.`;
          case 'near-deadlines':
            return `${cap(this.who(e.first))} and ${this.who(e.second)} came due within 1 ms of each other: a real run may order them either way.`;
          case 'set-order':
            return `${cap(this.who(e.first))} goes before ${this.who(e.second)} here; CPython takes them from a set ordered by memory address, so a real run may order them either way.`;
        }
      case 'error':
        return this.onError(e);
      case 'end':
        return `The run ends at ${ms(e.time)} ms.`;
      case 'line':
      case 'turn':
        return undefined;
    }
  }

  private onTime(e: Extract<EngineEvent, { type: 'time' }>, i: number): string {
    const move = `the clock moves from ${ms(e.from)} ms to ${ms(e.to)} ms`;
    const next = this.next(i);
    // The loop waited: a timer comes due next (Node's timers phase, asyncio's _run_once).
    if (next?.type === 'dequeue' && next.queue === 'timer')
      return this.family === 'js'
        ? `Nothing is left to run, so Node's event loop waits for the next timer: ${move}.`
        : `The ready queue is empty, so the event loop sleeps until the next timer: ${move}.`;
    // Otherwise the clock moved inside running code (time.sleep blocking, busy work reading the clock).
    const running = this.stack.at(-1);
    if (running !== undefined)
      return `${cap(this.who(running))} keeps the thread busy (a blocking call or busy work): ${move} and nothing else can run meanwhile.`;
    return `Time passes: ${move}.`;
  }

  private onInvocation(e: Extract<EngineEvent, { type: 'invocation' }>, i: number): string | undefined {
    const n = code(e.name);
    const call = code(e.name + '()');
    const next = this.next(i);
    switch (e.kind) {
      case 'main':
        return this.family === 'js'
          ? 'Node loads the main script.'
          : "The program's top-level code is handed to the event loop as its first callback.";
      case 'async-call':
        if (next?.type === 'started' && next.id === e.id)
          return `${call} is called: under js an async function's body runs at once, inside the call, up to its first \`await\`.`;
        return `${call} is called.`;
      case 'coroutine':
        if (e.name === '<module>')
          return 'The top-level code uses `await`, so it becomes a coroutine (`<module>`) that the event loop will run as a Task.';
        if (!e.traced) return `Library code creates the coroutine ${n}.`;
        // `await f()`: the coroutine is created and driven at once (its start comes next).
        if (next?.type === 'started' && next.id === e.id) return `${call} is called: this creates a coroutine, which is awaited at once.`;
        if (this.model === 'promisio')
          return next?.type === 'invocation' && next.kind === 'task' && next.name === e.name
            ? `${call} is called: promisio's wrapper makes a coroutine and schedules it as a Task — its body does not run yet.`
            : `${call} is called: this creates a coroutine — nothing runs yet.`;
        return `${call} is called: under ${this.model} this only creates a coroutine — nothing runs yet.`;
      case 'task':
        return `A Task is created to run ${n}.`;
      case 'promise':
        if (this.model === 'promisio' && e.name === 'Promise') return 'A promisio Promise is created (it wraps a pending asyncio future).';
        if (this.family === 'asyncio') return `A pending future is created (${n}).`;
        return e.name === 'Promise' ? 'A new pending Promise is created.' : `A new Promise is created (${n}).`;
      case 'callback':
        return this.family === 'js' ? `A reaction ${n} is registered.` : `A callback ${n} is created.`;
      case 'function':
        return `${n} is called.`;
      case 'timer':
      case 'microtask':
        // Its enqueue, which comes next, says where it waits.
        return next?.type === 'enqueue' && next.item === e.id ? undefined : `${cap(this.who(e.id))} is created.`;
    }
  }

  private onStarted(e: Extract<EngineEvent, { type: 'started' }>, i: number): string | undefined {
    const inv = this.invocations.get(e.id);
    const prev = this.prev(i);
    const fromQueue = prev?.type === 'dequeue' && prev.item === e.id ? prev.queue : undefined;
    if (!inv) return 'An invocation starts.';
    const n = code(inv.name);
    if (this.family === 'asyncio') {
      if (inv.kind === 'task') {
        if (fromQueue === 'ready') return `${cap(this.who(e.id))} is taken from the ready queue and starts: ${n} begins its first step.`;
        if (this.model === 'python-eager')
          return `${cap(this.who(e.id))} starts at once, inside the call that created it (eager task factory): ${n} runs up to its first suspension.`;
        return `${cap(this.who(e.id))} starts.`;
      }
      if (inv.kind === 'coroutine') {
        // The coroutine a Task steps starts inside the Task's start: that caption said it.
        if (prev?.type === 'started' && this.invocations.get(prev.id)?.kind === 'task' && this.invocations.get(prev.id)?.name === inv.name)
          return undefined;
        // A coroutine that is not a Task's starts when the one running awaits it (§2.2).
        const by = this.awaitedBy.get(e.id) ?? this.stack.at(-1);
        if (by !== undefined && this.invocations.get(by)?.kind === 'coroutine')
          return `${cap(this.name(by))} awaits the coroutine ${n} directly, so its body starts now, inside the same Task — no queue is involved.`;
        return `${n}'s body starts running.`;
      }
      if (inv.kind === 'main')
        return fromQueue === 'ready'
          ? 'The loop takes the top-level code from the ready queue and runs it.'
          : 'The top-level code starts running.';
      if (fromQueue === 'ready') return `The event loop takes ${this.who(e.id)} from the ready queue and runs it.`;
      return `${cap(this.who(e.id))} runs.`;
    }
    switch (inv.kind) {
      case 'main':
        return 'The main script starts running; no promise job runs until it finishes or reaches an `await`.';
      case 'async-call':
        return `${n}'s body starts running, synchronously inside the call.`;
      case 'timer':
        return fromQueue === 'timer' ? `${cap(this.who(e.id))} runs: a macrotask of Node's timers phase.` : `${cap(this.who(e.id))} runs.`;
      case 'callback':
      case 'microtask':
        return fromQueue === 'microtask'
          ? `${cap(this.who(e.id))} runs as a microtask (the next job in the job queue).`
          : fromQueue === 'nextTick'
            ? `${cap(this.who(e.id))} runs from the process.nextTick queue.`
            : `${cap(this.who(e.id))} runs.`;
      default:
        return `${cap(this.who(e.id))} starts.`;
    }
  }

  private onAwaited(e: Extract<EngineEvent, { type: 'awaited' }>, i: number): string | undefined {
    const inv = this.invocations.get(e.id);
    const what = code(e.what);
    const at = lineOf(e.loc);
    if (this.family === 'asyncio') {
      if (inv?.kind === 'task') {
        // An eager Task (§3) suspends back into the code that created it, not into the loop.
        const creator = this.below(e.id);
        const then =
          creator !== undefined ? `control returns to ${this.who(creator)}, which goes on` : 'the event loop runs the next ready callback';
        return `${cap(this.who(e.id))} suspends until ${what} is done${at}, and ${then}.`;
      }
      // The Task that runs this coroutine suspends on the same await next: its caption says both.
      const next = this.next(i);
      if (
        next?.type === 'awaited' &&
        this.invocations.get(next.id)?.kind === 'task' &&
        next.what === e.what &&
        next.loc?.line === e.loc?.line
      )
        return undefined;
      return `${cap(this.name(e.id))} reaches \`await\`${at} and waits for ${what}.`;
    }
    // js: after this await the stack shows who runs next (the caller, or the job queue).
    const caller = this.below(e.id);
    const then =
      caller !== undefined
        ? `control returns to ${this.who(caller)}, which goes on`
        : 'the engine goes on with the next job in the microtask queue, or the event loop';
    return `${cap(this.name(e.id))} suspends at \`await\`${at} on ${what}: ${then}.`;
  }

  private onResumed(e: Extract<EngineEvent, { type: 'resumed' }>, i: number): string {
    const inv = this.invocations.get(e.id);
    const prev = this.prev(i);
    const fromQueue = prev?.type === 'dequeue' && prev.item === e.id ? prev.queue : undefined;
    const because = e.by !== undefined ? `: ${this.who(e.by)} is done` : '';
    if (this.family === 'asyncio') {
      if (inv?.kind === 'task')
        return fromQueue === 'ready'
          ? `${cap(this.who(e.id))} is taken from the ready queue and resumes${because}.`
          : `${cap(this.who(e.id))} resumes${because}.`;
      return `${cap(this.name(e.id))} continues after its \`await\`.`;
    }
    if (fromQueue === 'microtask')
      return `${cap(this.name(e.id))} resumes after its \`await\`: a microtask job continues it${e.by !== undefined ? ` (${this.who(e.by)} settled)` : ''}.`;
    return `${cap(this.name(e.id))} resumes after its \`await\`.`;
  }

  private onSettled(id: number, value: string, ok: boolean): string {
    const inv = this.invocations.get(id);
    const kind = inv?.kind;
    const v = code(value);
    if (kind === 'main') return this.family === 'js' ? 'The main script finishes.' : "The program's top-level code finishes.";
    if (this.family === 'asyncio') {
      if (kind === 'task') return ok ? `${cap(this.who(id))} is done (result ${v}).` : `${cap(this.who(id))} fails with ${v}.`;
      if (kind === 'coroutine') return ok ? `${cap(this.name(id))} returns ${v}.` : `${cap(this.name(id))} raises ${v}.`;
      if (kind === 'timer') return ok ? `${cap(this.who(id))} is done.` : `${cap(this.who(id))} fails with ${v}.`;
      return ok ? `${cap(this.who(id))} is done (result ${v}).` : `${cap(this.who(id))} fails with ${v}.`;
    }
    if (kind === 'async-call')
      return ok
        ? `${cap(this.name(id))} returns ${v}: its Promise resolves.`
        : `${cap(this.name(id))} throws: its Promise rejects with ${v}.`;
    if (kind === 'promise') return ok ? `${cap(this.who(id))} resolves with ${v}.` : `${cap(this.who(id))} rejects with ${v}.`;
    return ok ? `${cap(this.who(id))} finishes.` : `${cap(this.who(id))} throws ${v}.`;
  }

  private onEnqueue(e: Extract<EngineEvent, { type: 'enqueue' }>, i: number): string {
    const label = code(e.label);
    const inv = this.invocations.get(e.item);
    const prev = this.prev(i);
    switch (e.queue) {
      case 'timer':
        return this.family === 'js'
          ? `${label} is put on Node's timer list: its callback is a macrotask due at ${e.due === undefined ? '?' : ms(e.due)} ms.`
          : `${label} is scheduled with call_later: it waits on the event loop's timer heap until ${e.due === undefined ? '?' : ms(e.due)} ms.`;
      case 'ready':
        if (prev?.type === 'dequeue' && prev.queue === 'timer' && prev.item === e.item)
          return `Its time has come, so the loop moves ${label} from the timer heap to the ready queue.`;
        if (inv?.kind === 'task') return `${cap(this.who(e.item))} is scheduled with call_soon: it joins the ready queue.`;
        return `${label} is scheduled with call_soon: it joins the ready queue.`;
      case 'microtask':
        return `${label} is queued as a microtask (a job in the job queue).`;
      case 'nextTick':
        return `${label} is queued on Node's process.nextTick queue.`;
      case 'macrotask':
        return `${label} is queued as a macrotask.`;
    }
  }

  private onDequeue(e: Extract<EngineEvent, { type: 'dequeue' }>, i: number): string | undefined {
    const next = this.next(i);
    // The start or resumption that follows says "taken from the ... queue".
    if ((next?.type === 'started' || next?.type === 'resumed') && next.id === e.item && e.queue !== 'timer') return undefined;
    const label = code(this.labels.get(e.item) ?? this.invocations.get(e.item)?.name ?? 'callback');
    switch (e.queue) {
      case 'timer':
        if (this.family === 'js') return `The timer ${label} is due: Node's timers phase takes it.`;
        return next?.type === 'enqueue' && next.item === e.item ? undefined : `The timer ${label} is due.`;
      case 'ready':
        return `The event loop takes ${label} from the ready queue and runs it.`;
      case 'microtask':
        return `The job queue runs ${label} (a microtask).`;
      case 'nextTick':
        return `Node runs ${label} from the process.nextTick queue.`;
      case 'macrotask':
        return `The event loop runs the macrotask ${label}.`;
    }
  }

  private onError(e: Extract<EngineEvent, { type: 'error' }>): string {
    switch (e.errorKind) {
      case 'syntax':
        return `The snippet cannot be read, so nothing runs: ${e.text}`;
      case 'unsupported':
        return `The engine stops: ${e.text}`;
      case 'uncaught-exception':
        return `An uncaught error ends the run: ${e.text}`;
      case 'unhandled-rejection':
        return `A rejected Promise that nothing handled ends the run: ${e.text}`;
      case 'cancelled':
        return 'The run was stopped.';
      default:
        return `The run stops: ${e.text}`;
    }
  }
}

/** Milliseconds as a reader wants them: at most three decimals (the clock's float noise dropped). */
function ms(t: number): string {
  return String(Number(t.toFixed(3)));
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The narration of one model's recording: a caption for every event a reader should notice, in order. */
export function narrate(events: NarratedEvents, model: ModelName): NarrationLine[] {
  return new Narrator(events, model).run();
}

/** Index in `lines` of the caption shown once the first `count` events are revealed (-1: none yet). */
export function captionIndexAt(lines: readonly NarrationLine[], count: number): number {
  // The last line whose event is among the first `count` (seq < count): binary search.
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.seq < count) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** One narration line as the CLI and the golden files print it: `seq: text`. */
export function formatNarrationLine(line: NarrationLine): string {
  return `${line.seq}: ${line.text}`;
}
