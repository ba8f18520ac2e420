/**
 * The plain forms of the interpreter's control flow are derived from their generator forms
 * (build/derive-sync.ts, issue 9). A checked-in derived file that differs from what the
 * script makes of its source means someone edited one without the other: run `npm run derive`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DERIVED, deriveFile, deriveText } from '../../build/derive-sync';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('derived plain forms (npm run derive)', () => {
  for (const { source, target } of DERIVED) {
    it(`${target} is what build/derive-sync.ts derives from ${source}`, async () => {
      const derived = await deriveFile(source);
      expect(readFileSync(ROOT + target, 'utf8'), `${target} is stale: run npm run derive`).toBe(derived);
    });
  }

  it('rewrites a child that may await, drops gen-only lines, renames G helpers and prunes imports', () => {
    const source = [
      "import { compileExprD, compileWhileG, type GenStmtFn, type StmtFn } from './compile';",
      "import { GeneratorReturn } from '../runtime/generator';",
      'export function compileIfG(cx: Cx, test: DExpr, body: DStmt): GenStmtFn {',
      '  return function* (e) {',
      '    const t = test.g ? yield* test.g(e) : test.p(e);',
      '    // gen-only {',
      '    if (t instanceof GeneratorReturn) return undefined;',
      '    // } gen-only',
      '    if (body.g) yield* body.g(e);',
      '    else body.p(e);',
      '    if (t === 0) return yield* body.g!(e);',
      '    return yield* compileWhileG(cx)(e);',
      '  };',
      '}',
      '',
    ].join('\n');
    const text = deriveText(source, 'example.ts');
    expect(text).toContain("import { compileWhile, type StmtFn } from './compile';");
    expect(text).not.toContain('GeneratorReturn');
    expect(text).toContain('export function compileIf(cx: Cx, test: ExprFn, body: StmtFn): StmtFn {');
    expect(text).toContain('const t = test(e);');
    expect(text).toContain('    body(e);\n');
    expect(text).toContain('if (t === 0) return body(e);');
    expect(text).toContain('return compileWhile(cx)(e);');
  });

  it('refuses a suspension or a child outside the recognised forms', () => {
    expect(() => deriveText('function* f(x: DExpr) {\n  return (yield 1) + 2;\n}\n', 'a.ts')).toThrow(/a\.ts: a yield/);
    expect(() => deriveText('function* f(x: DExpr) {\n  return x.g ? yield* x.g(1) : x.p(2);\n}\n', 'b.ts')).toThrow(
      /b\.ts: a `\.g` child/,
    );
    expect(() => deriveText('// gen-only {\nlet a = 1;\n', 'c.ts')).toThrow(/c\.ts:1: gen-only region never closed/);
  });
});
