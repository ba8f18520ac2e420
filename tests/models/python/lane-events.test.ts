/**
 * What the Python models record for the UI's lanes, through the whole engine (parser,
 * interpreter, model): every task lane goes created → started → (awaited ↔ resumed)* →
 * settled, positions are where the user wrote the call or the await, and the event stream
 * keeps the invariants the UI fold relies on (tests/behaviour/invariants.ts).
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../../src/engine/engine';
import type { EngineEvent } from '../../../src/engine/events/types';
import { checkEventInvariants } from '../../behaviour/invariants';
import { defined } from '../../support/normalize';

type Variant = 'python' | 'python-eager' | 'promisio';
const VARIANTS: Variant[] = ['python', 'python-eager', 'promisio'];

function run(source: string, model: Variant) {
  const r = runProgram(source, { lang: 'py', model });
  expect(checkEventInvariants(r.events, r.stdout)).toEqual([]);
  return r;
}

/** The events about one invocation, as `type[ what][ @line:col]` strings. */
function lane(events: EngineEvent[], id: number | undefined): string[] {
  defined(id, 'an invocation id');
  const out: string[] = [];
  for (const e of events) {
    if (!('id' in e) || e.id !== id || e.type === 'print' || e.type === 'warning' || e.type === 'error') continue;
    const at = e.loc ? ` @${e.loc.line}:${e.loc.col}` : '';
    const what = e.type === 'awaited' ? ` ${e.what}` : e.type === 'invocation' ? ` ${e.kind} ${e.name}` : '';
    out.push(`${e.type}${what}${at}`);
  }
  return out;
}

function invocations(events: EngineEvent[], kind: string, name?: string): number[] {
  return events
    .filter((e) => e.type === 'invocation' && e.kind === kind && (name === undefined || e.name === name))
    .map((e) => (e as { id: number }).id);
}

const TASKS = `import asyncio

async def job(n):
    await asyncio.sleep(0.1)
    return n

async def main():
    t = asyncio.create_task(job(1))
    r = await asyncio.gather(job(2), t)
    print(r)

asyncio.run(main())
`;

describe('Python models: task lanes', () => {
  for (const model of ['python', 'python-eager'] as const) {
    it(`${model}: every task is started, at the position of the call that created it`, () => {
      const r = run(TASKS, model);
      expect(r.stdout).toEqual(['[2, 1]']);
      const [mainTask, t1, t2] = invocations(r.events, 'task');
      expect(lane(r.events, mainTask)[1]).toBe('started @12:0'); // asyncio.run(main())
      expect(lane(r.events, t1)[1]).toBe('started @8:8'); // asyncio.create_task(job(1))
      expect(lane(r.events, t2)[1]).toBe('started @9:14'); // asyncio.gather(job(2), t)
    });
  }

  it('python: a task waits while its coroutine waits, and is resumed by what it waited on', () => {
    const r = run(TASKS, 'python');
    const t1 = invocations(r.events, 'task', 'job')[0];
    const sleep = invocations(r.events, 'timer')[0];
    expect(lane(r.events, t1).map((l) => l.replace(/ @.*/, ''))).toEqual([
      'invocation task job',
      'started',
      'awaited sleep(0.1)',
      'resumed',
      'resolved',
    ]);
    const awaited = r.events.find((e) => e.type === 'awaited' && e.id === t1);
    const resumed = r.events.find((e) => e.type === 'resumed' && e.id === t1);
    expect(awaited && awaited.type === 'awaited' && awaited.on).toBe(sleep);
    expect(resumed && resumed.type === 'resumed' && resumed.by).toBe(sleep);
  });

  it('python-eager: the task starts inside create_task, before the creator goes on', () => {
    const r = run(
      `import asyncio

async def quick():
    return 1

async def main():
    t = asyncio.create_task(quick())
    print("after create_task", t.done())

asyncio.run(main())
`,
      'python-eager',
    );
    const t = invocations(r.events, 'task', 'quick')[0];
    const started = r.events.findIndex((e) => e.type === 'started' && e.id === t);
    const resolved = r.events.findIndex((e) => e.type === 'resolved' && e.id === t);
    const printed = r.events.findIndex((e) => e.type === 'print');
    expect(started).toBeGreaterThan(0);
    expect(started).toBeLessThan(resolved);
    expect(resolved).toBeLessThan(printed);
    expect(lane(r.events, t)).toEqual(['invocation task quick', 'started @7:8', 'resolved']);
  });

  it('promisio: the task of a promisified call starts at the call', () => {
    const r = run(
      `async def f():
    return 1

p = f()
print(await p)
`,
      'promisio',
    );
    expect(r.stdout).toEqual(['1']);
    const t = invocations(r.events, 'task', 'f')[0];
    expect(lane(r.events, t)[1]).toBe('started @4:4');
  });

  it('sleep(0): the task waits for one trip through the ready queue (resumed by nothing)', () => {
    const r = run(
      `import asyncio

async def main():
    await asyncio.sleep(0)

asyncio.run(main())
`,
      'python',
    );
    const t = invocations(r.events, 'task', 'main')[0];
    expect(lane(r.events, t).map((l) => l.replace(/ @.*/, ''))).toEqual([
      'invocation task main',
      'started',
      'awaited sleep(0)',
      'resumed',
      'resolved',
    ]);
    const resumed = r.events.find((e) => e.type === 'resumed' && e.id === t);
    expect(resumed && resumed.type === 'resumed' && resumed.by).toBeUndefined();
  });

  it('a cancelled task is resumed by the cancelled future and ends cancelled', () => {
    const r = run(
      `import asyncio

async def sleeper():
    await asyncio.sleep(10)

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")

asyncio.run(main())
`,
      'python',
    );
    expect(r.stdout).toEqual(['cancelled']);
    const t = invocations(r.events, 'task', 'sleeper')[0];
    expect(lane(r.events, t).map((l) => l.replace(/ @.*/, ''))).toEqual([
      'invocation task sleeper',
      'started',
      'awaited sleep(10)',
      'resumed',
      'cancelled',
    ]);
  });

  for (const model of VARIANTS) {
    it(`${model}: invariants hold for a REPL program with tasks, futures and errors`, () => {
      const r = run(
        `import asyncio

async def boom():
    await asyncio.sleep(0)
    raise ValueError("x")

async def waiter(f):
    return await f

loop = asyncio.get_running_loop()
f = loop.create_future()
w = asyncio.ensure_future(waiter(f))
b = asyncio.ensure_future(boom())
loop.call_later(0.01, f.set_result, 5)
print(await w)
try:
    await b
except ValueError as e:
    print("caught", e)
`,
        model,
      );
      expect([r.stdout, r.error]).toEqual([['5', 'caught x'], null]);
    });
  }
});

