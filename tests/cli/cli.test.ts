import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, langOf } from '../../src/cli/args';
import { runProgram } from '../../src/engine/engine';
import { formatTraceEntry, laneTrace } from '../../src/engine/events/trace';
import { formatNarrationLine, narrate } from '../../src/engine/events/narration';
import { runInNodeCombined } from '../oracle/node-oracle';
import { comparableStderr } from '../support/normalize';

const TSX = 'node_modules/.bin/tsx';
const cli = (...args: string[]) => spawnSync(TSX, ['src/cli/main.ts', ...args], { encoding: 'utf8' });
const CASES = 'tests/conformance/cases';

describe('cli arguments', () => {
  it('parses flags and files', () => {
    expect(parseArgs(['run', '--model', 'promisio', '--json', '--prelude', 'p.js', 'a.py', 'b.py'])).toEqual({
      command: 'run',
      model: 'promisio',
      json: true,
      events: false,
      prelude: 'p.js',
      jsMode: 'auto',
      files: ['a.py', 'b.py'],
    });
    expect(parseArgs(['run', '--js-mode', 'commonjs', 'a.js']).jsMode).toBe('commonjs');
    expect(() => parseArgs(['run', '--js-mode', 'esm', 'a.js'])).toThrow(/--js-mode takes one of auto, commonjs, module/);
    expect(() => parseArgs(['run', '--model', 'ruby', 'a.py'])).toThrow(/--model takes one of/);
    expect(() => parseArgs(['go', 'a.py'])).toThrow(/usage/);
    expect(parseArgs(['trace', '--model', 'python-eager', 'a.py'])).toMatchObject({
      command: 'trace',
      model: 'python-eager',
      files: ['a.py'],
    });
    expect(() => parseArgs(['trace', 'a.py', 'b.py'])).toThrow(/usage/);
    expect(() => parseArgs(['trace', '--json', 'a.py'])).toThrow(/unknown option --json/);
    expect(langOf('x.py')).toBe('py');
    expect(langOf('x.js')).toBe('js');
    expect(() => langOf('x.rb')).toThrow(/\.py or \.js/);
  });
});

describe('cli runs', () => {
  it('prints one JSON line per file in the conformance shape', () => {
    const r = cli('run', '--json', '--model', 'python', `${CASES}/comment_thread_puzzle.py`, `${CASES}/forgotten_await.py`);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual({
      file: `${CASES}/comment_thread_puzzle.py`,
      model: 'python',
      stdout: ['1', '3', '2', '4', '5'],
      error: null,
      warnings: [],
    });
    expect(lines[1].warnings).toEqual(["RuntimeWarning: coroutine 'save' was never awaited"]);
  });

  it('runs a Python file under js and with a prelude, as the runtime would print it', () => {
    const r = cli('run', '--model', 'js', `${CASES}/comment_thread_puzzle.py`);
    expect(r.stdout).toBe('1\n2\n3\n4\n5\n');
    const twin = cli('run', '--prelude', 'tests/conformance/shims/asyncio.js', `${CASES}/comment_thread_puzzle.as.js`);
    expect(twin.stdout).toBe('1\n2\n3\n4\n5\n');
  });

  it('reports an uncaught error on stderr with exit status 1', () => {
    const r = cli('run', `${CASES}/unhandled_rejection.js`);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n').pop()).toBe('Error: b failed');
  });

  it('writes what the program wrote to stderr on stderr, among stdout as Node does (both streams into one file)', () => {
    const file = 'tests/cases/js/stderr_console_error_interleaved.js';
    const dir = mkdtempSync(join(tmpdir(), 'async-lanes-cli-'));
    try {
      const out = join(dir, 'out.txt');
      const fd = openSync(out, 'w');
      spawnSync(TSX, ['src/cli/main.ts', 'run', '--js-mode', 'commonjs', file], { stdio: ['ignore', fd, fd] });
      closeSync(fd);
      const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
      expect(comparableStderr(lines)).toEqual(comparableStderr(runInNodeCombined(readFileSync(file, 'utf8'), 'commonjs')));
      expect(cli('run', file).stderr).toContain('caught: bad input\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('trace prints the lane trace of the recorded events, one `name#k event` line each', () => {
    const file = `${CASES}/comment_thread_puzzle.py`;
    const r = cli('trace', '--model', 'python-eager', file);
    expect(r.status).toBe(0);
    const events = runProgram(readFileSync(file, 'utf8'), { lang: 'py', model: 'python-eager' }).events;
    const expected = laneTrace(events).map(formatTraceEntry);
    expect(expected.length).toBeGreaterThan(4);
    expect(r.stdout).toBe(expected.join('\n') + '\n');
  });

  it('narrate prints one caption per narrated event, then the hints', () => {
    const file = `${CASES}/comment_thread_puzzle.py`;
    const r = cli('narrate', '--model', 'python-eager', file);
    expect(r.status).toBe(0);
    const events = runProgram(readFileSync(file, 'utf8'), { lang: 'py', model: 'python-eager' }).events;
    const expected = narrate(events, 'python-eager').map(formatNarrationLine);
    expect(expected.join('\n')).toMatch(/eager task factory/);
    expect(r.stdout).toBe(expected.join('\n') + '\n');
    expect(() => parseArgs(['narrate', 'a.py', 'b.py'])).toThrow(/usage/);
  });

  it('runs a JS file as node file.js does unless told otherwise (--js-mode)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-js-mode-'));
    const file = join(dir, 'order.js');
    writeFileSync(file, 'Promise.resolve().then(() => console.log("promise"));\nprocess.nextTick(() => console.log("tick"));\n');
    try {
      expect(cli('run', file).stdout).toBe('tick\npromise\n');
      expect(cli('run', '--js-mode', 'module', file).stdout).toBe('promise\ntick\n');
      const json = JSON.parse(cli('run', '--json', file).stdout);
      expect([json.mode, json.mode_reason]).toEqual([
        'commonjs',
        'no top-level await, import or export: runs as `node file.js` does (CommonJS)',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('streams events as JSON lines', () => {
    const r = cli('run', '--events', `${CASES}/timers_vs_microtasks.js`);
    const events = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(events[events.length - 1].type).toBe('end');
    expect(events.filter((e) => e.type === 'print').length).toBeGreaterThan(0);
  });
});
