import { describe, expect, it } from 'vitest';
import { run } from './double';
import { Thrown } from '../../src/engine/runtime/thrown';
import type { Realm } from '../../src/engine/runtime/realm';
import type { SchedulingModel } from '../../src/engine/models/model';
import type { Value } from '../../src/engine/runtime/values';

/**
 * A driver double: each await resumes at once with the awaited value, except
 * `'boom'` (delivered as an exception at the suspension point: gen.throw) and
 * `'close'` (the driver closes the body: gen.return). Calls return the body's result.
 */
function driver(log: string[]): (realm: Realm) => SchedulingModel {
  return (realm) => ({
    name: 'js',
    callAsync(body, info) {
      log.push(`call ${info.name}`);
      let r = body.next();
      while (!r.done) {
        const v = (r.value as { v: Value }).v;
        if (v === 'boom') r = body.throw(new Thrown('boom'));
        else if (v === 'close') {
          r = body.return('closed');
          log.push('closed');
        } else r = body.next(v);
      }
      return r.value;
    },
    *awaitValue(value) {
      log.push(`await ${realm.js.repr(value)}`);
      return (yield { v: value }) as Value;
    },
    readClockNs: () => 0,
    blockingSleep: () => undefined,
  });
}

describe('async bodies (generator mode)', () => {
  it('awaits in expressions, arguments, templates, conditions, loops and compound assignments', () => {
    const log: string[] = [];
    const r = run(
      `
async function id(x) { return x; }
async function main() {
  let total = 0;
  for (let i = 0; i < 3; i++) total += await id(i);
  const arr = [await id(1), ...(await id([2, 3]))];
  const msg = \`sum=\${await id(total)} arr=\${arr}\`;
  if (await id(true)) console.log(msg);
  while ((await id(total)) < 5) total++;
  const obj = { k: await id('v') };
  console.log(total, obj.k, (await id(2)) * (await id(3)));
  return total;
}
main().then === undefined;
console.log('result', await main());
`,
      'js',
      { model: driver(log) },
    );
    expect(r.error).toBe(null);
    expect(r.stdout).toEqual(['sum=3 arr=1,2,3', '5 v 6', 'sum=3 arr=1,2,3', '5 v 6', 'result 5']);
    expect(log.filter((l) => l.startsWith('call')).length).toBeGreaterThan(10);
  });

  it('exceptions delivered at the suspension point reach try/catch/finally around the await', () => {
    const log: string[] = [];
    const r = run(
      `
async function f(x) {
  try {
    const v = await x;
    console.log('got', v);
    return v;
  } catch (e) {
    console.log('caught', e);
    return 'recovered';
  } finally {
    console.log('finally');
  }
}
console.log(f(1), f('boom'));
`,
      'js',
      { model: driver(log) },
    );
    expect(r.stdout).toEqual(['got 1', 'finally', 'caught boom', 'finally', '1 recovered']);
  });

  it('gen.return() (closing a suspended body) runs its finally blocks', () => {
    const log: string[] = [];
    const r = run(
      `
async def f():
    try:
        await 'close'
        print('not reached')
    finally:
        print('cleanup')
print(f())
`,
      'py',
      { model: driver(log) },
    );
    expect(r.stdout).toEqual(['cleanup', 'closed']);
  });

  it('Python: awaits inside except/else/finally and for loops, with bare raise', () => {
    const log: string[] = [];
    const r = run(
      `
async def g(x):
    return x
async def main():
    out = []
    for i in range(3):
        out.append(await g(i))
    try:
        await 'boom'
    except:
        out.append(await g('handled'))
    else:
        out.append('else')
    finally:
        out.append(await g('fin'))
    try:
        try:
            raise ValueError(await g('v'))
        except ValueError:
            await g(0)
            raise
    except ValueError as e:
        out.append(str(e))
    return out
print(await main())
`,
      'py',
      { model: driver(log) },
    );
    expect(r.error).toBe(null);
    expect(r.stdout).toEqual(["[0, 1, 2, 'handled', 'fin', 'v']"]);
  });

  it('Python: await inside list/dict comprehensions, in order', () => {
    const log: string[] = [];
    const r = run(
      `
async def g(x):
    return x * 10
async def main():
    xs = [await g(i) for i in range(3) if i != 1]
    d = {i: await g(i) for i in range(2)}
    return xs, d
print(await main())
`,
      'py',
      { model: driver(log) },
    );
    expect(r.stdout).toEqual(['([0, 20], {0: 0, 1: 10})']);
    expect(log.filter((l) => l.startsWith('await')).length).toBe(5);
  });

  it('bodies, loops and awaiting expressions answer next/throw/return as generators do (body-run.ts, loop-run.ts, await-then.ts)', () => {
    const log: string[] = [];
    const r = run(
      `
function side(x) { console.log('side', x); return x; }
async function main() {
  let s = 0;
  for (let i = 0; i < 3; i++) {
    try {
      s += await (i === 1 ? 'boom' : i);
    } catch (e) {
      console.log('caught', e, s);
    }
  }
  let j = 0;
  do { j += await 2; } while ((await j) < 5);
  const v = side(10) - (await 3);
  const w = (await 4) * (await 5) + side(1);
  let x;
  x = await 'x';
  console.log(s, j, v, w, x);
  try {
    while (true) {
      const y = await 'close';
      console.log('not reached', y);
    }
  } finally {
    console.log('loop finally');
  }
}
console.log(main());
async function thrower() {
  let n = 0;
  while (n < 2) n += await 1;
  return (await 'boom') + n;
}
try { thrower(); } catch (e) { console.log('out', e); }
`,
      'js',
      { model: driver(log) },
    );
    expect(r.error).toBe(null);
    expect(r.stdout).toEqual(['caught boom 0', 'side 10', 'side 1', '2 6 7 21 x', 'loop finally', 'closed', 'out boom']);
    // Everything before an await runs before it, in source order; both sides of a binary await in turn.
    expect(log.filter((l) => l.startsWith('await')).join(' ')).toBe(
      "await 0 await 'boom' await 2 await 2 await 2 await 2 await 4 await 2 await 6 await 3 await 4 await 5 await 'x' await 'close' await 1 await 1 await 'boom'",
    );
  });

  it('argument errors of an async def surface at the call, before any body runs', () => {
    const log: string[] = [];
    const r = run('async def f(x):\n    return x\nf()', 'py', { model: driver(log) });
    expect(r.error).toBe("TypeError: f() missing 1 required positional argument: 'x'");
    expect(log).toEqual([]);
  });
});
