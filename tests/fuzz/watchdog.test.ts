/**
 * The fuzzer's watchdog names the run a lost worker was in (main.ts `lost`): it used to record
 * every hang or out-of-memory as `py/python`, whatever the input's front-end and model were.
 */
import { describe, expect, it } from 'vitest';
import { classify } from './classify';
import { fuzz, fuzzInput } from './main';
import { loadSeeds } from './seeds';
import { MODEL_NAMES, type Lang, type ModelName } from '../../src/engine/names';

describe('the fuzzer’s watchdog', () => {
  it('is told each run before it starts: the parse, then every model, per front-end', () => {
    const runs: string[] = [];
    // `print(1)` is a call in either language; `def f(:` a syntax error in both (no model runs).
    classify('print(1)\n', undefined, (frontEnd: Lang, model: ModelName | null) => runs.push(`${frontEnd}/${model ?? 'parse'}`));
    expect(runs).toEqual(['py/parse', ...MODEL_NAMES.map((m) => `py/${m}`), 'js/parse', ...MODEL_NAMES.map((m) => `js/${m}`)]);
    runs.length = 0;
    classify('def f(:\n', undefined, (frontEnd: Lang, model: ModelName | null) => runs.push(`${frontEnd}/${model ?? 'parse'}`));
    expect(runs).toEqual(['py/parse', 'js/parse']);
  });

  it('records a lost worker under the front-end of the input it was running', { timeout: 300_000 }, async () => {
    const seed = 7;
    const count = 6;
    const seeds = loadSeeds();
    const langs = Array.from({ length: count }, (_, i) => fuzzInput(seeds, seed, i));
    expect(new Set(langs.map((l) => l.lang)).size).toBe(2);
    // A deadline no worker can meet (starting one takes longer): every input is lost as a hang.
    const { faults } = await fuzz({ count, seed, workers: 1, save: false, frontEnds: 'own', deadlineMs: 1 });
    expect(faults).toHaveLength(count);
    for (const f of faults) {
      const input = langs.find((l) => l.text === f.source);
      expect(f.kind).toBe('hang');
      expect(f.frontEnd).toBe(input?.lang);
      expect(f.message).toMatch(/^worker lost while the (py|js) front-end parsed it: no answer within/);
    }
  });
});
