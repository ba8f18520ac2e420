/** Eager tasks (docs/semantics.md §3) and promisio (§4), hop for hop. */
import { describe, expect, it } from 'vitest';
import { None, type PyInstance, type Value } from '../../../src/engine/runtime/values';
import { type Thrown } from '../../../src/engine/runtime/thrown';
import { PyTestSession } from './harness';
import { defined } from '../../support/normalize';

describe('eager tasks', () => {
  for (const eager of [false, true]) {
    it(`eager/01 ${eager ? 'eager_task_factory' : 'default factory'}`, () => {
      const s = new PyTestSession();
      let T0 = 0;
      const quick = s.asyncDef('quick', function* () {
        s.print(`  quick: body (iteration +${s.it() - T0})`);
        return 'q';
      });
      const slow = s.asyncDef('slow', function* () {
        s.print(`  slow: before await (iteration +${s.it() - T0})`);
        yield* s.await(s.call('asyncio', 'sleep', [0]));
        s.print(`  slow: after await (iteration +${s.it() - T0})`);
        return 's';
      });
      const main = s.asyncDef('main', function* () {
        T0 = s.it();
        const loop = s.call('asyncio', 'get_running_loop');
        if (eager) s.m(loop, 'set_task_factory', s.asyncio.dict.get('eager_task_factory'));
        s.print(eager ? 'eager_task_factory' : 'default factory');
        s.m(loop, 'call_soon', s.fn(s.print), '  call_soon made before the tasks');
        const t1 = s.call('asyncio', 'create_task', [quick()]);
        s.print(`  create_task(quick()) returned, done() = ${s.realm.py.repr(s.m(t1, 'done'))}`);
        const t2 = s.call('asyncio', 'create_task', [slow()]);
        s.print(`  create_task(slow()) returned, done() = ${s.realm.py.repr(s.m(t2, 'done'))}`);
        const st = s.it();
        const a = yield* s.await(t1);
        const b = yield* s.await(t2);
        s.print(`  (${s.realm.py.repr(a)}, ${s.realm.py.repr(b)}) after ${s.it() - st} iteration(s)`);
        return None;
      });
      s.runScript(() => s.call('asyncio', 'run', [main()]));
      expect(s.stdout).toEqual(
        eager
          ? [
              'eager_task_factory',
              '  quick: body (iteration +0)',
              '  create_task(quick()) returned, done() = True',
              '  slow: before await (iteration +0)',
              '  create_task(slow()) returned, done() = False',
              '  call_soon made before the tasks',
              '  slow: after await (iteration +1)',
              "  ('q', 's') after 2 iteration(s)",
            ]
          : [
              'default factory',
              '  create_task(quick()) returned, done() = False',
              '  create_task(slow()) returned, done() = False',
              '  call_soon made before the tasks',
              '  quick: body (iteration +1)',
              '  slow: before await (iteration +1)',
              '  slow: after await (iteration +2)',
              "  ('q', 's') after 3 iteration(s)",
            ],
      );
    });
  }

  it('eager/02 under the python-eager variant: gather of immediate children is done at once; main is not eager', () => {
    const s = new PyTestSession('python-eager');
    const child = s.asyncDef('child', function* (name: string) {
      s.print(`  ${name} runs`);
      return name;
    });
    const main = s.asyncDef('main', function* () {
      s.print(`main starts (iteration ${s.it()})`);
      const st = s.it();
      const g = s.call('asyncio', 'gather', [child('a'), child('b')]);
      s.print(`  gather() returned, outer done() = ${s.realm.py.repr(s.m(g, 'done'))}`);
      s.print(`  ${s.realm.py.repr(yield* s.await(g))} after ${s.it() - st} iteration(s)`);
      return None;
    });
    s.runScript(() => s.call('asyncio', 'run', [main()]));
    expect(s.stdout).toEqual([
      'main starts (iteration 1)',
      '  a runs',
      '  b runs',
      '  gather() returned, outer done() = True',
      "  ['a', 'b'] after 0 iteration(s)",
    ]);
  });
});