describe('Python models: await positions', () => {
  const AWAITS = `import asyncio

async def inner():
    return 1

async def child():
    await asyncio.sleep(0.01)

async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0)
    await asyncio.sleep(0.01)
    x = await inner()
    t = asyncio.ensure_future(child())
    await t
    f = loop.create_future()
    loop.call_soon(f.set_result, 2)
    await f
    await asyncio.wait_for(child(), 1)

asyncio.run(main())
`;
  for (const model of ['python', 'python-eager'] as const) {
    it(`${model}: every awaited event is placed at its await`, () => {
      const r = run(AWAITS, model);
      const main = invocations(r.events, 'coroutine', 'main')[0];
      expect(lane(r.events, main).filter((l) => l.startsWith('awaited'))).toEqual([
        'awaited sleep(0) @11:4',
        'awaited sleep(0.01) @12:4',
        // `await inner()` never suspends main: inner returns without yielding.
        'awaited Task child @15:4',
        'awaited Future @18:4',
        // wait_for awaits child() inline: the user's await of wait_for is the position.
        'awaited child() @19:4',
      ]);
      const children = invocations(r.events, 'coroutine', 'child');
      expect(lane(r.events, children[0]).filter((l) => l.startsWith('awaited'))).toEqual(['awaited sleep(0.01) @7:4']);
      // The coroutine an inline await starts is started at that await; a task's is not.
      expect(lane(r.events, invocations(r.events, 'coroutine', 'inner')[0])[1]).toBe('started @13:8');
      expect(lane(r.events, children[1])[1]).toBe('started @19:4');
      expect(lane(r.events, children[0])[1]).toBe('started');
      // The main task waits where its coroutine waits.
      const mainTask = invocations(r.events, 'task', 'main')[0];
      expect(
        lane(r.events, mainTask)
          .filter((l) => l.startsWith('awaited'))
          .map((l) => l.replace(/^.* @/, '@')),
      ).toEqual(['@11:4', '@12:4', '@15:4', '@18:4', '@7:4']);
    });
  }

  it('promisio: awaiting a promise is placed at the await', () => {
    const r = run(
      `from promisio import Promise

async def f():
    return 1

v = await f()
p = Promise.resolve(3)
w = await p
print(v, w)
`,
      'promisio',
    );
    expect(r.stdout).toEqual(['1 3']);
    const main = invocations(r.events, 'coroutine', '<module>')[0];
    expect(
      lane(r.events, main)
        .filter((l) => l.startsWith('awaited'))
        .map((l) => l.replace(/^awaited \S+ /, '')),
    ).toEqual(['@6:4', '@8:4']);
  });
});

