/**
 * Every side `npm run bench` measures, and which of them run which program:
 *  - the engine, per model: warm and cold, each with event recording on (as the playground
 *    always runs) and off;
 *  - JavaScript programs: Node warm and cold (plain `node`, this machine's Node 20), and the
 *    peer interpreters sval and QuickJS-wasm (warm);
 *  - Python programs: native CPython 3.11 warm and cold, each with asyncio's real selector loop
 *    and with the oracle's non-blocking virtual loop; native CPython 3.12 with
 *    eager_task_factory (the python-eager reference; 3.11 has no eager tasks), the same four
 *    ways; CPython 3.14 in pyodide (virtual loop), lazy and eager, warm.
 * An interpreter this machine lacks is left out and the report says so.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ModelName } from '../../src/engine/names';
import { sourceFor, type BenchProgram } from '../programs';
import { ChildSide, type Command, type Sample } from './child';
import { engineRunnerBundle } from './engine-bundle';

export type SideKind = 'engine' | 'native' | 'peer';

export interface BenchSide {
  /** Unique within a run, e.g. `engine python warm rec`, `node cold`, `cpython-3.11 virtual warm`. */
  id: string;
  kind: SideKind;
  warm: boolean;
  /** Engine sides: the model and whether events are recorded. */
  model?: ModelName;
  record?: boolean;
  /** Native CPython sides: 'real' or 'virtual' loop, and eager tasks. */
  loop?: 'real' | 'virtual';
  eager?: boolean;
  /** Which programs it runs. */
  runs(program: BenchProgram): boolean;
  run(program: BenchProgram): Promise<Sample>;
  version(): Promise<string>;
  close(): void;
}

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const TSX: Command = { cmd: process.execPath, args: ['--import', 'tsx'] };
const withArgs = (c: Command, ...args: string[]): Command => ({ cmd: c.cmd, args: [...c.args, ...args] });

/** Native interpreters under pyenv (the suite's tests/oracle/native-cpython.ts uses the same). */
const NATIVE: Record<string, string> = {
  '3.11': '/root/.pyenv/versions/3.11.7/bin/python3',
  '3.12': '/root/.pyenv/versions/3.12.1/bin/python3',
};

function side(props: Omit<BenchSide, 'run' | 'version' | 'close'>, command: Command, requestFor: (p: BenchProgram) => object): BenchSide {
  const child = new ChildSide<BenchProgram>(props.id, command, props.warm, requestFor);
  return { ...props, run: (p) => child.run(p), version: () => child.version(), close: () => child.close() };
}

export const engineSideId = (model: ModelName, warm: boolean, record: boolean) =>
  `engine ${model} ${warm ? 'warm' : 'cold'} ${record ? 'rec' : 'norec'}`;

function engineSides(): BenchSide[] {
  const out: BenchSide[] = [];
  for (const model of ['js', 'python', 'python-eager', 'promisio'] as const)
    for (const warm of [true, false])
      for (const record of [true, false])
        out.push(
          side(
            {
              id: engineSideId(model, warm, record),
              kind: 'engine',
              warm,
              model,
              record,
              runs: (p) => p.models.includes(model),
            },
            { cmd: process.execPath, args: [engineRunnerBundle()] },
            (p) => ({ source: sourceFor(p, model), lang: p.lang, model, record }),
          ),
        );
  return out;
}

/** Node runs a program as the body of an exported async function (top-level await and all). */
const nodeFiles = new Map<string, string>();
let nodeDir: string | undefined;
function nodeModuleFor(p: BenchProgram): string {
  let file = nodeFiles.get(p.name);
  if (!file) {
    nodeDir ??= mkdtempSync(join(tmpdir(), 'async-lanes-bench-'));
    file = join(nodeDir, `${p.name}.mjs`);
    writeFileSync(file, `export default async function (console) {\n${p.source}\n}\n`);
    nodeFiles.set(p.name, file);
  }
  return file;
}

function jsSides(): BenchSide[] {
  const isJs = (p: BenchProgram) => p.lang === 'js';
  const out = [true, false].map((warm) =>
    side(
      { id: `node ${warm ? 'warm' : 'cold'}`, kind: 'native', warm, runs: isJs },
      { cmd: process.execPath, args: [here('./node-runner.mjs')] },
      (p) => ({ file: nodeModuleFor(p) }),
    ),
  );
  for (const peer of ['sval', 'quickjs'])
    out.push(
      side({ id: peer, kind: 'peer', warm: true, runs: isJs }, withArgs(TSX, here('./peer-runner.ts'), peer), (p) => ({
        source: p.source,
      })),
    );
  return out;
}

function pythonSides(): BenchSide[] {
  const isPy = (p: BenchProgram) => p.lang === 'py';
  const out: BenchSide[] = [];
  for (const [version, eager] of [
    ['3.11', false],
    ['3.12', true],
  ] as const) {
    const python = NATIVE[version]!;
    if (!existsSync(python)) continue;
    for (const loop of ['real', 'virtual'] as const)
      for (const warm of [true, false])
        out.push(
          side(
            {
              id: `cpython-${version}${eager ? ' eager' : ''} ${loop} ${warm ? 'warm' : 'cold'}`,
              kind: 'native',
              warm,
              loop,
              eager,
              runs: isPy,
            },
            { cmd: python, args: [here('./cpython_runner.py')] },
            (p) => ({ src: p.source, loop, eager }),
          ),
        );
  }
  for (const eager of [false, true])
    out.push(
      side(
        { id: `pyodide-3.14${eager ? ' eager' : ''}`, kind: 'peer', warm: true, eager, runs: isPy },
        withArgs(TSX, here('./peer-runner.ts'), 'pyodide'),
        (p) => ({ source: p.source, eager }),
      ),
    );
  return out;
}

export function allSides(): BenchSide[] {
  return [...engineSides(), ...jsSides(), ...pythonSides()];
}
