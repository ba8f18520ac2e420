/**
 * One TypeScript entry bundled by esbuild into a single ES-module file that plain `node` (or a
 * `worker_threads` Worker) runs, built once per process. The bench's engine side
 * (bench/sides/engine-bundle.ts) and the fuzzer's worker threads (tests/fuzz/main.ts) run the
 * engine this way, not through tsx: tsx compiles with `keepNames`, which wraps every named
 * function and class in a naming call the playground's Vite build does not have, and compiling
 * the engine per process or per worker costs seconds of CPU.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { buildSync } from 'esbuild';

const built = new Map<string, string>();

/**
 * The path of `entry` bundled (ES2022, as vite.config.ts targets). `minify` as the playground
 * ships the engine; without it, stacks and messages keep their names.
 */
export function nodeBundle(entry: string, opts: { minify: boolean }): string {
  const key = `${entry}\0${opts.minify}`;
  const known = built.get(key);
  if (known) return known;
  const outfile = join(mkdtempSync(join(tmpdir(), 'async-lanes-bundle-')), basename(entry).replace(/\.ts$/, '.mjs'));
  const result = buildSync({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'es2022',
    minify: opts.minify,
    keepNames: false,
    logLevel: 'silent',
  });
  if (result.errors.length > 0) throw new Error(`bundling ${entry} failed: ${result.errors.map((e) => e.text).join('; ')}`);
  built.set(key, outfile);
  return outfile;
}