describe('Python models: inline awaits that do not suspend', () => {
  it('awaiting a coroutine that returns or raises without yielding is no suspension of the awaiter (no PY_YIELD)', () => {
    const r = run(
      `import asyncio

async def quick():
    return 1

async def bad():
    raise ValueError("no")

async def main():
    await quick()
    try:
        await bad()
    except ValueError:
        pass
    print("main goes on")

asyncio.run(main())
`,
      'python',
    );
    const main = invocations(r.events, 'coroutine', 'main')[0];
    const [quick] = invocations(r.events, 'coroutine', 'quick');
    const [bad] = invocations(r.events, 'coroutine', 'bad');
    const steps = r.events
      .filter(
        (e) =>
          (e.type === 'awaited' || e.type === 'resumed' || e.type === 'resolved' || e.type === 'rejected' || e.type === 'print') &&
          (!('id' in e) || e.id === main || e.id === quick || e.id === bad),
      )
      .map(
        (e) =>
          `${e.type} ${'id' in e ? (e.id === main ? 'main' : e.id === quick ? 'quick' : 'bad') : ''}${e.type === 'resumed' ? ` by ${e.by === quick ? 'quick' : e.by === bad ? 'bad' : e.by}` : ''}`,
      );
    expect(steps).toEqual(['resolved quick', 'rejected bad', 'print main', 'resolved main']);
  });
});

describe('Python models: asyncio.run cleanup tasks', () => {
  const PROGRAM = `import asyncio

async def main():
    print(asyncio.current_task().get_name())

asyncio.run(main())
asyncio.run(main())
`;
  for (const model of ['python', 'python-eager'] as const) {
    it(`${model}: shutdown_asyncgens / shutdown_default_executor are scheduled but not shown`, () => {
      const r = run(PROGRAM, model);
      // Task-2 and Task-3 are the first run's cleanup tasks: still created, still named.
      expect(r.stdout).toEqual(['Task-1', 'Task-4']);
      const names = r.events.flatMap((e) => (e.type === 'invocation' ? [e.name] : []));
      expect(names).toEqual(['main', 'main', 'main', 'main']);
      // Each run: 1 iteration for main, 1 for its run_until_complete callback, 2 per cleanup task.
      expect(r.events.filter((e) => e.type === 'turn').length).toBe(12);
    });
  }

  it('tasks that user callbacks create during the cleanup are shown', () => {
    const r = run(
      `import asyncio

async def late():
    print("late")

def cb2():
    asyncio.ensure_future(late())

def cb1():
    # Runs with main's run_until_complete stop: cb2 runs in the shutdown_asyncgens iteration.
    asyncio.get_running_loop().call_soon(cb2)

async def main():
    asyncio.get_running_loop().call_soon(cb1)

asyncio.run(main())
`,
      'python',
    );
    expect(r.stdout).toEqual(['late']);
    const t = invocations(r.events, 'task', 'late')[0];
    expect(lane(r.events, t).map((l) => l.replace(/ @.*/, ''))).toEqual(['invocation task late', 'started', 'resolved']);
  });
});

describe('Python models: what an await waits on, and what woke it', () => {
  it('awaited.what is short (sleep(0.1), Task fetch, Future, gather(2), Promise) and resumed.by is the awaited invocation', () => {
    const r = run(
      `import asyncio
from promisio import Promise

async def fetch():
    await asyncio.sleep(0.1)
    return 1

async def two():
    return 2

loop = asyncio.get_running_loop()
t = asyncio.ensure_future(fetch())
await t
f = loop.create_future()
loop.call_soon(f.set_result, 3)
await f
await asyncio.gather(fetch(), two())
p = Promise(lambda resolve, reject: resolve(4))
await p
`,
      'python',
    );
    const names = new Map(r.events.flatMap((e) => (e.type === 'invocation' ? [[e.id, `${e.kind} ${e.name}`] as const] : [])));
    const main = invocations(r.events, 'coroutine', '<module>')[0];
    const fetch = invocations(r.events, 'coroutine', 'fetch')[0];
    const waits = (id: number | undefined) =>
      r.events.flatMap((e) =>
        e.type === 'awaited' && e.id === id
          ? [`${e.what} on ${names.get(e.on!)}`]
          : e.type === 'resumed' && e.id === id
            ? [`by ${names.get(e.by!)}`]
            : [],
      );
    expect(waits(main)).toEqual([
      'Task fetch on task fetch',
      'by task fetch',
      'Future on promise Future',
      'by promise Future',
      'gather(2) on promise gather(2)',
      'by promise gather(2)',
      // promisio's `await p` waits on p.catch(reraise) (docs/semantics.md §4).
      'Promise on promise Promise',
      'by promise Promise',
    ]);
    expect(waits(fetch)).toEqual(['sleep(0.1) on timer sleep(0.1)', 'by timer sleep(0.1)']);
  });
});
