/**
 * An async function named by a computed key at run time (`{ async [k]() {} }`: SetFunctionName)
 * is recorded under that name, the one Node gives it. The trace oracle names functions from
 * the source text (tests/oracle/js-trace-transform.ts: a key that is not a literal is
 * `<anonymous>` there), so these lanes are checked against the names real Node prints instead.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../../src/engine/engine';
import { formatTraceEntry, laneTrace } from '../../../src/engine/events/trace';
import { runInNode } from '../../oracle/node-oracle';

const PROGRAM = `
const key = 'dynamic';
const sym = Symbol('tagged');
const o = {
  async [key]() { await null; },
  [sym]: async () => { await null; },
};
class C {
  async [\`method\${1 + 1}\`]() {}
  [key + 'Field'] = async () => { await null; };
  static [Symbol.iterator] = async function () {};
}
const c = new C();
const fns = [o.dynamic, o[sym], c.method2, c.dynamicField, C[Symbol.iterator]];
for (const f of fns) console.log(f.name);
await Promise.all(fns.map((f) => f()));
`;

describe('lanes of async functions named by computed keys', () => {
  it('carry the names Node gives the functions', () => {
    const real = runInNode(PROGRAM);
    const engine = runProgram(PROGRAM, { lang: 'js', model: 'js' });
    expect(engine.error).toBe(null);
    expect(engine.stdout).toEqual(real.stdout);
    expect(real.stdout).toEqual(['dynamic', '[tagged]', 'method2', 'dynamicField', '[Symbol.iterator]']);
    // Each function's lane starts under the name it printed, in call order.
    const starts = laneTrace(engine.events)
      .map(formatTraceEntry)
      .filter((l) => l.endsWith(' start') && !l.startsWith('<module>'));
    expect(starts).toEqual(real.stdout.map((name) => `${name}#1 start`));
  });
});
