/**
 * What the playground asks the engine worker for one run: the step, event, output and time
 * budgets of an interactive run (src/worker/protocol.ts). One function, so that the build's
 * prerecording of the default example (build/default-recording.ts) runs with exactly the
 * options the page's own live run uses.
 */
import type { JsModeOption, Lang, ModelName } from '../engine/api';
import { UI_MAX_EVENTS, UI_MAX_OUTPUT_LINES, UI_STEP_BUDGET, UI_TIME_BUDGET_MS } from '../worker/protocol';
import type { RunSpec } from './runClient';

export function uiRunSpec(
  source: string,
  lang: Lang,
  models: ModelName[],
  jsMode: JsModeOption = 'auto',
  timeBudgetMs: number = UI_TIME_BUDGET_MS,
  stepBudget: number = UI_STEP_BUDGET,
): RunSpec {
  return {
    source,
    lang,
    models,
    budget: stepBudget,
    maxEvents: Math.floor(UI_MAX_EVENTS / Math.max(1, models.length)),
    maxOutputLines: UI_MAX_OUTPUT_LINES,
    timeBudgetMs,
    jsMode,
  };
}
