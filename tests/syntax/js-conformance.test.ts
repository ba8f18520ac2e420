import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Node, Program } from '../../src/engine/ir/nodes';
import { parseJs } from '../../src/engine/syntax/js';
import { parsePython } from '../../src/engine/syntax/python';

const root = join(__dirname, '..', 'conformance');
const casesDir = join(root, 'cases');
const prelude = readFileSync(join(root, 'shims', 'asyncio.js'), 'utf8');
const files = readdirSync(casesDir)
  .filter((f) => f.endsWith('.js'))
  .sort();

/** The text the oracle ran: the prelude + "\n" + twin for `*.as.js`, the file itself otherwise. */
function programText(file: string): string {
  const text = readFileSync(join(casesDir, file), 'utf8');
  return file.endsWith('.as.js') ? `${prelude}\n${text}` : text;
}

function qualnames(program: Program, asyncOnly = false): string[] {
  const out: string[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (v === null || typeof v !== 'object') return;
    const node = v as Node;
    if (node.kind === 'FunctionDef' && (node.isAsync || !asyncOnly)) out.push(node.qualname);
    for (const [k, child] of Object.entries(v)) if (k !== 'loc') visit(child);
  };
  visit(program.body);
  return out;
}

describe('conformance corpus parses', () => {
  it('has both JS origins and JS twins', () => {
    expect(files.filter((f) => f.endsWith('.as.js')).length).toBeGreaterThan(20);
    expect(files.filter((f) => !f.endsWith('.as.js')).length).toBeGreaterThan(20);
  });

  it.each(files)('%s', (file) => {
    const program = parseJs(programText(file));
    expect(program.lang).toBe('js');
    expect(program.body.length).toBeGreaterThan(0);
  });

  it('the prelude alone parses, with the qualnames a Python twin would see', () => {
    const names = qualnames(parseJs(prelude));
    expect(names).toContain('<lambda>');
    expect(names).toContain('<lambda>.<locals>.pyError');
    expect(names).toContain('<lambda>.<locals>.createFuture');
    expect(names).toContain('<lambda>.<locals>.createFuture.<locals>.settle');
  });

  it('top-level await is detected where the program uses it', () => {
    expect(parseJs(programText('top_level_await_js.js')).hasTopLevelAwait).toBe(true);
    expect(parseJs(programText('comment_thread_puzzle.as.js')).hasTopLevelAwait).toBe(true);
    expect(parseJs(programText('timers_vs_microtasks.js')).hasTopLevelAwait).toBe(false);
  });
});

describe('async qualnames match the Python side of each case', () => {
  // Warnings name coroutines by qualname ("coroutine 'main.<locals>.f' was never awaited"),
  // so every async function of a JS program must get the qualname of its Python line twin.
  const pairs = files.map((file) => {
    const base = file.replace(/\.as\.js$|\.js$/, '');
    const py = file.endsWith('.as.js') ? `${base}.py` : `${base}.as.py`;
    return [file, py] as const;
  });

  it.each(pairs)('%s ~ %s', (jsFile, pyFile) => {
    const jsNames = qualnames(parseJs(readFileSync(join(casesDir, jsFile), 'utf8')), true).sort();
    const pyNames = qualnames(parsePython(readFileSync(join(casesDir, pyFile), 'utf8')), true).sort();
    expect(jsNames).toEqual(pyNames);
  });
});
