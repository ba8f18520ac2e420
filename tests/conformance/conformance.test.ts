/**
 * The engine against the real runtimes: every run listed by corpus.ts must reproduce
 * the recorded stdout, error and warnings exactly (warnings as a multiset: the oracle's
 * README says end-of-run garbage-collection warnings have no defined order), and under
 * the Python models the final virtual time.
 */
import { describe, it, expect } from 'vitest';

// The oracle replaced object addresses in messages with `at 0x...` (tests/conformance/README.md).
const hideAddresses = (s: string | null) => (s === null ? null : s.replace(/ at 0x[0-9a-fA-F]+/g, ' at 0x...'));
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runProgram } from '../../src/engine/engine';
import { conformanceRuns, readCaseFile, CONFORMANCE_DIR, type ConformanceRun } from './corpus';

const allow = JSON.parse(readFileSync(join(CONFORMANCE_DIR, 'allow-list.json'), 'utf8')) as {
  entries: { run: string; reason: string }[];
};
const allowed = new Map(allow.entries.map((e) => [e.run, e.reason]));

export function runConformance(r: ConformanceRun) {
  const source = readCaseFile(r.file);
  const prelude = r.prelude ? { source: readCaseFile(r.prelude.file), lang: r.prelude.lang, name: r.prelude.file } : undefined;
  const result = runProgram(source, { lang: r.lang, model: r.model, prelude, recordEvents: false });
  return {
    stdout: result.stdout,
    error: hideAddresses(result.error),
    warnings: result.warnings.map((w) => hideAddresses(w) as string).sort(),
    ...(r.model === 'js' ? {} : { virtual_time: Math.round(result.virtualTime * 1000) / 1000 }),
  };
}

function expectedOf(r: ConformanceRun) {
  const e = r.expected;
  return {
    stdout: e.stdout,
    error: e.error,
    warnings: [...e.warnings].sort(),
    ...(r.model === 'js' ? {} : { virtual_time: e.virtual_time }),
  };
}

const runs = conformanceRuns();

for (const scope of ['same-language', 'every-model'] as const) {
  describe(`conformance (${scope})`, () => {
    for (const r of runs.filter((x) => x.scope === scope)) {
      const reason = allowed.get(r.id);
      if (reason) {
        it.fails(`${r.id} [known difference: ${reason}]`, () => {
          expect(runConformance(r)).toEqual(expectedOf(r));
        });
      } else {
        it(r.id, () => {
          expect(runConformance(r)).toEqual(expectedOf(r));
        });
      }
    }
  });
}

describe('allow-list', () => {
  it('names only runs that exist', () => {
    const ids = new Set(runs.map((r) => r.id));
    for (const e of allow.entries) expect(ids.has(e.run), e.run).toBe(true);
  });
});
