/**
 * Reads the conformance corpus (tests/conformance/cases, copied from the shared folder's conformance/)
 * and lists every (program, model) pair that a real runtime recorded an outcome for.
 *
 * The cross-model rule (tests/conformance/README.md): the `js` model runs the JavaScript
 * text and the Python models run the Python text; each case has an origin file and a
 * twin in the other language with a shim prelude. We run:
 *   - same-language (issue 2): the text each real runtime ran, under that runtime's model;
 *   - cross-language (issue 3): the origin file under every model, and the Python twin of
 *     a JS-origin case under python-eager and promisio.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { ModelName } from '../../src/engine/names';
import type { Lang } from '../../src/engine/ir/nodes';

export const CONFORMANCE_DIR = fileURLToPath(new URL('.', import.meta.url));
export const CASES_DIR = join(CONFORMANCE_DIR, 'cases');

export interface ModelExpectation {
  stdout: string[];
  error: string | null;
  error_kind?: string | null;
  error_at: number | null;
  warnings: string[];
  virtual_time?: number;
  mode?: string;
}

export interface CaseFile {
  name: string;
  origin: 'py' | 'js';
  programs: Record<'js' | 'python', { file: string; prelude: string | null }>;
  models: Record<ModelName, ModelExpectation>;
}

export interface ConformanceRun {
  /** e.g. `comment_thread_puzzle.py under python` */
  id: string;
  caseName: string;
  file: string;
  lang: Lang;
  prelude: { file: string; lang: Lang } | null;
  model: ModelName;
  expected: ModelExpectation;
  /** same-language: issue 2 (js + python on the text each runtime ran); every-model: issue 3. */
  scope: 'same-language' | 'every-model';
}

export function loadCases(): CaseFile[] {
  return readdirSync(CASES_DIR)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const data = JSON.parse(readFileSync(join(CASES_DIR, f), 'utf8'));
      return { name: f.replace(/\.expected\.json$/, ''), ...data } as CaseFile;
    });
}

const langOfFile = (f: string): Lang => (f.endsWith('.py') ? 'py' : 'js');

export function conformanceRuns(): ConformanceRun[] {
  const runs: ConformanceRun[] = [];
  for (const c of loadCases()) {
    const jsProg = c.programs.js;
    const pyProg = c.programs.python;
    const prelude = (p: string | null) => (p ? { file: p, lang: langOfFile(p) } : null);
    const add = (file: string, pre: string | null, model: ModelName, scope: ConformanceRun['scope']) =>
      runs.push({
        id: `${file}${pre ? ` (+${pre})` : ''} under ${model}`,
        caseName: c.name,
        file,
        lang: langOfFile(file),
        prelude: prelude(pre),
        model,
        expected: c.models[model],
        scope,
      });
    // Same language: exactly what the real runtimes ran.
    add(jsProg.file, jsProg.prelude, 'js', 'same-language');
    add(pyProg.file, pyProg.prelude, 'python', 'same-language');
    // Cross-language: the origin file under every other model...
    const originFile = c.origin === 'py' ? pyProg.file : jsProg.file;
    const models: ModelName[] = c.origin === 'py' ? ['js', 'python-eager', 'promisio'] : ['python', 'python-eager', 'promisio'];
    for (const m of models) add(originFile, null, m, 'every-model');
    // ...and a JS-origin case's Python twin (with its shim) under the other two Python models.
    if (c.origin === 'js') {
      add(pyProg.file, pyProg.prelude, 'python-eager', 'every-model');
      add(pyProg.file, pyProg.prelude, 'promisio', 'every-model');
    }
  }
  return runs;
}

export function readCaseFile(rel: string): string {
  // Preludes are named `shims/x` relative to the corpus root; programs are in cases/.
  return readFileSync(rel.startsWith('shims/') ? join(CONFORMANCE_DIR, rel) : join(CASES_DIR, rel), 'utf8');
}
