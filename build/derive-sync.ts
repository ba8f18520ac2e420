/**
 * One source for the interpreter's two executors (issue 9). The control-flow constructs that
 * exist in a plain form (sync closures, `(env) => completion`) and a generator form (async
 * bodies, yield-capable) are written ONCE, in the generator form; this script derives the
 * plain form from that text, as sval derives its sync evaluator from its generator one.
 * `npm run derive` rewrites the derived files; tests/interp/derived-sync.test.ts fails when
 * a checked-in derived file differs from what this script makes of its source.
 *
 * The source is ordinary TypeScript written in a restricted, mechanical subset:
 *
 *  - a child that may await is a `D*` value run as `x.g ? yield* x.g(ARGS) : x.p(ARGS)`
 *    (or `if (x.g) yield* x.g(ARGS); else x.p(ARGS);`); plain mode has only the plain
 *    closure, so both become `x(ARGS)`, and `x.g!` (a child known to await) becomes `x`;
 *  - every other `yield* f(...)` becomes `f(...)` and `function*` becomes `function`;
 *    a bare `yield` (a real suspension) is refused;
 *  - names: the generator-mode helpers end in `G` (`compileForEachG`), their plain
 *    counterparts are the same name without it (`compileForEach`), and the `D` / `Gen`
 *    types and compilers map to their plain ones (RENAMES below);
 *  - lines between `// gen-only {` and `// } gen-only` exist only in the generator form
 *    (what `gen.return()` needs: a plain closure is never closed half-way).
 *
 * Anything outside the subset left in the result (a `.g`, a `DExpr`, a `yield`) is an error
 * naming the line, so a construct written another way cannot slip through half-translated.
 * Imports are rewritten with the same renames, deduplicated, and pruned of what the plain
 * form no longer uses; Prettier formats the result with the repository's configuration.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { basename } from 'node:path';
import * as prettier from 'prettier';

/** The derived pairs: generator-form source → plain-form file (paths from the repository root). */
export const DERIVED: readonly { source: string; target: string }[] = [
  { source: 'src/engine/interp/compile-list.ts', target: 'src/engine/interp/compile-list.sync.ts' },
  { source: 'src/engine/interp/compile-loops.ts', target: 'src/engine/interp/compile-loops.sync.ts' },
  { source: 'src/engine/interp/compile-try.ts', target: 'src/engine/interp/compile-try.sync.ts' },
  { source: 'src/engine/interp/compile-branch.ts', target: 'src/engine/interp/compile-branch.sync.ts' },
  { source: 'src/engine/interp/compile-with-item.ts', target: 'src/engine/interp/compile-with-item.sync.ts' },
];

/** Generator-mode names whose plain counterpart is not just the name without a trailing G. */
const RENAMES: Record<string, string> = {
  compileExprD: 'compileExpr',
  compileStmtD: 'compileStmt',
  compileStmtsD: 'compileStmts',
  compileBodyD: 'compileBody',
  DExpr: 'ExprFn',
  DStmt: 'StmtFn',
  GenExprFn: 'ExprFn',
  GenStmtFn: 'StmtFn',
};

const ROOT = fileURLToPath(new URL('../', import.meta.url));

function renameIdentifiers(text: string): string {
  return text.replace(/\b[A-Za-z_$][\w$]*\b/g, (id) => {
    if (Object.hasOwn(RENAMES, id)) return RENAMES[id]!;
    // compileForEachG → compileForEach, compileForCG → compileForC, LoopBodyG → LoopBody.
    if (id.length > 1 && id.endsWith('G') && /[a-z]/.test(id)) return id.slice(0, -1);
    return id;
  });
}

function dropGenOnly(lines: string[], file: string): string[] {
  const out: string[] = [];
  let open = -1;
  lines.forEach((line, i) => {
    const t = line.trim();
    if (t === '// gen-only {') {
      if (open >= 0) throw new Error(`${file}:${i + 1}: nested gen-only region (the first opened at line ${open + 1})`);
      open = i;
      return;
    }
    if (t === '// } gen-only') {
      if (open < 0) throw new Error(`${file}:${i + 1}: gen-only region closed but never opened`);
      open = -1;
      return;
    }
    if (open < 0) out.push(line);
  });
  if (open >= 0) throw new Error(`${file}:${open + 1}: gen-only region never closed`);
  return out;
}

const CHILD = String.raw`([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[[\w$]+\]!?)*)`;
const ARGS = String.raw`([^()]*)`;

