/**
 * JavaScript syntax errors say what Node says (src/engine/syntax/js/v8-messages.ts), checked
 * against the real Node running the test: each program is written to a file (`.cjs` for a
 * CommonJS script, `.mjs` for an ES module), `node --check` reports its error with a code
 * frame, and the engine's message, line and column must equal Node's message, line and
 * caret column. Programs students write: an `await` in a function that is not async, a
 * missing `)` or `}`, a `const` without a value, a stray token.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EngineError } from '../../src/engine/errors';
import { parseJs } from '../../src/engine/syntax/js';

type Kind = 'script' | 'module';

const PROGRAMS: [string, Kind, string][] = [
  ['await in a plain function', 'script', 'function f() {\n  await g();\n}\n'],
  ['await in an arrow', 'script', 'const f = () => { await 1; };\n'],
  ['await in a method', 'script', 'class A {\n  m() {\n    await this.n();\n  }\n}\n'],
  ['await at the top of a script', 'script', 'const x = 1;\nconst y = await x;\n'],
  ['await in a plain function of a module', 'module', 'function f() {\n  await g();\n}\n'],
  ['missing ) after a string argument', 'script', 'console.log("hi";\n'],
  ['two strings as one argument', 'script', 'console.log("a" "b");\n'],
  ['missing ) after a parenthesised argument', 'script', 'console.log((1 + 2);\n'],
  ['an unexpected operator', 'script', 'const a = 1;\nconst b = a * * 2;\n'],
  ['a missing comma in an object', 'script', 'const o = { a: 1 b: 2 };\n'],
  ['a typo in the function keyword', 'script', 'fuction f() {}\n'],
  ['a keyword as a name', 'script', 'let class = 1;\n'],
  ['a stray closing brace', 'script', 'if (x) {\n}} else {}\n'],
  ['an object literal as an arrow body', 'script', 'const f = () => { a: 1, b: 2 };\n'],
  ['an unclosed block', 'script', 'function f() {\n  if (x) {\n    g();\n  }\n'],
  ['an unclosed call at the end', 'script', 'setTimeout(() => {\n  console.log(1);\n}\n'],
  ['const without a value', 'script', 'const x;\n'],
  ['assignment to a sum', 'script', 'let a = 1;\na + 1 = 2;\n'],
  ['assignment to an optional chain', 'script', 'const o = {};\no?.a = 1;\n'],
  ['break outside a loop', 'script', 'break;\n'],
  ['continue outside a loop', 'script', 'continue;\n'],
  ['duplicate parameters in strict code', 'script', '"use strict";\nfunction f(a, a) {}\n'],
  ['a getter with a parameter', 'script', 'const o = { get x(v) { return 1; } };\n'],
  ['with in strict code', 'script', '"use strict";\nwith (Math) {}\n'],
  ['an octal literal in strict code', 'script', '"use strict";\nlet x = 010;\n'],
  ['an unterminated string', 'script', 'const s = "abc;\n'],
  ['an unterminated template', 'script', 'const s = `abc ${1}\nconsole.log(s);\n'],
  ['an unterminated regular expression', 'script', 'const r = /abc;\n'],
  ['bad regular expression flags', 'script', 'const r = /ab/gz;\n'],
  ['a shorthand property with a default outside a pattern', 'script', 'const o = { a = 1 };\n'],
  ['import in a CommonJS script', 'script', "import fs from 'fs';\n"],
  ['export in a CommonJS script', 'script', 'export const x = 1;\n'],
  ['return at the top of a module', 'module', 'const x = 1;\nreturn x;\n'],
  ['a redeclared let', 'script', 'let x = 1;\nlet x = 2;\n'],
];

const dir = mkdtempSync(join(tmpdir(), 'async-lanes-v8-messages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What `node --check` reports: the message, the line of its code frame and the caret's column (if it drew one). */
function nodeSays(source: string, kind: Kind, n: number): { message: string; line: number; col: number | undefined } {
  const file = join(dir, `p${n}.${kind === 'module' ? 'mjs' : 'cjs'}`);
  writeFileSync(file, source);
  const r = spawnSync(process.execPath, ['--check', file], { encoding: 'utf8' });
  const lines = r.stderr.split('\n');
  const at = lines.findIndex((l) => l.startsWith(file) || l.startsWith(`file://${file}`));
  const line = Number(lines[at]!.slice(lines[at]!.lastIndexOf(':') + 1));
  const caret = lines[at + 2]?.indexOf('^');
  const message = lines.find((l) => l.startsWith('SyntaxError: '))!.slice('SyntaxError: '.length);
  return { message, line, col: caret !== undefined && caret >= 0 ? caret : undefined };
}

function engineSays(source: string, kind: Kind): { message: string; line: number; col: number } {
  try {
    parseJs(source, kind);
  } catch (e) {
    if (e instanceof EngineError) return { message: e.bare, line: e.line, col: e.col };
    throw e;
  }
  throw new Error('the engine parsed it');
}

describe("syntax errors in Node's words", () => {
  PROGRAMS.forEach(([name, kind, source], n) => {
    it(`${name} (${kind === 'module' ? 'ES module' : 'CommonJS'})`, () => {
      const node = nodeSays(source, kind, n);
      const engine = engineSays(source, kind);
      expect(engine.message).toBe(node.message);
      expect(engine.line).toBe(node.line);
      // Node draws no caret at the end of the text.
      if (node.col !== undefined) expect(engine.col).toBe(node.col);
    });
  });

  it('return ends a CommonJS script, as in the body of Node’s module wrapper', () => {
    expect(() => parseJs('console.log(1);\nif (true) return;\nconsole.log(2);\n', 'script')).not.toThrow();
  });
});
