/**
 * The engine side's program, built the way the playground ships the engine: one minified bundle
 * (build/node-bundle.ts), run by plain `node`. Running the TypeScript sources through tsx instead
 * would time a different program: tsx's `keepNames` wraps every named function and class in a
 * naming call and gives each closure a property array of its own (about 600 bytes of a suspended
 * Python task's 2.5 KB), none of which the Vite build has. The bundle is built once per
 * `npm run bench`, outside every measured interval.
 */
import { fileURLToPath } from 'node:url';
import { nodeBundle } from '../../build/node-bundle';

/** The path of the bundled bench/sides/engine-runner.ts (built at the first call). */
export function engineRunnerBundle(): string {
  return nodeBundle(fileURLToPath(new URL('./engine-runner.ts', import.meta.url)), { minify: true });
}
