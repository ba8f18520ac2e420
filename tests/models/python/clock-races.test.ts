/**
 * The Python models' moving clock (event-loop.ts, time-clocks.ts, threads.ts): which pairs
 * the recording marks as `race` events, and how blocking sleeps show. Outputs themselves
 * are checked against CPython by the own cases (tests/cases/py/clock_*.py, py-threads/).
 */
import { describe, it, expect } from 'vitest';
import { runProgram } from '../../../src/engine/engine';
import type { EngineEvent } from '../../../src/engine/events/types';

function run(source: string, model: 'python' | 'python-eager' = 'python') {
  const r = runProgram(source, { lang: 'py', model, recordEvents: true });
  const names = new Map<number, string>();
  for (const e of r.events) if (e.type === 'invocation') names.set(e.id, e.name);
  const races = r.events
    .filter((e): e is Extract<EngineEvent, { type: 'race' }> => e.type === 'race')
    .map((e) => `${names.get(e.first)} / ${names.get(e.second)} (${e.reason}) at ${e.time}`);
  return { r, races };
}

describe('race marks', () => {
  it('0.5 s twice against 1 s once: a near-tie, in the order CPython runs it', () => {
    const { r, races } = run(`import asyncio
async def s(d, n):
    for _ in range(n):
        await asyncio.sleep(d)
    print(d, n)
async def main():
    await asyncio.gather(s(0.5, 2), s(1.0, 1))
asyncio.run(main())
`);
    expect(r.stdout).toEqual(['1.0 1', '0.5 2']);
    expect(races).toEqual(['sleep(1.0) / sleep(0.5) (near-deadlines) at 1000']);
  });

  it('timers made in one iteration with one delay keep creation order and are not marked', () => {
    const { r, races } = run(`import asyncio
async def s(name):
    await asyncio.sleep(0.1)
    print(name)
async def main():
    await asyncio.gather(s('a'), s('b'), s('c'))
asyncio.run(main())
`);
    expect(r.stdout).toEqual(['a', 'b', 'c']);
    expect(races).toEqual([]);
  });

  it('deadlines 2 ms apart are not a race', () => {
    const { races } = run(`import asyncio
async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.1, print, 'x')
    await asyncio.sleep(0.05)
    loop.call_later(0.052, print, 'y')
    await asyncio.sleep(0.2)
asyncio.run(main())
`);
    expect(races).toEqual([]);
  });

  it("a worker thread's hand-off is always marked", () => {
    const { r, races } = run(`import asyncio
def f():
    return 1
async def main():
    print(await asyncio.to_thread(f))
asyncio.run(main())
`);
    expect(r.stdout).toEqual(['1']);
    expect(races.length).toBe(1);
    expect(races[0]).toMatch(/ \/ thread: f \(near-deadlines\) at 0$/);
  });
});

describe('blocking time.sleep', () => {
  it('moves the clock at once (a time event) and runs nothing meanwhile', () => {
    const { r } = run(`import asyncio, time
async def main():
    asyncio.get_running_loop().call_later(0.01, print, 'timer')
    time.sleep(0.25)
    print('slept')
    await asyncio.sleep(0)
asyncio.run(main())
`);
    expect(r.stdout).toEqual(['slept', 'timer']);
    const jump = r.events.find((e) => e.type === 'time');
    expect(jump).toMatchObject({ type: 'time', from: 0, to: 250 });
    expect(r.virtualTime).toBe(0.25);
  });

  it('in a worker thread it moves only the thread clock', () => {
    const { r } = run(`import asyncio, time
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    fut = loop.run_in_executor(None, time.sleep, 0.3)
    print(round(loop.time() - t0, 3))
    await fut
    print(round(loop.time() - t0, 1))
asyncio.run(main())
`);
    expect(r.stdout).toEqual(['0.0', '0.3']);
  });
});
