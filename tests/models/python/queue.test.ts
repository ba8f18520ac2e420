/** asyncio.Queue: expected output produced by CPython 3.14 (pyodide) on a virtual-time loop. */
import { describe, expect, it } from 'vitest';
import { None, type Value } from '../../../src/engine/runtime/values';
import { PyTestSession } from './harness';

describe('asyncio.Queue', () => {
  it('bounded producer/consumers with task_done/join', () => {
    const s = new PyTestSession();
    const producer = s.asyncDef('producer', function* (q: Value) {
      for (let i = 0; i < 3; i++) {
        s.print('put', i);
        yield* s.await(s.m(q, 'put', i));
      }
      yield* s.await(s.m(q, 'join'));
      s.print('all done');
      return None;
    });
    const consumer = s.asyncDef('consumer', function* (q: Value, n: string) {
      for (;;) {
        const x = yield* s.await(s.m(q, 'get'));
        s.print(n, 'got', x);
        yield* s.await(s.call('asyncio', 'sleep', [0.01]));
        s.m(q, 'task_done');
      }
    });
    const main = s.asyncDef('main', function* () {
      const q = s.realm.py.callClass(s.realm.py.getAttr(s.asyncio, 'Queue') as never, {
        positional: [],
        keywords: new Map([['maxsize', 1]]),
      });
      const cs = ['c1', 'c2'].map((n) => s.call('asyncio', 'create_task', [consumer(q, n)]));
      yield* s.await(producer(q));
      for (const c of cs) s.m(c, 'cancel');
      s.print('end');
      return None;
    });
    s.runScript(() => s.call('asyncio', 'run', [main()]));
    expect(s.stdout).toEqual(['put 0', 'put 1', 'c1 got 0', 'put 2', 'c2 got 1', 'c1 got 2', 'all done', 'end']);
    expect(s.realm.warnings).toEqual([]);
  });
});
