/**
 * The playground in a real browser: the built app (vite build + vite preview on 127.0.0.1)
 * in Debian's Chromium via playwright-core. Every test checks that no request left
 * 127.0.0.1. Screenshots go to test-results/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { outputOf, ROOT, screenshot, snippetUrl, waitForRun, browserSuite } from './harness';
import { clickMarker, drawnKinds } from './lanes-helpers';

const CASES = join(ROOT, 'tests/conformance/cases');
const source = (name: string) => readFileSync(join(CASES, name), 'utf8');
const expected = (name: string, model: string): string[] =>
  JSON.parse(readFileSync(join(CASES, `${name}.expected.json`), 'utf8')).models[model].stdout;

const suite = browserSuite();
let page: Page;
beforeAll(() => {
  ({ page } = suite);
});

async function open(url: string) {
  await page.goto('about:blank');
  await page.goto(url);
  await waitForRun(page);
  await page.click('[data-action="end"]');
}

/** Scrub to the first global position where `pred` holds. */
async function scrubUntil(pred: () => Promise<boolean>): Promise<number> {
  const scrub = page.locator('[data-action="scrub"]');
  const max = Number(await scrub.getAttribute('max'));
  for (let g = 0; g <= max; g++) {
    await scrub.fill(String(g));
    if (await pred()) return g;
  }
  throw new Error('condition never held while scrubbing');
}

