import { describe, expect, it } from 'vitest';
import { EngineError } from '../../src/engine/errors';
import { parseJs } from '../../src/engine/syntax/js';

function syntaxErrorOf(source: string): EngineError {
  try {
    parseJs(source);
  } catch (e) {
    if (e instanceof EngineError) return e;
    throw e;
  }
  throw new Error('expected a syntax error');
}

describe('syntax errors', () => {
  it('rethrows acorn errors through syntaxError with one (line:col) suffix', () => {
    const e = syntaxErrorOf('let x = ;');
    expect(e.kind).toBe('syntax');
    expect(e.message).toBe("Unexpected token ';' (1:8)");
    expect(e.bare).toBe("Unexpected token ';'");
    expect([e.line, e.col]).toEqual([1, 8]);
  });

  it('positions on later lines are 1-based lines, 0-based columns', () => {
    const e = syntaxErrorOf('async function f() {\n  await 1;\n  return )\n}');
    expect(e.message).toBe("Unexpected token ')' (3:9)");
  });

  it('module-mode rules: await in a plain function, duplicate let, strict-mode with', () => {
    expect(syntaxErrorOf('function f() { await g(); }').message).toMatch(/\(1:15\)$/);
    expect(syntaxErrorOf('let a = 1;\nlet a = 2;').message).toBe("Identifier 'a' has already been declared (2:4)");
    expect(syntaxErrorOf('with (o) {}').kind).toBe('syntax');
  });

  it('an unterminated template is reported at the end of the text, once, as V8 reads to it', () => {
    const e = syntaxErrorOf('const s = `abc');
    expect(e.message).toBe('Unexpected end of input (1:14)');
  });

  it('unsupported constructs are EngineErrors of kind unsupported', () => {
    try {
      parseJs("x = import('./m.js');");
      throw new Error('expected unsupported');
    } catch (e) {
      expect(e).toBeInstanceOf(EngineError);
      expect((e as EngineError).kind).toBe('unsupported');
    }
  });
});

describe('positions', () => {
  const program = parseJs('const a = 1;\nasync function f(x) {\n  await  g(x);\n}\n');

  it('program spans the whole text', () => {
    expect(program.loc).toEqual({ line: 1, col: 0, endLine: 5, endCol: 0 });
  });

  it('statements, declarators, functions, params and expressions', () => {
    const [decl, fdecl] = program.body;
    expect(decl!.loc).toEqual({ line: 1, col: 0, endLine: 1, endCol: 12 });
    if (decl!.kind !== 'VarDecl') throw new Error(decl!.kind);
    expect(decl.declarations[0]!.loc).toEqual({ line: 1, col: 6, endLine: 1, endCol: 11 });
    expect(decl.declarations[0]!.init!.loc).toEqual({ line: 1, col: 10, endLine: 1, endCol: 11 });
    if (fdecl!.kind !== 'FunctionDecl') throw new Error(fdecl!.kind);
    expect(fdecl.loc).toEqual({ line: 2, col: 0, endLine: 4, endCol: 1 });
    expect(fdecl.fn.params[0]!.loc).toEqual({ line: 2, col: 17, endLine: 2, endCol: 18 });
    const stmt = fdecl.fn.body[0]!;
    if (stmt.kind !== 'ExprStmt' || stmt.expr.kind !== 'Await') throw new Error('expected await');
    expect(stmt.expr.loc).toEqual({ line: 3, col: 2, endLine: 3, endCol: 13 });
    expect(stmt.expr.value.loc).toEqual({ line: 3, col: 9, endLine: 3, endCol: 13 });
  });

  it('an expression-bodied arrow return carries the expression position', () => {
    const p = parseJs('const f = () =>\n  42;');
    const d = p.body[0]!;
    if (d.kind !== 'VarDecl' || d.declarations[0]!.init?.kind !== 'FunctionExpr') throw new Error('expected arrow');
    expect(d.declarations[0]!.init.fn.body[0]!.loc).toEqual({ line: 2, col: 2, endLine: 2, endCol: 4 });
  });
});

describe('speed', () => {
  it('parses a 1,000-line program (counted, not timed: the bench measures time)', () => {
    const unit = [
      'async function worker${i}(n) {',
      '  for (let k = 0; k < n; k++) {',
      '    const { a, b = 2 } = await fetchIt(`item ${k}`);',
      '    if (a?.b ?? b) { console.log(a, b); } else { throw new Error("x"); }',
      '  }',
      '  return [1, 2, ...rest].map((x) => x * 2);',
      '}',
      'class C${i} extends Base { async m() { return super.m(); } static f = () => 1; }',
      'await worker${i}(3);',
      '',
    ];
    let source = '';
    for (let i = 0; i < 100; i++) source += unit.map((l) => l.replaceAll('${i}', String(i))).join('\n');
    expect(source.split('\n').length).toBeGreaterThanOrEqual(900);
    const p = parseJs(source);
    expect(p.body.length).toBe(300);
    expect(p.hasTopLevelAwait).toBe(true);
  });
});
