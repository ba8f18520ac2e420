/**
 * Exports in a real browser (issue 8): the SVG parses as XML and has the lanes shown, and
 * carries no markup of a hostile snippet; the PNG decodes with a non-zero size; the JSON is a
 * valid recording of its documented version (docs/recording-format.md).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { snippetUrl, waitForRun, browserSuite } from './harness';
import { checkRecording, RECORDING_VERSION } from '../../src/ui/export/recording';

const suite = browserSuite();
let page: Page;
beforeAll(() => {
  ({ page } = suite);
});

const HOSTILE = [
  'import asyncio',
  '',
  'async def worker():',
  '    print("</text><script>window.pwned = 1</script>")',
  '    await asyncio.sleep(0.01)',
  '    raise ValueError("<img src=x onerror=window.pwned=2>")',
  '',
  'async def main():',
  '    print("\\x07 bell")',
  '    await asyncio.gather(worker(), asyncio.sleep(0.02))',
  '',
  'asyncio.run(main())',
  '',
].join('\n');

async function download(action: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-action="${action}"]`)]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

describe('exports', { timeout: 90_000 }, () => {
  it('SVG: parses as XML, draws the lanes on screen, and holds no markup of the snippet', async () => {
    await page.goto('about:blank');
    await page.goto(snippetUrl('py', HOSTILE, ['python', 'js']));
    await waitForRun(page);
    await page.click('[data-action="end"]');
    const lanesOnScreen = await page.locator('[data-role="lane"]').count();
    const { name, bytes } = await download('export-svg');
    expect(name).toBe('async-lanes-snippet.svg');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const all = [...doc.querySelectorAll('*')];
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.localName,
        lanes: doc.querySelectorAll('[data-role="lane"]').length,
        segments: doc.querySelectorAll('rect.seg').length,
        models: [...doc.querySelectorAll('g.panel')].map((g) => g.getAttribute('data-model')),
        scripts: doc.querySelectorAll('script, img, foreignObject').length,
        handlers: all.flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => n.startsWith('on')),
        output: [...doc.querySelectorAll('[data-role="output-line"]')].map((t) => t.textContent),
      };
    }, bytes.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.models).toEqual(['python', 'js']);
    expect(parsed.lanes).toBe(lanesOnScreen);
    expect(parsed.segments).toBeGreaterThanOrEqual(parsed.lanes);
    expect(parsed.scripts).toBe(0);
    expect(parsed.handlers).toEqual([]);
    expect(parsed.output).toContain('</text><script>window.pwned = 1</script>');
    expect(parsed.output).toContain('\uFFFD bell');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  });

  it('PNG: a real PNG the browser decodes, twice the SVG size', async () => {
    const { name, bytes } = await download('export-png');
    expect(name).toBe('async-lanes-snippet.png');
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const ihdr = { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
    expect(ihdr.width).toBe(2000);
    expect(ihdr.height).toBeGreaterThan(200);
    const decoded = await page.evaluate(async (b64) => {
      // (fetch of a data: URL is refused by the page's connect-src: build the blob from the bytes.)
      const blob = new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' });
      const bitmap = await createImageBitmap(blob);
      // Something was drawn: not every pixel is the white background.
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) ink++;
      return { width: bitmap.width, height: bitmap.height, ink };
    }, bytes.toString('base64'));
    expect(decoded).toMatchObject(ihdr);
    expect(decoded.ink).toBeGreaterThan(1000);
  });

  it('JSON: a valid recording of the documented version, the runs on screen, and a link back', async () => {
    const { name, bytes } = await download('export-json');
    expect(name).toBe('async-lanes-snippet.json');
    const doc = JSON.parse(bytes.toString('utf8'));
    expect(checkRecording(doc)).toEqual([]);
    expect(doc.version).toBe(RECORDING_VERSION);
    expect(doc.snippet.source).toBe(HOSTILE);
    expect(doc.runs.map((r: { model: string }) => r.model)).toEqual(['python', 'js']);
    const total = (await page.locator('[data-role="position"]').textContent())!.split('/')[1]!.trim();
    expect(doc.link).toMatch(new RegExp(`^#v=2&lang=py&.*&pos=${total}`));
    expect(doc.runs[0].result.stdout[0]).toBe('\u0007 bell');
  });
});
