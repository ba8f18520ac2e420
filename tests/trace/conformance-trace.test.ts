/**
 * Lane traces of the conformance corpus (tests/conformance/corpus.ts: every origin program
 * and twin with its shim, same-language and cross-language runs) against Node 20 and
 * CPython 3.14 (trace-runs.ts).
 */
import { describe, it, expect } from 'vitest';
import { conformanceRuns, loadCases, readCaseFile } from '../conformance/corpus';
import { commonjsTwin, countCompared, cpythonCanRun, defineTraceTest, pythonShimFor, type Program, type TraceRun } from './trace-runs';

const program = (file: string, prelude: string | null): Program => ({
  source: readCaseFile(file),
  lang: file.endsWith('.py') ? 'py' : 'js',
  prelude: prelude ? { source: readCaseFile(prelude), lang: prelude.endsWith('.py') ? 'py' : 'js', name: prelude } : undefined,
});

function traceRuns(): TraceRun[] {
  const cases = new Map(loadCases().map((c) => [c.name, c]));
  return conformanceRuns().map((r) => {
    const c = cases.get(r.caseName)!;
    const engine = program(r.file, r.prelude?.file ?? null);
    const run: TraceRun = { id: r.id, model: r.model, engine };
    if (r.model === 'promisio') return run;
    // The text the real runtime runs: the model's language's program of the case, with its shim.
    const side = r.model === 'js' ? c.programs.js : c.programs.python;
    const real = program(side.file, side.prelude);
    if (real.prelude && real.lang === 'py') {
      const shim = pythonShimFor(real.source, real.prelude.source);
      if ('reason' in shim) return { ...run, noReal: shim.reason };
      real.prelude = { ...real.prelude, source: shim.source };
    }
    if (real.lang === 'py') {
      const why = cpythonCanRun(real);
      if (why) return { ...run, noReal: why };
    }
    return { ...run, real };
  });
}

const runs = traceRuns().flatMap((r) => [r, ...commonjsTwin(r)]);

describe('conformance corpus: engine lane traces vs the real runtimes', () => {
  for (const run of runs) defineTraceTest(run);
  it('compares most runs with a real runtime', () => {
    const compared = countCompared(runs);
    console.log(`conformance lane traces compared with a real runtime: ${compared} of ${runs.length} runs`);
    expect(compared).toBeGreaterThan(runs.filter((r) => r.model !== 'promisio').length / 2);
  });
});
