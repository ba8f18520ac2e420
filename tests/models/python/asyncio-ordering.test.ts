/** Iteration-exact ordering of the asyncio loop, Future and Task (docs/semantics.md §2.2–2.7). */
import { describe, expect, it } from 'vitest';
import { None } from '../../../src/engine/runtime/values';
import { PyTestSession } from './harness';

describe('asyncio: create_task, sleep(0), done callbacks, _run_once', () => {
  it('py/02 create_task: bodies start next iteration, in creation order', () => {
    const s = new PyTestSession();
    const worker = s.asyncDef('worker', function* (name: string) {
      s.print(`${name}: start (iteration ${s.it()})`);
      yield* s.await(s.call('asyncio', 'sleep', [0]));
      s.print(`${name}: end (iteration ${s.it()})`);
      return None;
    });
    const main = s.asyncDef('main', function* () {
      const a = s.call('asyncio', 'create_task', [worker('A')]);
      const b = s.call('asyncio', 'create_task', [worker('B')]);
      s.print(`main: tasks created (iteration ${s.it()})`);
      yield* s.await(s.call('asyncio', 'sleep', [0]));
      s.print(`main: after sleep(0) (iteration ${s.it()})`);
      yield* s.await(a);
      s.print(`main: a done (iteration ${s.it()})`);
      yield* s.await(b);
      s.print(`main: b done (iteration ${s.it()})`);
      return None;
    });
    s.runScript(() => s.call('asyncio', 'run', [main()]));
    expect(s.stdout).toEqual([
      'main: tasks created (iteration 1)',
      'A: start (iteration 2)',
      'B: start (iteration 2)',
      'main: after sleep(0) (iteration 2)',
      'A: end (iteration 3)',
      'B: end (iteration 3)',
      'main: a done (iteration 4)',
      'main: b done (iteration 4)',
    ]);
    expect(s.outcome?.mode).toBe('script');
    expect(s.realm.warnings).toEqual([]);
  });

  it('py/04 done callbacks: scheduled by set_result in registration order', () => {
    const s = new PyTestSession();
    const main = s.asyncDef('main', function* () {
      const loop = s.call('asyncio', 'get_running_loop');
      const fut = s.m(loop, 'create_future');
      s.m(
        fut,
        'add_done_callback',
        s.fn((f) => s.print('callback 1, result', s.m(f, 'result'))),
      );
      s.m(
        fut,
        'add_done_callback',
        s.fn(() => s.print('callback 2')),
      );
      const waiter = s.asyncDef('waiter', function* (n: number) {
        yield* s.await(fut);
        s.print(`waiter ${n} woke (iteration ${s.it()})`);
        return None;
      });
      const ws = [1, 2].map((n) => s.call('asyncio', 'create_task', [waiter(n)]));
      yield* s.await(s.call('asyncio', 'sleep', [0]));
      s.m(loop, 'call_soon', s.fn(s.print), 'call_soon made before set_result');
      s.m(fut, 'set_result', 42);
      s.print(`set_result returned (iteration ${s.it()})`);
      s.m(
        fut,
        'add_done_callback',
        s.fn(() => s.print('callback 3, added after done')),
      );
      s.m(loop, 'call_soon', s.fn(s.print), 'call_soon made after set_result');
      yield* s.await(s.call('asyncio', 'gather', ws));
      return None;
    });
    s.runScript(() => s.call('asyncio', 'run', [main()]));
    expect(s.stdout).toEqual([
      'set_result returned (iteration 2)',
      'call_soon made before set_result',
      'callback 1, result 42',
      'callback 2',
      'waiter 1 woke (iteration 3)',
      'waiter 2 woke (iteration 3)',
      'callback 3, added after done',
      'call_soon made after set_result',
    ]);
  });

  it('py/05 _run_once: due timers join after the ready entries; new entries wait', () => {
    const s = new PyTestSession();
    const main = s.asyncDef('main', function* () {
      const loop = s.call('asyncio', 'get_running_loop');
      const say = s.fn((msg) => s.print(`${msg} (iteration ${s.it()})`));
      const aCb = s.fn(() => {
        s.realm.interp.call(say, undefined, { positional: ['a'] }, 'py');
        s.m(loop, 'call_soon', say, 'c, queued by a');
      });
      s.m(loop, 'call_later', 0, say, 'call_later(0) callback, made FIRST');
      s.m(loop, 'call_soon', aCb);
      s.m(loop, 'call_soon', say, 'b');
      s.realm.interp.call(say, undefined, { positional: ['main before sleep(0)'] }, 'py');
      yield* s.await(s.call('asyncio', 'sleep', [0]));
      s.realm.interp.call(say, undefined, { positional: ['main resumed'] }, 'py');
      yield* s.await(s.call('asyncio', 'sleep', [0]));
      s.realm.interp.call(say, undefined, { positional: ['main resumed again'] }, 'py');
      return None;
    });
    s.runScript(() => s.call('asyncio', 'run', [main()]));
    expect(s.stdout).toEqual([
      'main before sleep(0) (iteration 1)',
      'a (iteration 2)',
      'b (iteration 2)',
      'main resumed (iteration 2)',
      'call_later(0) callback, made FIRST (iteration 2)',
      'c, queued by a (iteration 3)',
      'main resumed again (iteration 3)',
    ]);
  });
});
