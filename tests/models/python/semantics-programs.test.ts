/**
 * The docs/semantics.md §2–§4 programs, run verbatim through the whole engine (parser →
 * interpreter → Python model) under the `python` model; `from loopcount import it` is the
 * model's own `loopcount` module. Outputs are the ones docs/semantics.md records from real
 * CPython (fixture: semantics-programs.json, which also lists the programs left out and why).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runProgram } from '../../../src/engine/engine';

interface Fixture {
  programs: { name: string; code: string; stdout: string[] }[];
}
const fixture: Fixture = JSON.parse(readFileSync(join(import.meta.dirname, 'semantics-programs.json'), 'utf8'));

describe('docs/semantics.md programs under the python model', () => {
  for (const p of fixture.programs) {
    it(p.name, () => {
      const r = runProgram(p.code, { lang: 'py', model: 'python', recordEvents: false });
      expect(r.error).toBeNull();
      expect(r.stdout).toEqual(p.stdout);
    });
  }

  it('promisio/06 quirks (without gc.collect: the never-retrieved reports come at the end-of-run collection)', () => {
    const code = `import asyncio
from promisio import Promise

async def main():
    asyncio.get_running_loop().set_exception_handler(
        lambda loop, ctx: print('exception handler:', ctx['message'], type(ctx['exception']).__name__))
    try: Promise(lambda resolve, reject: 1 / 0)
    except ZeroDivisionError: print('executor exception escaped the constructor')
    try: Promise(lambda resolve, reject: (resolve(1), resolve(2)))
    except asyncio.InvalidStateError: print('second resolve() raised InvalidStateError')
    v = await Promise.resolve(0).then(lambda _: asyncio.sleep(0))
    print('handler returned a coroutine; the value is a', type(v).__name__); v.close()
    print('any ->', await Promise.any([Promise.resolve('a'), Promise.resolve('b')]))
    try: await Promise.all([Promise.reject(KeyError('first')), Promise.reject(KeyError('second'))])
    except KeyError as e: print('all ->', repr(e))
    await asyncio.sleep(0)
    print('main done')

asyncio.run(main())
`;
    const r = runProgram(code, { lang: 'py', model: 'python', recordEvents: false });
    expect(r.error).toBeNull();
    expect(r.stdout).toEqual([
      'executor exception escaped the constructor',
      'second resolve() raised InvalidStateError',
      'handler returned a coroutine; the value is a coroutine',
      'any -> a',
      "all -> KeyError('first')",
      'main done',
      'exception handler: Future exception was never retrieved InvalidStateError',
      'exception handler: Future exception was never retrieved InvalidStateError',
    ]);
    expect(r.warnings).toEqual([]);
  });
});