describe('promisio', () => {
  it('promisio/01 executor and then chains', () => {
    const s = new PyTestSession();
    const Promise = s.promisio.dict.get('Promise')!;
    const main = s.asyncDef('main', function* () {
      const say = (msg: string) => s.print(`${msg} (iteration ${s.it()})`);
      const p = s.realm.interp.call(
        Promise,
        undefined,
        { positional: [s.fn((resolve) => (say('executor runs'), s.realm.interp.call(resolve, undefined, { positional: ['v'] }, 'py')))] },
        'py',
      );
      s.print('constructor returned; future done:', s.m(s.realm.py.getAttr(p, 'future'), 'done'));
      s.m(
        s.m(
          p,
          'then',
          s.fn((v) => say(`then #1 got ${s.realm.py.repr(v)}`)),
        ),
        'then',
        s.fn(() => say('then #2')),
      );
      s.m(
        p,
        'then',
        s.fn(() => say('second handler on p')),
      );
      s.m(
        s.m(
          p,
          'finally_',
          s.fn(() => (say('finally_ handler'), 'from finally_')),
        ),
        'then',
        s.fn((v) => say(`then after finally_ got ${s.realm.py.repr(v)}`)),
      );
      const resolve = s.realm.py.getAttr(Promise, 'resolve');
      const r0 = s.realm.interp.call(resolve, undefined, { positional: [0] }, 'py');
      s.m(
        s.m(
          r0,
          'then',
          s.fn(() => s.realm.interp.call(resolve, undefined, { positional: ['inner'] }, 'py')),
        ),
        'then',
        s.fn((v) => say(`then after a Promise-returning handler got ${s.realm.py.repr(v)}`)),
      );
      yield* s.await(s.call('asyncio', 'sleep', [0.01]));
      return None;
    });
    s.runScript(() => s.call('asyncio', 'run', [main()]));
    expect(s.stdout).toEqual([
      'executor runs (iteration 1)',
      'constructor returned; future done: True',
      "then #1 got 'v' (iteration 2)",
      'second handler on p (iteration 2)',
      'finally_ handler (iteration 2)',
      'then #2 (iteration 3)',
      "then after finally_ got 'from finally_' (iteration 3)",
      "then after a Promise-returning handler got 'inner' (iteration 4)",
    ]);
  });

  it('promisio/02 await costs 2 iterations after settlement', () => {
    const s = new PyTestSession();
    const Promise = s.promisio.dict.get('Promise')!;
    const sm = (name: string, v: Value) => s.realm.interp.call(s.realm.py.getAttr(Promise, name), undefined, { positional: [v] }, 'py');
    const main = s.asyncDef('main', function* () {
      let st = s.it();
      const v = yield* s.await(sm('resolve', 1));
      s.print(`await settled Promise -> ${s.realm.py.repr(v)} after ${s.it() - st} iteration(s)`);
      st = s.it();
      try {
        yield* s.await(sm('reject', s.raise('ValueError', 'nope').value));
      } catch (e) {
        s.print(`await rejected Promise raised ${s.realm.py.repr((e as Thrown).value)} after ${s.it() - st} iteration(s)`);
      }
      const pending = s.realm.interp.call(Promise, undefined, { positional: [] }, 'py');
      const settledAt: number[] = [];
      s.m(
        s.call('asyncio', 'get_running_loop'),
        'call_soon',
        s.fn(() => (settledAt.push(s.it()), s.m(pending, '_resolve', 'late'))),
      );
      const w = yield* s.await(pending);
      s.print(
        `await pending Promise -> ${s.realm.py.repr(w)}, ${s.it() - defined(settledAt[0], 'the resolve iteration')} iteration(s) after it was resolved`,
      );
      return None;
    });
    s.runScript(() => s.call('asyncio', 'run', [main()]));
    expect(s.stdout).toEqual([
      'await settled Promise -> 1 after 2 iteration(s)',
      "await rejected Promise raised ValueError('nope') after 2 iteration(s)",
      "await pending Promise -> 'late', 2 iteration(s) after it was resolved",
    ]);
  });

  it('promisio/03 promisify: async def (task next iteration, 4 hops), sync fn, promise, raise', () => {
    const s = new PyTestSession();
    const promisify = (f: Value) => s.call('promisio', 'promisify', [f]);
    const Promise = s.promisio.dict.get('Promise')!;
    const coroFnRaw = s.asyncDef('coro_fn', function* () {
      s.print(`  coro_fn body starts (iteration ${s.it()})`);
      return 'c';
    });
    const fns: [string, Value][] = [
      ['coro_fn', promisify(s.fn(() => coroFnRaw(), 'coro_fn'))],
      ['sync_fn', promisify(s.fn(() => 's', 'sync_fn'))],
      [
        'returns_promise',
        promisify(
          s.fn(
            () => s.realm.interp.call(s.realm.py.getAttr(Promise, 'resolve'), undefined, { positional: ['p'] }, 'py'),
            'returns_promise',
          ),
        ),
      ],
      [
        'raises',
        promisify(
          s.fn(() => {
            throw s.raise('KeyError', 'k');
          }, 'raises'),
        ),
      ],
    ];
    const main = s.asyncDef('main', function* () {
      for (const [name, fn] of fns) {
        const st = s.it();
        const p = s.realm.interp.call(fn, undefined, { positional: [] }, 'py');
        s.print(`${name}() returned a ${(p as PyInstance).cls.name} (iteration ${s.it()})`);
        let v: string;
        try {
          v = s.realm.py.repr(yield* s.await(p));
        } catch (e) {
          v = `raised ${s.realm.py.repr((e as Thrown).value)}`;
        }
        s.print(`  await -> ${v} after ${s.it() - st} iteration(s)`);
      }
      return None;
    });
    s.runScript(() => s.call('asyncio', 'run', [main()]));
    expect(s.stdout).toEqual([
      'coro_fn() returned a TaskPromise (iteration 1)',
      '  coro_fn body starts (iteration 2)',
      "  await -> 'c' after 4 iteration(s)",
      'sync_fn() returned a Promise (iteration 5)',
      "  await -> 's' after 2 iteration(s)",
      'returns_promise() returned a Promise (iteration 7)',
      "  await -> 'p' after 3 iteration(s)",
      'raises() returned a Promise (iteration 10)',
      `  await -> raised KeyError('k') after 2 iteration(s)`,
    ]);
  });

  it('promisio/05 all / race / any / all_settled', () => {
    const s = new PyTestSession();
    const Promise = s.promisio.dict.get('Promise')!;
    const st = (name: string, v: Value) => s.realm.interp.call(s.realm.py.getAttr(Promise, name), undefined, { positional: [v] }, 'py');
    const main = s.asyncDef('main', function* () {
      const loop = s.call('asyncio', 'get_running_loop');
      const cases: [string, Value][] = [
        ['3 settled Promises', [1, 2, 3].map((i) => st('resolve', i))],
        ['plain values', [1, 2]],
        ['[]', []],
      ];
      for (const [label, inputs] of cases) {
        const t = s.it();
        const r = yield* s.await(st('all', inputs));
        s.print(`await Promise.all(${label}) -> ${s.realm.py.repr(r)} after ${s.it() - t} iteration(s)`);
      }
      const later = (value: Value, delay: number, ok = true) => {
        const p = s.realm.interp.call(Promise, undefined, { positional: [] }, 'py');
        s.m(loop, 'call_later', delay, s.realm.py.getAttr(p, ok ? '_resolve' : '_reject'), value);
        return p;
      };
      s.print('race ->', yield* s.await(st('race', [later('slow', 0.02), later('fast', 0.01)])));
      s.print('race of two settled ->', yield* s.await(st('race', [st('resolve', 'a'), st('resolve', 'b')])));
      s.print('any ->', yield* s.await(st('any', [later(s.raise('ValueError', 'e').value, 0.01, false), later('ok', 0.02)])));
      try {
        yield* s.await(st('any', [st('reject', s.raise('ValueError', 'a').value), st('reject', s.raise('KeyError', 'b').value)]));
      } catch (e) {
        const v = (e as Thrown).value as PyInstance;
        s.print('any, all rejected ->', v.cls.name, s.realm.py.repr(v.dict.get('errors')));
      }
      s.print(
        'all_settled ->',
        s.realm.py.repr(yield* s.await(st('all_settled', [st('resolve', 1), st('reject', s.raise('ValueError', 'x').value)]))),
      );
      try {
        yield* s.await(st('all', [later('a', 0.02), st('reject', s.raise('ValueError', 'first').value)]));
      } catch (e) {
        s.print('all rejects with', s.realm.py.repr((e as Thrown).value));
      }
      yield* s.await(s.call('asyncio', 'sleep', [0.05]));
      return None;
    });
    s.runScript(() => s.call('asyncio', 'run', [main()]));
    expect(s.stdout).toEqual([
      'await Promise.all(3 settled Promises) -> [1, 2, 3] after 4 iteration(s)',
      'await Promise.all(plain values) -> [1, 2] after 3 iteration(s)',
      'await Promise.all([]) -> [] after 2 iteration(s)',
      'race -> fast',
      'race of two settled -> a',
      'any -> ok',
      "any, all rejected -> AggregateError [ValueError('a'), KeyError('b')]",
      "all_settled -> [{'status': 'fulfilled', 'value': 1}, {'status': 'rejected', 'reason': ValueError('x')}]",
      "all rejects with ValueError('first')",
    ]);
    expect(s.realm.warnings).toEqual([]);
  });

  it('promisio model: every async def call returns a TaskPromise; asyncio.run(main()) in a script fails', () => {
    const s = new PyTestSession('promisio');
    const main = s.asyncDef('main', function* () {
      s.print('never');
      return None;
    });
    s.runScript(() => s.call('asyncio', 'run', [main()]));
    expect(s.stdout).toEqual([]);
    expect(s.outcome?.error).toBe('RuntimeError: no running event loop');
    expect(s.realm.warnings).toEqual(["RuntimeWarning: coroutine 'main' was never awaited"]);
  });
});
