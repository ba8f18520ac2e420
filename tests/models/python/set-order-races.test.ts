/**
 * Orders CPython takes from a set hashed by object address (models/python/set-order.ts): the
 * recording marks each neighbouring pair as a `race` with reason `set-order`, under both
 * Python models, and nothing else is marked. Outputs are checked against CPython by the own
 * cases; here, which pairs are marked.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../../src/engine/engine';
import { narrate, formatNarrationLine } from '../../../src/engine/events/narration';
import type { EngineEvent } from '../../../src/engine/events/types';

type Model = 'python' | 'python-eager';

function races(source: string, model: Model) {
  const r = runProgram(source, { lang: 'py', model, recordEvents: true });
  expect(r.error).toBeNull();
  const names = new Map<number, string>();
  for (const e of r.events) if (e.type === 'invocation') names.set(e.id, e.name);
  const marked = r.events
    .filter((e): e is Extract<EngineEvent, { type: 'race' }> => e.type === 'race')
    .map((e) => `${names.get(e.first)} / ${names.get(e.second)} (${e.reason})`);
  return { r, marked };
}

const MODELS: Model[] = ['python', 'python-eager'];

describe.each(MODELS)('set-order races under %s', (model) => {
  it('as_completed: the tasks it makes from coroutines, each with the next', () => {
    const { r, marked } = races(
      `import asyncio
async def a():
    await asyncio.sleep(0.02)
    return "a"
async def b():
    await asyncio.sleep(0.01)
    return "b"
async def c():
    return "c"
async def main():
    for f in asyncio.as_completed([a(), b(), c()]):
        print(await f)
asyncio.run(main())
`,
      model,
    );
    expect(r.stdout).toEqual(['c', 'b', 'a']);
    expect(marked).toEqual(['a / b (set-order)', 'b / c (set-order)']);
  });

  it('as_completed: tasks made before the call started already and are not marked', () => {
    const { marked } = races(
      `import asyncio
async def job(d):
    await asyncio.sleep(d)
    return d
async def main():
    ts = [asyncio.create_task(job(0.02)), asyncio.create_task(job(0.01))]
    for f in asyncio.as_completed(ts):
        print(await f)
asyncio.run(main())
`,
      model,
    );
    expect(marked).toEqual([]);
  });

  it("a TaskGroup's abort: the children it wakes by cancelling them, not the one that failed", () => {
    const { r, marked } = races(
      `import asyncio
async def boom():
    await asyncio.sleep(0.01)
    raise ValueError("boom")
async def wait(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(wait("x"))
            tg.create_task(boom())
            tg.create_task(wait("y"))
    except* ValueError:
        print("caught")
asyncio.run(main())
`,
      model,
    );
    expect(r.stdout).toEqual(['x cancelled', 'y cancelled', 'caught']);
    expect(marked).toEqual(['wait / wait (set-order)']);
  });

  it("asyncio.run's shutdown cancels the tasks left over", () => {
    const { r, marked } = races(
      `import asyncio
async def forever(name):
    try:
        await asyncio.Event().wait()
    finally:
        print(name, "cleaned up")
async def main():
    asyncio.create_task(forever("p"))
    asyncio.create_task(forever("q"))
    await asyncio.sleep(0)
asyncio.run(main())
`,
      model,
    );
    expect(r.stdout).toEqual(['p cleaned up', 'q cleaned up']);
    expect(marked).toEqual(['forever / forever (set-order)']);
  });

  it('gather, a TaskGroup that does not abort and one left-over task mark nothing', () => {
    const { marked } = races(
      `import asyncio
async def job(d):
    await asyncio.sleep(d)
async def main():
    await asyncio.gather(job(0.01), job(0.02))
    async with asyncio.TaskGroup() as tg:
        tg.create_task(job(0.01))
        tg.create_task(job(0.02))
    asyncio.create_task(job(5))
    await asyncio.sleep(0)
asyncio.run(main())
`,
      model,
    );
    expect(marked).toEqual([]);
  });
});

it('the narration says why a set-ordered pair may swap', () => {
  const r = runProgram(
    'import asyncio\nasync def a():\n    return 1\nasync def b():\n    return 2\nasync def main():\n    for f in asyncio.as_completed([a(), b()]):\n        await f\nasyncio.run(main())\n',
    { lang: 'py', model: 'python', recordEvents: true },
  );
  const lines = narrate(r.events, 'python').map(formatNarrationLine);
  expect(lines.some((l) => /set ordered by memory address, so a real run may order them either way/.test(l))).toBe(true);
});
