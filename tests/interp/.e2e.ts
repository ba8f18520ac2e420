import { createRun } from '/work/main/src/engine/engine';
import { readFileSync } from 'node:fs';
const [file, model] = process.argv.slice(2);
const lang = file.endsWith('.py') ? 'py' : 'js';
const run = createRun(readFileSync(file, 'utf8'), { lang, model: model as any, recordEvents: false });
while (!run.done) run.step(100000);
const r = run.result();
console.log(JSON.stringify({ stdout: r.stdout, error: r.error, kind: r.errorKind, pos: r.errorPos, warnings: r.warnings }, null, 1));
