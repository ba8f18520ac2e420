/**
 * Re-derives the shared conformance expectations from the real runtimes that run here:
 * Node (this process's own binary) for every JavaScript program, and CPython 3.14
 * (pyodide) for every Python program that does not need promisio. If the oracles here
 * disagree with the recorded expectations, either the corpus or our harness is wrong,
 * and every engine test built on them would be suspect.
 */
import { describe, it, expect } from 'vitest';
import { loadCases, readCaseFile } from '../conformance/corpus';
import { runInNode } from './node-oracle';
import { runInCPython, importsPromisio } from './pyodide-oracle';

const cases = loadCases();

describe('Node re-derives every js expectation', () => {
  for (const c of cases) {
    const p = c.programs.js;
    it(`${p.file} (${c.name})`, () => {
      const got = runInNode(readCaseFile(p.file), p.prelude ? readCaseFile(p.prelude) : undefined);
      const exp = c.models.js;
      expect({ stdout: got.stdout, error: got.error, error_kind: got.error_kind, warnings: got.warnings }).toEqual({
        stdout: exp.stdout,
        error: exp.error,
        error_kind: exp.error_kind,
        warnings: exp.warnings,
      });
    });
  }
});

describe('CPython 3.14 (pyodide) re-derives python and python-eager expectations', () => {
  for (const c of cases) {
    const p = c.programs.python;
    const source = readCaseFile(p.file);
    const prelude = p.prelude ? readCaseFile(p.prelude) : undefined;
    const runnable = !importsPromisio(source) && !(prelude && importsPromisio(prelude));
    for (const model of ['python', 'python-eager'] as const) {
      it.runIf(runnable)(`${p.file} under ${model}`, async () => {
        // The corpus's expectations have no stderr: its programs write none.
        const { stderr, combined: _combined, ...got } = await runInCPython(source, { eager: model === 'python-eager', prelude });
        const exp = c.models[model];
        expect(stderr).toEqual([]);
        expect({ ...got, warnings: [...got.warnings].sort() }).toEqual({
          stdout: exp.stdout,
          error: exp.error,
          error_at: exp.error_at,
          warnings: [...exp.warnings].sort(),
          virtual_time: exp.virtual_time,
          mode: exp.mode,
        });
      });
    }
  }
});
