/**
 * Developer tool: run the conformance corpus's Python side under the three Python models
 * and print the differences (`npx tsx tests/models/python/run-conformance.ts [case...]`).
 * The authoritative runner is the lead's conformance test; this prints details.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runProgram } from '../../../src/engine/engine';

const dir = join(import.meta.dirname, '../../conformance/cases');
const shims = join(import.meta.dirname, '../../conformance/shims');
const only = process.argv.slice(2);
const models = ['python', 'python-eager', 'promisio'] as const;
const norm = (s: string | null) => (s === null ? null : s.replace(/at 0x[0-9a-f]+/g, 'at 0x...'));
let pass = 0;
let fail = 0;
for (const f of readdirSync(dir)
  .filter((n) => n.endsWith('.expected.json'))
  .sort()) {
  const name = f.replace('.expected.json', '');
  if (only.length && !only.includes(name)) continue;
  const exp = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  const prog = exp.programs.python;
  const source = readFileSync(join(dir, prog.file), 'utf8');
  const prelude = prog.prelude
    ? { source: readFileSync(join(shims, prog.prelude.replace('shims/', '')), 'utf8'), lang: 'py' as const, name: prog.prelude }
    : undefined;
  for (const model of models) {
    const e = exp.models[model];
    let r;
    try {
      r = runProgram(source, { lang: 'py', model, prelude, recordEvents: process.env.EVENTS === '1', budget: 5_000_000 });
    } catch (err) {
      console.log(`CRASH ${name} ${model}: ${String(err)}`);
      fail++;
      continue;
    }
    const diffs: string[] = [];
    if (JSON.stringify(r.stdout) !== JSON.stringify(e.stdout))
      diffs.push(`stdout\n    got ${JSON.stringify(r.stdout)}\n    exp ${JSON.stringify(e.stdout)}`);
    if (norm(r.error) !== e.error) diffs.push(`error got ${JSON.stringify(r.error)} exp ${JSON.stringify(e.error)}`);
    if (e.error !== null && r.errorAt !== e.error_at) diffs.push(`error_at got ${r.errorAt} exp ${e.error_at}`);
    if (JSON.stringify([...r.warnings].map(norm).sort()) !== JSON.stringify([...e.warnings].sort()))
      diffs.push(`warnings got ${JSON.stringify(r.warnings)} exp ${JSON.stringify(e.warnings)}`);
    if (r.virtualTime !== e.virtual_time) diffs.push(`virtual_time got ${r.virtualTime} exp ${e.virtual_time}`);
    if (r.mode !== e.mode) diffs.push(`mode got ${r.mode} exp ${e.mode}`);
    if (diffs.length) {
      fail++;
      console.log(`FAIL ${name} [${model}]\n  ${diffs.join('\n  ')}`);
    } else pass++;
  }
}
console.log(`${pass} passed, ${fail} failed`);
