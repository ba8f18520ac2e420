/**
 * Async calls as frames of the js model's driver past the depth threshold
 * (src/engine/models/js/async-calls.ts, src/engine/interp/async-tramp.ts): calling an async
 * function runs its first segment inside the caller's, so `await f()` recursion used to nest
 * 12 host frames per level and stopped at 569 levels in Node where Node reaches 8,796 (issue
 * 10). What a program prints and what the lanes record must be what the inline calls give,
 * which the own cases check against Node: here every own case that awaits runs with every
 * call past the first frame handed to the driver (threshold 0) and inline (a threshold no run
 * reaches), and must print, fail and record alike; and a deep chain must leave the host stack
 * as shallow as a short one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { runProgram } from '../../../src/engine/engine';
import { setTrampolineDepthForTests, TRAMPOLINE_DEPTH } from '../../../src/engine/runtime/call-stack';
import { nodeBundle } from '../../../build/node-bundle';
import type { Lang } from '../../../src/engine/names';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const INLINE = 1_000_000_000;

function runWith(depth: number, source: string, lang: Lang) {
  setTrampolineDepthForTests(depth);
  try {
    return runProgram(source, { lang, model: 'js' });
  } finally {
    setTrampolineDepthForTests(TRAMPOLINE_DEPTH);
  }
}

/** Runs that end at the heap cap stop wherever the garbage collector leaves the heap: not comparable. */
const atHeapCap = (error: string | null) => error !== null && error.includes('Memory budget exhausted');

/**
 * Deep recursion: inline, `await f()` ends where the host stack gives out (about 570 levels of
 * JavaScript in Node, about 690 of Python; less in a test thread, and not always at the same
 * level), driven, at the frame budget (8,797) or Python's recursion limit (1,000), so the two
 * can record different numbers of calls. The recursion cases are left to the own-cases suite,
 * which checks them against Node and CPython with the engine's default threshold.
 */
const deepRecursion = (file: string) => /recursion/.test(file);

function awaitingCases(lang: Lang): { file: string; source: string }[] {
  const dir = join(ROOT, 'tests/cases', lang);
  return readdirSync(dir)
    .filter((f) => f.endsWith(`.${lang}`) && !deepRecursion(f))
    .sort()
    .map((f) => ({ file: f, source: readFileSync(join(dir, f), 'utf8') }))
    .filter((c) => /\bawait\b/.test(c.source));
}

describe('async calls driven as frames', () => {
  afterEach(() => setTrampolineDepthForTests(TRAMPOLINE_DEPTH));

  for (const lang of ['js', 'py'] as const) {
    it(`runs every awaiting ${lang} own case under js as inline, every call driven`, { timeout: 300_000 }, () => {
      const cases = awaitingCases(lang);
      expect(cases.length).toBeGreaterThan(lang === 'js' ? 60 : 100);
      const differ: string[] = [];
      for (const { file, source } of cases) {
        const inline = runWith(INLINE, source, lang);
        if (atHeapCap(inline.error)) continue;
        const driven = runWith(0, source, lang);
        const same =
          JSON.stringify([inline.stdout, inline.error, inline.warnings]) ===
            JSON.stringify([driven.stdout, driven.error, driven.warnings]) &&
          inline.events.length === driven.events.length &&
          inline.events.every((e, i) => JSON.stringify(e) === JSON.stringify(driven.events[i]));
        if (!same) differ.push(file);
      }
      expect(differ).toEqual([]);
    });
  }

  it("reaches the frame budget in a host stack as small as a Chromium worker's", { timeout: 120_000 }, async () => {
    // 5,000 levels of `await f()` that suspend at the bottom, and 2,000 levels of an async
    // function calling a sync one that calls it back: Node prints 5000 and 2000. In a 0.6 MB
    // stack (a Chromium worker's holds about 0.63 MB: 7,351 frames of plain recursion where
    // Node's 984 KB hold 11,199) the inline calls run out of host stack first.
    const source = [
      'async function down(n) {',
      '  if (n === 0) {',
      '    await new Promise((resolve) => setTimeout(resolve, 0));',
      '    return 0;',
      '  }',
      '  return (await down(n - 1)) + 1;',
      '}',
      'function hop(n) {',
      '  return mixed(n - 1);',
      '}',
      'async function mixed(n) {',
      '  if (n === 0) return 0;',
      '  return 1 + (await hop(n));',
      '}',
      'console.log(await down(5000));',
      'console.log(await mixed(2000));',
    ].join('\n');
    const bundle = nodeBundle(join(ROOT, 'tests/models/js/small-stack-run.ts'), { minify: true });
    const inThread = (depth: number) =>
      new Promise<{ stdout: string[]; error: string | null }>((resolve, reject) => {
        const w = new Worker(bundle, { workerData: { source, depth }, resourceLimits: { stackSizeMb: 0.6 } });
        w.once('message', resolve);
        w.once('error', reject);
      });
    expect(await inThread(TRAMPOLINE_DEPTH)).toEqual({ stdout: ['5000', '2000'], error: null });
    const inline = await inThread(INLINE);
    expect(inline.stdout).toEqual([]);
    expect(inline.error).toMatch(/RangeError: Maximum call stack size exceeded/);
  });
});
