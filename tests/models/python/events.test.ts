/** The scheduling events the Python models record (events/types.ts). */
import { describe, expect, it } from 'vitest';
import { None } from '../../../src/engine/runtime/values';
import type { EngineEvent } from '../../../src/engine/events/types';
import { briefEvent } from '../../events/brief';
import { PyTestSession } from './harness';

const brief = (events: EngineEvent[]) => events.map(briefEvent);

describe('python model: events', () => {
  it('a REPL main task creating a task that sleeps', () => {
    const s = new PyTestSession('python', { record: true });
    const job = s.asyncDef('job', function* () {
      yield* s.await(s.call('asyncio', 'sleep', [0.01]));
      s.print('job done');
      return 'r';
    });
    s.runRepl(function* () {
      const t = s.call('asyncio', 'create_task', [job()]);
      yield* s.await(t);
      return None;
    });
    expect(brief(s.realm.rec.drain())).toEqual([
      'invocation 1 coroutine <module>',
      'invocation 2 task <module>',
      'enqueue ready 2',
      'turn 1',
      'dequeue ready 2',
      'started 2',
      'started 1',
      'invocation 3 coroutine job parent=1',
      'invocation 4 task job parent=1',
      'enqueue ready 4',
      'awaited 1 on=4 Task job',
      'awaited 2 on=4 Task job',
      'turn 2',
      'dequeue ready 4',
      'started 4',
      'started 3',
      'invocation 5 timer sleep(0.01) parent=3',
      'enqueue timer 5 due=10',
      'awaited 3 on=5 sleep(0.01)',
      'awaited 4 on=5 sleep(0.01)',
      'turn 3',
      'time 0->10',
      'dequeue timer 5',
      'enqueue ready 5',
      'dequeue ready 5',
      'resolved 5 None',
      'enqueue ready 4',
      'turn 4',
      'dequeue ready 4',
      'resumed 4 by=5',
      'resumed 3 by=5',
      'print 3 job done',
      "resolved 3 'r'",
      "resolved 4 'r'",
      'enqueue ready 2',
      'turn 5',
      'dequeue ready 2',
      'resumed 2 by=4',
      'resumed 1 by=4',
      'resolved 1 None',
      'resolved 2 None',
    ]);
  });
});
