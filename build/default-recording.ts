/**
 * The Vite plugin that ships the default example's recording as `virtual:default-recording`
 * (issue 10, first paint: the code and a static timeline of the default example appear
 * before Monaco and the engine worker have loaded). The recording is made when the module is
 * built, by the page's own engine through the worker's own run loop and options
 * (build/record-default.ts); src/ui/prerecorded.ts shows it and has the page run the example
 * live behind it. The engine is loaded through Vite's module runner only then, so loading
 * this config (every `vite` command) does not compile it.
 */
import { join } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import type * as RecordDefault from './record-default.ts';

const ID = 'virtual:default-recording';

export function defaultRecording(): Plugin {
  return {
    name: 'async-lanes-default-recording',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    async load(id) {
      if (id !== `\0${ID}`) return undefined;
      const { module } = await runnerImport<typeof RecordDefault>(join(import.meta.dirname, 'record-default.ts'), {
        configFile: false,
        logLevel: 'warn',
      });
      const { source, lang, models } = module.defaultSnippet();
      return `export default ${JSON.stringify(await module.record(source, lang, models))};\n`;
    },
  };
}
