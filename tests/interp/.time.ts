import { runProgram } from '../../src/engine/engine';
import { readFileSync } from 'node:fs';
for (const [f, lang, model] of [['/tmp/diff/loop.py', 'py', 'python'], ['/tmp/diff/loop.js', 'js', 'js']] as const) {
  const src = readFileSync(f, 'utf8');
  for (let i = 0; i < 3; i++) { const t = performance.now(); const r = runProgram(src, { lang, model, recordEvents: false }); console.log(f, (performance.now() - t).toFixed(0), r.stdout, r.error, r.steps); }
}
