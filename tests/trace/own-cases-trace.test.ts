/**
 * Lane traces of our own cases (tests/cases/py, js, cross) and of the playground's examples
 * (src/ui/example-snippets) against Node 20 and CPython 3.14 (trace-runs.ts). A cross case
 * `NAME.py` / `NAME.js` is compared with the real runtime running its twin `NAME.as.js` /
 * `NAME.as.py` with the shim, as tests/cases/cross-language.test.ts does for its output.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Lang, ModelName } from '../../src/engine/api';
import {
  commonjsTwin,
  countCompared,
  cpythonCanRun,
  defineTraceTest,
  pythonShimFor,
  SHIMS,
  type Program,
  type TraceRun,
} from './trace-runs';

const CASES = fileURLToPath(new URL('../cases/', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../src/ui/example-snippets/', import.meta.url));
const CONFORMANCE = fileURLToPath(new URL('../conformance/cases/', import.meta.url));

const read = (dir: string, f: string) => readFileSync(join(dir, f), 'utf8');
const langOf = (f: string): Lang => (f.endsWith('.py') ? 'py' : 'js');
const list = (dir: string, ext: RegExp) =>
  readdirSync(dir)
    .filter((f) => ext.test(f) && !/\.as\.(py|js)$/.test(f))
    .sort();

/** A Python program the CPython oracle can run (with its shim reduced as trace-runs.ts says), or why not. */
function cpythonReal(p: Program): { real?: Program; noReal?: string } {
  if (p.prelude) {
    const shim = pythonShimFor(p.source, p.prelude.source);
    if ('reason' in shim) return { noReal: shim.reason };
    p = { ...p, prelude: { ...p.prelude, source: shim.source } };
  }
  const why = cpythonCanRun(p);
  return why ? { noReal: why } : { real: p };
}

function sameLanguage(id: string, source: string, lang: Lang): TraceRun[] {
  const p: Program = { source, lang };
  const models: ModelName[] = lang === 'js' ? ['js', 'promisio'] : ['python', 'python-eager', 'promisio'];
  return models.map((model) => {
    const run: TraceRun = { id: `${id} under ${model}`, model, engine: p };
    if (model === 'promisio') return run;
    return { ...run, ...(lang === 'js' ? { real: p } : cpythonReal(p)) };
  });
}

/** `source` in one language under the other language's models, against its twin with the shim. */
function crossLanguage(id: string, source: string, lang: Lang, twin: string): TraceRun[] {
  const engine: Program = { source, lang };
  if (lang === 'py') {
    const real: Program = { source: twin, lang: 'js', prelude: { source: SHIMS.asyncioJs, lang: 'js', name: 'shims/asyncio.js' } };
    return [{ id: `${id} under js`, model: 'js', engine, real }];
  }
  const real: Program = { source: twin, lang: 'py', prelude: { source: SHIMS.jsPy, lang: 'py', name: 'shims/js.py' } };
  return (['python', 'python-eager', 'promisio'] as const).map((model) =>
    model === 'promisio'
      ? { id: `${id} under ${model}`, model, engine }
      : { id: `${id} under ${model}`, model, engine, ...cpythonReal(real) },
  );
}

const own: TraceRun[] = [
  ...list(join(CASES, 'py'), /\.py$/).flatMap((f) => sameLanguage(`py/${f}`, read(join(CASES, 'py'), f), 'py')),
  ...list(join(CASES, 'js'), /\.js$/).flatMap((f) =>
    sameLanguage(`js/${f}`, read(join(CASES, 'js'), f), 'js').flatMap((r) => [r, ...commonjsTwin(r)]),
  ),
  ...list(join(CASES, 'cross'), /\.(py|js)$/).flatMap((f) =>
    crossLanguage(
      `cross/${f}`,
      read(join(CASES, 'cross'), f),
      langOf(f),
      read(
        join(CASES, 'cross'),
        f.replace(/\.(py|js)$/, (m) => (m === '.py' ? '.as.js' : '.as.py')),
      ),
    ),
  ),
];

/** The gallery's own twins, for examples that are no conformance case (tests/ui/gallery.test.ts). */
const GALLERY_TWINS = fileURLToPath(new URL('../ui/gallery/', import.meta.url));

/**
 * The examples: same language, and the other language through the twin — the conformance
 * case's, or the gallery's own; an example with no twin (a Python-only or Node-only lesson) has
 * no cross-language run.
 */
const examples: TraceRun[] = list(EXAMPLES, /\.(py|js)$/).flatMap((f) => {
  const lang = langOf(f);
  const source = read(EXAMPLES, f);
  const twinName = f.replace(/\.(py|js)$/, lang === 'py' ? '.as.js' : '.as.py');
  const twinDir = [CONFORMANCE, GALLERY_TWINS].find((dir) => existsSync(join(dir, twinName)));
  // The playground runs a JS snippet as Node would (jsMode 'auto'): CommonJS unless it has module syntax.
  const same = sameLanguage(`examples/${f}`, source, lang).flatMap((r) => [r, ...commonjsTwin(r)]);
  return twinDir ? [...same, ...crossLanguage(`examples/${f}`, source, lang, read(twinDir, twinName))] : same;
});

describe('own cases: engine lane traces vs the real runtimes', () => {
  for (const run of own) defineTraceTest(run);
  it('compares the runs with a real runtime', () => {
    console.log(`own-case lane traces compared with a real runtime: ${countCompared(own)} of ${own.length} runs`);
    expect(countCompared(own)).toBeGreaterThan(own.filter((r) => r.model !== 'promisio').length * 0.9);
  });
});

describe('playground examples: engine lane traces vs the real runtimes', () => {
  for (const run of examples) defineTraceTest(run);
  it('compares the runs with a real runtime', () => {
    console.log(`example lane traces compared with a real runtime: ${countCompared(examples)} of ${examples.length} runs`);
    expect(countCompared(examples)).toBeGreaterThan(0);
  });
});
