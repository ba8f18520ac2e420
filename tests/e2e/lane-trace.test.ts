/**
 * What the student sees is the lane trace the tests prove (issue 7): in real Chromium, the
 * segments the canvas drew for each traced lane (the draw call's own geometry, exposed on the
 * lane element as `data-segments`) (running / suspended / running / … / done) of a known
 * snippet read back, in order, as start / suspend / resume / … / return, and equal the trace
 * CPython 3.14 reports through sys.monitoring for the same program (tests/oracle).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { snippetUrl, waitForRun, browserSuite } from './harness';
import { traceInCPython } from '../oracle/pyodide-oracle';

// Every function runs once, so a lane is named by its function; `inner` suspends inside
// `outer` (both frames suspend), `quick` returns without suspending, `fails` raises.
const SNIPPET = `import asyncio

async def inner():
    await asyncio.sleep(0.01)
    return 1

async def outer():
    return await inner()

async def quick():
    return 2

async def fails():
    await asyncio.sleep(0)
    raise ValueError("no")

async def main():
    t = asyncio.create_task(outer())
    await quick()
    try:
        await fails()
    except ValueError:
        pass
    print(await t)

asyncio.run(main())
`;

const suite = browserSuite();
let page: Page;
beforeAll(() => {
  ({ page } = suite);
});

/** A traced lane's drawn segments, in order, as trace events (the lane's state changes). */
async function laneEvents(model: string, fn: string): Promise<string[]> {
  const lane = page.locator(`[data-model="${model}"] [data-role="lane"][data-traced="true"][data-function="${fn}"]`);
  expect(await lane.count()).toBe(1);
  // The segments the canvas drew for this lane, as the draw call reported them.
  const drawn = JSON.parse((await lane.getAttribute('data-segments')) ?? 'null') as { state: string }[] | null;
  expect(drawn, `${fn} was drawn`).not.toBeNull();
  const states = drawn!.map((s) => s.state);
  const events: string[] = [];
  for (const s of states) {
    if (s === 'created') continue;
    if (s === 'running') events.push(events.length === 0 ? 'start' : 'resume');
    else if (s === 'suspended') events.push('suspend');
    else if (s === 'done') events.push('return');
    else events.push('raise');
  }
  return events;
}

describe('lanes in Chromium are the lane trace', { timeout: 120_000 }, () => {
  for (const model of ['python', 'python-eager'] as const) {
    it(`${model}: every traced lane's state changes equal CPython's trace of that function`, async () => {
      const real = await traceInCPython(SNIPPET, { eager: model === 'python-eager' });
      await page.goto('about:blank');
      await page.goto(snippetUrl('py', SNIPPET, [model]));
      await waitForRun(page);
      await page.click('[data-action="end"]');
      const names = ['main', 'outer', 'inner', 'quick', 'fails'];
      for (const fn of names) {
        const expected = real.trace.filter((l) => l.startsWith(`${fn}#1 `)).map((l) => l.split(' ')[1]);
        expect(expected.length, `${fn} in the real trace`).toBeGreaterThan(1);
        expect(await laneEvents(model, fn), fn).toEqual(expected);
      }
      // The snippet really exercises the rules: inner and outer suspend together, quick never does.
      expect(real.trace.filter((l) => l.startsWith('quick#1'))).toEqual(['quick#1 start', 'quick#1 return']);
      expect(real.trace.filter((l) => l.startsWith('outer#1'))).toContain('outer#1 suspend');
    });
  }
});
