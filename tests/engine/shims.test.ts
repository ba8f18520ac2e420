import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { SHIM_ASYNCIO_JS, SHIM_JS_PY } from '../../src/engine/shims';

describe('bundled shims', () => {
  it('are byte-identical to the oracle preludes', () => {
    expect(SHIM_ASYNCIO_JS).toBe(readFileSync('tests/conformance/shims/asyncio.js', 'utf8'));
    expect(SHIM_JS_PY).toBe(readFileSync('tests/conformance/shims/js.py', 'utf8'));
  });
});
