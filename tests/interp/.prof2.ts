import { runProgram } from '../../src/engine/engine';
import { readFileSync } from 'node:fs';
const src = readFileSync('bench/programs/await_chain.py', 'utf8');
for (let i = 0; i < 5; i++) { const t = performance.now(); const r = runProgram(src, { lang: 'py', model: 'python', recordEvents: false }); console.log(performance.now() - t, r.stdout, r.error); }
