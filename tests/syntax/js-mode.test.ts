/**
 * `auto` mode (src/engine/syntax/js/mode.ts): module-only syntax makes an ES module, anything
 * else runs as `node file.js` runs it. The last test checks against real Node that the two
 * modes the oracle offers really are Node's two ways of running a file.
 */
import { describe, it, expect } from 'vitest';
import { detectJsMode, resolveJsMode } from '../../src/engine/syntax/index';
import { runInNode } from '../oracle/node-oracle';

describe('detectJsMode', () => {
  it.each([
    ['console.log(1);', 'commonjs'],
    ['async function f() { await 1; }\nf();', 'commonjs'],
    ['const g = async () => { for await (const x of []) {} };', 'commonjs'],
    ['await null;', 'module'],
    ['if (true) { const x = await Promise.resolve(1); }', 'module'],
    ['for await (const x of [1]) console.log(x);', 'module'],
    ["import { setTimeout } from 'node:timers/promises';", 'module'],
    ['export const x = 1;', 'module'],
    ['console.log(typeof import.meta);', 'module'],
    ['class A { static async m() { await 1; } }', 'commonjs'],
    ["const m = import('node:fs');", 'commonjs'],
    ['with (Math) console.log(PI);', 'commonjs'],
  ])('%s → %s', (source, mode) => {
    expect(detectJsMode(source).mode).toBe(mode);
  });

  it('says why, with a position', () => {
    expect(detectJsMode('console.log(1);\n  await 0;').reason).toMatch(/^top-level await at 2:2/);
    expect(detectJsMode('export default 1;').reason).toMatch(/^export declaration at 1:0/);
    expect(resolveJsMode('await 0;', 'commonjs')).toEqual({ mode: 'commonjs', reason: 'chosen (`node file.js`)' });
  });
});

describe('the Node oracle runs both ways', () => {
  it('CommonJS drains nextTicks first after the main script; an ES module drains promise jobs first', () => {
    const src = 'Promise.resolve().then(() => console.log("promise"));\nprocess.nextTick(() => console.log("tick"));';
    expect(runInNode(src, undefined, 20_000, 'commonjs').stdout).toEqual(['tick', 'promise']);
    expect(runInNode(src).stdout).toEqual(['promise', 'tick']);
    expect(runInNode('console.log(this === module.exports, typeof require);', undefined, 20_000, 'commonjs').stdout).toEqual([
      'true function',
    ]);
  });
});
