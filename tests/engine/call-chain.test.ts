/**
 * A chain of calls `f()()()…` spells its whole callee in V8's `is not a function` message,
 * and the engine spells it once per call node (interp/compile-access.ts calleeText): a
 * chain 1,000 deep compiles in linear time (issue 10: the fuzzer's deep-nesting inputs
 * took a fifth of a second per run) and still says what Node says.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/engine/engine';
import { runInNode } from '../oracle/node-oracle';

const chain = (depth: number) => `const f = () => f;\ntry {\n  f${'()'.repeat(depth)}.x();\n} catch (e) {\n  console.log(e.message);\n}\n`;

describe('a deep call chain', () => {
  it.each([2, 1000])('%i calls deep: the TypeError names the whole chain as Node does', (depth) => {
    const source = chain(depth);
    const real = runInNode(source);
    expect(real.error).toBeNull();
    expect(real.stdout[0]).toMatch(/\(\.\.\.\)\.x is not a function$/);
    for (const model of ['js', 'python'] as const) {
      expect(runProgram(source, { lang: 'js', model, recordEvents: false }).stdout).toEqual(real.stdout);
    }
  });

  it('3,000 calls deep: Node names the missing f; the engine does too or, on a small host stack, says the nesting is too deep', () => {
    const source = `f${'()'.repeat(3000)}\n`;
    const real = runInNode(source);
    expect(real.error).toMatch(/^ReferenceError: f is not defined/);
    for (const model of ['js', 'python'] as const) {
      const r = runProgram(source, { lang: 'js', model, recordEvents: false });
      // Compiling recurses per level (as V8's parser does, deeper): whether 3,000 fit
      // depends on the host's stack (a worker thread's is larger than a process's main
      // thread's), but it is never "the program exhausted the host stack" (engine.ts load).
      if (r.errorKind === 'syntax') expect(r.error).toMatch(/^Maximum call stack size exceeded/);
      else expect(r.error).toMatch(/^ReferenceError: f is not defined/);
    }
  });
});
