/** The scheduling events the js model records (events/types.ts), checked on small programs. */
import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../../src/engine/events/types';
import { briefEvent } from '../../events/brief';
import { Session } from './harness';

const brief = (events: EngineEvent[]) => events.filter((e) => e.type !== 'print').map(briefEvent);

describe('js model: events', () => {
  it('an async call awaiting a timer promise', () => {
    const s = new Session({ record: true });
    const f = s.async('f', function* () {
      yield* s.await(
        s.newPromise((r) =>
          s.call(
            'setTimeout',
            s.fn(() => (r(7), undefined)),
            10,
          ),
        ),
      );
      return 'done';
    });
    s.run(() => {
      f();
    });
    expect(brief(s.realm.rec.drain())).toEqual([
      'turn 1',
      'invocation 1 main <module>',
      'started 1',
      'invocation 2 async-call f parent=1',
      'started 2',
      'invocation 3 promise Promise parent=2',
      'invocation 4 timer setTimeout callback parent=2',
      'enqueue timer 4 due=10',
      'awaited 2 on=3 Promise',
      'resolved 1 undefined',
      'time 0->10',
      'turn 2',
      'dequeue timer 4',
      'started 4',
      'resolved 3 7',
      'enqueue microtask 2',
      'resolved 4 undefined',
      'dequeue microtask 2',
      'resumed 2 by=3',
      "resolved 2 'done'",
    ]);
  });

  it('a then handler is one lane: started, then settled with its derived promise', () => {
    const s = new Session({ record: true });
    s.run(() => {
      s.then(s.resolved(1), () => s.resolved(2));
    });
    const lines = brief(s.realm.rec.drain());
    expect(lines).toEqual([
      'turn 1',
      'invocation 1 main <module>',
      'started 1',
      'invocation 2 promise Promise.resolve parent=1',
      'resolved 2 1',
      'invocation 3 callback then callback parent=1',
      'enqueue microtask 3',
      'resolved 1 undefined',
      'dequeue microtask 3',
      'started 3',
      'invocation 4 promise Promise.resolve parent=3',
      'resolved 4 2',
      'awaited 3 on=4 Promise.resolve',
      'enqueue microtask 3',
      'dequeue microtask 3',
      'resolved 3 2',
    ]);
  });

  it('an unhandled rejection records an error event', () => {
    const s = new Session({ record: true });
    s.run(() => {
      s.rejected(s.error('boom'));
    });
    const lines = brief(s.realm.rec.drain());
    expect(lines.at(-1)).toBe('error unhandled-rejection Error: boom');
  });
});
