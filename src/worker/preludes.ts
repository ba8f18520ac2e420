/**
 * Which prelude a snippet needs under a model.
 *
 * The `js` model runs JavaScript scheduling and supplies only JavaScript's names; the three
 * Python models supply `asyncio`/`promisio`. A snippet written in the *other* language
 * reaches its names through the same shim preludes the conformance corpus uses
 * (tests/conformance/shims, described in tests/conformance/README.md "Preludes"), so the
 * playground shows exactly what the corpus's cross-model rule means.
 */
import type { PreludeSource } from '../engine/api';
import type { Lang } from '../engine/ir/nodes';
import { modelFamily, type ModelName } from '../engine/models/names';
import asyncioShim from '../../tests/conformance/shims/asyncio.js?raw';
import jsShim from '../../tests/conformance/shims/js.py?raw';

export function preludeFor(lang: Lang, model: ModelName): PreludeSource | undefined {
  const family = modelFamily(model);
  if (lang === 'py' && family === 'js') return { source: asyncioShim, lang: 'js', name: 'shims/asyncio.js' };
  if (lang === 'js' && family === 'python') return { source: jsShim, lang: 'py', name: 'shims/js.py' };
  return undefined;
}
