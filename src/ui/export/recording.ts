/**
 * The recording as a JSON document (issue 8: "the recording as JSON (documented,
 * versioned)"; the format is docs/recording-format.md — keep the two in step): the snippet,
 * the link that reopens it, and for each model the events the engine recorded, exactly as
 * the panels fold them, with the run's result.
 *
 * `checkRecording` is the format's validator: the tests check exported files with it, and a
 * tool reading recordings can use it to refuse a file it does not understand.
 */
import { isModelName, type EngineEvent, type Lang, type ModelName, type RunResult } from '../../engine/api';

export const RECORDING_FORMAT = 'async-lanes-recording';
export const RECORDING_VERSION = 1;

export interface RecordingRun {
  model: ModelName;
  /** Null while the run had not finished when the recording was exported (or failed). */
  result: RecordingResult | null;
  events: EngineEvent[];
}

export type RecordingResult = Pick<
  RunResult,
  'stdout' | 'stderr' | 'error' | 'errorKind' | 'warnings' | 'virtualTime' | 'mode' | 'steps' | 'eventsTruncated' | 'outputDropped'
>;

export interface Recording {
  format: typeof RECORDING_FORMAT;
  version: typeof RECORDING_VERSION;
  /** ISO 8601 time of the export. */
  exported: string;
  /** The link fragment (`#v=2&lang=...`) that reopens this snippet under these models. */
  link: string;
  snippet: { lang: Lang; source: string; jsMode: 'auto' | 'commonjs' | 'module' };
  runs: RecordingRun[];
}

export interface RecordingInput {
  lang: Lang;
  source: string;
  jsMode?: 'auto' | 'commonjs' | 'module';
  link: string;
  runs: { model: ModelName; result?: RunResult; events: Iterable<EngineEvent> }[];
  now?: Date;
}

export function buildRecording(input: RecordingInput): Recording {
  return {
    format: RECORDING_FORMAT,
    version: RECORDING_VERSION,
    exported: (input.now ?? new Date()).toISOString(),
    link: input.link,
    snippet: { lang: input.lang, source: input.source, jsMode: input.jsMode ?? 'auto' },
    runs: input.runs.map((r) => ({
      model: r.model,
      result: r.result
        ? {
            stdout: r.result.stdout,
            stderr: r.result.stderr,
            error: r.result.error,
            errorKind: r.result.errorKind,
            warnings: r.result.warnings,
            virtualTime: r.result.virtualTime,
            mode: r.result.mode,
            steps: r.result.steps,
            eventsTruncated: r.result.eventsTruncated,
            outputDropped: r.result.outputDropped,
          }
        : null,
      events: [...r.events],
    })),
  };
}

/** The fields each event type must carry besides `type`, `seq` and `time` (src/engine/events/types.ts). */
const REQUIRED: Record<EngineEvent['type'], Record<string, 'number' | 'string'>> = {
  invocation: { id: 'number', kind: 'string', name: 'string' },
  started: { id: 'number' },
  awaited: { id: 'number', what: 'string' },
  resumed: { id: 'number' },
  resolved: { id: 'number', value: 'string' },
  rejected: { id: 'number', error: 'string' },
  cancelled: { id: 'number' },
  print: { text: 'string' },
  enqueue: { queue: 'string', item: 'number', label: 'string' },
  dequeue: { queue: 'string', item: 'number' },
  'timer-cancelled': { item: 'number' },
  time: { from: 'number', to: 'number' },
  turn: { n: 'number' },
  line: { id: 'number' },
  warning: { text: 'string' },
  race: { first: 'number', second: 'number', reason: 'string' },
  error: { text: 'string', errorKind: 'string' },
  end: { model: 'string', steps: 'number' },
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What is wrong with `doc` as a recording of this version; empty when it is one. */
export function checkRecording(doc: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(doc)) return ['not a JSON object'];
  if (doc.format !== RECORDING_FORMAT) problems.push(`format is ${JSON.stringify(doc.format)}, not "${RECORDING_FORMAT}"`);
  if (doc.version !== RECORDING_VERSION) problems.push(`version is ${JSON.stringify(doc.version)}, not ${RECORDING_VERSION}`);
  if (typeof doc.exported !== 'string' || Number.isNaN(Date.parse(doc.exported))) problems.push('exported is not a date');
  if (typeof doc.link !== 'string' || !doc.link.startsWith('#')) problems.push('link is not a fragment');
  const s = doc.snippet;
  if (
    !isObject(s) ||
    (s.lang !== 'py' && s.lang !== 'js') ||
    typeof s.source !== 'string' ||
    !['auto', 'commonjs', 'module'].includes(s.jsMode as string)
  )
    problems.push('snippet needs lang (py|js), source and jsMode (auto|commonjs|module)');
  if (!Array.isArray(doc.runs) || doc.runs.length === 0) return [...problems, 'runs is not a non-empty array'];
  doc.runs.forEach((run: unknown, r) => {
    if (!isObject(run) || typeof run.model !== 'string' || !isModelName(run.model))
      return problems.push(`runs[${r}]: model is not a model name`);
    if (run.result !== null && !(isObject(run.result) && Array.isArray(run.result.stdout) && Array.isArray(run.result.warnings)))
      problems.push(`runs[${r}]: result is neither null nor a result`);
    if (!Array.isArray(run.events)) return problems.push(`runs[${r}]: events is not an array`);
    run.events.forEach((e: unknown, i) => {
      const at = `runs[${r}].events[${i}]`;
      if (!isObject(e)) return problems.push(`${at}: not an object`);
      if (e.seq !== i) problems.push(`${at}: seq is ${JSON.stringify(e.seq)}, not ${i}`);
      if (typeof e.time !== 'number') problems.push(`${at}: time is not a number`);
      const required = REQUIRED[e.type as EngineEvent['type']];
      if (!required) return problems.push(`${at}: unknown type ${JSON.stringify(e.type)}`);
      for (const [field, type] of Object.entries(required))
        if (typeof e[field] !== type) problems.push(`${at}: ${e.type} needs ${field} (${type})`);
    });
  });
  return problems;
}
