/**
 * Deep nesting (issue 10): the Python front-end applies CPython's tokenizer limits (200
 * open brackets, 100 indentation levels) with CPython 3.14's class and message, checked by
 * compiling the same text in CPython; nesting deeper than the host stack allows in either
 * language is the runtime's own error, never an engine crash.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parsePython } from '../../src/engine/syntax/python';
import { parseJs } from '../../src/engine/syntax/js';
import { EngineError } from '../../src/engine/errors';
import { runProgram } from '../../src/engine/engine';
import { compileInCPython } from '../oracle/pyodide-oracle';

function failure(parse: () => unknown): EngineError | null {
  try {
    parse();
    return null;
  } catch (e) {
    if (e instanceof EngineError) return e;
    throw e;
  }
}

const parens = (n: number) => `x = ${'('.repeat(n)}1${')'.repeat(n)}\nprint(x)\n`;
const lists = (n: number) => `x = ${'['.repeat(n)}${']'.repeat(n)}\n`;
const ifs = (n: number) => `x = 1\n${Array.from({ length: n }, (_, i) => `${' '.repeat(i)}if x:\n`).join('')}${' '.repeat(n)}print(x)\n`;
const stringsHideBrackets = `s = "${'('.repeat(300)}"\nt = '''\n${'['.repeat(300)}\n'''\n# ${'{'.repeat(300)}\nprint(len(s))\n`;

describe('CPython’s nesting limits', () => {
  it.each([
    ['200 parentheses', parens(200)],
    ['201 parentheses', parens(201)],
    ['201 brackets', lists(201)],
    ['99 indentation levels', ifs(99)],
    ['100 indentation levels', ifs(100)],
    ['101 indentation levels', ifs(101)],
    ['brackets inside strings and comments', stringsHideBrackets],
  ])('%s', async (_name, source) => {
    const real = await compileInCPython(source);
    const mine = failure(() => parsePython(source));
    expect(mine && { type: mine.name, msg: mine.bare, line: mine.line }).toEqual(
      real && { type: real.type, msg: real.msg, line: real.line },
    );
  });
});

describe('nesting deeper than the host stack', () => {
  it('is an error CPython also rejects the text with in Python, not a crash', async () => {
    const source = `x = ${'-'.repeat(200_000)}1\n`;
    // CPython 3.14: MemoryError (parser stack overflowed); the engine names what its parser met.
    expect((await compileInCPython(source))?.type).toBe('MemoryError');
    const e = failure(() => parsePython(source));
    expect(e?.kind).toBe('syntax');
    expect(runProgram(source, { lang: 'py', model: 'python' }).errorKind).toBe('syntax');
  });

  it('is V8’s RangeError in JavaScript, not a crash', () => {
    const source = `${'function f() {'.repeat(20_000)}${'}'.repeat(20_000)}\n`;
    const e = failure(() => parseJs(source));
    expect(e && { type: e.name, msg: e.bare }).toEqual({ type: 'RangeError', msg: 'Maximum call stack size exceeded' });
    const r = runProgram(source, { lang: 'js', model: 'js' });
    expect(r.errorKind).toBe('syntax');
  });
});

describe('a tree Lezer damaged while recovering', () => {
  // A fuzzed input: past a 100,000-character line, 3,000 chained calls after an unclosed
  // call give Lezer 1.x a node whose type its node set lacks, and Lezer's own `iterate`
  // threw reading it (an internal error; syntax/python/cursor.ts walkTree). Building that
  // tree takes more stack than a test thread has, so it is parsed in a Node process with
  // a larger stack, as the fuzzer's workers and the CLI can.
  it('gives CPython’s syntax error, not an internal error', async () => {
    const source = `s = "${'x'.repeat(100_000)}"\nasync def main():\n    print("both called")\n    print(await second, await first\nf${'()'.repeat(3000)}\nasyncio.run(main())\n`;
    const script = `
      import { parsePython } from './src/engine/syntax/python/index.ts';
      import { readFileSync } from 'node:fs';
      try { parsePython(readFileSync(0, 'utf8')); console.log('null'); }
      catch (e) { console.log(JSON.stringify({ type: e.name, msg: e.bare ?? e.message, line: e.line })); }`;
    const r = spawnSync(process.execPath, ['--stack-size=4000', '--import', 'tsx', '--input-type=module', '-e', script], {
      input: source,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    const real = await compileInCPython(source);
    expect(JSON.parse(r.stdout)).toEqual(real && { type: real.type, msg: real.msg, line: real.line });
  });
});
