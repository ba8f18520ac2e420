// The browser finder on machines unlike this one: every search input is injected, so the
// machine's own browser is hidden and nothing is installed.
import { describe, expect, it } from 'vitest';
import { defaultLocations, ensureBrowser, findBrowser } from '../../scripts/find-browser.mjs';

const present =
  (...paths: string[]) =>
  (p: string) =>
    paths.includes(p);

describe('findBrowser', () => {
  it('prefers CHROMIUM_PATH, then CHROME_PATH', () => {
    const exists = present('/a/chromium', '/b/chrome', '/usr/bin/chromium');
    expect(findBrowser({ env: { CHROMIUM_PATH: '/a/chromium', CHROME_PATH: '/b/chrome' }, exists })).toEqual({ path: '/a/chromium' });
    expect(findBrowser({ env: { CHROME_PATH: '/b/chrome' }, exists })).toEqual({ path: '/b/chrome' });
  });

  it('reports a variable that names nothing instead of picking another browser', () => {
    const r = findBrowser({ env: { CHROME_PATH: '/nowhere' }, exists: present('/usr/bin/chromium') });
    expect(r).toEqual({ path: null, problem: 'CHROME_PATH=/nowhere is not an executable file' });
  });

  it("finds Debian's chromium, Google's Chrome, the macOS bundles and PATH commands", () => {
    expect(findBrowser({ env: {}, exists: present('/usr/bin/chromium') })).toEqual({ path: '/usr/bin/chromium' });
    expect(findBrowser({ env: {}, exists: present('/opt/google/chrome/chrome') })).toEqual({ path: '/opt/google/chrome/chrome' });
    const mac = defaultLocations('darwin', '/Users/me');
    expect(mac).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(mac).toContain('/Users/me/Applications/Chromium.app/Contents/MacOS/Chromium');
    expect(findBrowser({ env: { PATH: '/x:/opt/bin' }, locations: [], exists: present('/opt/bin/google-chrome') })).toEqual({
      path: '/opt/bin/google-chrome',
    });
  });
});

describe('ensureBrowser', () => {
  const noBrowser = { env: { PATH: '/usr/bin' }, locations: ['/usr/bin/chromium'] };

  it('fails with one line saying what to install when it cannot install', () => {
    const lines: string[] = [];
    const r = ensureBrowser({ ...noBrowser, exists: present('/usr/bin/apt-get'), isRoot: false, log: (l) => lines.push(l) });
    expect(r).toEqual({
      path: null,
      message:
        'find-browser: no Chromium or Chrome found; the browser tests need one: install Chromium or Google Chrome ' +
        '(Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to its executable.',
    });
    expect(lines).toEqual([]);
    const noApt = ensureBrowser({ ...noBrowser, exists: present(), isRoot: true, log: (l) => lines.push(l) });
    expect(noApt.path).toBeNull();
    expect(lines).toEqual([]);
  });

  it("installs Debian's chromium with apt-get as root, says so, and searches again", () => {
    const installed = new Set(['/usr/bin/apt-get']);
    const calls: string[] = [];
    const lines: string[] = [];
    const r = ensureBrowser({
      ...noBrowser,
      exists: (p) => installed.has(p),
      isRoot: true,
      log: (l) => lines.push(l),
      run: (cmd, args) => {
        calls.push([cmd, ...args].join(' '));
        if (args[0] === 'install') installed.add('/usr/bin/chromium');
        return 0;
      },
    });
    expect(r).toEqual({ path: '/usr/bin/chromium' });
    expect(calls).toEqual(['/usr/bin/apt-get update', '/usr/bin/apt-get install -y --no-install-recommends chromium']);
    expect(lines).toEqual([
      "find-browser: no Chromium or Chrome found; installing Debian's chromium with apt-get (needed by the browser tests)",
    ]);
  });

  it('reports a failed apt-get in the same one line', () => {
    const r = ensureBrowser({ ...noBrowser, exists: present('/usr/bin/apt-get'), isRoot: true, log: () => {}, run: () => 100 });
    expect(r.path).toBeNull();
    expect(r.path === null && r.message).toMatch(/^find-browser: apt-get update failed \(exit 100\); the browser tests need one/);
  });

  it('never installs around an explicit CHROMIUM_PATH', () => {
    const r = ensureBrowser({
      env: { CHROMIUM_PATH: '/typo' },
      locations: [],
      exists: present('/usr/bin/apt-get'),
      isRoot: true,
      run: () => 0,
    });
    expect(r.path === null && r.message).toMatch(/^find-browser: CHROMIUM_PATH=\/typo is not an executable file;/);
  });
});
