/**
 * The built site under its Content-Security-Policy (issue 10, build/csp.ts): the app, Monaco
 * and the engine worker all work with no violation report, while `eval` and an injected
 * inline script are refused; the bundle itself holds no `eval(` / `new Function`.
 */
import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, foreignRequests, launch, ORIGIN, ROOT, snippetUrl, startPreview, waitForRun, type Browser } from './harness';
import { CSP_HEADER, CSP_META } from '../../build/csp';

let server: ChildProcess;
let browser: Browser;

/** Every `securitypolicyviolation` the document and its workers report, collected before any script of the page runs. */
const COLLECT_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline'));
  });
`;

const PROBE = `
  const tries = {};
  try { (0, eval)('1 + 1'); tries.eval = 'ran'; } catch (e) { tries.eval = e.name; }
  try { new Function('return 1')(); tries.newFunction = 'ran'; } catch (e) { tries.newFunction = e.name; }
  const script = document.createElement('script');
  script.textContent = 'window.__injected = true';
  document.body.appendChild(script);
  tries.inline = window.__injected ? 'ran' : 'blocked';
  window.__probe = tries;
`;

beforeAll(async () => {
  build();
  writeFileSync(join(ROOT, 'dist/csp-probe.js'), PROBE);
  server = await startPreview();
  browser = await launch();
  await browser.context.addInitScript(COLLECT_VIOLATIONS);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
});

const violations = () => browser.page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

describe('Content-Security-Policy', { timeout: 90_000 }, () => {
  it('is served as a <meta> in the built page and as a header by vite preview', async () => {
    const html = readFileSync(join(ROOT, 'dist/index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
    expect(meta?.[1]?.replace(/&#39;/g, "'")).toBe(CSP_META);
    // The meta comes before any script, so it governs all of them.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    const res = await fetch(`${ORIGIN}/`);
    expect(res.headers.get('content-security-policy')).toBe(CSP_HEADER);
    for (const directive of ["script-src 'self'", "object-src 'none'", "base-uri 'none'"]) expect(CSP_META).toContain(directive);
    expect(CSP_HEADER).not.toContain('unsafe-eval');
  });

  it('lets the app, Monaco and the worker run without a single violation', async () => {
    const { page } = browser;
    await page.goto(snippetUrl('py', 'import asyncio\nasync def f():\n    await asyncio.sleep(0)\n    print("f")\nasyncio.run(f())\n'));
    await waitForRun(page);
    await page.waitForSelector('.monaco-editor', { timeout: 30_000 });
    await page.click('[data-action="end"]');
    expect(await page.locator('[data-model="python"] [data-role="output-line"]').allTextContents()).toContain('f');
    expect(await violations()).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
    expect(foreignRequests(browser.requests)).toEqual([]);
  });

  it('refuses eval, new Function and an injected inline script', async () => {
    const { page } = browser;
    // A script of the site's own origin (what script-src 'self' lets run) tries each one:
    // code evaluated through the DevTools protocol is exempt from the policy, page code is not.
    const outcome = await page.evaluate(
      () =>
        new Promise<Record<string, string>>((resolve) => {
          const probe = document.createElement('script');
          probe.src = '/csp-probe.js';
          probe.onload = () => resolve((window as unknown as { __probe: Record<string, string> }).__probe);
          document.body.appendChild(probe);
        }),
    );
    expect(outcome).toEqual({ eval: 'EvalError', newFunction: 'EvalError', inline: 'blocked' });
    await page.waitForFunction(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.length >= 3);
    const reported = await violations();
    expect(reported.some((v) => v.startsWith('script-src') && v.endsWith('eval'))).toBe(true);
    expect(reported.some((v) => v.startsWith('script-src') && v.endsWith('inline'))).toBe(true);
  });

  it('ships no eval( or new Function in the bundle', () => {
    const dir = join(ROOT, 'dist/assets');
    const hits: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const m of text.matchAll(/(?<![\w$.])eval\(|new Function\b/g))
        hits.push(`${file}: ${text.slice(Math.max(0, m.index - 40), m.index + 40)}`);
    }
    expect(hits).toEqual([]);
  });
});
