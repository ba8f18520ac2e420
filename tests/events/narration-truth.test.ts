/**
 * Captions must be true of what the model recorded (issue 8). Each rule below pairs a claim
 * a caption can make (a phrase) with what the events must show for it to be true; every
 * caption of every narration in the corpus (the five playground examples under all four
 * models, and our own cases under their language's models) is checked against its event.
 * The last test doctors a narration and expects the checker to object, so the rules can fail.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runProgram } from '../../src/engine/engine';
import { narrate, type NarrationLine } from '../../src/engine/api';
import type { EngineEvent } from '../../src/engine/events/types';
import { MODEL_NAMES, type ModelName } from '../../src/engine/names';

const QUIET = new Set(['line', 'turn']);

function neighbour(events: readonly EngineEvent[], i: number, step: 1 | -1): EngineEvent | undefined {
  for (let j = i + step; j >= 0 && j < events.length; j += step) if (!QUIET.has(events[j]!.type)) return events[j];
  return undefined;
}

interface Claim {
  what: string;
  phrase: RegExp;
  holds(e: EngineEvent, events: readonly EngineEvent[], i: number, model: ModelName, m: RegExpExecArray): boolean;
}

/** A time as a caption prints it (three decimals) is the event's time. */
const near = (t: number, shown: string) => Math.abs(t - Number(shown)) <= 0.0005;

const idOf = (e: EngineEvent): number | undefined => ('id' in e ? e.id : 'item' in e ? e.item : undefined);

const CLAIMS: Claim[] = [
  { what: 'something starts only at a started event', phrase: /\b(starts|begins)\b/, holds: (e) => e.type === 'started' },
  { what: 'a resumption only at a resumed event', phrase: /\b(resumes|continues after its)\b/, holds: (e) => e.type === 'resumed' },
  { what: 'a suspension only at an awaited event', phrase: /\b(suspends|reaches `await`)/, holds: (e) => e.type === 'awaited' },
  {
    what: '"taken from the ready queue" only right after that item was dequeued from it',
    phrase: /taken from the ready queue|takes .* from the ready queue/,
    holds: (e, events, i) => {
      if (e.type === 'dequeue') return e.queue === 'ready';
      const prev = neighbour(events, i, -1);
      return prev?.type === 'dequeue' && prev.queue === 'ready' && prev.item === idOf(e);
    },
  },
  {
    what: '"only creates a coroutine — nothing runs yet": a coroutine whose body does not start next',
    phrase: /only creates a coroutine — nothing runs yet|creates a coroutine — nothing runs yet|its body does not run yet/,
    holds: (e, events, i) => {
      const next = neighbour(events, i, 1);
      return e.type === 'invocation' && e.kind === 'coroutine' && !(next?.type === 'started' && next.id === e.id);
    },
  },
  {
    what: '"runs at once, inside the call": the started event of that call comes next',
    phrase: /body runs at once, inside the call/,
    holds: (e, events, i) => {
      const next = neighbour(events, i, 1);
      return e.type === 'invocation' && next?.type === 'started' && next.id === e.id;
    },
  },
  {
    what: 'the eager task factory is named only under python-eager, at a start no dequeue preceded',
    phrase: /eager task factory/,
    holds: (e, events, i, model) => {
      const prev = neighbour(events, i, -1);
      return model === 'python-eager' && e.type === 'started' && !(prev?.type === 'dequeue' && prev.item === e.id);
    },
  },
  {
    what: 'a printed line is the event’s text',
    phrase: /prints "(.*)"\.$/,
    holds: (e, _ev, _i, _m, m) => e.type === 'print' && e.stream !== 'stderr' && e.text === m[1],
  },
  {
    what: 'a line written to stderr is the event’s text, and went to stderr',
    phrase: /writes "(.*)" to stderr[,.]/,
    holds: (e, _ev, _i, _m, m) => e.type === 'print' && e.stream === 'stderr' && e.text === m[1],
  },
  {
    what: 'the clock moves exactly as the time event says',
    phrase: /clock moves from ([\d.]+) ms to ([\d.]+) ms/,
    holds: (e, _ev, _i, _m, m) => e.type === 'time' && near(e.from, m[1]!) && near(e.to, m[2]!),
  },
  {
    what: 'the loop waits for a timer only when a timer comes due next',
    phrase: /waits for the next timer|sleeps until the next timer/,
    holds: (e, events, i) => {
      const next = neighbour(events, i, 1);
      return e.type === 'time' && next?.type === 'dequeue' && next.queue === 'timer';
    },
  },
  {
    what: 'a timer is due when its enqueue says',
    phrase: /(?:due at|until) ([\d.]+) ms\.$/,
    holds: (e, _ev, _i, _m, m) => e.type === 'enqueue' && e.queue === 'timer' && e.due !== undefined && near(e.due, m[1]!),
  },
  {
    what: 'a microtask is queued only on the microtask queue',
    phrase: /queued as a microtask/,
    holds: (e) => e.type === 'enqueue' && e.queue === 'microtask',
  },
  {
    what: 'call_soon / the ready queue only for ready-queue entries',
    phrase: /call_soon/,
    holds: (e) => e.type === 'enqueue' && e.queue === 'ready',
  },
  {
    what: 'a return value is the recorded one',
    phrase: /returns `([^`]*)`/,
    holds: (e, _ev, _i, _m, m) => e.type === 'resolved' && e.value === m[1],
  },
  {
    what: 'the run ends at the end event’s time',
    // Captions give times to three decimals (narration.ts `ms`): 7.000000000000448 reads "7".
    phrase: /The run ends at ([\d.]+) ms/,
    holds: (e, _ev, _i, _m, m) => e.type === 'end' && Number(e.time.toFixed(3)) === Number(m[1]),
  },
  { what: 'a warning only at a warning event', phrase: /^Warning: /, holds: (e) => e.type === 'warning' },
  {
    what: 'js vocabulary (microtask, Node) never under the asyncio models, asyncio vocabulary never under js',
    phrase: /\b(microtask|Node|call_soon|call_later|ready queue|event loop's timer heap)\b/,
    holds: (_e, _ev, _i, model, m) => (model === 'js') === ['microtask', 'Node'].includes(m[1]!),
  },
];

/** The claims of `lines` that `events` contradict, as readable strings. */
function falseClaims(lines: readonly NarrationLine[], events: readonly EngineEvent[], model: ModelName): string[] {
  const index = new Map(events.map((e, i) => [e.seq, i]));
  const out: string[] = [];
  let last = -1;
  for (const line of lines) {
    const i = index.get(line.seq);
    const e = i === undefined ? undefined : events[i];
    if (!e || e.type !== line.event) {
      out.push(`${line.seq}: no ${line.event} event there`);
      continue;
    }
    if (line.seq <= last) out.push(`${line.seq}: out of order`);
    last = line.seq;
    for (const c of CLAIMS) {
      // Quoted output and code spans are the program's words, not the caption's claims.
      const text = /prints|returns|to stderr/.test(c.phrase.source) ? line.text : line.text.replace(/"[^"]*"|`[^`]*`/g, '');
      const m = c.phrase.exec(text);
      if (m && !c.holds(e, events, i!, model, m)) out.push(`${line.seq} (${e.type}): "${line.text}" — ${c.what}`);
    }
    if (e.type === 'error' && e.errorKind !== 'cancelled' && !line.text.includes(e.text))
      out.push(`${line.seq}: the error text is missing`);
  }
  return out;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PY_MODELS: ModelName[] = ['python', 'python-eager', 'promisio'];
