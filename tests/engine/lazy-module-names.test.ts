/**
 * asyncio's less used classes (locks, queues, TaskGroup, Runner, timeouts) and the promisio
 * module under the asyncio models are made at their first use (runtime/values.ts
 * `PyModule.defineLazily`, models/python/asyncio-module.ts and driver.ts), so a first run
 * does not pay for them (issue 10, cold runs). Every way a program can reach a module's
 * names must still see them as if they had been there from the start.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/engine/engine';
import type { ModelName } from '../../src/engine/names';

const PY_MODELS: ModelName[] = ['python', 'python-eager', 'promisio'];

function run(source: string, model: ModelName) {
  const r = runProgram(source, { lang: 'py', model });
  expect(r.error).toBeNull();
  return r.stdout;
}

describe('module names made at their first use', () => {
  it.each(PY_MODELS)('attribute, from-import, hasattr and getattr reach them (%s)', (model) => {
    const out = run(
      [
        'import asyncio',
        'from asyncio import Queue, as_completed',
        'print(Queue.__name__, callable(as_completed))',
        'print(hasattr(asyncio, "Barrier"), getattr(asyncio, "TaskGroup").__name__)',
        'print(asyncio.Lock is asyncio.Lock, asyncio.Condition.__name__, asyncio.timeout.__name__)',
        'print(hasattr(asyncio, "NoSuchThing"))',
      ].join('\n'),
      model,
    );
    expect(out).toEqual(['Queue True', 'True TaskGroup', 'True Condition timeout', 'False']);
  });

  it.each(PY_MODELS)('dir() and vars() list them before any was used (%s)', (model) => {
    const out = run(
      [
        'import asyncio',
        'names = dir(asyncio)',
        'print([n for n in ["Event", "Lock", "Queue", "QueueShutDown", "Runner", "TaskGroup", "Timeout", "timeout_at"] if n not in names])',
        'print(sorted(k for k in vars(asyncio) if k in ("Semaphore", "LifoQueue", "as_completed")))',
      ].join('\n'),
      model,
    );
    expect(out).toEqual(['[]', "['LifoQueue', 'Semaphore', 'as_completed']"]);
  });

  it.each(PY_MODELS)('an assignment or a deletion before the first use is not undone by making its group (%s)', (model) => {
    const out = run(
      [
        'import asyncio',
        'asyncio.Lock = "mine"',
        'del asyncio.Event',
        'print(asyncio.Condition.__name__, asyncio.Lock, "Event" in dir(asyncio))',
        'try:',
        '    del asyncio.Event',
        'except AttributeError as e:',
        '    print("AttributeError")',
      ].join('\n'),
      model,
    );
    expect(out).toEqual(['Condition mine False', 'AttributeError']);
  });

  it.each(PY_MODELS)('the lazily made classes work (%s)', (model) => {
    const main = [
      'import asyncio',
      'async def main():',
      '    q = asyncio.Queue()',
      '    lock = asyncio.Lock()',
      '    async with lock:',
      '        await q.put(1)',
      '    async with asyncio.TaskGroup() as tg:',
      '        t = tg.create_task(q.get())',
      '    async with asyncio.timeout(1):',
      '        await asyncio.sleep(0)',
      '    print(t.result(), lock.locked())',
    ];
    const out = run([...main, model === 'promisio' ? 'await main()' : 'asyncio.run(main())'].join('\n'), model);
    expect(out).toEqual(['1 False']);
  });

  it('promisio can be imported under the asyncio models, its classes made with the module', () => {
    for (const model of ['python', 'python-eager'] as const) {
      const out = run(
        [
          'import asyncio',
          'from promisio import Promise, promisify, AggregateError',
          'async def f():',
          '    return 2',
          'async def main():',
          '    p = promisify(f)()',
          '    print(type(p).__name__, await p, issubclass(AggregateError, RuntimeError))',
          'asyncio.run(main())',
        ].join('\n'),
        model,
      );
      expect(out).toEqual(['TaskPromise 2 True']);
    }
  });
});
