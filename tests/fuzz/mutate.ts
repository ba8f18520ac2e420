/**
 * Mutations of a program text for the fuzzer (issue 10): what a careless or hostile user
 * produces — tokens deleted, duplicated, swapped or replaced, lines shuffled, characters
 * flipped, two programs spliced, deep nesting, huge names and strings, numbers made huge,
 * a native called with sizes (native-calls.ts), and the byte-level variants of the same text
 * a file can carry (BOM, CRLF, tabs, U+2028).
 *
 * Everything is driven by one seeded generator, so `--seed S` reproduces a run exactly.
 */
import { BIG_NUMBERS, likelyLang, nativeCallStatement, PY_IMPORTS } from './native-calls';

/** mulberry32: a small, fast, well-distributed 32-bit generator; plenty for choosing mutations. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rand = () => number;

const int = (r: Rand, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[int(r, xs.length)] as T;

const TOKEN = /[A-Za-z_$][\w$]*|\d+(?:\.\d+)?|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`[^`]*`|[ \t]+|\r?\n|[^\s]/g;

function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Tokens either language gives meaning to, for replacements that reach deeper into the grammar. */
const SPICE = [
  'await',
  'async',
  'yield',
  'yield from',
  'def',
  'function',
  'function*',
  'return',
  'lambda',
  'class',
  'new',
  'this',
  'self',
  'None',
  'null',
  'undefined',
  'True',
  'false',
  'NaN',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ':',
  ';',
  ',',
  '.',
  '=>',
  '=',
  '==',
  '**',
  '...',
  '*',
  '@',
  '#',
  '\\',
  'if',
  'else',
  'elif',
  'while',
  'for',
  'in',
  'of',
  'try',
  'except',
  'catch',
  'finally',
  'raise',
  'throw',
  'with',
  'async with',
  'async for',
  'for await',
  'match',
  'case',
  'del',
  'delete',
  'typeof',
  'not',
  'and',
  '&&',
  '||',
  '??',
  '?.',
  'asyncio.sleep(0)',
  'asyncio.create_task(',
  'Promise.resolve()',
  '.then(',
  'setTimeout(',
  'queueMicrotask(',
  'process.nextTick(',
  'print(',
  'console.log(',
  '0',
  '-1',
  '1e308',
  '2**64',
  '10n',
  '"x"',
  "f'{x}'",
  '`${x}`',
  '/a+/g',
  '\n    ',
  '\n\t',
  '\n',
];

const ODD_CHARS = ['\u0000', '\u00a0', '\u2028', '\u2029', '\ufeff', '\ud800', '\u{1F600}', '\\', '"', "'", '`', '\t', '\r', '#', '$'];

export type Mutation = (text: string, r: Rand, other: () => string) => string;

const joinTokens = (ts: string[]) => ts.join('');