describe('playground in Chromium', { timeout: 90_000 }, () => {
  it('loads a URL snippet: result = fetch() is created-not-started under python, started at once under js', async () => {
    await open(snippetUrl('py', source('lazy_call_then_await.py')));
    for (const model of ['js', 'python']) {
      await expect.poll(() => outputOf(page, model)).toEqual(expected('lazy_call_then_await', model));
      expect(await page.locator(`[data-model="${model}"] [data-role="lane"][data-function="fetch"]`).count()).toBe(1);
    }
    const jsFetch = page.locator('[data-model="js"] [data-role="lane"][data-function="fetch"]');
    const pyFetch = page.locator('[data-model="python"] [data-role="lane"][data-function="fetch"]');
    const kinds = drawnKinds;
    for (const kind of ['started', 'awaited', 'resumed', 'resolved']) {
      expect(await kinds(jsFetch)).toContain(kind);
      expect(await kinds(pyFetch)).toContain(kind);
    }
    // Lines whose order differs are highlighted, and the first divergence is explained.
    expect(await page.locator('[data-model="python"] [data-role="output-line"][data-divergent="true"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-model="js"] [data-role="output-line"][data-divergent="true"]').count()).toBeGreaterThan(0);
    const note = await page.locator('[data-role="divergence"]').textContent();
    expect(note).toMatch(/fetch started at the call \(line 12\) under js, but .* under python/);
    // Causal link: a resume names what woke it.
    await clickMarker(pyFetch, 'resumed');
    expect(await page.locator('[data-model="python"] [data-role="marker-detail"]').textContent()).toMatch(
      /fetch resumed.*woken by sleep\(0\.1\)/,
    );
    await screenshot(page, 'lazy-call-1280x800');

    // The moment python has printed "after call": its fetch lane is created but not started, js's already ran.
    await scrubUntil(async () => (await outputOf(page, 'python')).includes('after call'));
    expect(await pyFetch.getAttribute('data-state')).toBe('created');
    expect((await kinds(pyFetch)).filter((k) => k === 'started')).toHaveLength(0);
    expect((await kinds(jsFetch)).filter((k) => k === 'started')).toHaveLength(1);
    await screenshot(page, 'lazy-call-created-not-started');
  });

  it("shows a line printed in parts as one line, as stdout has it (print(end=''), process.stdout.write)", async () => {
    await open(snippetUrl('py', "print('loading', end=' ')\nprint('.', end='')\nprint('done')\nprint('next')\n", ['python', 'promisio']));
    for (const model of ['python', 'promisio']) await expect.poll(() => outputOf(page, model)).toEqual(['loading .done', 'next']);
    // The two models print the same lines: nothing is marked as differing.
    expect(await page.locator('[data-role="output-line"][data-divergent="true"]').count()).toBe(0);
    // Between the parts, the open line shows what was printed so far.
    await scrubUntil(async () => (await outputOf(page, 'python')).length > 0);
    expect(await outputOf(page, 'python')).toEqual(['loading ']);
    await open(snippetUrl('js', "process.stdout.write('a');\nprocess.stdout.write('b\\n');\nconsole.log('c');\n", ['js']));
    await expect.poll(() => outputOf(page, 'js')).toEqual(['ab', 'c']);
  });

  it('shows what a program writes to stderr among its output, where it was written, marked (console.error, logging)', async () => {
    const js =
      "console.log('a');\nPromise.reject(new Error('boom')).catch((e) => console.error('caught', e.message));\nconsole.log('b');\n";
    await open(snippetUrl('js', js, ['js']));
    await expect.poll(() => outputOf(page, 'js')).toEqual(['a', 'b', 'stderr: caught boom']);
    const stderrRow = page.locator('[data-model="js"] [data-role="output-line"][data-stream="stderr"]');
    expect(await stderrRow.count()).toBe(1);
    // Marked by more than its colour: a bar at its side, and the word for screen readers.
    const looks = await stderrRow.evaluate((el) => ({ color: getComputedStyle(el).color, bar: getComputedStyle(el).boxShadow }));
    expect(looks.color).toBe('rgb(185, 28, 28)');
    expect(looks.bar).toContain('inset');
    const py = "import logging\nprint('start')\nlogging.warning('careful')\nprint(f'{1:>4}|{22:<4}|  end')\n";
    await open(snippetUrl('py', py, ['python']));
    await expect.poll(() => outputOf(page, 'python')).toEqual(['start', 'stderr: WARNING:root:careful', '   1|22  |  end']);
    // Shown with its spaces, as printed (the page used to collapse them: columns were lost).
    const shown = await page
      .locator('[data-model="python"] [data-role="output-line"]')
      .last()
      .evaluate((el) => (el as HTMLElement).innerText);
    expect(shown).toBe('   1|22  |  end');
  });

  it('shows both orders of the 1-2-3-4-5 puzzle and highlights the moved lines', async () => {
    await open(snippetUrl('py', source('comment_thread_puzzle.py')));
    await expect.poll(() => outputOf(page, 'js')).toEqual(['1', '2', '3', '4', '5']);
    await expect.poll(() => outputOf(page, 'python')).toEqual(['1', '3', '2', '4', '5']);
    const divergent = (m: string) => page.locator(`[data-model="${m}"] [data-role="output-line"][data-divergent="true"]`).allTextContents();
    expect((await divergent('js')).length).toBe(1);
    expect((await divergent('python')).length).toBe(1);
    expect(await page.locator('[data-role="divergence"]').textContent()).toContain('line 2');
    await screenshot(page, 'puzzle-1280x800');
  });

  it('steps back and forth through the recording', async () => {
    await open(snippetUrl('py', source('comment_thread_puzzle.py')));
    const pos = async () => Number((await page.locator('[data-role="position"]').textContent())!.split('/')[0]);
    const total = await pos();
    expect(total).toBeGreaterThan(5);
    await page.click('[data-action="restart"]');
    await page.click('[data-action="play"]'); // pause at once
    await page.locator('[data-action="scrub"]').fill('0');
    expect(await page.locator('[data-role="output-line"]').count()).toBe(0);
    let prints = 0;
    for (let i = 0; i < total; i++) {
      await page.click('[data-action="step-forward"]');
      const n = await page.locator('[data-role="output-line"]').count();
      expect(n).toBeGreaterThanOrEqual(prints);
      prints = n;
    }
    expect(await pos()).toBe(total);
    expect(prints).toBe(10);
    for (let i = 0; i < total; i++) await page.click('[data-action="step-back"]');
    expect(await pos()).toBe(0);
    expect(await page.locator('[data-role="output-line"]').count()).toBe(0);
  });

  it('re-runs after typing into the editor', async () => {
    await open(snippetUrl('py', 'import asyncio\n\nasync def f():\n    print("in f")\n\nawait f()\n'));
    await expect.poll(() => outputOf(page, 'python')).toEqual(['in f']);
    await page.waitForSelector('.monaco-editor textarea', { timeout: 15_000 });
    await page.click('.monaco-editor .view-lines');
    await page.keyboard.press('Control+End');
    await page.keyboard.type('print("typed")');
    await page.keyboard.press('Escape');
    await screenshot(page, 'typed');
    await expect
      .poll(
        async () => {
          if ((await page.locator('.app').getAttribute('data-run-status')) !== 'done') return null;
          await page.click('[data-action="end"]');
          return outputOf(page, 'python');
        },
        { timeout: 15_000 },
      )
      .toEqual(['in f', 'typed']);
    expect(await outputOf(page, 'js')).toEqual(['in f', 'typed']);
    // Format 2 links (src/ui/url.ts) start with the version: #v=2&lang=py&code=…
    expect(decodeURIComponent(page.url())).toMatch(/#v=\d+&lang=py&code=/);
  });

  it('stops an infinite loop at the step budget and stays responsive', async () => {
    await page.goto('about:blank');
    await page.goto(snippetUrl('py', 'print("spinning")\nwhile True:\n    pass\n'));
    // While the worker spins, the page still answers (how fast is a bench:ui figure, not a
    // clock in a test: the machine is shared).
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    await waitForRun(page, 60_000);
    await page.click('[data-action="end"]');
    for (const model of ['js', 'python']) {
      const panel = page.locator(`[data-model="${model}"]`);
      expect(await panel.getAttribute('data-status')).toBe('budget');
      // The step budget or the time budget, whichever the machine's load makes come first.
      expect(await panel.locator('[data-role="notice"]').textContent()).toMatch(/(Step|Time) budget exhausted/);
      expect(await outputOf(page, model)).toEqual(['spinning']);
    }
    await screenshot(page, 'infinite-loop');
  });

  it('cancels a long run at once', async () => {
    await page.goto('about:blank');
    // A catastrophically backtracking regular expression runs for minutes inside one host
    // call, where neither the step nor the time budget can look: only the cancel stops it.
    await page.goto(snippetUrl('js', "console.log(/(a+)+$/.test('a'.repeat(40) + 'b'));\n"));
    await page.waitForSelector('[data-action="cancel"]');
    await new Promise((r) => setTimeout(r, 500));
    expect(await page.locator('.app').getAttribute('data-run-status')).toBe('running');
    await page.click('[data-action="cancel"]');
    // Stop's latency is measured by `npm run bench:ui` (bench/ui/responsiveness.ts); here only
    // that the cancel wins over a host call no budget can interrupt.
    await page.waitForSelector('.app[data-run-status="cancelled"]', { timeout: 15_000 });
  });

  it('shows a syntax error in the editor and the panel, and the page stays up', async () => {
    await page.goto('about:blank');
    await page.goto(snippetUrl('py', 'print("ok")\ndef broken(:\n    pass\n'));
    await waitForRun(page);
    await page.click('[data-action="end"]');
    const err = await page.locator('[data-model="python"] [data-role="error"]').textContent();
    expect(err).toMatch(/\(2:\d+\)/);
    expect(await page.locator('[data-role="editor-error"]').first().textContent()).toMatch(/\(2:\d+\)/);
    await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 15_000 });
    expect(await page.locator('[data-model="js"]').count()).toBe(1);
    await screenshot(page, 'syntax-error');
  });

  it('lays out four models cleanly at 1280x800 and 1920x1080', async () => {
    const url = snippetUrl('py', source('create_task_order.py'), ['js', 'python', 'python-eager', 'promisio']);
    for (const [w, h] of [
      [1280, 800],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await open(url);
      for (const m of ['js', 'python', 'python-eager', 'promisio']) {
        const box = (await page.locator(`[data-model="${m}"]`).boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(w);
        expect(box.y + box.height).toBeLessThanOrEqual(h);
        expect(box.height).toBeGreaterThan(150);
      }
      // No horizontal page scroll.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
      await page.waitForSelector('.monaco-editor', { timeout: 15_000 });
      await screenshot(page, `four-models-${w}x${h}`);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