const EXAMPLES = readdirSync(`${ROOT}src/ui/example-snippets`)
  .filter((f) => /\.(py|js)$/.test(f))
  .sort();

function corpus(): { name: string; source: string; lang: 'py' | 'js'; model: ModelName }[] {
  const out: { name: string; source: string; lang: 'py' | 'js'; model: ModelName }[] = [];
  for (const f of EXAMPLES) {
    const source = readFileSync(`${ROOT}src/ui/example-snippets/${f}`, 'utf8');
    for (const model of MODEL_NAMES) out.push({ name: `example ${f}`, source, lang: f.endsWith('.py') ? 'py' : 'js', model });
  }
  // Every third case of each language keeps the test a few seconds long on a shared machine
  // (and the stderr cases, whose captions are the only ones to say so).
  const some = (dir: string, ext: string) =>
    readdirSync(`${ROOT}tests/cases/${dir}`)
      .filter((x) => x.endsWith(ext))
      .sort()
      .filter((x, k) => k % 3 === 0 || x.startsWith('stderr_'));
  for (const f of some('py', '.py'))
    // Alternate the asyncio models across the cases: every model's wording meets many programs.
    out.push({
      name: `case py/${f}`,
      source: readFileSync(`${ROOT}tests/cases/py/${f}`, 'utf8'),
      lang: 'py',
      model: PY_MODELS[out.length % 3]!,
    });
  for (const f of some('js', '.js'))
    out.push({ name: `case js/${f}`, source: readFileSync(`${ROOT}tests/cases/js/${f}`, 'utf8'), lang: 'js', model: 'js' });
  return out;
}

describe('every caption is true of the events it narrates', () => {
  it('holds for the examples under every model and for our own cases', () => {
    const problems: string[] = [];
    let captions = 0;
    for (const c of corpus()) {
      const run = runProgram(c.source, { lang: c.lang, model: c.model, jsMode: 'auto', budget: 2_000_000, maxEvents: 20_000 });
      const lines = narrate(run.events, c.model);
      captions += lines.length;
      for (const p of falseClaims(lines, run.events, c.model)) problems.push(`${c.name} under ${c.model}: ${p}`);
    }
    expect(captions).toBeGreaterThan(5_000);
    expect(problems.slice(0, 20)).toEqual([]);
  }, 120_000);

  it('objects to a caption whose claim its event contradicts', () => {
    const source = readFileSync(`${ROOT}src/ui/example-snippets/comment_thread_puzzle.py`, 'utf8');
    const run = runProgram(source, { lang: 'py', model: 'python' });
    const lines = narrate(run.events, 'python');
    expect(falseClaims(lines, run.events, 'python')).toEqual([]);
    // A "starts" caption moved onto the invocation event before it.
    const start = lines.findIndex((l) => l.event === 'started');
    const creation = run.events.find((e) => e.type === 'invocation')!;
    const moved = lines.map((l, k) => (k === start ? { ...l, seq: creation.seq, event: 'invocation' as const } : l));
    expect(falseClaims(moved, run.events, 'python').join('\n')).toMatch(/starts only at a started event/);
    // A print caption with the wrong text, and a js word under python.
    const print = lines.findIndex((l) => l.event === 'print');
    const wrong = lines.map((l, k) => (k === print ? { ...l, text: 'x prints "nope".' } : l));
    expect(falseClaims(wrong, run.events, 'python').join('\n')).toMatch(/printed line is the event’s text/);
    expect(falseClaims(lines, run.events, 'js').join('\n')).toMatch(/vocabulary/);
  });
});
