import { runInCPython } from '../oracle/pyodide-oracle';
import { runProgram } from '../../src/engine/engine';
import { readFileSync } from 'node:fs';
const src = readFileSync(process.argv[2], 'utf8');
const real = await runInCPython(src);
const eng = runProgram(src, { lang: 'py', model: 'python', recordEvents: false });
console.log('ERR', real.error, '|', eng.error);
const n = Math.max(real.stdout.length, eng.stdout.length);
for (let i = 0; i < n; i++) console.log(real.stdout[i] === eng.stdout[i] ? 'OK ' : 'XX ', JSON.stringify(real.stdout[i]), '|', JSON.stringify(eng.stdout[i]));
