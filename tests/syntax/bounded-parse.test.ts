/**
 * The bound on Lezer's error recovery (src/engine/syntax/python/bounded-parse.ts): once the
 * recovery deadline has passed, a valid program still gets its tree — also one that only
 * Lezer's recovery accepts (a bare `yield`) — and only a text still being repaired at the
 * hard limit is reported at the strict parse's first bad token.
 */
import { describe, expect, it } from 'vitest';
import { boundedParse } from '../../src/engine/syntax/python/bounded-parse';
import { parsePython } from '../../src/engine/syntax/python';

const bareYield = 'def gen():\n    yield\n    x = yield\n\nfor v in gen():\n    print(v)\n';

describe('bounded parse recovery', () => {
  it('gives a valid program its tree when the deadline has already passed', () => {
    const tree = boundedParse('x = 1\nprint(x)\n', performance.now() - 1);
    expect(tree.topNode.name).toBe('Script');
  });

  it('keeps repairing a valid program the strict parser rejects (bare yield)', () => {
    const tree = boundedParse(bareYield, performance.now() - 1);
    expect(tree.topNode.name).toBe('Script');
    expect(() => parsePython(bareYield)).not.toThrow();
  });

  it('reports the first bad token of a hopeless text after the hard limit', () => {
    expect(() => boundedParse('x = (1,\n', -1e9)).toThrow(/^invalid syntax \(\d+:\d+\)$/);
  });
});
