/** REPL and script modes, asyncio.run cleanup, and the end-of-run warnings (tests/conformance/README.md). */
import { describe, expect, it } from 'vitest';
import { None, PyInstance, type Value } from '../../../src/engine/runtime/values';
import { Thrown } from '../../../src/engine/runtime/thrown';
import { PyTestSession } from './harness';

type Variant = 'python' | 'python-eager' | 'promisio';

function taskExceptionProgram(variant: Variant) {
  // task_exception_never_retrieved.py
  const s = new PyTestSession(variant);
  const fail = s.asyncDef('fail', function* (delay: number) {
    s.print('fail start');
    yield* s.await(s.call('asyncio', 'sleep', [delay]));
    s.print('fail raises');
    throw s.raise('ValueError', 'lost error');
  });
  s.runRepl(function* () {
    let t: Value = s.call('asyncio', 'ensure_future', [fail(0.05)]);
    yield* s.await(s.call('asyncio', 'sleep', [0.1]));
    s.print('main continues');
    t = None;
    void t;
    s.print('task dropped');
    yield* s.await(s.call('asyncio', 'sleep', [0.1]));
    s.print('end');
    return None;
  });
  return s;
}

describe('repl mode', () => {
  it('task exception never retrieved (python / eager / promisio qualnames)', () => {
    for (const [variant, qual] of [
      ['python', 'fail'],
      ['python-eager', 'fail'],
      ['promisio', 'ensure_future.<locals>._wrap_awaitable'],
    ] as const) {
      const s = taskExceptionProgram(variant);
      expect(s.stdout).toEqual(['fail start', 'fail raises', 'main continues', 'task dropped', 'end']);
      expect(s.outcome).toMatchObject({ error: null, mode: 'repl', virtualTime: 0.2 });
      expect(s.realm.warnings).toEqual([`Task exception was never retrieved (${qual}): ValueError: lost error`]);
    }
  });

  it('pending task at exit: destroyed-but-pending warnings; promisio adds the wrapper task', () => {
    for (const variant of ['python', 'promisio'] as const) {
      const s = new PyTestSession(variant);
      const waitForever = s.asyncDef('wait_forever', function* (fut: Value) {
        s.print('waiting on a future nobody resolves');
        yield* s.await(fut);
        s.print('never printed');
        return None;
      });
      s.runRepl(function* () {
        const fut = s.m(s.call('asyncio', 'get_running_loop'), 'create_future');
        s.call('asyncio', 'ensure_future', [waitForever(fut)]);
        yield* s.await(s.call('asyncio', 'sleep', [0.05]));
        s.print('main done');
        return None;
      });
      expect(s.stdout).toEqual(['waiting on a future nobody resolves', 'main done']);
      expect(s.outcome?.virtualTime).toBe(0.05);
      expect([...s.realm.warnings].sort()).toEqual(
        variant === 'python'
          ? ['Task was destroyed but it is pending! (wait_forever)']
          : [
              'Task was destroyed but it is pending! (ensure_future.<locals>._wrap_awaitable)',
              'Task was destroyed but it is pending! (wait_forever)',
            ],
      );
    }
  });

  it('an error in the top-level code is recorded and the loop keeps running', () => {
    const s = new PyTestSession();
    s.runRepl(function* () {
      const loop = s.call('asyncio', 'get_running_loop');
      s.m(loop, 'call_later', 0.01, s.fn(s.print), 'timer still fires');
      s.print('before');
      yield* s.await(s.call('asyncio', 'sleep', [0]));
      throw s.raise('ValueError', 'boom');
    });
    expect(s.stdout).toEqual(['before', 'timer still fires']);
    expect(s.outcome).toMatchObject({ error: 'ValueError: boom', errorAt: 1, mode: 'repl', virtualTime: 0.01 });
    expect(s.realm.warnings).toEqual([]);
  });

  it('main code still waiting when the loop goes idle', () => {
    const s = new PyTestSession();
    s.runRepl(function* () {
      const fut = s.m(s.call('asyncio', 'get_running_loop'), 'create_future');
      yield* s.await(fut);
      return None;
    });
    expect(s.realm.warnings).toEqual(['main code never finished (waits forever)']);
  });

  it('a raising loop callback is reported and the loop goes on', () => {
    const s = new PyTestSession();
    s.runRepl(function* () {
      const loop = s.call('asyncio', 'get_running_loop');
      s.m(
        loop,
        'call_soon',
        s.fn(() => {
          throw s.raise('KeyError', 'k');
        }),
      );
      s.m(loop, 'call_soon', s.fn(s.print), 'next callback runs');
      yield* s.await(s.call('asyncio', 'sleep', [0]));
      s.print('main resumes');
      return None;
    });
    expect(s.stdout).toEqual(['next callback runs', 'main resumes']);
    expect(s.realm.warnings).toEqual(['Exception in callback: KeyError: k']);
  });

  it('a coroutine that is never awaited is reported', () => {
    const s = new PyTestSession();
    const f = s.asyncDef(
      'f',
      function* () {
        return None;
      },
      'main.<locals>.f',
    );
    s.runRepl(function* () {
      f();
      yield* s.await(s.call('asyncio', 'sleep', [0]));
      return None;
    });
    expect(s.realm.warnings).toEqual(["RuntimeWarning: coroutine 'main.<locals>.f' was never awaited"]);
  });

  it('the budget pauses between loop iterations', () => {
    const s = new PyTestSession();
    const program = { kind: 'Program', lang: 'py', body: [], hasTopLevelAwait: true, loc: { line: 1, col: 0 } };
    s.model.start({
      program: program as never,
      module: {
        runSync: () => None,
        runAsync: function* () {
          for (let i = 0; i < 10; i++) yield* s.await(s.call('asyncio', 'sleep', [0]));
          return None;
        },
      },
    });
    expect(s.model.runUntil(s.realm.budget.used + 3)).toBe(false);
    expect(s.it()).toBe(3);
    while (!s.model.runUntil(s.realm.budget.used + 3));
    expect(s.it()).toBe(11);
  });
});

