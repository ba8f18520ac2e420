import { describe, it, expect } from 'vitest';
import { runProgram } from '../../src/engine/engine';

describe('engine errors always carry a position', () => {
  it('an unsupported builtin is placed at its call', () => {
    const r = runProgram('print("a")\nx = eval("1+1")\n', { lang: 'py', model: 'python' });
    expect(r.errorKind).toBe('unsupported');
    expect(r.error).toMatch(/eval builtin.*\(2:4\)$/);
    expect(r.errorPos).toEqual({ line: 2, col: 4 });
    expect(r.stdout).toEqual(['a']);
  });

  it('an unsupported construct is reported at load, before anything runs', () => {
    const r = runProgram('console.log("a");\nconst r = import("./m.js");\n', { lang: 'js', model: 'js' });
    expect(r.errorKind).toBe('unsupported');
    expect(r.error).toMatch(/\(2:\d+\)$/);
    expect(r.stdout).toEqual([]);
  });
});
