/** Iteration costs (docs/semantics.md §2.4–2.8, §5) with hand-written bodies. */
import { describe, expect, it } from 'vitest';
import { None, PyInstance, type Value } from '../../../src/engine/runtime/values';
import { Thrown } from '../../../src/engine/runtime/thrown';
import { PyTestSession } from './harness';
import { defined } from '../../support/normalize';

function isExc(e: unknown, name: string): boolean {
  return e instanceof Thrown && e.value instanceof PyInstance && e.value.cls.mro.some((c) => c.name === name);
}

describe('asyncio: await costs', () => {
  it('py/03 ticks', () => {
    const s = new PyTestSession();
    const returnsNow = s.asyncDef('returns_now', function* () {
      return 1;
    });
    const pauseOnce = s.asyncDef('pause_once', function* () {
      yield* s.await(s.call('asyncio', 'sleep', [0]));
      return None;
    });
    const report = (label: string, start: number) => s.print(`${label}: ${s.it() - start} iteration(s)`);
    const main = s.asyncDef('main', function* () {
      const loop = s.call('asyncio', 'get_running_loop');
      let st = s.it();
      yield* s.await(s.call('asyncio', 'sleep', [0]));
      report('await asyncio.sleep(0)', st);
      st = s.it();
      yield* s.await(returnsNow());
      report('await coroutine that does not suspend', st);
      let t = s.call('asyncio', 'create_task', [returnsNow()]);
      yield* s.await(s.call('asyncio', 'sleep', [0]));
      st = s.it();
      yield* s.await(t);
      report('await done task', st);
      t = s.call('asyncio', 'create_task', [returnsNow()]);
      st = s.it();
      yield* s.await(t);
      report('await new task that finishes in its first step', st);
      t = s.call('asyncio', 'create_task', [pauseOnce()]);
      st = s.it();
      yield* s.await(t);
      report('await new task that does one sleep(0)', st);
      let fut = s.m(loop, 'create_future');
      const setAt: number[] = [];
      const setter = s.asyncDef('setter', function* () {
        setAt.push(s.it());
        s.m(fut, 'set_result', 'x');
        return None;
      });
      s.call('asyncio', 'create_task', [setter()]);
      yield* s.await(fut);
      report('await future, counted from set_result() in another task', defined(setAt[0], 'the set_result iteration'));
      st = s.it();
      yield* s.await(fut);
      report('await done future', st);
      fut = s.m(loop, 'create_future');
      s.m(loop, 'call_soon', s.realm.py.getAttr(fut, 'set_result'), 1);
      st = s.it();
      yield* s.await(fut);
      report('await future set by a call_soon callback', st);
      const returnsFuture = s.asyncDef('returns_future', function* () {
        return fut;
      });
      const r = yield* s.await(returnsFuture());
      s.print('coroutine returning a Future gives:', (r as PyInstance).cls.name);
      try {
        yield* s.await(42);
      } catch (e) {
        if (isExc(e, 'TypeError')) s.print('await 42 -> TypeError');
        else throw e;
      }
      return None;
    });
    s.runScript(() => s.call('asyncio', 'run', [main()]));
    expect(s.stdout).toEqual([
      'await asyncio.sleep(0): 1 iteration(s)',
      'await coroutine that does not suspend: 0 iteration(s)',
      'await done task: 0 iteration(s)',
      'await new task that finishes in its first step: 2 iteration(s)',
      'await new task that does one sleep(0): 3 iteration(s)',
      'await future, counted from set_result() in another task: 1 iteration(s)',
      'await done future: 0 iteration(s)',
      'await future set by a call_soon callback: 2 iteration(s)',
      'coroutine returning a Future gives: Future',
      'await 42 -> TypeError',
    ]);
  });

  it('py/07 sleep: deadline order, FIFO ties, wakeup queued before the timer callback queues', () => {
    const s = new PyTestSession();
    const sleeper = s.asyncDef('sleeper', function* (name: string, delay: number) {
      yield* s.await(s.call('asyncio', 'sleep', [delay]));
      s.print(`${name} woke (slept ${delay})`);
      return None;
    });
    const main = s.asyncDef('main', function* () {
      const loop = s.call('asyncio', 'get_running_loop');
      yield* s.await(s.call('asyncio', 'gather', [sleeper('A', 0.02), sleeper('B', 0.01), sleeper('C', 0.01), sleeper('D', 0)]));
      const fut = s.m(loop, 'create_future');
      const fired: number[] = [];
      const onTimer = s.fn(() => {
        fired.push(s.it());
        s.print('timer callback sets the result');
        s.m(fut, 'set_result', None);
        s.m(loop, 'call_soon', s.fn(s.print), 'call_soon made by the timer callback after set_result');
      });
      s.m(loop, 'call_later', 0.01, onTimer);
      yield* s.await(fut);
      s.print(`main resumed ${s.it() - defined(fired[0], 'the timer iteration')} iteration after the timer callback`);
      return None;
    });
    s.runScript(() => s.call('asyncio', 'run', [main()]));
    expect(s.stdout).toEqual([
      'D woke (slept 0)',
      'B woke (slept 0.01)',
      'C woke (slept 0.01)',
      'A woke (slept 0.02)',
      'timer callback sets the result',
      'main resumed 1 iteration after the timer callback',
      'call_soon made by the timer callback after set_result',
    ]);
    expect(s.outcome?.virtualTime).toBe(0.03);
  });

  it('py/08 gather: start order, argument-order results, first failure, return_exceptions', () => {
    const s = new PyTestSession();
    const job = s.asyncDef('job', function* (name: string, steps: number, fail = false) {
      s.print(`${name} starts (iteration ${s.it()})`);
      for (let i = 0; i < steps; i++) yield* s.await(s.call('asyncio', 'sleep', [0]));
      if (fail) throw s.raise('ValueError', name);
      s.print(`${name} finishes (iteration ${s.it()})`);
      return name;
    });
    const main = s.asyncDef('main', function* () {
      const r = yield* s.await(s.call('asyncio', 'gather', [job('slow', 2), job('fast', 0), job('mid', 1)]));
      s.print(`results in argument order: ${s.realm.py.repr(r)} (iteration ${s.it()})`);
      try {
        yield* s.await(s.call('asyncio', 'gather', [job('ok', 5), job('bad', 1, true)]));
      } catch (e) {
        if (!isExc(e, 'ValueError')) throw e;
        s.print(`gather raised ${s.realm.py.repr((e as Thrown).value)} (iteration ${s.it()}); ok keeps running`);
      }
      yield* s.await(s.call('asyncio', 'sleep', [0.01]));
      s.print(s.realm.py.repr(yield* s.await(s.call('asyncio', 'gather', [job('x', 0), job('y', 1, true)], { return_exceptions: true }))));
      return None;
    });
    s.runScript(() => s.call('asyncio', 'run', [main()]));
    expect(s.stdout).toEqual([
      'slow starts (iteration 2)',
      'fast starts (iteration 2)',
      'fast finishes (iteration 2)',
      'mid starts (iteration 2)',
      'mid finishes (iteration 3)',
      'slow finishes (iteration 4)',
      "results in argument order: ['slow', 'fast', 'mid'] (iteration 6)",
      'ok starts (iteration 7)',
      'bad starts (iteration 7)',
      "gather raised ValueError('bad') (iteration 10); ok keeps running",
      'ok finishes (iteration 12)',
      'x starts (iteration 16)',
      'x finishes (iteration 16)',
      'y starts (iteration 16)',
      "['x', ValueError('y')]",
    ]);
  });

  it('py/09 gather of done futures is done at once (3.12+)', () => {
    const s = new PyTestSession();
    const main = s.asyncDef('main', function* () {
      const loop = s.call('asyncio', 'get_running_loop');
      const f1 = s.m(loop, 'create_future');
      const f2 = s.m(loop, 'create_future');
      s.m(f1, 'set_result', 1);
      s.m(f2, 'set_result', 2);
      const st = s.it();
      const g = s.call('asyncio', 'gather', [f1, f2]);
      s.print('outer done when gather() returns:', s.m(g, 'done'));
      const r = yield* s.await(g);
      s.print(s.realm.py.repr(r), `after ${s.it() - st} iteration(s)`);
      return None;
    });
    s.runScript(() => s.call('asyncio', 'run', [main()]));
    expect(s.stdout).toEqual(['outer done when gather() returns: True', '[1, 2] after 0 iteration(s)']);
  });

  it('py/10 cancel: at the await one iteration later; a task cancelled before it started runs nothing', () => {
    const s = new PyTestSession();
    const sleeper = s.asyncDef('sleeper', function* () {
      try {
        yield* s.await(s.call('asyncio', 'sleep', [10]));
      } catch (e) {
        if (isExc(e, 'CancelledError')) s.print(`sleeper: CancelledError at its await (iteration ${s.it()})`);
        throw e;
      }
      return None;
    });
    const neverStarted = s.asyncDef('never_started', function* () {
      s.print('never printed');
      return None;
    });
    const main = s.asyncDef('main', function* () {
      const t = s.call('asyncio', 'create_task', [sleeper()]);
      yield* s.await(s.call('asyncio', 'sleep', [0]));
      const c = s.m(t, 'cancel');
      s.print(`cancel() -> ${s.realm.py.repr(c)}, cancelled() -> ${s.realm.py.repr(s.m(t, 'cancelled'))} (iteration ${s.it()})`);
      try {
        yield* s.await(t);
      } catch (e) {
        if (!isExc(e, 'CancelledError')) throw e;
        s.print(`main: t.cancelled() -> ${s.realm.py.repr(s.m(t, 'cancelled'))} (iteration ${s.it()})`);
      }
      const u = s.call('asyncio', 'create_task', [neverStarted()]);
      s.m(u, 'cancel');
      try {
        yield* s.await(u);
      } catch (e) {
        if (!isExc(e, 'CancelledError')) throw e;
        s.print(`main: u cancelled before its body ran (iteration ${s.it()})`);
      }
      return None;
    });
    s.runScript(() => s.call('asyncio', 'run', [main()]));
    expect(s.stdout).toEqual([
      'cancel() -> True, cancelled() -> False (iteration 2)',
      'sleeper: CancelledError at its await (iteration 3)',
      'main: t.cancelled() -> True (iteration 4)',
      'main: u cancelled before its body ran (iteration 6)',
    ]);
    expect(s.realm.warnings).toEqual([]);
  });

  it('py/11 wait_for: inline (0 iterations), TimeoutError after cancelling the work', () => {
    const s = new PyTestSession();
    const child = s.asyncDef('child', function* () {
      s.print(`child body (iteration ${s.it()})`);
      return 'r';
    });
    const slow = s.asyncDef('slow', function* () {
      try {
        yield* s.await(s.call('asyncio', 'sleep', [1]));
      } catch (e) {
        if (isExc(e, 'CancelledError')) s.print('slow: cancelled by the timeout');
        throw e;
      }
      return None;
    });
    const main = s.asyncDef('main', function* () {
      const st = s.it();
      const r = yield* s.await(s.call('asyncio', 'wait_for', [child()], { timeout: 5 }));
      s.print(`wait_for(coroutine, 5) -> ${s.realm.py.repr(r)} after ${s.it() - st} iteration(s)`);
      try {
        yield* s.await(s.call('asyncio', 'wait_for', [slow()], { timeout: 0.01 }));
      } catch (e) {
        if (!isExc(e, 'TimeoutError')) throw e;
        s.print('raised', (e as Thrown).value instanceof PyInstance ? ((e as Thrown).value as PyInstance).cls.name : '?');
      }
      return None;
    });
    s.runScript(() => s.call('asyncio', 'run', [main()]));
    expect(s.stdout).toEqual([
      'child body (iteration 1)',
      "wait_for(coroutine, 5) -> 'r' after 0 iteration(s)",
      'slow: cancelled by the timeout',
      'raised TimeoutError',
    ]);
  });

  it('py/12 Event wakes waiters FIFO one iteration later; wait(FIRST_COMPLETED)', () => {
    const s = new PyTestSession();
    const work = s.asyncDef('work', function* (name: string, delay: number) {
      yield* s.await(s.call('asyncio', 'sleep', [delay]));
      return name;
    });
    const main = s.asyncDef('main', function* () {
      const ev = s.realm.py.callClass(s.realm.py.getAttr(s.asyncio, 'Event') as never, { positional: [] });
      const waiter = s.asyncDef('waiter', function* (n: number) {
        yield* s.await(s.m(ev, 'wait'));
        s.print(`waiter ${n} woke (iteration ${s.it()})`);
        return None;
      });
      const ws = [1, 2, 3].map((n) => s.call('asyncio', 'create_task', [waiter(n)]));
      yield* s.await(s.call('asyncio', 'sleep', [0]));
      s.print(`set() (iteration ${s.it()})`);
      s.m(ev, 'set');
      yield* s.await(s.call('asyncio', 'gather', ws));
      const st = s.it();
      yield* s.await(s.m(ev, 'wait'));
      s.print(`wait() on a set Event: ${s.it() - st} iterations`);
      const ts = [s.call('asyncio', 'create_task', [work('a', 0.5)]), s.call('asyncio', 'create_task', [work('b', 0.01)])];
      const r = (yield* s.await(s.call('asyncio', 'wait', [ts], { return_when: 'FIRST_COMPLETED' }))) as unknown as { items: Value[] };
      const done = [...(r.items[0] as unknown as { entries: Map<Value, Value> }).entries.keys()];
      const pending = [...(r.items[1] as unknown as { entries: Map<Value, Value> }).entries.keys()];
      s.print('wait(FIRST_COMPLETED) ->', s.realm.py.repr(done.map((t) => s.m(t, 'result'))), pending.length, 'pending');
      for (const t of pending) s.m(t, 'cancel');
      return None;
    });
    s.runScript(() => s.call('asyncio', 'run', [main()]));
    expect(s.stdout).toEqual([
      'set() (iteration 2)',
      'waiter 1 woke (iteration 3)',
      'waiter 2 woke (iteration 3)',
      'waiter 3 woke (iteration 3)',
      'wait() on a set Event: 0 iterations',
      "wait(FIRST_COMPLETED) -> ['b'] 1 pending",
    ]);
  });
});
