#!/usr/bin/env node
/**
 * Finds the Chromium or Chrome the browser tests drive (playwright-core never downloads one).
 *
 * `node scripts/find-browser.mjs` (run by `npm test` and `npm run test:e2e` before the browser
 * tests) prints the browser's path; when none is installed and the machine has apt-get and
 * runs as root, it installs Debian's `chromium` first and says so; otherwise it exits 1 with one
 * line that says what to install. tests/e2e/harness.ts calls `findBrowser()` for the same path.
 *
 * Plain JavaScript so that Node runs it before anything is compiled; its types are in
 * find-browser.d.mts.
 */
import { accessSync, constants } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';

/** Environment variables naming a browser, first match wins. */
export const ENV_VARS = ['CHROMIUM_PATH', 'CHROME_PATH'];

/** Command names looked up on PATH. */
const COMMANDS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Where Debian/Ubuntu packages, Google's .deb and the macOS app bundles put the browser. */
export function defaultLocations(platform = process.platform, home = homedir()) {
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium'];
    return [...apps.map((a) => join('/Applications', a)), ...apps.map((a) => join(home, 'Applications', a))];
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/snap/bin/chromium',
  ];
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch (e) {
    // ENOENT / EACCES / ENOTDIR mean "not here"; anything else is a real failure.
    if (e && typeof e === 'object' && ['ENOENT', 'EACCES', 'ENOTDIR'].includes(e.code)) return false;
    throw e;
  }
}

function onPath(name, env, exists) {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir && exists(join(dir, name))) return join(dir, name);
  }
  return null;
}

/**
 * The browser to drive, or an explanation of why there is none.
 * Everything the search depends on can be injected (tests hide the machine's browser this way).
 */
export function findBrowser({ env = process.env, locations = defaultLocations(), exists = isExecutable } = {}) {
  for (const name of ENV_VARS) {
    const value = env[name];
    if (!value) continue;
    if (exists(value)) return { path: value };
    // A variable that names nothing is a mistake to report, not a reason to pick another browser.
    return { path: null, problem: `${name}=${value} is not an executable file` };
  }
  for (const path of locations) if (exists(path)) return { path };
  for (const name of COMMANDS) {
    const path = onPath(name, env, exists);
    if (path) return { path };
  }
  return { path: null, problem: 'no Chromium or Chrome found' };
}

/** The one line printed when there is no browser and none can be installed here. */
export function missingMessage(problem) {
  return (
    `find-browser: ${problem}; the browser tests need one: install Chromium or Google Chrome ` +
    `(Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to its executable.`
  );
}

/**
 * Finds the browser; when none is found on a machine with apt-get where we are root, installs
 * Debian's `chromium` and searches again. Returns { path } or { path: null, message }.
 */
export function ensureBrowser({
  env = process.env,
  locations = defaultLocations(),
  exists = isExecutable,
  isRoot = process.getuid?.() === 0,
  run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } }).status,
  log = (line) => console.error(line),
} = {}) {
  const found = findBrowser({ env, locations, exists });
  if (found.path) return found;
  const aptGet = onPath('apt-get', env, exists);
  // An explicit variable that names nothing is the user's choice: never install around it.
  const explicit = ENV_VARS.some((name) => env[name]);
  if (explicit || !aptGet || !isRoot) return { path: null, message: missingMessage(found.problem) };
  log(`find-browser: ${found.problem}; installing Debian's chromium with apt-get (needed by the browser tests)`);
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
    const status = run(aptGet, args);
    if (status !== 0) return { path: null, message: missingMessage(`apt-get ${args[0]} failed (exit ${status})`) };
  }
  const after = findBrowser({ env, locations, exists });
  return after.path ? after : { path: null, message: missingMessage(`${after.problem} after apt-get install chromium`) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = ensureBrowser();
  if (result.path) {
    console.log(`find-browser: ${result.path}`);
  } else {
    console.error(result.message);
    process.exit(1);
  }
}
