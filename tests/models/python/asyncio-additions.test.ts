/**
 * as_completed, shield, Semaphore and the reprs (src/engine/models/python/as-completed.ts,
 * shield.ts, semaphore.ts, reprs.ts) through whole programs: iteration costs read with
 * docs/semantics.md's `loopcount.it()` (the same programs, printing ticks instead, are checked
 * against CPython in tests/cases/py), and the event stream of tasks whose coroutine is
 * asyncio's own.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../../src/engine/engine';
import { checkEventInvariants } from '../../behaviour/invariants';

const run = (source: string, model: 'python' | 'python-eager' = 'python') => runProgram(source, { lang: 'py', model });

describe('as_completed / shield / Semaphore: iteration costs', () => {
  it('as_completed: a result reaches a waiting task 2 iterations after its future completes', () => {
    const r = run(`import asyncio, loopcount
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    it = asyncio.as_completed([f])
    c = next(it)
    loop.call_soon(f.set_result, "x")
    start = loopcount.it()
    print(await c, loopcount.it() - start)
asyncio.run(main())
`);
    // call_soon'd set_result runs in +1; _handle_completion in +2 puts it on the queue,
    // whose getter wakes the task in +3.
    expect(r.stdout).toEqual(['x 3']);
  });

  it('shield: the outer future completes one iteration after the inner one', () => {
    const r = run(`import asyncio, loopcount
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    s = asyncio.shield(f)
    loop.call_soon(f.set_result, "y")
    start = loopcount.it()
    print(await s, loopcount.it() - start)
    print(asyncio.shield(f) is f)
asyncio.run(main())
`);
    expect(r.stdout).toEqual(['y 3', 'True']);
  });

  it('Semaphore.release wakes the first waiter, which resumes one iteration later', () => {
    const r = run(`import asyncio, loopcount
async def waiter(sem, log):
    await sem.acquire()
    log.append(loopcount.it())
async def main():
    sem = asyncio.Semaphore(0)
    log = []
    t = asyncio.create_task(waiter(sem, log))
    await asyncio.sleep(0)
    start = loopcount.it()
    sem.release()
    await t
    print(log[0] - start, sem.locked())
asyncio.run(main())
`);
    expect(r.stdout).toEqual(['1 True']);
  });
});

describe('tasks of asyncio-owned coroutines: events', () => {
  for (const model of ['python', 'python-eager'] as const) {
    it(`one awaited/resumed pair per suspension (${model})`, () => {
      const r = run(
        `import asyncio
async def main():
    q = asyncio.Queue()
    g = asyncio.create_task(q.get())
    s = asyncio.create_task(asyncio.sleep(0.01))
    z = asyncio.create_task(asyncio.sleep(0))
    await asyncio.sleep(0)
    q.put_nowait(1)
    print(await g, await s, await z)
asyncio.run(main())
`,
        model,
      );
      expect(r.error).toBeNull();
      expect(checkEventInvariants(r.events, r.stdout)).toEqual([]);
    });
  }
});

describe('reprs', () => {
  it('Future results go through reprlib; callbacks name their source', () => {
    const r = run(`import asyncio
def done(f):
    pass
async def main():
    f = asyncio.get_running_loop().create_future()
    f.add_done_callback(done)
    print(f)
    f.set_result(list(range(10)))
    print(f)
    g = asyncio.get_running_loop().create_future()
    g.set_result({"k" + str(i): "v" * 40 for i in range(5)})
    print(g)
asyncio.run(main())
`);
    expect(r.stdout).toEqual([
      '<Future pending cb=[done() at <program>:2]>',
      '<Future finished result=[0, 1, 2, 3, 4, 5, ...]>',
      "<Future finished result={'k0': 'vvvvvvvvvvvv...vvvvvvvvvvvvv', 'k1': 'vvvvvvvvvvvv...vvvvvvvvvvvvv', 'k2': 'vvvvvvvvvvvv...vvvvvvvvvvvvv', 'k3': 'vvvvvvvvvvvv...vvvvvvvvvvvvv', ...}>",
    ]);
  });
});
