/**
 * The programs `npm run bench` times (the files in bench/programs/) and the models each runs
 * under. A JavaScript program runs under the `js` model and on the JavaScript sides (Node,
 * sval, QuickJS); a Python program under the three Python-family models and on the CPython
 * sides. `concurrent_sleeps` is one text per language whose task count is set here, so the
 * 1k / 10k / 100k lines measure the same program at three sizes (issue 10: cost linear in
 * the number of tasks).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ModelName } from '../src/engine/names';

export type Lang = 'js' | 'py';

export interface BenchProgram {
  /** `await_chain.js`, `tasks_10k.py`... */
  name: string;
  lang: Lang;
  source: string;
  /** The engine models that run it. */
  models: ModelName[];
  /** For the concurrent-task programs: how many tasks (the linearity check compares sizes). */
  tasks?: number;
  /** A program slow enough that `--quick` leaves it out. */
  heavy?: boolean;
}

const DIR = new URL('./programs/', import.meta.url);
const read = (file: string) => readFileSync(fileURLToPath(new URL(file, DIR)), 'utf8');

const JS_MODELS: ModelName[] = ['js'];
const PY_MODELS: ModelName[] = ['python', 'python-eager', 'promisio'];

function fixed(file: string): BenchProgram {
  const lang: Lang = file.endsWith('.py') ? 'py' : 'js';
  return { name: file, lang, source: read(file), models: lang === 'js' ? JS_MODELS : PY_MODELS };
}

function concurrent(lang: Lang, tasks: number, label: string): BenchProgram {
  const template = read(`concurrent_sleeps.${lang}`);
  const line = lang === 'js' ? 'const N = 1000;' : 'N = 1000';
  if (!template.includes(line)) throw new Error(`concurrent_sleeps.${lang} no longer sets N with "${line}"`);
  return {
    name: `tasks_${label}.${lang}`,
    lang,
    source: template.replace(line, line.replace('1000', String(tasks))),
    models: lang === 'js' ? JS_MODELS : PY_MODELS,
    tasks,
    heavy: tasks >= 100_000,
  };
}

export function allPrograms(): BenchProgram[] {
  return [
    fixed('await_chain.js'),
    fixed('await_loop.js'),
    fixed('many_promises.js'),
    fixed('then_chains.js'),
    concurrent('js', 1_000, '1k'),
    concurrent('js', 10_000, '10k'),
    concurrent('js', 100_000, '100k'),
    fixed('await_chain.py'),
    fixed('await_loop.py'),
    fixed('many_tasks.py'),
    concurrent('py', 1_000, '1k'),
    concurrent('py', 10_000, '10k'),
    concurrent('py', 100_000, '100k'),
  ];
}

/**
 * The text a model runs. promisio has no `asyncio.run`: its programs await `main()` at top
 * level (the model's REPL mode), the way its own examples do.
 */
export function sourceFor(program: BenchProgram, model: ModelName): string {
  if (model !== 'promisio') return program.source;
  if (!program.source.includes('asyncio.run(main())')) throw new Error(`${program.name}: no asyncio.run(main()) to adapt for promisio`);
  return program.source.replace('asyncio.run(main())', 'await main()');
}
