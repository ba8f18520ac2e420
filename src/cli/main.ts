/**
 * Command line: `npm run cli -- run [--model M] [--json] [--events] [--prelude FILE] [--budget STEPS] [--heap-limit MB] [--js-mode auto|commonjs|module] FILE...`
 * `npm run cli -- trace [--model M] [--prelude FILE] FILE` and `npm run cli -- narrate [--model M] FILE`.
 *
 * The language of each file comes from its extension (.py / .js). Without flags the
 * program's output is printed as the runtime would print it (stdout, and what it wrote to
 * stderr in between, in the order written; then warnings and the uncaught error on stderr). `--json` prints one line per file in the shape of a
 * model entry of the conformance expectations; `--events` prints the event stream as
 * JSON lines. `trace` prints the program's lane trace, one `name#k event` line per start,
 * suspension, resumption and completion of its async functions (src/engine/events/trace.ts),
 * then the run's error, if any, on stderr.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { runProgram } from '../engine/engine';
import type { ModelName, PreludeSource } from '../engine/api';
import { formatNarrationLine, formatTraceEntry, hintsFor, laneTrace, narrate } from '../engine/api';
import { parseArgs, langOf, type CliOptions } from './args';

function main(argv: string[]): number {
  let opts: CliOptions;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
  let prelude: PreludeSource | undefined;
  if (opts.prelude) {
    prelude = { source: readFileSync(opts.prelude, 'utf8'), lang: langOf(opts.prelude), name: basename(opts.prelude) };
  }
  let status = 0;
  for (const file of opts.files) {
    const lang = langOf(file);
    const model: ModelName = opts.model ?? (lang === 'py' ? 'python' : 'js');
    const source = readFileSync(file, 'utf8');
    const tracing = opts.command !== 'run';
    const r = runProgram(source, {
      lang,
      model,
      prelude,
      recordEvents: opts.events || tracing,
      budget: opts.budget,
      heapLimitBytes: opts.heapLimitMb === undefined ? undefined : opts.heapLimitMb * 2 ** 20,
      jsMode: opts.jsMode,
    });
    if (r.error) status = 1;
    if (opts.command === 'narrate') {
      for (const line of narrate(r.events, model)) process.stdout.write(formatNarrationLine(line) + '\n');
      for (const h of hintsFor({ model, source, events: r.events })) process.stdout.write(`hint (line ${h.loc.line}): ${h.message}\n`);
      if (r.eventsTruncated) process.stderr.write('(the recording was truncated: the narration is incomplete)\n');
      continue;
    }
    if (tracing) {
      for (const t of laneTrace(r.events)) process.stdout.write(formatTraceEntry(t) + '\n');
      if (r.eventsTruncated) process.stderr.write('(the recording was truncated: the trace is incomplete)\n');
      if (r.error) process.stderr.write(r.error + '\n');
      continue;
    }
    if (opts.events) {
      for (const e of r.events) process.stdout.write(JSON.stringify(e) + '\n');
    }
    if (opts.json) {
      const mode = model === 'js' ? { mode: r.mode, mode_reason: r.modeReason } : {};
      const stderr = r.stderr.length > 0 ? { stderr: r.stderr } : {};
      process.stdout.write(
        JSON.stringify({ file, model, ...mode, stdout: r.stdout, ...stderr, error: r.error, warnings: r.warnings }) + '\n',
      );
    } else if (!opts.events) {
      // stdout and stderr in the order the program wrote them, as a terminal shows the two.
      let e = 0;
      const errUpTo = (n: number) => {
        for (; e < r.stderr.length && r.stderrAt[e]! <= n; e++) process.stderr.write(r.stderr[e] + '\n');
      };
      r.stdout.forEach((line, i) => {
        errUpTo(i);
        process.stdout.write(line + '\n');
      });
      errUpTo(Infinity);
      for (const w of r.warnings) process.stderr.write(w + '\n');
      if (r.error) process.stderr.write(r.error + '\n');
    }
  }
  return status;
}

process.exitCode = main(process.argv.slice(2));
