/**
 * The examples gallery (src/ui/example-snippets + manifest.json) against the real runtimes.
 *
 * For each example and each model it opens with (and each model a paragraph makes a claim
 * about), the real outcome comes from:
 * - a conformance-corpus case the snippet is a byte-identical copy of: the corpus's recorded
 *   outputs (real Node 20, CPython 3.14, promisio 0.3) — except JavaScript under `js`, which
 *   real Node runs here in the mode the playground picks (`node file.js` unless the snippet
 *   has module syntax; the corpus recorded every program as an ES module);
 * - otherwise the oracles run now: CPython 3.14 (pyodide) for Python under python /
 *   python-eager, Node for JavaScript under js, and Node running shims/asyncio.js + the twin
 *   (`NAME.as.js`, in the folder tests/ui/gallery/) for a Python snippet under js.
 * promisio cannot be installed here: an example that is no corpus case has no real promisio
 * outcome, so it must not open with promisio nor claim anything about it (tested below).
 *
 * The engine must reproduce each real outcome (stdout, error, warnings as a multiset, Python
 * virtual time), and every claim of the paragraph ("what to watch") must hold in it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/engine/engine';
import { SHIM_ASYNCIO_JS } from '../../src/engine/shims';
import { detectJsMode } from '../../src/engine/syntax/index';
import { MODEL_NAMES, type JsMode, type ModelName } from '../../src/engine/api';
import { EXAMPLES, type Example } from '../../src/ui/examples';
import manifest from '../../src/ui/example-snippets/manifest.json';
import { runInNode } from '../oracle/node-oracle';
import { runInCPython } from '../oracle/pyodide-oracle';
import { hideAddresses } from '../support/normalize';

const ROOT = resolve(import.meta.dirname, '../..');
const SNIPPETS = join(ROOT, 'src/ui/example-snippets');
const CASES = join(ROOT, 'tests/conformance/cases');
const TWINS = join(ROOT, 'tests/ui/gallery');

interface Outcome {
  stdout: string[];
  error: string | null;
  warnings: string[];
  virtual_time?: number;
}

interface Check {
  models?: string[];
  jsMode?: JsMode;
  before?: [string, string];
  absent?: string;
  error?: string | null;
  warning?: string;
  same?: string[];
}

interface CorpusExpected {
  models: Record<string, { stdout: string[]; error: string | null; warnings: string[]; virtual_time?: number }>;
}

/** The corpus case `ex` is a byte-identical copy of, if any. */
function corpusCase(ex: Example): CorpusExpected | null {
  const file = join(CASES, ex.file);
  if (!existsSync(file) || readFileSync(file, 'utf8') !== ex.source) return null;
  return JSON.parse(readFileSync(join(CASES, ex.file.replace(/\.(py|js)$/, '.expected.json')), 'utf8')) as CorpusExpected;
}

function playgroundMode(ex: Example): JsMode {
  return detectJsMode(ex.source).mode;
}

const sorted = (o: Outcome): Outcome => ({ ...o, warnings: [...o.warnings].sort() });

/** What the real runtime did with the example under `model` (null: no real runtime can say here). */
async function realOutcome(ex: Example, model: ModelName, jsMode: JsMode): Promise<Outcome | null> {
  if (model === 'js' && ex.lang === 'js') {
    const r = runInNode(ex.source, undefined, 20_000, jsMode);
    return { stdout: r.stdout, error: r.error, warnings: r.warnings };
  }
  const corpus = corpusCase(ex);
  if (corpus) {
    const e = corpus.models[model]!;
    return { stdout: e.stdout, error: e.error, warnings: e.warnings, ...(model === 'js' ? {} : { virtual_time: e.virtual_time }) };
  }
  if (model === 'promisio') return null;
  if (ex.lang === 'py' && model !== 'js') {
    const r = await runInCPython(ex.source, { eager: model === 'python-eager' });
    return { stdout: r.stdout, error: r.error, warnings: r.warnings, virtual_time: r.virtual_time };
  }
  const twin = join(TWINS, ex.file.replace(/\.py$/, '.as.js'));
  if (ex.lang === 'py' && existsSync(twin)) {
    const r = runInNode(readFileSync(twin, 'utf8'), SHIM_ASYNCIO_JS);
    return { stdout: r.stdout, error: r.error, warnings: r.warnings };
  }
  return null;
}

