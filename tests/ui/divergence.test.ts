import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { computeDivergence, defaultPair, describeStart, outsideLcs, type ModelRecording } from '../../src/ui/state/divergence';
import { runProgram } from '../../src/engine/engine';
import type { ModelName } from '../../src/engine/api';
import { foldEvents } from '../../src/ui/state/fold';
import { awaitJs, awaitPython, seedJs, seedPython } from './build';

const rec = (model: 'js' | 'python', events: ReturnType<typeof seedJs>) => ({ model, events, final: foldEvents(events) });

describe('divergence', () => {
  it('finds the lines outside a longest common subsequence', () => {
    const { a, b } = outsideLcs(['1', '2', '3', '4', '5'], ['1', '3', '2', '4', '5']);
    expect(a.size).toBe(1);
    expect(b.size).toBe(1);
    expect(outsideLcs(['x'], ['x'])).toEqual({ a: new Set(), b: new Set() });
  });

  it('highlights nothing when the models agree', () => {
    const d = computeDivergence([rec('js', seedJs()), rec('python', seedJs())]);
    expect(d.kind).toBe('same');
    expect(d.firstIndex).toBeUndefined();
    expect([...d.highlighted.values()].every((s) => s.size === 0)).toBe(true);
  });

  it('explains the seed: f started at the call under js and never under python', () => {
    const d = computeDivergence([rec('js', seedJs()), rec('python', seedPython())]);
    expect(d.firstIndex).toBe(0);
    expect(d.highlighted.get('js')).toEqual(new Set([0]));
    expect(d.highlighted.get('python')).toEqual(new Set());
    expect(d.sentence).toBe('`f` started at the call (line 5) under js, but never started under python.');
  });

  it('explains an await: at the call under js, when main awaited it under python', () => {
    expect(describeStart(rec('python', awaitPython()), 1)).toBe('when `main` awaited it (line 8)');
    expect(describeStart(rec('js', awaitJs()), 1)).toBe('at the call (line 6)');
    const d = computeDivergence([rec('js', awaitJs()), rec('python', awaitPython())]);
    expect(d.firstIndex).toBe(0);
    expect(d.sentence).toBe('`f` started at the call (line 6) under js, but when `main` awaited it (line 8) under python.');
    expect(d.highlighted.get('js')!.size).toBe(1);
    expect(d.highlighted.get('python')!.size).toBe(1);
  });

  it('describes a start taken from a queue', () => {
    expect(describeStart(rec('python', awaitPython()), 0)).toBe('later, when it was taken from the ready queue');
  });
});

/** The recording of a real engine run, as the playground keeps it. */
function realRun(source: string, model: ModelName, lang: 'py' | 'js' = 'py'): ModelRecording {
  const events = runProgram(source, { lang, model, jsMode: 'auto' }).events;
  return { model, events, final: foldEvents(events) };
}

const SNIPPETS = fileURLToPath(new URL('../../src/ui/example-snippets/', import.meta.url));
const PUZZLE = readFileSync(SNIPPETS + 'comment_thread_puzzle.py', 'utf8');

describe('divergence of real runs (issue 8)', () => {
  it('models=promisio,python,js: explains js vs python by default, and names `c`, not `<module>`', () => {
    const recs = (['promisio', 'python', 'js'] as const).map((m) => realRun(PUZZLE, m));
    const d = computeDivergence(recs);
    expect(d.pair).toEqual(['js', 'python']);
    expect(d.kind).toBe('output');
    expect(d.sentence).toBe('`c` started at the call (line 13) under js, but later, when it was taken from the ready queue under python.');
    // Each side links to the moment `c` starts in that model.
    expect(d.moments.map((m) => [m.model, m.label])).toEqual([
      ['js', '`c` starts'],
      ['python', '`c` starts'],
    ]);
    for (const m of d.moments) {
      const r = recs.find((x) => x.model === m.model)!;
      const e = r.events.at(m.seq)!;
      expect(e.type).toBe('started');
      expect(r.final.lanes.at(r.final.laneIndex.get((e as { id: number }).id)!)!.name).toBe('c');
    }
  });

  it('a picked pair is explained: promisio vs js names `c` too', () => {
    const recs = (['promisio', 'python', 'js'] as const).map((m) => realRun(PUZZLE, m));
    const d = computeDivergence(recs, ['promisio', 'js']);
    expect(d.pair).toEqual(['promisio', 'js']);
    expect(d.sentence).toMatch(
      /^`c` started later, when it was taken from the ready queue under promisio, but at the call \(line 13\) under js\.$/,
    );
  });

  it('python vs python-eager agree on the puzzle; with four models the default pair is still js vs python', () => {
    const recs = (['js', 'python', 'python-eager', 'promisio'] as const).map((m) => realRun(PUZZLE, m));
    expect(defaultPair(recs)).toEqual(['js', 'python']);
    expect(computeDivergence(recs, ['python', 'promisio']).kind).toBe('same');
  });

  it('four models and asyncio.run(main()): js vs python is explained, not js vs promisio’s failure', () => {
    const source = PUZZLE.replace(
      /\nprint\(1\)[\s\S]*$/,
      '\n\nasync def main():\n    print(1)\n    t = asyncio.create_task(c())\n    print(3)\n    await t\n\n\nasyncio.run(main())\n',
    );
    const recs = (['js', 'python', 'python-eager', 'promisio'] as const).map((m) => realRun(source, m));
    const d = computeDivergence(recs);
    expect(d.pair).toEqual(['js', 'python']);
    expect(d.sentence).toBe('`c` started at the call (line 15) under js, but later, when it was taken from the ready queue under python.');
  });

  it('a syntax error is never described as agreement', () => {
    const recs = (['js', 'python'] as const).map((m) => realRun('print(1\n', m));
    const d = computeDivergence(recs);
    expect(d.kind).toBe('syntax');
    expect(d.sentence).toBe("The snippet cannot be read, so neither js nor python ran it: '(' was never closed (1:5)");
    expect(d.sentence).not.toMatch(/same/);
    expect(d.moments.map((m) => m.label)).toEqual(['the error', 'the error']);
  });

  it('a runtime error that ends one run where the outputs part is the reason given', () => {
    const source = PUZZLE.replace(/\nprint\(1\)[\s\S]*$/, '\n\nasync def main():\n    await c()\n\n\nasyncio.run(main())\n');
    const recs = (['js', 'promisio'] as const).map((m) => realRun(source, m));
    const d = computeDivergence(recs);
    expect(d.pair).toEqual(['js', 'promisio']);
    expect(d.sentence).toBe(
      'promisio stops with `RuntimeError: no running event loop` (line 17) after printing 0 lines, where js goes on to print "2".',
    );
  });

  it('the same error in both runs is said, not hidden as agreement', () => {
    const source = 'print("a")\nraise ValueError("boom")\n';
    const recs = (['python', 'python-eager'] as const).map((m) => realRun(source, m));
    const d = computeDivergence(recs);
    expect(d.kind).toBe('same-error');
    expect(d.sentence).toBe('python and python-eager print the same line, and both stop with `ValueError: boom` (line 2).');
  });

  it('same output but different warnings: only one model warns', () => {
    const source = 'async def f():\n    pass\n\n\nf()\nprint("x")\n';
    const recs = (['js', 'python'] as const).map((m) => realRun(source, m));
    const d = computeDivergence(recs);
    expect(d.kind).toBe('warnings');
    expect(d.sentence).toBe("js and python print the same line, but only python warns: RuntimeWarning: coroutine 'f' was never awaited");
    expect(d.moments.map((m) => [m.model, m.label])).toEqual([['python', 'the warning']]);
  });
});
