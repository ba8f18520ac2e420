/**
 * Every snippet-supplied string is rendered as text (issue 10): output lines, error
 * messages, function and task names in lane labels, dict keys, warnings, stderr lines. Each snippet
 * below carries markup that would run script or add an element if it were ever parsed as
 * HTML; the test checks that nothing ran, no element was injected, and the text is shown
 * literally.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { outputOf, snippetUrl, waitForRun, type Browser, browserSuite } from './harness';

const PAYLOAD = '<img src=x onerror="window.__xss=1"><b id="injected">bold</b>';

const suite = browserSuite();
let browser: Browser;
beforeAll(() => {
  ({ browser } = suite);
});

async function openAndCheck(lang: 'py' | 'js', source: string, models: string[]) {
  const { page } = browser;
  await page.goto('about:blank');
  await page.goto(snippetUrl(lang, source, models));
  await waitForRun(page);
  await page.click('[data-action="end"]');
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('#injected').count()).toBe(0);
  expect(await page.locator('.app img').count()).toBe(0);
}

describe('snippet strings render as text', { timeout: 90_000 }, () => {
  it('in output lines, dict keys and error messages (Python)', async () => {
    const source = `P = ${JSON.stringify(PAYLOAD)}\nprint(P)\nprint({P: 1})\nraise ValueError(P)\n`;
    await openAndCheck('py', source, ['python']);
    const out = await outputOf(browser.page, 'python');
    expect(out[0]).toBe(PAYLOAD);
    expect(out[1]).toContain(PAYLOAD);
    expect(await browser.page.locator('[data-model="python"]').textContent()).toContain(`ValueError: ${PAYLOAD}`);
  });

  it('in function and task names shown on lanes and queues, and in warnings', async () => {
    const source = [
      'import asyncio',
      'async def work():',
      '    await asyncio.sleep(0)',
      `work.__name__ = work.__qualname__ = ${JSON.stringify(PAYLOAD)}`,
      'async def main():',
      `    t = asyncio.create_task(work(), name=${JSON.stringify(PAYLOAD)})`,
      '    await t',
      '    print(t.get_name())',
      '    work()',
      'asyncio.run(main())',
      '',
    ].join('\n');
    await openAndCheck('py', source, ['python', 'js']);
    expect(await outputOf(browser.page, 'python')).toEqual([PAYLOAD]);
  });

  it('in JavaScript output, error messages and function names', async () => {
    const source = `const P = ${JSON.stringify(PAYLOAD)};\nconst o = { [P]: async () => { await null; } };\nconsole.log(P, { [P]: 1 });\nconsole.error(P);\no[P]();\nPromise.reject(new Error(P));\n`;
    await openAndCheck('js', source, ['js', 'python']);
    const out = await outputOf(browser.page, 'js');
    expect(out[0]).toContain(PAYLOAD);
    expect(out[1]).toBe(`stderr: ${PAYLOAD}`);
    expect(await browser.page.locator('[data-model="js"]').textContent()).toContain(`Error: ${PAYLOAD}`);
  });
});
