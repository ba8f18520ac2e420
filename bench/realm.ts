/**
 * `npm run bench:realm`: how long a run takes to start — createRun of an already-parsed
 * snippet, which builds the realm, installs the language runtimes it needs, creates the
 * model and loads the program (and the cross-language shim) — per model and snippet
 * language. The playground does this four times after every edit (issue 10: < 5 ms).
 *
 * Interleaved best-of-5: each round times a batch of every (language, model) pair in
 * turn, so a burst of load from elsewhere on the machine hits all pairs alike; the best
 * round's per-run average is reported, in wall time and in this process's CPU time (which
 * a loaded machine inflates much less). The first creation in the process (cold: nothing
 * compiled by V8 yet) is printed separately.
 */
import { performance } from 'node:perf_hooks';
import { createRun } from '../src/engine/engine';
import { MODEL_NAMES, type ModelName } from '../src/engine/names';
import type { Lang } from '../src/engine/names';

const SNIPPETS: Record<Lang, string> = {
  py: 'import asyncio\n\nasync def main():\n    await asyncio.sleep(0.1)\n    print("done")\n\nasyncio.run(main())\n',
  js: 'async function main() {\n  await new Promise((r) => setTimeout(r, 100));\n  console.log("done");\n}\nmain();\n',
};
const ROUNDS = 5;
const BATCH = 40;

const create = (lang: Lang, model: ModelName) => createRun(SNIPPETS[lang], { lang, model, recordEvents: false });

const coldStart = performance.now();
create('py', 'python');
const coldMs = performance.now() - coldStart;

const pairs = (['py', 'js'] as const).flatMap((lang) => MODEL_NAMES.map((model) => ({ lang, model })));
const best = new Map<string, number>();
const bestCpu = new Map<string, number>();
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
for (const { lang, model } of pairs) for (let i = 0; i < 5; i++) create(lang, model);
for (let round = 0; round < ROUNDS; round++) {
  for (const { lang, model } of pairs) {
    const t = performance.now();
    const c = cpuMs();
    for (let i = 0; i < BATCH; i++) create(lang, model);
    const ms = (performance.now() - t) / BATCH;
    const cpu = (cpuMs() - c) / BATCH;
    const key = `${lang} ${model}`;
    best.set(key, Math.min(best.get(key) ?? Infinity, ms));
    bestCpu.set(key, Math.min(bestCpu.get(key) ?? Infinity, cpu));
  }
}

console.log(`realm creation (first in a process, cold): ${coldMs.toFixed(1)} ms`);
for (const lang of ['py', 'js'] as const) {
  const cells = MODEL_NAMES.map((model) => {
    const key = `${lang} ${model}`;
    return `${model} ${best.get(key)!.toFixed(2)} ms (CPU ${bestCpu.get(key)!.toFixed(2)} ms)`;
  });
  console.log(`realm creation: ${cells.join(', ')} per model (${lang === 'py' ? 'Python' : 'JavaScript'} snippet)`);
}
