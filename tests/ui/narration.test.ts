import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runProgram } from '../../src/engine/engine';
import { narrate } from '../../src/engine/api';
import { align, cursorAt } from '../../src/ui/state/alignment';
import { captionAt, mergeNarration, NarrationJob, NARRATION_EVENT_LIMIT } from '../../src/ui/state/narration';
import type { EngineEvent } from '../../src/engine/api';

const PUZZLE = readFileSync(fileURLToPath(new URL('../../src/ui/example-snippets/comment_thread_puzzle.py', import.meta.url)), 'utf8');

describe('narration in playback order', () => {
  const models = ['js', 'python'] as const;
  const runs = models.map((model) => ({ model, events: runProgram(PUZZLE, { lang: 'py', model }).events }));
  const alignment = align(runs.map((r) => r.events));
  const merged = mergeNarration(runs, alignment);

  it('holds every model’s captions, ordered by the step that reveals them', () => {
    for (const r of runs)
      expect(merged.captions.filter((c) => c.model === r.model).map((c) => c.text)).toEqual(narrate(r.events, r.model).map((l) => l.text));
    const globals = merged.captions.map((c) => c.global);
    expect(globals).toEqual([...globals].sort((a, b) => a - b));
  });

  it('made a few events at a time (the page makes it between frames), is the same narration', () => {
    // Fresh event arrays: the per-recording cache must not answer for the job.
    const fresh = runs.map((r) => ({ model: r.model, events: r.events.map((e) => ({ ...e })) }));
    const job = new NarrationJob(fresh, alignment);
    let steps = 0;
    let read = 0;
    for (;;) {
      let n = 0;
      steps++;
      const done = job.step(() => ++n >= 5);
      // At most 5 events a step (a model's last one may end it early).
      expect(n).toBeLessThanOrEqual(5);
      read += n;
      if (done) break;
      expect(job.result).toBeNull();
    }
    expect(read).toBe(runs.reduce((a, r) => a + r.events.length, 0));
    expect(steps).toBeGreaterThan(runs[0]!.events.length / 5);
    expect(job.result).toEqual(merged);
  });

  it('at every position the caption is the last one whose event is revealed there', () => {
    expect(captionAt(merged, 0)).toBe(-1);
    for (let g = 1; g <= alignment.total; g++) {
      const i = captionAt(merged, g);
      const c = merged.captions[i]!;
      // Its event is shown at g (the model's cursor is past it) ...
      expect(cursorAt(alignment, c.m, g)).toBeGreaterThan(c.seq);
      // ... and the next caption's event is not yet.
      const next = merged.captions[i + 1];
      if (next) expect(cursorAt(alignment, next.m, g)).toBeLessThanOrEqual(next.seq);
    }
  });

  it('a very long run is narrated up to NARRATION_EVENT_LIMIT events, and says so', () => {
    const n = NARRATION_EVENT_LIMIT + 10;
    const events: EngineEvent[] = [];
    for (let i = 0; i < n - 1; i++) events.push({ type: 'print', text: String(i), seq: i, time: 0 });
    events.push({ type: 'end', model: 'js', steps: n, seq: n - 1, time: 0 });
    const long = mergeNarration([{ model: 'js', events }], align([events]));
    expect(long.truncated).toBe(true);
    expect(long.captions.length).toBe(NARRATION_EVENT_LIMIT);
    expect(long.captions.at(-1)!.seq).toBe(NARRATION_EVENT_LIMIT - 1);
    expect(merged.truncated).toBe(false);
  });
});