function engineOutcome(ex: Example, model: ModelName, jsMode: JsMode): Outcome {
  const r = runProgram(ex.source, { lang: ex.lang, model, recordEvents: false, jsMode });
  return {
    stdout: r.stdout,
    error: hideAddresses(r.error),
    warnings: r.warnings.map((w) => hideAddresses(w)),
    ...(model === 'js' ? {} : { virtual_time: Math.round(r.virtualTime * 1000) / 1000 }),
  };
}

/** Every (model, mode) pair an example's models and claims name. */
function runsOf(ex: Example, checks: Check[]): { model: ModelName; jsMode: JsMode }[] {
  const keys = new Set<string>();
  const add = (m: string, mode?: JsMode) => keys.add(`${m}|${m === 'js' && ex.lang === 'js' ? (mode ?? playgroundMode(ex)) : 'module'}`);
  for (const m of ex.models) add(m);
  for (const c of checks) for (const m of [...(c.models ?? []), ...(c.same ?? [])]) add(m, c.jsMode);
  return [...keys].map((k) => {
    const [model, jsMode] = k.split('|') as [ModelName, JsMode];
    return { model, jsMode };
  });
}

/** Whether one claim holds in the real outcomes; a sentence saying why not, else null. */
function violation(c: Check, outcomeOf: (m: string) => Outcome): string | null {
  if (c.same) {
    const first = outcomeOf(c.same[0]!).stdout;
    const other = c.same.find((m) => JSON.stringify(outcomeOf(m).stdout) !== JSON.stringify(first));
    return other ? `${other} does not print what ${c.same[0]} prints` : null;
  }
  for (const m of c.models ?? []) {
    const o = outcomeOf(m);
    if (c.before) {
      const [a, b] = c.before;
      const i = o.stdout.indexOf(a);
      const j = o.stdout.indexOf(b);
      if (i < 0 || j < 0 || j < i) return `under ${m}, ${JSON.stringify(a)} is not printed before ${JSON.stringify(b)}`;
    }
    if (c.absent !== undefined && o.stdout.includes(c.absent)) return `under ${m}, ${JSON.stringify(c.absent)} is printed`;
    if (c.error === null && o.error !== null) return `under ${m}, the program fails: ${o.error}`;
    if (typeof c.error === 'string' && !o.error?.startsWith(c.error)) return `under ${m}, the error is ${o.error}`;
    if (c.warning !== undefined && !o.warnings.some((w) => w.includes(c.warning!))) return `under ${m}, no warning says ${c.warning}`;
  }
  return null;
}

const checksOf = new Map(manifest.examples.map((e) => [e.id, e.checks as Check[]]));

describe('the gallery manifest', () => {
  it('names every snippet file once, and every file is named', () => {
    const files = readdirSync(SNIPPETS).filter((f) => /\.(py|js)$/.test(f));
    expect(EXAMPLES.map((ex) => ex.file).sort()).toEqual(files.sort());
    expect(new Set(EXAMPLES.map((ex) => ex.id)).size).toBe(EXAMPLES.length);
  });

  it('opens the default example with the default models', () => {
    expect(EXAMPLES[0].models).toEqual(['js', 'python']);
  });

  it.each(EXAMPLES.map((ex) => [ex.id, ex] as const))('%s: models are known, a paragraph and claims are there', (_, ex) => {
    expect(ex.models.length).toBeGreaterThan(0);
    expect(ex.models.every((m) => (MODEL_NAMES as readonly string[]).includes(m))).toBe(true);
    expect(ex.watch.length).toBeGreaterThan(80);
    expect(checksOf.get(ex.id)!.length).toBeGreaterThan(0);
  });

  it('offers promisio, or claims something of it, only for corpus copies (their promisio outputs are real)', () => {
    const unchecked = EXAMPLES.filter((ex) => !corpusCase(ex)).filter(
      (ex) =>
        ex.models.includes('promisio') || checksOf.get(ex.id)!.some((c) => [...(c.models ?? []), ...(c.same ?? [])].includes('promisio')),
    );
    expect(unchecked.map((ex) => ex.id)).toEqual([]);
  });

  it('keeps the copies of corpus cases byte-identical (the corpus says which of them are)', () => {
    const copies = EXAMPLES.filter((ex) => existsSync(join(CASES, ex.file)));
    for (const ex of copies) expect(ex.source, ex.file).toBe(readFileSync(join(CASES, ex.file), 'utf8'));
    expect(copies.length).toBeGreaterThanOrEqual(10);
  });
});

