/**
 * The editor's work kept in the browser's local storage (issue 8): it survives a reload, and
 * opening a link never silently replaces it — the work the user had typed is kept as the
 * "previous snippet", one click away, until they restore or dismiss it.
 *
 * Two entries, each a small JSON document with its own version:
 * - `async-lanes:work`: the snippet on screen and whether the user typed it (`edited`: the
 *   source was changed in the editor since it was loaded from a link, an example or the
 *   default — work that exists nowhere else);
 * - `async-lanes:previous`: edited work a link replaced.
 *
 * Storage can be missing or refuse (a sandboxed iframe, a full quota, private modes): the
 * playground then works as before, without persistence.
 */
import { isJsModeOption, isModelName, type ModelName } from '../engine/api';
import type { LinkContent, Snippet } from './url';

export const WORK_KEY = 'async-lanes:work';
export const PREVIOUS_KEY = 'async-lanes:previous';
const FORMAT = 1;

export interface SavedWork {
  snippet: Snippet;
  /** Typed (or changed) in the editor since it was loaded: it exists nowhere else. */
  edited: boolean;
}

/** The part of the Web Storage API used here (a Map-backed fake in the unit tests). */
export type WorkStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** `localStorage`, or null where the browser refuses it (a sandboxed or storage-blocked frame throws SecurityError). */
export function browserStorage(): WorkStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch (e) {
    if (e instanceof DOMException) return null;
    throw e;
  }
}

function read(storage: WorkStorage | null, key: string): SavedWork | null {
  const text = storage?.getItem(key);
  if (!text) return null;
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    if (e instanceof SyntaxError) return null; // written by something else: ignored, overwritten by the next save
    throw e;
  }
  return workFrom(doc);
}

/** A stored document, checked field by field: anything unexpected reads as nothing saved. */
function workFrom(doc: unknown): SavedWork | null {
  if (typeof doc !== 'object' || doc === null) return null;
  const d = doc as Record<string, unknown>;
  if (d.format !== FORMAT || (d.lang !== 'py' && d.lang !== 'js') || typeof d.source !== 'string' || d.source === '') return null;
  const models = Array.isArray(d.models) ? d.models.filter((m): m is ModelName => typeof m === 'string' && isModelName(m)) : [];
  if (models.length === 0) return null;
  const snippet: Snippet = { lang: d.lang, source: d.source, models };
  if (typeof d.jsMode === 'string' && isJsModeOption(d.jsMode) && d.jsMode !== 'auto') snippet.jsMode = d.jsMode;
  return { snippet, edited: d.edited === true };
}

function write(storage: WorkStorage | null, key: string, work: SavedWork | null): void {
  if (!storage) return;
  try {
    if (work === null) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify({ format: FORMAT, ...work.snippet, edited: work.edited }));
  } catch (e) {
    // QuotaExceededError (or SecurityError): the work stays on screen, it is just not kept.
    if (!(e instanceof DOMException)) throw e;
  }
}

export const loadWork = (storage: WorkStorage | null) => read(storage, WORK_KEY);
export const saveWork = (storage: WorkStorage | null, work: SavedWork) => write(storage, WORK_KEY, work);
export const loadPrevious = (storage: WorkStorage | null) => read(storage, PREVIOUS_KEY);
export const savePrevious = (storage: WorkStorage | null, work: SavedWork | null) => write(storage, PREVIOUS_KEY, work);

export function sameSnippet(a: Snippet, b: Snippet): boolean {
  return (
    a.lang === b.lang && a.source === b.source && a.models.join(',') === b.models.join(',') && (a.jsMode ?? 'auto') === (b.jsMode ?? 'auto')
  );
}

/** What the page opens with. */
export interface Opening {
  /** The snippet to show; null: the default example. */
  snippet: Snippet | null;
  /** Whether that snippet is the user's own typed work (restored from storage). */
  edited: boolean;
  /** Edited work the opened link replaced (or that an earlier link replaced and is still unclaimed). */
  previous: Snippet | null;
}

/**
 * Decides what a page load (or a link opened in the same tab) shows, given what storage
 * holds: a bare address reopens the saved work; a link opens the link, and saved edited work
 * that differs from it becomes the previous snippet instead of being lost.
 */
export function decideOpening(link: LinkContent, saved: SavedWork | null, previous: SavedWork | null): Opening {
  if (link.kind === 'none') return { snippet: saved?.snippet ?? null, edited: saved?.edited ?? false, previous: previous?.snippet ?? null };
  const shown = link.kind === 'snippet' ? link.snippet : null;
  const differs = (w: SavedWork | null) => (w && (shown === null || !sameSnippet(w.snippet, shown)) ? w.snippet : null);
  return { snippet: shown, edited: false, previous: (saved?.edited ? differs(saved) : null) ?? differs(previous) };
}
