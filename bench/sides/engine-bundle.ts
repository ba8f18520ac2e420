/**
 * The engine side's program, built the way the playground ships the engine: one minified bundle
 * (esbuild, ES2022 as in vite.config.ts), run by plain `node`. Running the TypeScript sources
 * through tsx instead would time a different program: tsx compiles with `keepNames`, which wraps
 * every named function and class in a naming call and gives each closure a property array of its
 * own (about 600 bytes of a suspended Python task's 2.5 KB), none of which the Vite build has.
 * The bundle is built once per `npm run bench`, outside every measured interval.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

let built: string | undefined;

/** The path of the bundled bench/sides/engine-runner.ts (built at the first call). */
export function engineRunnerBundle(): string {
  if (built) return built;
  const outfile = join(mkdtempSync(join(tmpdir(), 'async-lanes-bench-engine-')), 'engine-runner.mjs');
  const result = buildSync({
    entryPoints: [fileURLToPath(new URL('./engine-runner.ts', import.meta.url))],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'es2022',
    minify: true,
    keepNames: false,
    logLevel: 'silent',
  });
  if (result.errors.length > 0) throw new Error(`bundling the engine side failed: ${result.errors.map((e) => e.text).join('; ')}`);
  built = outfile;
  return outfile;
}
