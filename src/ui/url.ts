/**
 * The shareable URL format (documented in docs/url-format.md; keep the two in step):
 *
 *   /#lang=py&code=<LZString.compressToEncodedURIComponent(source)>&models=js,python
 *
 * `lang` is `py` or `js` (default `py`); `models` is optional (default `js,python`),
 * comma-separated, unknown names ignored, order kept, duplicates dropped. Parameters are
 * separated by `&` and may come in any order; the compressed code uses only URL-safe
 * characters, so the hash needs no further escaping.
 */
import LZString from 'lz-string';
import type { Lang } from '../engine/ir/nodes';
import { isModelName, type ModelName } from '../engine/models/names';

export const DEFAULT_MODELS: ModelName[] = ['js', 'python'];

export interface Snippet {
  lang: Lang;
  source: string;
  models: ModelName[];
}

/** Reads a location hash ("#lang=..." or "lang=..."); null when it carries no code. */
export function parseHash(hash: string): Snippet | null {
  const params = new Map<string, string>();
  for (const part of hash.replace(/^#/, '').split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0) params.set(part.slice(0, eq), part.slice(eq + 1));
  }
  const code = params.get('code');
  if (code === undefined) return null;
  const source = LZString.decompressFromEncodedURIComponent(code);
  if (source === null || (source === '' && code !== '')) return null;
  const lang: Lang = params.get('lang') === 'js' ? 'js' : 'py';
  const models: ModelName[] = [];
  for (const m of (params.get('models') ?? '').split(',')) if (isModelName(m) && !models.includes(m)) models.push(m);
  return { lang, source, models: models.length > 0 ? models : [...DEFAULT_MODELS] };
}

export function buildHash(s: Snippet): string {
  const code = LZString.compressToEncodedURIComponent(s.source);
  const models = s.models.join(',') === DEFAULT_MODELS.join(',') ? '' : `&models=${s.models.join(',')}`;
  return `#lang=${s.lang}&code=${code}${models}`;
}