/** The body rewrites, in order (each a regular expression over the whole text). */
const REWRITES: [RegExp, string][] = [
  // `x.g ? yield* x.g(e) : x.p(e)` → `x(e)`
  [new RegExp(String.raw`${CHILD}\.g \? yield\* \1\.g\(${ARGS}\) : \1\.p\(\2\)`, 'g'), '$1($2)'],
  // `if (x.g) yield* x.g(e); else x.p(e);` → `x(e);`
  [new RegExp(String.raw`if \(${CHILD}\.g\)\s*yield\* \1\.g\(${ARGS}\);\s*else \1\.p\(\2\);`, 'g'), '$1($2);'],
  // `x.g!` (the generator of a child known to await) → `x`
  [new RegExp(String.raw`${CHILD}\.g!`, 'g'), '$1'],
  [/\byield\* /g, ''],
  [/\bfunction\*\s*/g, 'function '],
  // Generator<unknown, T, unknown> and Gen<T> are T in plain mode.
  [/\bGenerator<unknown, ([^<>]*(?:<[^<>]*>)?), unknown>/g, '$1'],
  [/\bGen<([^<>]*(?:<[^<>]*>)?)>/g, '$1'],
];

/** What must not survive the translation (each a sign of a form outside the subset). */
const LEFTOVERS: [RegExp, string][] = [
  [/\byield\b/, 'a yield outside the `x.g ? yield* x.g(...) : x.p(...)` / `yield* f(...)` forms'],
  [/\.g\b/, 'a `.g` child outside the recognised forms'],
  [/\b(DExpr|DStmt|GenExprFn|GenStmtFn|Gen)\b/, 'a generator-mode type'],
  [/\bGenerator\b/, 'a Generator type'],
];

interface ImportDecl {
  start: number;
  end: number;
  specifiers: string[];
  from: string;
  typeOnly: boolean;
}

function parseImports(text: string): ImportDecl[] {
  const out: ImportDecl[] = [];
  // Runs while string literals are set aside: the module name is a placeholder.
  const re = /^import (type )?\{([^}]*)\} from (\u0000\d+\u0000);\n/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const specifiers = m[2]!
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    out.push({ start: m.index, end: m.index + m[0].length, specifiers, from: m[3]!, typeOnly: m[1] !== undefined });
  }
  return out;
}

/** Rename the imported names, drop duplicates and the names the plain form no longer uses. */
function rewriteImports(text: string): string {
  const imports = parseImports(text);
  const rest = imports.reduceRight((t, d) => t.slice(0, d.start) + t.slice(d.end), text);
  // A use is the name not preceded by a member dot (a spread's `...` is not one).
  const used = (name: string) => new RegExp(String.raw`(^|[^\w$.]|\.\.\.)${name.replace(/\$/g, '\\$')}\b`).test(rest);
  let out = text;
  for (const d of [...imports].reverse()) {
    const seen = new Set<string>();
    const kept: string[] = [];
    for (const spec of d.specifiers) {
      const local = spec
        .replace(/^type /, '')
        .split(/\s+as\s+/)
        .pop()!;
      if (seen.has(local) || !used(local)) continue;
      seen.add(local);
      kept.push(spec);
    }
    const line = kept.length ? `import ${d.typeOnly ? 'type ' : ''}{ ${kept.join(', ')} } from ${d.from};\n` : '';
    out = out.slice(0, d.start) + line + out.slice(d.end);
  }
  return out;
}

/** The plain form of a generator-form source text (unformatted). */
export function deriveText(source: string, file: string): string {
  let text = dropGenOnly(source.split('\n'), file).join('\n');
  // Comments and string literals are set aside while the code is rewritten: a comment keeps
  // naming the generator-form source it was written in, a message keeps its words.
  const kept: string[] = [];
  text = text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, (m) => `\u0000${kept.push(m) - 1}\u0000`);
  for (const [re, by] of REWRITES) text = text.replace(re, by);
  text = renameIdentifiers(text);
  text = rewriteImports(text);
  text.split('\n').forEach((code, i) => {
    for (const [re, what] of LEFTOVERS) {
      if (re.test(code)) throw new Error(`${file}: ${what} in the derived text (derived line ${i + 1}): ${code.trim()}`);
    }
  });
  text = text.replace(/\u0000(\d+)\u0000/g, (_, n: string) => kept[Number(n)]!);
  const banner =
    `// GENERATED from ${basename(file)} by build/derive-sync.ts (\`npm run derive\`): do not edit.\n` +
    `// The plain (synchronous) form of the constructs that file writes in generator form.\n`;
  return banner + text;
}

/** The formatted plain form of one source file, as it should be checked in. */
export async function deriveFile(source: string): Promise<string> {
  const path = ROOT + source;
  const text = deriveText(readFileSync(path, 'utf8'), source);
  const options = (await prettier.resolveConfig(path)) ?? {};
  return prettier.format(text, { ...options, filepath: path });
}

async function main(): Promise<void> {
  for (const { source, target } of DERIVED) {
    const text = await deriveFile(source);
    const path = ROOT + target;
    let old = '';
    try {
      old = readFileSync(path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    if (old === text) console.log(`${target}: up to date`);
    else {
      writeFileSync(path, text);
      console.log(`${target}: written`);
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