export const MUTATIONS: Record<string, Mutation> = {
  deleteToken(text, r) {
    const ts = tokens(text);
    if (ts.length === 0) return text;
    ts.splice(int(r, ts.length), 1 + (r() < 0.2 ? int(r, 4) : 0));
    return joinTokens(ts);
  },
  duplicateToken(text, r) {
    const ts = tokens(text);
    if (ts.length === 0) return text;
    const i = int(r, ts.length);
    ts.splice(i, 0, ...ts.slice(i, i + 1 + int(r, 3)));
    return joinTokens(ts);
  },
  swapTokens(text, r) {
    const ts = tokens(text);
    if (ts.length < 2) return text;
    const i = int(r, ts.length);
    const j = int(r, ts.length);
    [ts[i], ts[j]] = [ts[j] as string, ts[i] as string];
    return joinTokens(ts);
  },
  replaceToken(text, r) {
    const ts = tokens(text);
    if (ts.length === 0) return text;
    ts[int(r, ts.length)] = r() < 0.5 ? pick(r, SPICE) : pick(r, ts);
    return joinTokens(ts);
  },
  shuffleLines(text, r) {
    const lines = text.split('\n');
    if (lines.length < 2) return text;
    const i = int(r, lines.length);
    const [line] = lines.splice(i, 1);
    lines.splice(int(r, lines.length + 1), 0, line as string);
    return lines.join('\n');
  },
  flipChar(text, r) {
    if (text.length === 0) return pick(r, ODD_CHARS);
    const i = int(r, text.length);
    const ch = r() < 0.5 ? pick(r, ODD_CHARS) : String.fromCharCode(32 + int(r, 95));
    return text.slice(0, i) + ch + text.slice(i + 1);
  },
  splice(text, r, other) {
    const a = text.split('\n');
    const b = other().split('\n');
    return [...a.slice(0, int(r, a.length + 1)), ...b.slice(int(r, b.length + 1))].join('\n');
  },
  deepNesting(text, r) {
    const depth = pick(r, [50, 200, 1000, 3000]);
    const kind = int(r, 5);
    const lines = text.split('\n');
    const at = int(r, lines.length + 1);
    let nested: string;
    if (kind === 0) nested = `x = ${'('.repeat(depth)}1${')'.repeat(depth)}`;
    else if (kind === 1) nested = `x = ${'['.repeat(depth)}${']'.repeat(depth)}`;
    else if (kind === 2) nested = `f${'()'.repeat(depth)}`;
    else if (kind === 3)
      nested =
        Array.from({ length: Math.min(depth, 400) }, (_, i) => `${' '.repeat(i)}if x:`).join('\n') +
        `\n${' '.repeat(Math.min(depth, 400))}pass`;
    else nested = `${'function f() {'.repeat(Math.min(depth, 1000))}${'}'.repeat(Math.min(depth, 1000))}`;
    lines.splice(at, 0, nested);
    return lines.join('\n');
  },
  longName(text, r) {
    const ts = tokens(text);
    const names = ts.map((t, i) => [t, i] as const).filter(([t]) => /^[A-Za-z_$]/.test(t));
    const long = 'n'.repeat(pick(r, [256, 2_000, 20_000]));
    if (names.length === 0) return `${long} = 1\n${text}`;
    const [, at] = pick(r, names);
    ts[at] = long;
    return joinTokens(ts);
  },
  /**
   * A number of the program made huge, negative or a boundary: `range(5)` becomes
   * `range(10**9)`, `'-' * 3` `'-' * 2**32`. A native that loops or allocates in proportion to
   * its argument without counting the work against the step budget then runs for minutes
   * (a `hang` fault) or aborts the worker. Probing by hand found a dozen such natives that
   * the token mutations never reached: they rarely put a big number where a size goes
   * (issue 10).
   */
  bigNumber(text, r) {
    const ts = tokens(text);
    const numbers = ts.map((t, i) => [t, i] as const).filter(([t]) => /^\d/.test(t));
    if (numbers.length === 0) return text;
    const [, at] = pick(r, numbers);
    ts[at] = pick(r, BIG_NUMBERS);
    return joinTokens(ts);
  },
  /**
   * A line calling a native with sizes for arguments (native-calls.ts), in the language the
   * program looks written in, at a random line and that line's indentation.
   */
  nativeCall(text, r) {
    const lang = likelyLang(text);
    const lines = text.split('\n');
    const at = int(r, lines.length + 1);
    const indent = /^[ \t]*/.exec(lines[at] ?? '')?.[0] ?? '';
    lines.splice(at, 0, indent + nativeCallStatement(lang, r));
    return lang === 'py' ? `${PY_IMPORTS}\n${lines.join('\n')}` : lines.join('\n');
  },
  longString(text, r) {
    const lines = text.split('\n');
    const s = pick(r, ['x', 'ab', '\\n', '\u{1F600}']).repeat(pick(r, [1_000, 10_000, 100_000]));
    lines.splice(int(r, lines.length + 1), 0, `s = "${s}"`);
    return lines.join('\n');
  },
  fileBytes(text, r) {
    switch (int(r, 5)) {
      case 0:
        return `\ufeff${text}`;
      case 1:
        return text.replace(/\n/g, '\r\n');
      case 2:
        return text.replace(/\n/g, '\r');
      case 3:
        return text.replace(/^( {4})+/gm, (m) => (r() < 0.5 ? '\t'.repeat(m.length / 4) : m.replace(/ {4}/, '\t')));
      default:
        return text.replace(/\n/g, () => (r() < 0.2 ? '\u2028' : '\n'));
    }
  },
};

const NAMES = Object.keys(MUTATIONS);

/** One fuzz input: 1–3 mutations of a seed program. */
export function mutate(seed: string, r: Rand, other: () => string): { text: string; applied: string[] } {
  let text = seed;
  const applied: string[] = [];
  for (let n = 1 + int(r, 3); n > 0; n--) {
    const name = pick(r, NAMES);
    text = (MUTATIONS[name] as Mutation)(text, r, other);
    applied.push(name);
  }
  return { text, applied };
}
