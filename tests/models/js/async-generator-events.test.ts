/**
 * The events of a JS async generator (models/js/async-generator.ts): its own invocation,
 * every await and every yield with no request waiting recorded as a suspension, each
 * resumption (by a promise reaction or by the next request) as `resumed`.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../../src/engine/engine';
import { briefEvent } from '../../events/brief';

describe('js model: async generator events', () => {
  it('awaits and yields suspend the generator; requests and reactions resume it', () => {
    const source =
      'async function* g() { yield 1; await null; yield 2; }\n(async () => { for await (const x of g()) console.log(x); })();\n';
    const r = runProgram(source, { lang: 'js', model: 'js', recordEvents: true });
    expect(r.stdout).toEqual(['1', '2']);
    const gen = r.events.find((e) => e.type === 'invocation' && e.name === 'g()');
    expect(gen && gen.type === 'invocation' && gen.kind).toBe('async-call');
    const id = gen && 'id' in gen ? gen.id : -1;
    const own = r.events.filter((e) => 'id' in e && e.id === id && e.type !== 'invocation').map(briefEvent);
    expect(own).toEqual([
      'started 3',
      'awaited 3 on=- 1',
      'resumed 3 by=-',
      'awaited 3 on=- yield 1',
      'resumed 3 by=-',
      'awaited 3 on=- null',
      'resumed 3 by=-',
      'awaited 3 on=- 2',
      'resumed 3 by=-',
      'awaited 3 on=- yield 2',
      'resumed 3 by=-',
      'resolved 3 undefined',
    ]);
  });
});
