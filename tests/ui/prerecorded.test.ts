/**
 * The default example's prerecording (build/record-default.ts, shipped by the Vite plugin in
 * build/default-recording.ts) is what a live run of the current engine records: issue 10's
 * first paint shows it before the engine worker has loaded, so it must be exactly what the
 * worker would have sent. The browser side (the page running the example live behind it and
 * keeping it only when they match) is tests/e2e/first-paint.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { createRun } from '../../src/engine/engine';
import type { EngineEvent, RunResult } from '../../src/engine/api';
import { defaultSnippet, record } from '../../build/record-default';
import { EXAMPLES } from '../../src/ui/examples';
import { DEFAULT_MODELS } from '../../src/ui/url';
import { uiRunSpec } from '../../src/ui/runSpec';
import { FoldHistory } from '../../src/ui/state/history';
import { sameRecording, type ModelRun } from '../../src/ui/useRunSession';

/** A live run of one model with the page's options, stepped directly (not through the worker's run loop). */
function liveRun(source: string, lang: 'py' | 'js', model: (typeof DEFAULT_MODELS)[number], models: number) {
  const spec = uiRunSpec(source, lang, DEFAULT_MODELS.slice(0, models));
  const run = createRun(source, {
    lang,
    model,
    budget: spec.budget,
    maxEvents: spec.maxEvents,
    maxOutputLines: spec.maxOutputLines,
    timeBudgetMs: spec.timeBudgetMs,
    jsMode: spec.jsMode ?? 'auto',
  });
  const events: EngineEvent[] = [];
  for (let done = false; !done;) {
    const step = run.step(20_000);
    events.push(...step.events);
    done = step.done || run.done;
  }
  return { events, result: run.result() };
}

const asRuns = (runs: { model: ModelRun['model']; events: EngineEvent[]; result?: RunResult }[]): ModelRun[] =>
  runs.map((r) => {
    const history = new FoldHistory();
    history.append(r.events);
    return { model: r.model, history, result: r.result };
  });

describe('the default example prerecorded at build time', () => {
  it('is the page’s default snippet', () => {
    const ex = defaultSnippet();
    expect(ex.source).toBe(EXAMPLES[0].source);
    expect(ex.lang).toBe(EXAMPLES[0].lang);
    expect(ex.models).toEqual(DEFAULT_MODELS);
  });

  it('records exactly what a live run of the current engine records, model by model', async () => {
    const { source, lang, models } = defaultSnippet();
    const pre = await record(source, lang, models);
    expect(pre.runs.map((r) => r.model)).toEqual(models);
    for (const r of pre.runs) {
      const live = liveRun(source, lang, r.model, models.length);
      expect(r.failure).toBeUndefined();
      expect(live.events.length).toBeGreaterThan(20);
      // Through JSON, as the build ships it.
      expect(JSON.parse(JSON.stringify(r.events))).toEqual(live.events);
      expect(JSON.parse(JSON.stringify(r.result))).toEqual(live.result);
    }
  });

  it('is kept by the page only when the live run recorded the same (sameRecording)', async () => {
    const { source, lang, models } = defaultSnippet();
    const pre = await record(source, lang, models);
    const live = models.map((model) => ({ model, ...liveRun(source, lang, model, models.length) }));
    expect(sameRecording(asRuns(pre.runs), asRuns(live))).toBe(true);
    const oneLess = live.map((r, i) => (i === 1 ? { ...r, events: r.events.slice(0, -1) } : r));
    expect(sameRecording(asRuns(pre.runs), asRuns(oneLess))).toBe(false);
    const otherResult = live.map((r, i) => (i === 0 ? { ...r, result: { ...r.result, steps: r.result.steps + 1 } } : r));
    expect(sameRecording(asRuns(pre.runs), asRuns(otherResult))).toBe(false);
  });
});
