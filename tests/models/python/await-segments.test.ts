/**
 * Await chains cut into segments (src/engine/models/python/await-segments.ts): a task resumes
 * a deep chain one segment at a time, from its own frame, so the host stack no longer grows
 * with the chain (issue 10). What a program prints and what the lanes record must be what the
 * inline chain gives, which the own cases check against CPython: here every Python own case
 * that awaits runs with the chain cut at nearly every await of a coroutine (segments of one
 * frame) and inline (segments past the recursion limit), and must print, fail and record
 * alike; and a deep chain must leave the host stack as shallow as a short one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runProgram } from '../../../src/engine/engine';
import { SEGMENT_FRAMES, setSegmentFramesForTests } from '../../../src/engine/models/python/await-segments';
import { Worker } from 'node:worker_threads';
import { nodeBundle } from '../../../build/node-bundle';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const CASES = join(ROOT, 'tests/cases/py');
const INLINE = 1_000_000;

function runWith(frames: number, source: string, model: 'python' | 'python-eager') {
  setSegmentFramesForTests(frames);
  try {
    return runProgram(source, { lang: 'py', model });
  } finally {
    setSegmentFramesForTests(SEGMENT_FRAMES);
  }
}

/** Runs that end at the heap cap stop wherever the garbage collector leaves the heap: not comparable. */
const atHeapCap = (error: string | null) => error !== null && error.includes('Memory budget exhausted');

describe('await chains in segments', () => {
  afterEach(() => setSegmentFramesForTests(SEGMENT_FRAMES));

  const files = readdirSync(CASES)
    .filter((f) => f.endsWith('.py'))
    .sort()
    .filter((f) => /\bawait\b/.test(readFileSync(join(CASES, f), 'utf8')));

  it('runs every awaiting own case as inline, cut at nearly every await', { timeout: 300_000 }, () => {
    expect(files.length).toBeGreaterThan(100);
    const differ: string[] = [];
    for (const f of files) {
      const source = readFileSync(join(CASES, f), 'utf8');
      for (const model of ['python', 'python-eager'] as const) {
        const inline = runWith(INLINE, source, model);
        if (atHeapCap(inline.error)) continue;
        const cut = runWith(1, source, model);
        const same =
          JSON.stringify([inline.stdout, inline.error, inline.warnings]) === JSON.stringify([cut.stdout, cut.error, cut.warnings]) &&
          inline.events.length === cut.events.length &&
          inline.events.every((e, i) => JSON.stringify(e) === JSON.stringify(cut.events[i]));
        if (!same) differ.push(`${f} under ${model}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it('records a deep chain that suspends, raises and is cancelled as inline', () => {
    const source = readFileSync(join(CASES, 'robust_await_chain_segments.py'), 'utf8');
    for (const model of ['python', 'python-eager'] as const) {
      const inline = runWith(INLINE, source, model);
      const cut = runWith(SEGMENT_FRAMES, source, model);
      expect(cut.error).toBeNull();
      expect(cut.stdout).toEqual(inline.stdout);
      expect(cut.events).toEqual(inline.events);
    }
  });

  it("reaches the recursion limit in a host stack as small as a Chromium worker's", { timeout: 120_000 }, async () => {
    // 900 levels that suspend at the bottom: CPython prints 900. In a 0.5 MB stack (a Chromium
    // worker holds about 0.6 MB) the inline chain runs out of host stack first.
    const source = `import asyncio\n\nasync def down(n):\n    if n == 0:\n        await asyncio.sleep(0)\n        return 0\n    return await down(n - 1) + 1\n\nprint(asyncio.run(down(900)))\n`;
    const bundle = nodeBundle(join(ROOT, 'tests/models/python/small-stack-run.ts'), { minify: true });
    const inThread = (frames: number) =>
      new Promise<{ stdout: string[]; error: string | null }>((resolve, reject) => {
        const w = new Worker(bundle, { workerData: { source, frames }, resourceLimits: { stackSizeMb: 0.5 } });
        w.once('message', resolve);
        w.once('error', reject);
      });
    expect(await inThread(SEGMENT_FRAMES)).toEqual({ stdout: ['900'], error: null });
    const inline = await inThread(INLINE);
    expect(inline.stdout).toEqual([]);
    expect(inline.error).toMatch(/RecursionError/);
  });

  it(
    'eager `await create_task(f())` recursion ends in RecursionError in a worker-sized host stack, not a hang',
    { timeout: 120_000 },
    async () => {
      // Each level's eager first step runs on the host stack, so the host overflows first here.
      // The overflow unwinds through every level's Task.eagerStart: a task it left pending hung
      // the run ("Task was destroyed but it is pending", then "the program waits forever").
      const source = `import asyncio

reached = 0

async def spawning(n):
    global reached
    reached = n
    return 1 + await asyncio.create_task(spawning(n + 1))

async def main():
    try:
        await spawning(1)
    except RecursionError as e:
        print("RecursionError", reached > 100, e)

asyncio.run(main())
`;
      const bundle = nodeBundle(join(ROOT, 'tests/models/python/small-stack-run.ts'), { minify: true });
      const r = await new Promise<{ stdout: string[]; error: string | null }>((resolve, reject) => {
        const w = new Worker(bundle, {
          workerData: { source, frames: SEGMENT_FRAMES, model: 'python-eager' },
          resourceLimits: { stackSizeMb: 0.5 },
        });
        w.once('message', resolve);
        w.once('error', reject);
      });
      expect(r).toEqual({ stdout: ['RecursionError True maximum recursion depth exceeded'], error: null });
    },
  );
});
