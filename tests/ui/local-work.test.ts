import { describe, expect, it } from 'vitest';
import {
  decideOpening,
  loadPrevious,
  loadWork,
  PREVIOUS_KEY,
  savePrevious,
  saveWork,
  WORK_KEY,
  type SavedWork,
  type WorkStorage,
} from '../../src/ui/localWork';
import { readLink, buildHash, type Snippet } from '../../src/ui/url';

function memoryStorage(): WorkStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const mine: Snippet = { lang: 'py', source: 'print("my work")\n', models: ['python', 'js'], jsMode: 'commonjs' };
const linked: Snippet = { lang: 'js', source: 'console.log("from a link")\n', models: ['js', 'python'] };

describe('local work', () => {
  it('keeps the snippet, its models and mode, and whether it was typed', () => {
    const storage = memoryStorage();
    saveWork(storage, { snippet: mine, edited: true });
    expect(loadWork(storage)).toEqual({ snippet: mine, edited: true });
    expect(JSON.parse(storage.data.get(WORK_KEY)!)).toMatchObject({ format: 1, lang: 'py', edited: true });
    savePrevious(storage, { snippet: linked, edited: true });
    expect(loadPrevious(storage)?.snippet).toEqual(linked);
    savePrevious(storage, null);
    expect(storage.data.has(PREVIOUS_KEY)).toBe(false);
  });

  it('reads anything else as nothing saved', () => {
    const storage = memoryStorage();
    for (const text of [
      '{',
      'null',
      '[]',
      '{"format":2,"lang":"py","source":"x","models":["js"]}',
      '{"format":1,"lang":"rb","source":"x","models":["js"]}',
    ]) {
      storage.setItem(WORK_KEY, text);
      expect(loadWork(storage)).toBeNull();
    }
    storage.setItem(WORK_KEY, '{"format":1,"lang":"py","source":"x","models":["bogus"]}');
    expect(loadWork(storage)).toBeNull();
    expect(loadWork(null)).toBeNull();
  });

  it('works without storage, and when the quota is full', () => {
    saveWork(null, { snippet: mine, edited: true });
    const full: WorkStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
    };
    expect(() => saveWork(full, { snippet: mine, edited: true })).not.toThrow();
  });
});

describe('what a page load opens', () => {
  const edited: SavedWork = { snippet: mine, edited: true };
  const untouched: SavedWork = { snippet: mine, edited: false };
  const link = readLink(buildHash(linked));

  it('a bare address reopens the saved work (a reload keeps it)', () => {
    expect(decideOpening({ kind: 'none' }, edited, null)).toEqual({ snippet: mine, edited: true, previous: null });
    expect(decideOpening({ kind: 'none' }, null, null)).toEqual({ snippet: null, edited: false, previous: null });
  });

  it('a link opens the link and keeps typed work that differs as the previous snippet', () => {
    expect(decideOpening(link, edited, null)).toEqual({ snippet: linked, edited: false, previous: mine });
    // Work that was only loaded (an example, an earlier link) exists elsewhere: nothing to keep.
    expect(decideOpening(link, untouched, null).previous).toBeNull();
    // Reloading the page of a link one edited: the same snippet, nothing replaced.
    expect(decideOpening(readLink(buildHash(mine)), edited, null).previous).toBeNull();
  });

  it('an unread previous snippet stays offered until it is claimed', () => {
    const prev: SavedWork = { snippet: mine, edited: true };
    expect(decideOpening(link, { snippet: linked, edited: false }, prev).previous).toEqual(mine);
    expect(decideOpening({ kind: 'none' }, { snippet: linked, edited: false }, prev).previous).toEqual(mine);
    // ...unless the link is that very snippet.
    expect(decideOpening(readLink(buildHash(mine)), null, prev).previous).toBeNull();
  });

  it('a link that cannot be read shows the default example and keeps typed work as the previous snippet', () => {
    const bad = readLink('#lang=py&code=garbage!!');
    expect(decideOpening(bad, edited, null)).toEqual({ snippet: null, edited: false, previous: mine });
  });
});
