/** Command-line argument parsing (kept apart from main.ts so tests can import it without running anything). */
import { extname } from 'node:path';
import { type Lang, isModelName, MODEL_NAMES, type ModelName, isJsModeOption, JS_MODE_OPTIONS, type JsModeOption } from '../engine/api';

export interface CliOptions {
  /**
   * `run`: the program's output; `trace`: its lane trace (src/engine/events/trace.ts);
   * `narrate`: its narration, one caption per event (src/engine/events/narration.ts), then its hints.
   */
  command: 'run' | 'trace' | 'narrate';
  model?: ModelName;
  json: boolean;
  events: boolean;
  prelude?: string;
  budget?: number;
  /** --heap-limit MB: the run's heap cap (RunOptions.heapLimitBytes). */
  heapLimitMb?: number;
  /** Under `js`: Node's way of running the file (default auto: top-level await or import/export → module). */
  jsMode: JsModeOption;
  files: string[];
}

export const USAGE = `usage: npm run cli -- run [--model ${MODEL_NAMES.join('|')}] [--json] [--events] [--prelude FILE] [--budget STEPS] [--heap-limit MB] [--js-mode ${JS_MODE_OPTIONS.join('|')}] FILE...
       npm run cli -- trace [--model ${MODEL_NAMES.join('|')}] [--prelude FILE] [--budget STEPS] [--heap-limit MB] FILE
       npm run cli -- narrate [--model ${MODEL_NAMES.join('|')}] [--prelude FILE] [--budget STEPS] [--heap-limit MB] FILE`;

export function langOf(file: string): Lang {
  const ext = extname(file).toLowerCase();
  if (ext === '.py') return 'py';
  if (ext === '.js' || ext === '.mjs') return 'js';
  throw new Error(`cannot tell the language of ${file}: use a .py or .js file`);
}

export function parseArgs(argv: string[]): CliOptions {
  const [cmd, ...rest] = argv;
  if (cmd !== 'run' && cmd !== 'trace' && cmd !== 'narrate') throw new Error(USAGE);
  const o: CliOptions = { command: cmd, json: false, events: false, jsMode: 'auto', files: [] };
  const queue = [...rest];
  const next = () => queue.shift();
  for (let a = next(); a !== undefined; a = next()) {
    if (a === '--json' && cmd === 'run') o.json = true;
    else if (a === '--events' && cmd === 'run') o.events = true;
    else if (a === '--model') {
      const m = next();
      if (!m || !isModelName(m)) throw new Error(`--model takes one of ${MODEL_NAMES.join(', ')}`);
      o.model = m;
    } else if (a === '--prelude') {
      o.prelude = next();
      if (!o.prelude) throw new Error('--prelude takes a file');
    } else if (a === '--js-mode') {
      const m = next();
      if (!m || !isJsModeOption(m)) throw new Error(`--js-mode takes one of ${JS_MODE_OPTIONS.join(', ')}`);
      o.jsMode = m;
    } else if (a === '--budget') {
      o.budget = Number(next());
      if (!Number.isFinite(o.budget) || o.budget <= 0) throw new Error('--budget takes a positive number of steps');
    } else if (a === '--heap-limit') {
      o.heapLimitMb = Number(next());
      if (!Number.isFinite(o.heapLimitMb) || o.heapLimitMb <= 0) throw new Error('--heap-limit takes a positive number of megabytes');
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}\n${USAGE}`);
    else o.files.push(a);
  }
  if (o.files.length === 0 || (cmd !== 'run' && o.files.length !== 1)) throw new Error(USAGE);
  return o;
}
