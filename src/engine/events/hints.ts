/**
 * Hints for the errors and surprises a model causes on purpose (issue 8): one table of
 * rules, each `{ id, models, find }`, where `find` reads one model's recorded events (and
 * the snippet's text, to quote the line it points at) and returns where the hint belongs
 * and what it says. Nothing here re-runs or re-parses the program: a rule matches only
 * what the recording shows (an error event, a warning event, the order of prints).
 * tests/events/hints.test.ts builds each rule's case from a real engine run.
 */
import type { ModelName } from '../names';
import type { EngineEvent, EngineEventType, Pos } from './types';

export interface HintInput {
  model: ModelName;
  /** The snippet's text (hints quote the call on the line they point at). */
  source: string;
  /** Read in one pass, in order (an array, or the page's packed recording). */
  events: Iterable<EngineEvent>;
}

export interface Hint {
  /** The rule's id (stable: tests and `data-hint` use it). */
  rule: string;
  model: ModelName;
  /** Where the hint belongs in the snippet (line 1-based, col 0-based). */
  loc: Pos;
  /** Plain words; code is wrapped in backticks. */
  message: string;
}

export interface HintRule {
  id: string;
  /** The models whose recordings the rule reads. */
  models: readonly ModelName[];
  /** What the rule is about, for the table's readers. */
  about: string;
  /** The event types `find` looks at: it is handed only those (hintsFor). */
  reads: ReadonlySet<EngineEventType>;
  /** `events` holds the `reads` types only; `recording` is the whole recording (hintsFor). */
  find(input: HintInput & { recording: Iterable<EngineEvent> }): { loc: Pos; message: string }[];
}

const userLoc = (loc: Pos | undefined): Pos | undefined => (loc && !loc.file ? { line: loc.line, col: loc.col } : undefined);

/** The text of line `line` (1-based) of the snippet. */
const lineText = (source: string, line: number): string => source.split('\n')[line - 1] ?? '';

/** The call `asyncio.run(<inner>)` on a line, as written, if there is one. */
function asyncioRunCall(text: string): { inner: string } | undefined {
  const m = /\basyncio\.run\((.*)\)/.exec(text);
  return m ? { inner: m[1]!.trim() } : undefined;
}

