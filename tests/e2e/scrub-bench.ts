/**
 * Measures frame time while scrubbing a 10,000+-event run in Chromium (not a test: it
 * prints numbers). Usage: `npm run bench:scrub` (builds, serves on 127.0.0.1, drives Chromium).
 *
 * The page is driven from inside: each step sets the scrub slider to a new position (as a
 * user dragging it does, via an `input` event) and waits for the next animation frame; the
 * time between consecutive frames is the frame time the user sees.
 */
import { build, launch, snippetUrl, startPreview, waitForRun } from './harness';

const PROGRAM = `import asyncio

async def tick(i):
    await asyncio.sleep(0)
    return i

total = 0
for i in range(N):
    total += await tick(i)
    if i % 100 == 0:
        print(f"at {i}")
print(total)
`;

async function main() {
  const n = Number(process.argv[2] ?? 700);
  build();
  const server = await startPreview();
  const browser = await launch({ width: 1280, height: 800 });
  try {
    const { page } = browser;
    await page.goto(snippetUrl('py', PROGRAM.replace('range(N)', `range(${n})`)));
    await waitForRun(page, 120_000);
    await page.click('[data-action="end"]');
    const total = Number(await page.locator('[data-action="scrub"]').getAttribute('max'));
    const perModel = await page.locator('[data-model] .model-meta span[title]').allTextContents();
    // A string, not a function: tsx's name-keeping helpers do not exist inside the page.
    const frames = (await page.evaluate(`(async (max) => {
      const el = document.querySelector('[data-action="scrub"]');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const nextFrame = () => new Promise((r) => requestAnimationFrame(r));
      const out = [];
      let last = await nextFrame();
      // A forward drag, a backward drag, then random jumps: 600 frames.
      const positions = [];
      for (let i = 0; i < 200; i++) positions.push(Math.round((i / 199) * max));
      for (let i = 0; i < 200; i++) positions.push(Math.round(((199 - i) / 199) * max));
      for (let i = 0; i < 200; i++) positions.push(Math.floor(Math.random() * (max + 1)));
      for (const p of positions) {
        setValue.call(el, String(p));
        el.dispatchEvent(new Event('input', { bubbles: true }));
        const now = await nextFrame();
        out.push(now - last);
        last = now;
      }
      return out;
    })(${total})`)) as number[];
    frames.sort((a, b) => a - b);
    const q = (p: number) => (frames[Math.min(frames.length - 1, Math.floor(p * frames.length))] ?? NaN).toFixed(1);
    console.log(`aligned events: ${total} (${perModel.join('; ')})`);
    console.log(`scrub frame time over ${frames.length} frames: median ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms`);
  } finally {
    await browser.close();
    server.kill();
  }
}

void main();
