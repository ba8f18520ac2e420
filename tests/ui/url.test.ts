import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildHash, parseHash, readLink } from '../../src/ui/url';
import { guessLang } from '../../src/ui/guess-lang';

describe('URL format', () => {
  it('round-trips a snippet', () => {
    const s = {
      lang: 'js' as const,
      source: 'console.log("a & b = #1")\n',
      models: ['python', 'promisio' as const] as ('python' | 'promisio')[],
    };
    expect(parseHash(buildHash(s))).toEqual(s);
  });

  it('reads the documented form written by hand', () => {
    const code = LZString.compressToEncodedURIComponent('print(1)');
    expect(parseHash(`#lang=py&code=${code}`)).toEqual({ lang: 'py', source: 'print(1)', models: ['js', 'python'] });
    expect(parseHash(`#models=promisio,bogus,promisio,js&code=${code}&lang=js`)).toEqual({
      lang: 'js',
      source: 'print(1)',
      models: ['promisio', 'js'],
    });
  });

  it('leaves default models out of the link', () => {
    expect(buildHash({ lang: 'py', source: 'x', models: ['js', 'python'] })).not.toContain('models=');
  });

  it('returns null without code or with corrupt code', () => {
    expect(parseHash('')).toBeNull();
    expect(parseHash('#lang=py')).toBeNull();
    expect(parseHash('#code=%%%')).toBeNull();
  });

  it('tells a link with nothing in it from one whose code cannot be read', () => {
    expect(readLink('')).toEqual({ kind: 'none' });
    expect(readLink('#')).toEqual({ kind: 'none' });
    expect(readLink('#lang=py').kind).toBe('unreadable');
    expect(readLink('#lang=py&code=').kind).toBe('unreadable');
    expect(readLink('#code=garbage!!').kind).toBe('unreadable');
    const code = LZString.compressToEncodedURIComponent('import asyncio\nasync def main():\n    print("hello")\nasyncio.run(main())\n');
    // A link cut short in a chat message or an e-mail.
    expect(readLink(`#lang=py&code=${code.slice(0, code.length - 3)}`).kind).toBe('unreadable');
  });

  it('opens links of the first format exactly as before, paused at the start', () => {
    const code = LZString.compressToEncodedURIComponent('print(1)');
    expect(readLink(`#lang=py&code=${code}&models=promisio,js`)).toEqual({
      kind: 'snippet',
      snippet: { lang: 'py', source: 'print(1)', models: ['promisio', 'js'] },
      view: {},
      format: 1,
    });
  });

  it('opens links the first release wrote (its Copy link and address bar) as before', () => {
    // Produced by buildHash of the release before format 2 (commit 5cd7ae2, src/ui/url.ts) for these snippets.
    const source =
      'import asyncio\n\n\nasync def fetch():\n    print("fetch start")\n    await asyncio.sleep(0.1)\n    return 42\n\n\nresult = fetch()\nprint("after call")\nprint(await result)\n';
    const copied =
      '#lang=py&code=JYWwDg9gTgLgBAQwM4E8B2BjYEBQfnoZwAmApgGZzmkwYAWAFAJQBcOcHcYUwaMDAImq06cJDASwBTdpwQB3BMHgFM2AHRIANqVJgGABnUBGGZzhQaAVyho4AFgBMeHJaRWt8ALxUa9ZjjcvPwCCOQwpFBwGAhaWtKBPHwMCkrwbh4wMkA&models=promisio,js&jsmode=module&pos=12&speed=120';
    expect(readLink(copied)).toEqual({
      kind: 'snippet',
      snippet: { lang: 'py', source, models: ['promisio', 'js'], jsMode: 'module' },
      view: { pos: 12, speed: 120 },
      format: 1,
    });
    const addressBar = '#lang=js&code=M4UwLgKglgtiD2BXMAKFBKABAXgHyYGN4A7YeAGxADpz4BzFAIgCNH0AaTABnQG4AoIqQrVaDRgEM2AoA';
    expect(readLink(addressBar)).toEqual({
      kind: 'snippet',
      snippet: { lang: 'js', source: 'setTimeout(() => console.log("b"), 0);\nconsole.log("a");\n', models: ['js', 'python'] },
      view: {},
      format: 1,
    });
  });

  it('writes the format version first, and reads the link it writes back whole', () => {
    const s = {
      lang: 'py' as const,
      source: 'print("a & b = #1")\n',
      models: ['python-eager' as const, 'js' as const],
      jsMode: 'commonjs' as const,
    };
    const view = {
      pos: 40,
      speed: 2,
      markers: [
        { model: 'js' as const, seq: 7 },
        { model: 'python-eager' as const, seq: 12 },
      ],
      allKinds: true,
      presentation: true,
    };
    const hash = buildHash(s, view);
    expect(hash).toMatch(/^#v=2&lang=py&/);
    expect(hash).toContain('&marker=js:7,python-eager:12&kinds=all&present=1');
    expect(readLink(hash)).toEqual({ kind: 'snippet', snippet: s, view, format: 2 });
    // Nothing of the view in the link when it is all defaults.
    expect(buildHash(s, { markers: [], allKinds: false, presentation: false })).toBe(buildHash(s));
    expect(buildHash(s)).not.toMatch(/marker|kinds|present/);
  });

  it('drops markers, kinds and presentation values it cannot use', () => {
    const code = LZString.compressToEncodedURIComponent('print(1)');
    for (const bad of ['marker=nodel:3', 'marker=js:-1', 'marker=js', 'marker=:4', 'kinds=some', 'present=yes', 'marker=js:1.5']) {
      const link = readLink(`#v=2&lang=py&code=${code}&${bad}`);
      expect(link.kind === 'snippet' && link.view).toEqual({});
    }
    // One marker per model: the first one named wins.
    const link = readLink(`#v=2&lang=py&code=${code}&marker=js:3,js:5,python:1`);
    expect(link.kind === 'snippet' && link.view.markers).toEqual([
      { model: 'js', seq: 3 },
      { model: 'python', seq: 1 },
    ]);
  });

  it('reads the version a link names, also a newer one (the app says so)', () => {
    const code = LZString.compressToEncodedURIComponent('print(1)');
    const link = readLink(`#v=3&lang=py&code=${code}&future=thing`);
    expect(link.kind === 'snippet' && link.format).toBe(3);
    expect(link.kind === 'snippet' && link.snippet.source).toBe('print(1)');
  });

  it('carries the playback position and speed', () => {
    const s = { lang: 'py' as const, source: 'print(1)', models: ['js' as const, 'python' as const] };
    const hash = buildHash(s, { pos: 17, speed: 8 });
    expect(hash).toMatch(/&pos=17&speed=8$/);
    expect(readLink(hash)).toEqual({ kind: 'snippet', snippet: s, view: { pos: 17, speed: 8 }, format: 2 });
    // The defaults stay out of the link.
    expect(buildHash(s, { pos: 0, speed: 30 })).toBe(buildHash(s));
  });

  it('drops a position or speed it cannot use', () => {
    const code = LZString.compressToEncodedURIComponent('print(1)');
    for (const bad of ['pos=-3&speed=7', 'pos=1.5&speed=abc', 'pos=&speed=', 'pos=99999999999&speed=31']) {
      const link = readLink(`#lang=py&code=${code}&${bad}`);
      expect(link.kind === 'snippet' && link.view).toEqual({});
    }
  });

  it('guesses the language of a link without lang', () => {
    const js = 'setTimeout(() => console.log("b"), 0);\nconsole.log("a");\n';
    expect(parseHash(`#code=${LZString.compressToEncodedURIComponent(js)}`)?.lang).toBe('js');
    const py = 'import asyncio\nasync def f():\n    print("f")\nasyncio.run(f())\n';
    expect(parseHash(`#code=${LZString.compressToEncodedURIComponent(py)}`)?.lang).toBe('py');
  });
});

describe('jsmode link parameter', () => {
  const code = LZString.compressToEncodedURIComponent('process.nextTick(() => console.log(1));\n');
  it('reads commonjs/module, treats anything else as auto, and writes it back only when not auto', () => {
    expect(parseHash(`#lang=js&code=${code}&jsmode=module`)?.jsMode).toBe('module');
    expect(parseHash(`#lang=js&code=${code}&jsmode=commonjs`)?.jsMode).toBe('commonjs');
    expect(parseHash(`#lang=js&code=${code}&jsmode=esm`)?.jsMode).toBeUndefined();
    expect(parseHash(`#lang=js&code=${code}`)?.jsMode).toBeUndefined();
    const snippet = { lang: 'js' as const, source: 'x', models: ['js' as const] };
    expect(buildHash({ ...snippet, jsMode: 'module' })).toMatch(/&jsmode=module$/);
    expect(buildHash({ ...snippet, jsMode: 'auto' })).not.toMatch(/jsmode/);
    expect(parseHash(buildHash({ ...snippet, jsMode: 'commonjs' }))?.jsMode).toBe('commonjs');
  });
});

describe('language guess', () => {
  // Every program of the conformance corpus and of our own cases is a labelled sample.
  const root = join(import.meta.dirname, '..');
  const samples = ['conformance/cases', 'cases/py', 'cases/js'].flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((f) => /\.(py|js)$/.test(f))
      .map((f) => ({ file: `${dir}/${f}`, lang: f.endsWith('.js') ? 'js' : 'py', source: readFileSync(join(root, dir, f), 'utf8') })),
  );

  it('names the language of every corpus program', () => {
    const wrong = samples.filter((s) => guessLang(s.source) !== s.lang).map((s) => s.file);
    expect(samples.length).toBeGreaterThan(200);
    expect(wrong).toEqual([]);
  });
});
