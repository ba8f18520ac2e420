// Every file path a comment names, and every Markdown link, points at a file of this repository
// (house rule: "Every file path a comment names must exist in the repository").
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commentsOf } from '../support/comments';

const ROOT = resolve(import.meta.dirname, '../..');

/** Tracked files plus new ones not yet committed (so the test also checks work in progress). */
const FILES = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .filter((f) => f && existsSync(join(ROOT, f)));

/** Copies and data: snippets, goldens, and documents copied from the shared folder. */
const NOT_OURS = [
  /^tests\/conformance\/(cases|shims)\//,
  /^tests\/cases\/.*\.(js|py)$/,
  /^tests\/(golden|syntax\/golden|fuzz\/crashers)\//,
  /^bench\/programs\//,
  /^src\/ui\/example-snippets\//,
  /^src\/engine\/shims\/sources\.ts$/,
  /^docs\/semantics\.md$/,
  /^tests\/conformance\/README\.md$/,
];
const ours = (f: string) => !NOT_OURS.some((re) => re.test(f));

const CODE = FILES.filter((f) => /\.(ts|tsx|mjs|cjs|js)$/.test(f) && ours(f));
const MARKDOWN = FILES.filter((f) => f.endsWith('.md') && ours(f));

/** Folders at the top of the repository: a path starting with one is named from the root. */
const TOP = /^(src|tests|bench|docs|scripts|tools|build|public|\.ci)\//;

/** Files of other projects that comments name by their own names (to credit where a rule comes from). */
const ELSEWHERE = new Set([
  'chromiumSwitches.ts', // Playwright's list of Chromium switches
]);

// A path-like token ending in an extension this repository's files use.
const PATH = /(?<![\w@/.-])((?:\.{1,2}\/)*[\w@-][\w@.-]*(?:\/[\w@.-]+)*\.(?:tsx?|mjs|cjs|js|py|md|json))(?![\w/-])/g;

/** The repo file a path in `from` names, or null when it names nothing here. */
function target(from: string, path: string): string | 'elsewhere' | null {
  if (path.startsWith('./') || path.startsWith('../')) {
    const t = normalize(join(dirname(from), path));
    return existsSync(join(ROOT, t)) ? t : null;
  }
  if (TOP.test(path)) return existsSync(join(ROOT, path)) ? path : null;
  // Bare or partial names: .js/.py ones without a repo folder are CPython's and Node's files
  // (Lib/asyncio/tasks.py, lib/internal/timers.js); the others must be the tail of a file here.
  // `node FILE.mjs` / `program.cjs` name programs Node runs, not files here.
  if (/\.(js|py|mjs|cjs)$/.test(path) || ELSEWHERE.has(path)) return 'elsewhere';
  const hit = FILES.find((f) => f === path || f.endsWith(`/${path}`));
  return hit ?? null;
}

describe('paths named in comments exist', () => {
  it.each(CODE)('%s', (file) => {
    const missing: string[] = [];
    for (const c of commentsOf(readFileSync(join(ROOT, file), 'utf8'))) {
      for (const m of c.text.matchAll(PATH)) {
        if (target(file, m[1]!) === null) missing.push(`${file}:${c.line}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('Markdown links and backticked paths exist', () => {
  it.each(MARKDOWN)('%s', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const missing: string[] = [];
    for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const link = m[1]!.replace(/#.*$/, '');
      if (!link || /^[a-z]+:/i.test(link)) continue;
      const t = normalize(join(dirname(file), link));
      if (t.startsWith('..') || !existsSync(join(ROOT, t))) missing.push(`link ${m[1]}`);
    }
    for (const m of text.matchAll(/`([^`\s]+)`/g)) {
      const p = m[1]!.replace(/[.,:;]$/, '');
      if (TOP.test(p) && !p.includes('*') && !existsSync(join(ROOT, p))) missing.push(`\`${p}\``);
    }
    expect(missing).toEqual([]);
  });
});

it('the scanner finds comments and skips strings and regexes', () => {
  const src = "const u = 'http://x'; // one\nconst r = /\\/\\*/; /* two */\nconst t = `a${'//'}b`; // three";
  expect(commentsOf(src).map((c) => [c.line, c.text.trim()])).toEqual([
    [1, 'one'],
    [2, 'two'],
    [3, 'three'],
  ]);
  expect(relative(ROOT, join(ROOT, 'src'))).toBe('src');
});
