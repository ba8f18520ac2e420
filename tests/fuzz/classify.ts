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

/** Limits for one fuzz run: enough for every corpus program, small enough for thousands of inputs. */
export const RUN_LIMITS = { budget: 300_000, timeBudgetMs: 1_000, maxEvents: 20_000 };
const HEAP_CAP_BYTES = 1.5 * 1024 ** 3;

/**
 * Run `source` under both front-ends and all four models, or only under `only.frontEnd`
 * (and `only.model`, when given).
 */
export function classify(source: string, only?: { frontEnd: Lang; model?: ModelName }): Classified {
  const outcomes: Record<string, number> = {};
  const faults: Fault[] = [];
  const count = (k: string, n = 1) => (outcomes[k] = (outcomes[k] ?? 0) + n);
  for (const frontEnd of only ? [only.frontEnd] : (['py', 'js'] as const)) {
    const models = only?.model ? [only.model] : MODEL_NAMES;
    // A text the front-end rejects is rejected the same way under every model (the engine
    // parses before it builds anything), so it is parsed once here.
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
      try {
        const r = runProgram(source, { lang: frontEnd, model, ...RUN_LIMITS });
        if (r.errorKind === 'internal' || r.errorKind === 'recursion') {
          faults.push({ kind: r.errorKind, frontEnd, model, message: r.error ?? '' });
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