describe('script mode', () => {
  it('py/13 asyncio.run cancels leftover tasks so their except/finally blocks run', () => {
    const s = new PyTestSession();
    const background = s.asyncDef('background', function* () {
      try {
        yield* s.await(s.call('asyncio', 'sleep', [10]));
      } catch (e) {
        if (e instanceof Thrown && e.value instanceof PyInstance && e.value.cls.name === 'CancelledError')
          s.print('background: cancelled by asyncio.run cleanup');
        throw e;
      } finally {
        s.print('background: finally');
      }
      return None;
    });
    const main = s.asyncDef('main', function* () {
      s.call('asyncio', 'create_task', [background()]);
      yield* s.await(s.call('asyncio', 'sleep', [0]));
      s.print('main: returns');
      return 'main result';
    });
    s.runScript(() => s.print('asyncio.run ->', s.call('asyncio', 'run', [main()])));
    expect(s.stdout).toEqual([
      'main: returns',
      'background: cancelled by asyncio.run cleanup',
      'background: finally',
      'asyncio.run -> main result',
    ]);
    expect(s.realm.warnings).toEqual([]);
  });

  it('an uncaught exception from asyncio.run ends the program', () => {
    const s = new PyTestSession();
    const main = s.asyncDef('main', function* () {
      yield* s.await(s.call('asyncio', 'sleep', [0.1]));
      throw s.raise('ValueError', 'bad');
    });
    s.runScript(() => {
      s.call('asyncio', 'run', [main()]);
      s.print('not reached');
    });
    expect(s.outcome).toMatchObject({ error: 'ValueError: bad', errorAt: 0, mode: 'script', virtualTime: 0.1 });
  });

  it('a run_until_complete that would wait forever is a Hang', () => {
    const s = new PyTestSession();
    const main = s.asyncDef('main', function* () {
      yield* s.await(s.m(s.call('asyncio', 'get_running_loop'), 'create_future'));
      return None;
    });
    s.runScript(() => s.call('asyncio', 'run', [main()]));
    expect(s.outcome?.error).toBe('Hang: the program waits forever');
  });

  it('asyncio.run inside a running loop: RuntimeError and a never-awaited coroutine', () => {
    const s = new PyTestSession();
    const main = s.asyncDef('main', function* () {
      return None;
    });
    s.runRepl(function* () {
      s.call('asyncio', 'run', [main()]);
      return None;
    });
    expect(s.outcome?.error).toBe('RuntimeError: asyncio.run() cannot be called from a running event loop');
    expect(s.realm.warnings).toEqual(["RuntimeWarning: coroutine 'main' was never awaited"]);
  });
});
