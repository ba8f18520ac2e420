import { describe, it, expect } from 'vitest';
import { foldEvents } from '../../src/ui/state/fold';
import { runProgram } from '../../src/engine/engine';

describe('positions inside a shim prelude', () => {
  it('never become the highlighted line of the snippet', () => {
    // A Python snippet under js prints through shims/asyncio.js: its print events sit in the shim.
    const src = 'import asyncio\nasync def f():\n    print("f")\n    await asyncio.sleep(0.1)\nasyncio.run(f())\n';
    const r = runProgram(src, { lang: 'py', model: 'js' });
    const printInShim = r.events.find((e) => e.type === 'print');
    expect(printInShim?.loc?.file).toBe('shims/asyncio.js');
    const upto = r.events.indexOf(printInShim!) + 1;
    const s = foldEvents(r.events, undefined, upto);
    expect(s.line?.line).not.toBe(printInShim!.loc!.line);
    expect(s.line?.file).toBeUndefined();
  });
});
