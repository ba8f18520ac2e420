/**
 * The examples gallery (issue 8): the snippets in ./example-snippets, described by
 * ./example-snippets/manifest.json — title, the models each opens with, and a paragraph on
 * what to watch. Most are copies of conformance-corpus cases, so the playground shows
 * programs whose real outputs are recorded there; tests/ui/gallery.test.ts keeps each copy
 * byte-identical and checks every paragraph's claims against the real runtimes.
 */
import { isModelName, type Lang, type ModelName } from '../engine/api';
import manifest from './example-snippets/manifest.json';
import { DEFAULT_MODELS, type Snippet } from './url';

export interface Example {
  id: string;
  title: string;
  lang: Lang;
  source: string;
  /** The snippet's file in ./example-snippets. */
  file: string;
  /** The models the example opens with, in panel order. */
  models: ModelName[];
  /** What to watch, in plain words; `backticks` mark code. */
  watch: string;
}

const SOURCES = import.meta.glob<string>('./example-snippets/*.{py,js}', { query: '?raw', import: 'default', eager: true });

function load(entry: (typeof manifest.examples)[number]): Example {
  const source = SOURCES[`./example-snippets/${entry.file}`];
  if (source === undefined) throw new Error(`example-snippets/manifest.json names ${entry.file}, which is not there`);
  const models = entry.models.filter(isModelName);
  return {
    id: entry.id,
    title: entry.title,
    lang: entry.file.endsWith('.js') ? 'js' : 'py',
    source,
    file: entry.file,
    models,
    watch: entry.watch,
  };
}

/** Never empty: the first one is the playground's default snippet. */
export const EXAMPLES = manifest.examples.map(load) as [Example, ...Example[]];

/**
 * The playground's default snippet: the first example under the default models. The build
 * records it too (build/record-default.ts), so the page can show it before the engine has run.
 */
export function defaultSnippet(): Snippet {
  const ex = EXAMPLES[0];
  return { lang: ex.lang, source: ex.source, models: [...DEFAULT_MODELS] };
}