/** The first line after `line` that starts a top-level statement (not blank, not indented, not a comment). */
function nextTopLevelLine(source: string, line: number): Pos | undefined {
  const lines = source.split('\n');
  for (let i = line; i < lines.length; i++) {
    const text = lines[i]!;
    if (text.trim() !== '' && !/^\s/.test(text) && !/^(#|\/\/)/.test(text)) return { line: i + 1, col: 0 };
  }
  return undefined;
}

/** Invocation facts a rule needs, by id. */
function invocations(events: Iterable<EngineEvent>) {
  const byId = new Map<number, Extract<EngineEvent, { type: 'invocation' }>>();
  for (const e of events) if (e.type === 'invocation') byId.set(e.id, e);
  return byId;
}

export const HINT_RULES: readonly HintRule[] = [
  {
    id: 'promisio-asyncio-run',
    models: ['promisio'],
    reads: new Set(['error']),
    about:
      'promisio: a promisified main() schedules a Task at the call, which needs a running loop, so `asyncio.run(main())` fails before asyncio.run starts one (docs/semantics.md §4, promisify)',
    find({ source, events }) {
      const out: { loc: Pos; message: string }[] = [];
      for (const e of events) {
        if (e.type !== 'error' || !e.text.startsWith('RuntimeError: no running event loop')) continue;
        const loc = userLoc(e.loc);
        const call = loc && asyncioRunCall(lineText(source, loc.line));
        if (!loc || !call) continue;
        out.push({
          loc,
          message: `promisio runs a promisified main with \`promisio.run(${call.inner})\`: calling it already schedules a Task, which needs the running loop that \`asyncio.run\` has not started yet.`,
        });
      }
      return out;
    },
  },
  {
    id: 'promisio-create-task-promise',
    models: ['promisio'],
    reads: new Set(['error']),
    about:
      'promisio: a promisified call already returns a Promise over a scheduled Task, and asyncio.create_task accepts only a coroutine (docs/semantics.md §4, promisify)',
    find({ source, events }) {
      for (const e of events) {
        if (e.type !== 'error' || !/^TypeError: a coroutine was expected, got <promisio\.\w*Promise /.test(e.text)) continue;
        const loc = userLoc(e.loc);
        const call = loc && /\basyncio\.create_task\((.*)\)/.exec(lineText(source, loc.line));
        if (!loc || !call) continue;
        return [
          {
            loc,
            message: `Under promisio \`${call[1]!.trim()}\` already returns a Promise whose Task is scheduled, and \`asyncio.create_task\` takes only a coroutine: keep the Promise (\`await\` it later) without \`create_task\`.`,
          },
        ];
      }
      return [];
    },
  },
  {
    id: 'js-asyncio-run-returns',
    models: ['js'],
    reads: new Set(['invocation', 'resolved', 'rejected', 'print']),
    about:
      "js: the asyncio shim's run() cannot block the script; it returns a Promise at once, so the lines after it run while main is still waiting (docs/semantics.md §1.2)",
    find({ source, events }) {
      // Only a call on a line holding `asyncio.run(` can be pending: without one, nothing to read.
      if (!/\basyncio\.run\(/.test(source)) return [];
      const byId = invocations(events);
      const pending = new Set<number>();
      for (const e of events) {
        if (e.type === 'invocation' && e.kind === 'async-call' && e.loc && !e.loc.file) {
          const parent = e.parent === undefined ? undefined : byId.get(e.parent);
          if (parent?.kind === 'main' && asyncioRunCall(lineText(source, e.loc.line))) pending.add(e.id);
        }
        if ((e.type === 'resolved' || e.type === 'rejected') && pending.has(e.id)) pending.delete(e.id);
        // The first line the script prints while main is still pending is the surprise.
        if (e.type === 'print' && e.id !== undefined && byId.get(e.id)?.kind === 'main' && pending.size > 0) {
          const waiting = byId.get([...pending][0]!)!;
          const runLine = waiting.loc!.line;
          const call = asyncioRunCall(lineText(source, runLine))!;
          // The shim's print records its own position; the script's next statement is then the
          // first top-level line after the asyncio.run call.
          const loc = userLoc(e.loc) ?? nextTopLevelLine(source, runLine);
          if (!loc) return [];
          return [
            {
              loc,
              message: `Under js \`asyncio.run(${call.inner})\` returns at once (a Promise): \`${waiting.name}\` is still waiting, so this line runs before it finishes.`,
            },
          ];
        }
      }
      return [];
    },
  },
  {
    id: 'python-never-awaited',
    models: ['python', 'python-eager'],
    reads: new Set(['warning']),
    about: 'python: calling an async def only creates a coroutine; one never awaited never runs (docs/semantics.md §2.2, §2.10)',
    find({ source, events, recording }) {
      // The invocations are read only once such a warning shows up (most recordings have none):
      // read with the warnings, a call_soon flood's 250k invocations per model were decoded for
      // nothing (issue 10: bench:ui's key presses after a four-model flood stopped).
      let byId: ReturnType<typeof invocations> | undefined;
      const out: { loc: Pos; message: string }[] = [];
      for (const e of events) {
        if (e.type !== 'warning' || e.id === undefined || !/^RuntimeWarning: coroutine '.*' was never awaited$/.test(e.text)) continue;
        byId ??= invocations(only(recording, INVOCATIONS));
        const created = byId.get(e.id);
        const loc = userLoc(created?.loc);
        if (!created || !loc) continue;
        // The recorded position spans the call when the front-end gave its end (same line only).
        const span = created.loc as Pos & { endLine?: number; endCol?: number };
        const end = span.endLine === loc.line ? span.endCol : undefined;
        const callText = (end !== undefined ? lineText(source, loc.line).slice(loc.col, end) : '') || `${created.name}(...)`;
        out.push({
          loc,
          message: `\`${callText}\` only creates a coroutine, and nothing awaits it, so \`${created.name}\`'s body never runs: write \`await ${callText}\` or \`asyncio.create_task(${callText})\`.`,
        });
      }
      return out;
    },
  },
  {
    id: 'python-then-on-coroutine',
    models: ['python', 'python-eager'],
    reads: new Set(['error']),
    about: 'python: a call of an async def returns a coroutine, which has no JavaScript `then` (docs/semantics.md §2.2)',
    find({ events }) {
      for (const e of events) {
        if (e.type !== 'error' || !e.text.startsWith("AttributeError: 'coroutine' object has no attribute")) continue;
        const loc = userLoc(e.loc);
        const attr = /attribute '(\w+)'/.exec(e.text)?.[1] ?? 'then';
        if (loc)
          return [
            {
              loc,
              message: `Under python an async call returns a coroutine, not a Promise, so it has no \`${attr}\`: \`await\` it (or wrap it in \`asyncio.create_task\` and use \`add_done_callback\`).`,
            },
          ];
      }
      return [];
    },
  },
];

const INVOCATIONS: ReadonlySet<EngineEventType> = new Set(['invocation']);

/** A recording that says an event's type without decoding it (the page's packed one: src/ui/state/history.ts). */
interface TypedEvents {
  readonly length: number;
  typeAt(i: number): EngineEventType | undefined;
  at(i: number): EngineEvent | undefined;
}

function isTyped(events: Iterable<EngineEvent>): events is Iterable<EngineEvent> & TypedEvents {
  const t = events as Partial<TypedEvents>;
  return typeof t.typeAt === 'function' && typeof t.at === 'function' && typeof t.length === 'number';
}

/**
 * The events of `types` only, as an iterable that can be read more than once. A packed
 * recording decodes only those: a rule reads a few kinds of events, and decoding each of a
 * 1M-event run's events for every rule took the page about a second (issue 10).
 */
function only(events: Iterable<EngineEvent>, types: ReadonlySet<EngineEventType>): Iterable<EngineEvent> {
  if (isTyped(events))
    return {
      *[Symbol.iterator]() {
        for (let i = 0; i < events.length; i++) if (types.has(events.typeAt(i)!)) yield events.at(i)!;
      },
    };
  return {
    *[Symbol.iterator]() {
      for (const e of events) if (types.has(e.type)) yield e;
    },
  };
}

/** Every hint the rules find in one model's recording, in rule order. */
export function hintsFor(input: HintInput): Hint[] {
  const out: Hint[] = [];
  for (const rule of HINT_RULES) {
    if (!rule.models.includes(input.model)) continue;
    for (const h of rule.find({ ...input, events: only(input.events, rule.reads), recording: input.events }))
      out.push({ rule: rule.id, model: input.model, ...h });
  }
  return out;
}