describe('gallery examples vs the real runtimes', { timeout: 120_000 }, () => {
  for (const ex of EXAMPLES) {
    const checks = checksOf.get(ex.id)!;
    it(`${ex.id} (${ex.file}): the engine matches the real runtimes, and the paragraph's claims hold`, async () => {
      const real = new Map<string, Outcome>();
      for (const { model, jsMode } of runsOf(ex, checks)) {
        const outcome = await realOutcome(ex, model, jsMode);
        expect(outcome, `a real outcome for ${ex.id} under ${model}`).not.toBeNull();
        real.set(`${model}|${jsMode}`, outcome!);
        expect(sorted(engineOutcome(ex, model, jsMode)), `${ex.id} under ${model} (${jsMode})`).toEqual(sorted(outcome!));
      }
      for (const c of checks) {
        const mode = (m: string) => (m === 'js' && ex.lang === 'js' ? (c.jsMode ?? playgroundMode(ex)) : 'module');
        const why = violation(c, (m) => real.get(`${m}|${mode(m)}`)!);
        expect(why, `claim ${JSON.stringify(c)}`).toBeNull();
      }
    });
  }
});

/**
 * The models an example does not open with: a reader can still tick them. Every run a real
 * runtime here can produce is compared with the engine; the others are named below with why.
 */
const NO_REAL_RUNTIME: Record<string, string> = {
  'cancel under promisio': 'no corpus case, and promisio cannot be installed here',
  'taskgroup under js': 'no JavaScript twin: `async with` has no line-by-line JavaScript counterpart',
  'taskgroup under promisio': 'no corpus case, and promisio cannot be installed here',
  'blocking under js': 'no JavaScript twin: the shim has no time.sleep or loop.time',
  'blocking under promisio': 'no corpus case, and promisio cannot be installed here',
  'next-tick under python': 'no Python twin: shims/js.py defines no process.nextTick',
  'next-tick under python-eager': 'no Python twin: shims/js.py defines no process.nextTick',
  'next-tick under promisio': 'no Python twin, and promisio cannot be installed here',
};

/** Runs where the engine is known to differ from the real runtime (expected to fail: remove an entry once fixed). */
const KNOWN_DIFFERENCES: Record<string, string> = {};

describe('gallery examples under the models they do not open with', { timeout: 120_000 }, () => {
  const unchecked: string[] = [];
  for (const ex of EXAMPLES) {
    for (const model of MODEL_NAMES) {
      if (ex.models.includes(model)) continue;
      const id = `${ex.id} under ${model}`;
      const jsMode: JsMode = model === 'js' && ex.lang === 'js' ? playgroundMode(ex) : 'module';
      if (NO_REAL_RUNTIME[id]) {
        unchecked.push(id);
        continue;
      }
      const body = async () => {
        const real = await realOutcome(ex, model, jsMode);
        expect(real, `a real outcome for ${id}`).not.toBeNull();
        expect(sorted(engineOutcome(ex, model, jsMode))).toEqual(sorted(real!));
      };
      const reason = KNOWN_DIFFERENCES[id];
      if (reason) it.fails(`${id} [known difference: ${reason}]`, body);
      else it(id, body);
    }
  }
  it('leaves unchecked only the runs no real runtime here can produce', async () => {
    expect(unchecked.sort()).toEqual(Object.keys(NO_REAL_RUNTIME).sort());
    for (const id of unchecked) {
      const [exId, , model] = id.split(' ');
      const ex = EXAMPLES.find((e) => e.id === exId)!;
      expect(await realOutcome(ex, model as ModelName, 'module'), id).toBeNull();
    }
  });
});
