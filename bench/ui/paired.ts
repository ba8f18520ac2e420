/**
 * Two builds' scrub steps, paired (issue 10: on a loaded 2-core machine two `bench:ui` runs one
 * after the other differ by more than the change measured): the build in this checkout and the
 * one in `--base <dir>` (another worktree, built there with `vite build`) are served side by
 * side, each opened in its own browser on the same run, and scrubbed in alternating blocks
 * through the same random positions (the block order alternates too). Per step: the main
 * thread's CPU (CDP TaskDuration in thread ticks, as bench:ui's scrub measures it); per block:
 * script, style, layout and the rest. Also the number of compositor layers of each page.
 *
 * Usage: npx tsx bench/ui/paired.ts --base ../main-wt [--sizes 1000,100000] [--blocks 10] [--steps 12]
 * [--base-port N] (E2E_PORT serves this build, --base-port (E2E_PORT + 30000, away from the
 * other helpers' ports) the base; neither is built here.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type { CDPSession } from 'playwright-core';
import LZString from 'lz-string';
import { launch, PORT, ROOT, type Browser } from '../../tests/e2e/harness';
import { enableMetrics, LONG_RUN_SCRIPT, metrics, quantiles } from './measure';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const baseDir = arg('base');
if (!baseDir) throw new Error('--base <dir of the other build> is required');
const builds = [
  { name: 'base', dir: resolve(baseDir), port: Number(arg('base-port') ?? PORT + 30000) },
  { name: 'this', dir: ROOT, port: PORT },
] as const;
const sizes = (arg('sizes') ?? '1000,100000').split(',').map(Number);
const blocks = Number(arg('blocks') ?? 10);
const steps = Number(arg('steps') ?? 12);

/** The run bench:ui scrubs: about 11 events per iteration under `js`. */
const program = (n: number) =>
  `async function f(i) {\n  await null;\n  return i;\n}\nasync function main() {\n  for (let i = 0; i < ${n}; i++) await f(i);\n  console.log('done');\n}\nmain();\n`;

/** As bench/ui/measure.ts's scrub seeks: the slider set as a drag sets it, then two frames. */
const SEEK = `window.__benchSeek = async (p) => {
  const el = document.querySelector('[data-action="scrub"]');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  await frame();
  setValue.call(el, String(p));
  el.dispatchEvent(new Event('input', { bubbles: true }));
  await frame();
  await frame();
}`;

async function serve(dir: string, port: number): Promise<ChildProcess> {
  const proc = spawn(join(dir, 'node_modules/.bin/vite'), ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: dir,
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    if (proc.exitCode !== null) throw new Error(`vite preview in ${dir} exited (port ${port} taken?)`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return proc;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.kill();
  throw new Error(`vite preview in ${dir} did not start`);
}

/** Composited layers, and those that draw content, after a step. */
async function layers(cdp: CDPSession, page: Browser['page']): Promise<string> {
  let last: { drawsContent: boolean }[] = [];
  const on = (e: { layers?: { drawsContent: boolean }[] }) => (last = e.layers ?? last);
  cdp.on('LayerTree.layerTreeDidChange', on);
  await cdp.send('LayerTree.enable');
  // The tree is reported when it changes: a step changes it.
  await page.evaluate(`window.__benchSeek(1)`);
  await new Promise((r) => setTimeout(r, 300));
  await cdp.send('LayerTree.disable');
  cdp.off('LayerTree.layerTreeDidChange', on);
  return `${last.length} layers (${last.filter((l) => l.drawsContent).length} drawing)`;
}

interface Side {
  name: string;
  browser: Browser;
  cdp: CDPSession;
  work: number[];
  parts: number[][];
}

const servers: ChildProcess[] = [];
try {
  for (const b of builds) servers.push(await serve(b.dir, b.port));
  for (const size of sizes) {
    const iterations = Math.max(1, Math.round(size / 11));
    const sides: Side[] = [];
    for (const b of builds) {
      const browser = await launch();
      await browser.page.addInitScript(LONG_RUN_SCRIPT);
      const code = LZString.compressToEncodedURIComponent(program(iterations));
      await browser.page.goto(`http://127.0.0.1:${b.port}/#lang=js&code=${code}&models=js&pos=0`);
      await browser.page.waitForSelector('.app[data-run-status="done"]', { timeout: 300_000 });
      await browser.page.waitForTimeout(2000);
      await browser.page.evaluate(SEEK);
      const cdp = await browser.context.newCDPSession(browser.page);
      await enableMetrics(cdp);
      sides.push({ name: b.name, browser, cdp, work: [], parts: [] });
    }
    const total = Number(await sides[1]!.browser.page.getAttribute('[data-action="scrub"]', 'max'));
    const load0 = loadavg()[0]!;
    for (let k = 0; k < blocks; k++) {
      const positions = Array.from({ length: steps }, () => Math.floor(Math.random() * (total + 1)));
      for (const s of k % 2 ? [...sides].reverse() : sides) {
        await s.browser.page.evaluate(`window.__benchSeek(0)`);
        const a = await metrics(s.cdp);
        for (const p of positions) {
          const before = (await metrics(s.cdp)).TaskDuration!;
          await s.browser.page.evaluate(`window.__benchSeek(${p})`);
          s.work.push(((await metrics(s.cdp)).TaskDuration! - before) * 1000);
        }
        const z = await metrics(s.cdp);
        const d = (n: string) => (((z[n] ?? 0) - (a[n] ?? 0)) * 1000) / steps;
        const [script, style, layout] = [d('ScriptDuration'), d('RecalcStyleDuration'), d('LayoutDuration')];
        s.parts.push([script, style, layout, d('TaskDuration') - script - style - layout]);
      }
    }
    console.log(
      `\n${total.toLocaleString()} events: ${blocks} blocks of ${steps} random steps, alternated; load ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`,
    );
    for (const s of sides) {
      const q = quantiles(s.work);
      const part = (i: number) => quantiles(s.parts.map((p) => p[i]!)).median.toFixed(2);
      console.log(
        `  ${s.name.padEnd(4)}: step median ${q.median.toFixed(2)} ms, p95 ${q.p95.toFixed(1)} ms; per step (median of blocks) script ${part(0)}, style ${part(1)}, layout ${part(2)}, the rest ${part(3)}; ${await layers(s.cdp, s.browser.page)}`,
      );
      await s.browser.close();
    }
  }
} finally {
  for (const s of servers) s.kill();
}
