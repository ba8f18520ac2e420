/**
 * Programs whose memory grows without bound, and which no real runtime stops with a
 * language error (issue 10): recursion through `await create_task(...)` (a fresh task, so
 * a fresh stack, at every level: CPython grows until the OS stops it), promisio's
 * promisified recursion (every call is a task), a ten-million-link promise chain (Node
 * aborts with "JavaScript heap out of memory"). The engine stops each at the run's heap
 * cap (RunOptions.heapLimitBytes, runtime/limits.ts) with a budget message, within bounded
 * memory, and the process exits normally. Run through the CLI with a small cap
 * (--heap-limit), and GNU time reporting the process's peak resident set.
 *
 * (Under python-eager the same `create_task` recursion is ordinary stack recursion — the
 * eager factory runs each new task's first step inside create_task — and ends in
 * RecursionError instead: tests/cases/py/robust_async_recursion.py covers that kind.)
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TSX = 'node_modules/.bin/tsx';
const GNU_TIME = '/usr/bin/time';
const CAP_MB = 256;
/** The CLI's own footprint (Node, tsx, the engine) plus the cap, plus slack for garbage and the report. */
const PEAK_RSS_BOUND_MB = CAP_MB + 600;

const PROGRAMS: { name: string; model: string; source: string }[] = [
  {
    name: 'tasks.py',
    model: 'python',
    source: 'import asyncio\n\nasync def f(n):\n    return await asyncio.create_task(f(n + 1))\n\nasyncio.run(f(0))\n',
  },
  {
    name: 'promisified.py',
    model: 'promisio',
    source: 'async def f(n):\n    await f(n + 1)\n\nawait f(0)\n',
  },
  {
    name: 'chain.js',
    model: 'js',
    source: 'let p = Promise.resolve(0);\nfor (let i = 0; i < 10_000_000; i++) p = p.then((x) => x + 1);\np.then((x) => console.log(x));\n',
  },
];

describe('the heap cap stops unbounded growth cleanly', () => {
  const dir = mkdtempSync(join(tmpdir(), 'memory-cap-'));
  for (const p of PROGRAMS) {
    it(`${p.name} under ${p.model}`, { timeout: 180_000 }, () => {
      const file = join(dir, p.name);
      writeFileSync(file, p.source);
      const args = ['src/cli/main.ts', 'run', '--model', p.model, '--heap-limit', String(CAP_MB), file];
      const measured = existsSync(GNU_TIME);
      const r = measured
        ? spawnSync(GNU_TIME, ['-f', 'peak-rss-kb %M', TSX, ...args], { encoding: 'utf8' })
        : spawnSync(TSX, args, { encoding: 'utf8' });
      expect(r.signal).toBeNull();
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/Memory budget exhausted: the heap grew to [\d,]+ MB, past the run's cap of 256 MB/);
      if (measured) {
        const kb = Number(/peak-rss-kb (\d+)/.exec(r.stderr)?.[1]);
        expect(kb / 1024).toBeLessThan(PEAK_RSS_BOUND_MB);
      }
    });
  }
  it('cleans up', () => rmSync(dir, { recursive: true, force: true }));
});
