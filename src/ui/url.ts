/**
 * The shareable URL format (documented in docs/url-format.md; keep the two in step):
 *
 *   /#lang=py&code=<LZString.compressToEncodedURIComponent(source)>&models=js,python&jsmode=commonjs
 *
 * `jsmode` (`auto`, `commonjs`, `module`; default and unknown values: `auto`) is Node's way of
 * running a JavaScript program under the `js` model (src/engine/names.ts JsModeOption).
 * `lang` is `py` or `js` (without it, guessed from the code: guess-lang.ts); `models` is optional (default `js,python`),
 * comma-separated, unknown names ignored, order kept, duplicates dropped. `pos` (a playback
 * position, an integer ≥ 0) and `speed` (one of usePlayback's SPEEDS, events per second) are
 * optional: the page opens paused there; without them, paused at the start. Parameters are
 * separated by `&` and may come in any order; the compressed code uses only URL-safe
 * characters, so the hash needs no further escaping.
 *
 * Format 2 (issue 8) adds `v=2` (the format version, written first), `marker` (the selected
 * marker of each panel, `model:seq` joined by commas), `kinds=all` ("futures & timers" on) and
 * `present=1` (presentation mode). A link without `v` is format 1 — every link the first
 * release wrote — and is read by the same rules, so it opens exactly as it always did.
 */
import LZString from 'lz-string';
import { type Lang, isModelName, isJsModeOption, type JsModeOption, type ModelName } from '../engine/api';
import { guessLang } from './guess-lang';
import { DEFAULT_SPEED, SPEEDS } from './speeds';

export const DEFAULT_MODELS: ModelName[] = ['js', 'python'];

/** The link format this release writes (`v=`); links without `v` are format 1. */
export const LINK_FORMAT = 2;

export interface Snippet {
  lang: Lang;
  source: string;
  models: ModelName[];
  /** Under `js`: run as `node file.js` (commonjs), `node file.mjs` (module), or decide from the syntax (auto, the default). */
  jsMode?: JsModeOption;
}

/** What a link's fragment holds: nothing to open, a snippet, or code that cannot be read. */
export type LinkContent =
  { kind: 'none' } | { kind: 'snippet'; snippet: Snippet; view: LinkView; format: number } | { kind: 'unreadable'; reason: string };

/** A selected marker: the model whose panel shows it and the recorded event it stands for. */
export interface MarkerRef {
  model: ModelName;
  seq: number;
}

/**
 * Where playback stands in a link (issue 8: a shared link carries the moment it shows). Both
 * fields are optional; a value that is not a whole number ≥ 0, or a speed the player does
 * not offer, is left out rather than guessed.
 */
export interface LinkView {
  pos?: number;
  speed?: number;
  /** The selected marker of each panel that has one (at most one per model). */
  markers?: MarkerRef[];
  /** "futures & timers": lanes of futures, promises and timers shown too. */
  allKinds?: boolean;
  presentation?: boolean;
}

/**
 * Reads a location hash ("#lang=..." or "lang=..."). A fragment that names no parameter at
 * all (`''`, `#`) holds nothing; one whose `code` is missing, empty or does not decompress
 * is unreadable, so the app can say so instead of silently opening the default example.
 */
export function readLink(hash: string): LinkContent {
  const params = new Map<string, string>();
  const text = hash.replace(/^#/, '');
  for (const part of text.split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0) params.set(part.slice(0, eq), part.slice(eq + 1));
  }
  if (text.trim() === '') return { kind: 'none' };
  const code = params.get('code');
  if (code === undefined) return { kind: 'unreadable', reason: 'it has no code= part' };
  if (code === '') return { kind: 'unreadable', reason: 'its code= part is empty' };
  const source = LZString.decompressFromEncodedURIComponent(code);
  if (source === null || source === '') return { kind: 'unreadable', reason: 'its code= part is damaged or cut short' };
  const format = wholeNumber(params.get('v')) ?? 1;
  return { kind: 'snippet', snippet: snippetFrom(params, source), view: viewFrom(params), format };
}

/** Reads a location hash; null when it carries no readable code. */
export function parseHash(hash: string): Snippet | null {
  const link = readLink(hash);
  return link.kind === 'snippet' ? link.snippet : null;
}

function snippetFrom(params: Map<string, string>, source: string): Snippet {
  const named = params.get('lang');
  const lang: Lang = named === 'js' || named === 'py' ? named : guessLang(source);
  const models: ModelName[] = [];
  for (const m of (params.get('models') ?? '').split(',')) if (isModelName(m) && !models.includes(m)) models.push(m);
  const jsMode = params.get('jsmode') ?? 'auto';
  const snippet: Snippet = { lang, source, models: models.length > 0 ? models : [...DEFAULT_MODELS] };
  if (isJsModeOption(jsMode) && jsMode !== 'auto') snippet.jsMode = jsMode;
  return snippet;
}

function viewFrom(params: Map<string, string>): LinkView {
  const view: LinkView = {};
  const pos = wholeNumber(params.get('pos'));
  if (pos !== undefined) view.pos = pos;
  const speed = wholeNumber(params.get('speed'));
  if (speed !== undefined && (SPEEDS as readonly number[]).includes(speed)) view.speed = speed;
  const markers: MarkerRef[] = [];
  for (const part of (params.get('marker') ?? '').split(',')) {
    const colon = part.lastIndexOf(':');
    const model = part.slice(0, colon);
    const seq = wholeNumber(part.slice(colon + 1));
    if (colon > 0 && isModelName(model) && seq !== undefined && !markers.some((m) => m.model === model)) markers.push({ model, seq });
  }
  if (markers.length > 0) view.markers = markers;
  if (params.get('kinds') === 'all') view.allKinds = true;
  if (params.get('present') === '1') view.presentation = true;
  return view;
}

function wholeNumber(text: string | undefined): number | undefined {
  return text !== undefined && /^\d{1,9}$/.test(text) ? Number(text) : undefined;
}

/**
 * The link for a snippet; with `view`, also the moment it should open at (position, speed,
 * selected markers) and how it is shown ("futures & timers", presentation mode). Defaults
 * stay out of the link.
 */
export function buildHash(s: Snippet, view: LinkView = {}): string {
  const code = LZString.compressToEncodedURIComponent(s.source);
  const models = s.models.join(',') === DEFAULT_MODELS.join(',') ? '' : `&models=${s.models.join(',')}`;
  const pos = view.pos !== undefined && view.pos > 0 ? `&pos=${view.pos}` : '';
  const speed = view.speed !== undefined && view.speed !== DEFAULT_SPEED ? `&speed=${view.speed}` : '';
  const jsMode = s.jsMode && s.jsMode !== 'auto' ? `&jsmode=${s.jsMode}` : '';
  const markers = view.markers?.length ? `&marker=${view.markers.map((m) => `${m.model}:${m.seq}`).join(',')}` : '';
  const kinds = view.allKinds ? '&kinds=all' : '';
  const present = view.presentation ? '&present=1' : '';
  return `#v=${LINK_FORMAT}&lang=${s.lang}&code=${code}${models}${jsMode}${pos}${speed}${markers}${kinds}${present}`;
}
