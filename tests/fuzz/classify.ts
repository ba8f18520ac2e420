/**
 * One fuzz input under both front-ends and all four models, in this process, and what
 * each run came to. A run may end any way a program can — output, a user-level error,
 * a syntax error, an unsupported construct, a budget — but never with an engine fault:
 *   - `internal`: the engine reported an internal error, or a host exception escaped it;
 *   - `recursion`: the host stack ran out instead of the language's own recursion error;
 *   - `memory`: the heap grew past the cap while the input ran;
 *   - `hang` (found by the watchdog in main.ts): a run outlived its time budget.
 */
import { getHeapStatistics } from 'node:v8';
import { runProgram, parseSource } from '../../src/engine/engine';
import { EngineError } from '../../src/engine/errors';
import { MODEL_NAMES, type ModelName } from '../../src/engine/names';
import type { Lang } from '../../src/engine/names';

export type FaultKind = 'internal' | 'recursion' | 'memory' | 'hang';

export interface Fault {
  kind: FaultKind;
  frontEnd: Lang;
  model: ModelName;
  message: string;
}

export interface Classified {
  /** How many runs ended each way ('ok', 'uncaught-exception', 'syntax', ...). */
  outcomes: Record<string, number>;
  faults: Fault[];
}

/**
 * Limits for one fuzz run. A run stopped by its budget is checked for *how* it stops (the
 * budget's own message, see BUDGET_MESSAGE), not for how far it got, so the step budget is
 * far below the playground's: 20,000 steps is more than all but a few runs need (on the
 * first 3,000 inputs of the slice's seed, 6 of ~3,400 runs that got past parsing went
 * further, the longest to 100,000), and it stops promisio's unbounded async recursion
 * (10–30 µs a step, its heap growing) after 0.1–0.3 s instead of at the 1 s time budget:
 * such runs were about a third of the slice's time on an idle machine (issue 10). Steps,
 * unlike time, stop a run at the same point however loaded the machine is; the time budget
 * is a backstop.
 */
export const RUN_LIMITS = { budget: 20_000, timeBudgetMs: 1_000, maxEvents: 20_000 };

/**
 * How a budget may stop a run: the step, time or memory budget's message (runtime/realm.ts),
 * or a host allocation refused as the program's runtime would refuse it (engine.ts).
 */
const BUDGET_MESSAGE =
  /^(?:(Step|Time|Memory) budget exhausted|MemoryError|RangeError: (?:Invalid (?:string|array|typed array) length|allocation failed))/;
const HEAP_CAP_BYTES = 1.5 * 1024 ** 3;

/**
 * Run `source` under both front-ends and all four models, or only under `only.frontEnd`
 * (and `only.model`, when given).
 */
export function classify(
  source: string,
  only?: { frontEnd: Lang; model?: ModelName },
  /** Told which run is about to start (model null: the front-end's parse), so a watchdog can name the run a lost worker was in. */
  onRun?: (frontEnd: Lang, model: ModelName | null) => void,
): Classified {
  const outcomes: Record<string, number> = {};
  const faults: Fault[] = [];
  const count = (k: string, n = 1) => (outcomes[k] = (outcomes[k] ?? 0) + n);
  for (const frontEnd of only ? [only.frontEnd] : (['py', 'js'] as const)) {
    const models = only?.model ? [only.model] : MODEL_NAMES;
    // A text the front-end rejects is rejected the same way under every model (the engine
    // parses before it builds anything), so it is parsed once here.
    onRun?.(frontEnd, null);
    try {
      parseSource(source, frontEnd);
    } catch (e) {
      if (e instanceof EngineError && (e.kind === 'syntax' || e.kind === 'unsupported')) {
        count(e.kind, models.length);
        continue;
      }
      for (const model of models) faults.push({ kind: faultOf(e), frontEnd, model, message: describe(e) });
      continue;
    }
    for (const model of models) {
      onRun?.(frontEnd, model);
      try {
        const r = runProgram(source, { lang: frontEnd, model, ...RUN_LIMITS });
        if (r.errorKind === 'internal' || r.errorKind === 'recursion') {
          faults.push({ kind: r.errorKind, frontEnd, model, message: r.error ?? '' });
        } else if (r.errorKind === 'budget') {
          const how = BUDGET_MESSAGE.exec(r.error ?? '');
          if (how) count(`budget (${how[1]?.toLowerCase() ?? 'memory'})`);
          else faults.push({ kind: 'internal', frontEnd, model, message: `stopped by a budget without its message: ${r.error}` });
        } else count(r.errorKind ?? 'ok');
      } catch (e) {
        faults.push({ kind: faultOf(e), frontEnd, model, message: `escaped the engine: ${describe(e)}` });
      }
      // The V8 figure, not process.memoryUsage(): that one also reads the resident set
      // from the OS, a system call per run that cost the fuzzer a tenth of its time.
      const heapUsed = getHeapStatistics().used_heap_size;
      if (heapUsed > HEAP_CAP_BYTES) {
        faults.push({ kind: 'memory', frontEnd, model, message: `heap at ${(heapUsed / 2 ** 20).toFixed(0)} MB` });
      }
    }
  }
  return { outcomes, faults };
}

function faultOf(e: unknown): FaultKind {
  return e instanceof RangeError && /call stack/i.test(e.message) ? 'recursion' : 'internal';
}

function describe(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}
