import { describe, expect, it } from 'vitest';
// From their own files: the folder's index also exports the player, which needs the build's
// `virtual:default-recording` (build/default-recording.ts), a module only Vite's app build has.
import { embedCode } from '../../src/ui/embed/embedCode';
import { isEmbed } from '../../src/ui/embed/isEmbed';
import { buildHash, readLink } from '../../src/ui/url';

describe('embed code', () => {
  it('is an iframe of ?embed=1 with the link, its attributes escaped', () => {
    const hash = buildHash({ lang: 'py', source: 'print("a")\n', models: ['js', 'python'] }, { pos: 3 });
    const html = embedCode('https://example.org', '/lanes/', hash, 'a "quoted" <b>title</b>');
    expect(html).toMatch(/^<iframe\n/);
    expect(html).toMatch(/<\/iframe>$/);
    expect(html).toContain(`src="https://example.org/lanes/?embed=1${hash.replace(/&/g, '&amp;')}"`);
    expect(html).toContain('title="Async Lanes: a &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt;"');
    // The fragment the iframe opens is the link itself.
    const src = html.match(/src="([^"]*)"/)![1]!.replace(/&amp;/g, '&');
    const link = readLink(new URL(src).hash);
    expect(link.kind === 'snippet' && link.snippet.source).toBe('print("a")\n');
    expect(isEmbed(new URL(src).search)).toBe(true);
  });

  it('is the embed player only for embed=1', () => {
    expect(isEmbed('')).toBe(false);
    expect(isEmbed('?embed=0')).toBe(false);
    expect(isEmbed('?embed=true')).toBe(false);
    expect(isEmbed('?x=1&embed=1')).toBe(true);
  });
});
