/**
 * The engine never compiles source text: the AsyncFunction constructor throws the EvalError
 * V8 throws when the host forbids code generation from strings. The expectation comes
 * from real Node run with `--disallow-code-generation-from-strings`.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runInEngine } from './node-oracle';

const SOURCE = `const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
for (const make of [() => AsyncFunction('return 1'), () => new AsyncFunction('a', 'return a')]) {
  try {
    make();
    console.log('compiled');
  } catch (e) {
    console.log(e instanceof EvalError, e.name + ': ' + e.message);
  }
}`;

describe('code from strings', () => {
  it('AsyncFunction(...) throws an EvalError, as Node does when code generation is disallowed', () => {
    const out = execFileSync(process.execPath, ['--disallow-code-generation-from-strings', '--input-type=module', '-e', SOURCE], {
      encoding: 'utf8',
    });
    const node = out.split('\n').filter((l) => l !== '');
    expect(node).toHaveLength(2);
    expect(runInEngine(SOURCE)).toEqual({ stdout: node, error: null });
  });
});
