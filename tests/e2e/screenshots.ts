/**
 * `npm run screenshots`: regenerates docs/screenshots/*.png (linked from the README) from the
 * built app, in the headless Chromium the browser tests use (tests/e2e/harness.ts). Each shot
 * opens the 1-2-3-4-5 puzzle by link, waits for the run (and, where shown, the editor), and
 * steps with Shift+→ to a few output lines in, where the queues still hold work. Reduced motion is set so
 * no entry is caught mid-animation.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, launch, ROOT, snippetUrl, startPreview, waitForRun } from './harness';

interface Shot {
  file: string;
  width: number;
  height: number;
  models: string[];
  presentation?: boolean;
  /** Output lines (over the panels on screen) to step to with Shift+→ before the shot. */
  stops: number;
}

const SHOTS: Shot[] = [
  { file: 'phone-390x844.png', width: 390, height: 844, models: ['js', 'python'], stops: 4 },
  { file: 'laptop-1280x800.png', width: 1280, height: 800, models: ['js', 'python'], stops: 4 },
  { file: 'projector-1920x1080.png', width: 1920, height: 1080, models: ['js', 'python', 'python-eager', 'promisio'], stops: 8 },
  {
    file: 'presentation-1920x1080.png',
    width: 1920,
    height: 1080,
    models: ['js', 'python', 'python-eager', 'promisio'],
    presentation: true,
    stops: 4,
  },
];

const OUT = join(ROOT, 'docs/screenshots');
const PUZZLE = readFileSync(join(ROOT, 'src/ui/example-snippets/comment_thread_puzzle.py'), 'utf8');

async function main() {
  build();
  mkdirSync(OUT, { recursive: true });
  const server = await startPreview();
  try {
    for (const shot of SHOTS) {
      const b = await launch({ width: shot.width, height: shot.height });
      try {
        await b.page.emulateMedia({ reducedMotion: 'reduce' });
        await b.page.goto(snippetUrl('py', PUZZLE, shot.models));
        await waitForRun(b.page);
        if (await b.page.locator('#editor-slot').isVisible())
          await b.page.waitForSelector('.monaco-editor .view-line', { timeout: 15_000 });
        if (shot.presentation) {
          await b.page.keyboard.press('p');
          await b.page.waitForSelector('.app[data-presentation="true"]');
        }
        await b.page.keyboard.press('Home');
        for (let i = 0; i < shot.stops; i++) await b.page.keyboard.press('Shift+ArrowRight');
        // Two frames: the last position's lanes are drawn.
        await b.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        await b.page.screenshot({ path: join(OUT, shot.file) });
        if (b.pageErrors.length) throw new Error(`${shot.file}: the page raised ${b.pageErrors.join('; ')}`);
        console.log(`docs/screenshots/${shot.file}`);
      } finally {
        await b.close();
      }
    }
  } finally {
    server.kill();
  }
}

await main();
