/**
 * Source text read the way each runtime reads a file (issue 10): a UTF-8 BOM, CRLF and
 * lone-CR line endings are accepted by both front-ends, and what CPython's tokenizer
 * rejects (mixed tabs and spaces, characters no identifier may hold) is rejected with its
 * class and message. Every expectation comes from the real runtime: CPython 3.14 compiles
 * the same text (pyodide), Node 20 runs the same JavaScript file.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/engine/engine';
import { parsePython } from '../../src/engine/syntax/python';
import { EngineError } from '../../src/engine/errors';
import { compileInCPython, runInCPython } from '../oracle/pyodide-oracle';
import { runInNode } from '../oracle/node-oracle';
import { MODEL_NAMES } from '../../src/engine/names';

const BOM = '\ufeff';

const rejected: [string, string][] = [
  ['tab after spaces', 'if True:\n        x = 1\n\ty = 2\nprint(x)\n'],
  ['spaces after tab', 'if True:\n\tx = 1\n        y = 2\n'],
  ['deeper only with tabs as 8', 'if True:\n    if True:\n\tx = 1\n'],
  ['dedent to a tab level', 'if True:\n\tif True:\n\t\tx = 1\n        y = 2\n'],
  ['emoji name', '\u{1F600} = 1\nprint(1)\n'],
  ['arrow operator', 'x = 1 \u2192 2\n'],
  ['combining mark first', '\u0301x = 1\n'],
  ['no-break space', 'x = 1\u00a0+ 2\n'],
  ['euro sign in a name', 'price\u20ac = 3\n'],
  ['character after a line continuation', 'x = 1 \\ 2\nprint(x)\n'],
  ['space after a line continuation', 'x = 1 \\ \nprint(x)\n'],
  ['line continuation inside brackets', 'x = [1, \\ 2]\n'],
  ['line continuation at the end of the file', 'x = 1 \\'],
  ['line continuation before the end of the file', 'x = 1\n\\\n'],
];

const accepted: [string, string][] = [
  ['BOM', `${BOM}print("hi")\nprint("x")\n`],
  ['BOM and CRLF', `${BOM}x = 1\r\nif x:\r\n    print(x)\r\n`],
  ['lone CR', 'print("a")\rprint("b")\r'],
  ['line continuations (LF, CRLF, in a comment)', 'x = 1 + \\\n    2\r\ny = x \\\r\n  * 2  # \\ not one\nprint(x, y)\n'],
  ['tabs only', 'if True:\n\tx = 1\n\tif x:\n\t\tprint(x)\n'],
  [
    'non-ASCII identifiers',
    '\u00e9t\u00e9 = 3\n\u5909\u6570 = 4\nprint(\u00e9t\u00e9 + \u5909\u6570)  # \u{1F600}\ns = "\u{1F600}"\nprint(s)\n',
  ],
];

function engineSyntaxError(source: string): EngineError | null {
  try {
    parsePython(source);
    return null;
  } catch (e) {
    if (e instanceof EngineError) return e;
    throw e;
  }
}

describe('Python source text as CPython reads a file', () => {
  it.each(rejected)('%s is rejected with CPython’s class and message', async (_name, source) => {
    const real = await compileInCPython(source);
    expect(real).not.toBeNull();
    const mine = engineSyntaxError(source);
    expect(mine && { type: mine.name, msg: mine.bare, line: mine.line }).toEqual({ type: real!.type, msg: real!.msg, line: real!.line });
    // Tokenizer errors point where CPython's tokenizer stopped (its offset is 1-based).
    if (/^(invalid|unexpected)/.test(real!.msg)) expect(mine!.col).toBe(real!.offset - 1);
  });

  it.each(accepted)('%s runs as in CPython under python', async (_name, source) => {
    expect(await compileInCPython(source)).toBeNull();
    // The harness runs text, not a file: give it the text CPython decodes the file to.
    const real = await runInCPython(source.startsWith(BOM) ? source.slice(1) : source);
    const mine = runProgram(source, { lang: 'py', model: 'python', recordEvents: false });
    expect({ stdout: mine.stdout, error: mine.error }).toEqual({ stdout: real.stdout, error: real.error });
  });
});

describe('JavaScript source text as Node reads a file', () => {
  const programs: [string, string][] = [
    ['BOM', `${BOM}console.log("bom");\n`],
    ['CRLF', 'const a = 1;\r\nconsole.log(a);\r\nconsole.log(`x\r\ny`.length);\r\n'],
    ['lone CR', 'console.log(1);\rconsole.log(2);\r'],
    ['U+2028 as a line terminator', 'console.log(1)\u2028console.log(2)\n'],
  ];
  it.each(programs)('%s prints what Node prints, under every model', (_name, source) => {
    const real = runInNode(source);
    for (const model of MODEL_NAMES) {
      const mine = runProgram(source, { lang: 'js', model, recordEvents: false });
      expect({ model, stdout: mine.stdout, error: mine.error }).toEqual({ model, stdout: real.stdout, error: real.error });
    }
  });
});
