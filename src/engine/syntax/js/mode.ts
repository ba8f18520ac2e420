/**
 * Which of Node's two ways of running a file a JavaScript program gets in `auto` mode.
 *
 * `node file.js` (no "type": "module" package.json) runs the file as a CommonJS script;
 * `node file.mjs` runs it as an ES module. A program written for the playground says
 * nothing about its file name, so we read its syntax: only an ES module may contain
 * `import`/`export` declarations, `import.meta` or an `await` outside every function
 * (top-level await) — anything else runs as `node file.js` would run it. This is the rule
 * Node itself applies when it guesses a module type (`--experimental-detect-module`: Node's
 * src/node_contextify.cc retries a file as ESM only when compiling it as CommonJS fails on
 * ESM-only syntax), stated in terms of the syntax.
 *
 * Pure TypeScript over acorn's AST: no evaluation.
 */
import { parse as acornParse, type Node as AcornNode } from 'acorn';
import type { JsModeDecision, JsModeOption } from '../../names';

/** The node types that start a new function body: an `await` inside one is not top-level. */
const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);
/** Module-only declarations (ECMA-262 §16.2.1 ModuleItem). */
const MODULE_DECLARATIONS = new Set(['ImportDeclaration', 'ExportNamedDeclaration', 'ExportDefaultDeclaration', 'ExportAllDeclaration']);

const at = (n: AcornNode) => `${n.loc!.start.line}:${n.loc!.start.column}`;

/** The first module-only construct in the program, as "what at line:col", or null. */
function findModuleSyntax(program: AcornNode): string | null {
  for (const stmt of (program as unknown as { body: AcornNode[] }).body) {
    if (MODULE_DECLARATIONS.has(stmt.type)) return `${stmt.type === 'ImportDeclaration' ? 'import' : 'export'} declaration at ${at(stmt)}`;
  }
  let found: string | null = null;
  const visit = (node: unknown, inFunction: boolean): void => {
    if (found || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child, inFunction);
      return;
    }
    const n = node as AcornNode & Record<string, unknown>;
    if (typeof n.type !== 'string') return;
    if (!inFunction && n.type === 'AwaitExpression') {
      found = `top-level await at ${at(n)}`;
      return;
    }
    if (!inFunction && n.type === 'ForOfStatement' && n.await === true) {
      found = `top-level for await at ${at(n)}`;
      return;
    }
    if (n.type === 'MetaProperty' && (n.meta as { name?: string }).name === 'import') {
      found = `import.meta at ${at(n)}`;
      return;
    }
    const inner = inFunction || FUNCTION_TYPES.has(n.type);
    for (const key in n) {
      if (key === 'loc' || key === 'type') continue;
      visit(n[key], inner);
    }
  };
  visit(program, false);
  return found;
}

/**
 * Decide the mode `auto` means for `source`. A program that acorn cannot parse as a module
 * (sloppy-only syntax such as `with`, or a syntax error) is a script: the run then reports
 * its own parse error, if any, in the mode it chose.
 */
export function detectJsMode(source: string): JsModeDecision {
  let program: AcornNode;
  try {
    program = acornParse(source, { ecmaVersion: 'latest', sourceType: 'module', locations: true });
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    return { mode: 'commonjs', reason: 'not valid as an ES module: runs as a CommonJS script (`node file.js`)' };
  }
  const what = findModuleSyntax(program);
  if (what) return { mode: 'module', reason: `${what}: runs as an ES module (\`node file.mjs\`)` };
  return { mode: 'commonjs', reason: 'no top-level await, import or export: runs as `node file.js` does (CommonJS)' };
}

/** Resolve a mode option for a program (`auto` → detectJsMode). */
export function resolveJsMode(source: string, option: JsModeOption = 'auto'): JsModeDecision {
  if (option === 'auto') return detectJsMode(source);
  return { mode: option, reason: `chosen (${option === 'module' ? '`node file.mjs`' : '`node file.js`'})` };
}
