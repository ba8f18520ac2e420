/**
 * The replacement text's `$` patterns made by the engine (src/engine/runtime/js/builtins/
 * substitution.ts, used when a replace could pass the string cap) against the host's own
 * GetSubstitution: the same pattern, string and text, replaced both ways, must agree.
 */
import { describe, expect, it } from 'vitest';
import { talliedSubstitution } from '../../../src/engine/runtime/js/builtins/substitution';
import { rng } from '../../fuzz/mutate';

const never = (): never => {
  throw new Error('the cap was not expected here');
};

const PATTERNS = [/b/g, /b/, /(a)(b)?/g, /(?<x>a)|(?<y>c)/g, /((((((((((a))))))))))(b)/g, /x*/g, /$/g, /(?:)/g, 'b', 'ab', ''];
const PIECES = [
  '$',
  '$$',
  '$&',
  '$`',
  "$'",
  '$0',
  '$00',
  '$1',
  '$01',
  '$2',
  '$10',
  '$11',
  '$12',
  '$99',
  '$<x>',
  '$<y>',
  '$<z>',
  '$<',
  '>',
  'a',
  '-',
  '9',
];

describe('GetSubstitution', () => {
  it('matches the host for every piece alone and 3,000 random texts', () => {
    const next = rng(1234);
    const texts = [...PIECES];
    for (let k = 0; k < 3000; k++) {
      let t = '';
      const n = 1 + Math.floor(next() * 6);
      for (let j = 0; j < n; j++) t += PIECES[Math.floor(next() * PIECES.length)];
      texts.push(t);
    }
    for (const s of ['abcab', 'aXbcbab', '', 'ccc']) {
      for (const pattern of PATTERNS) {
        for (const text of texts) {
          const fresh = () => (typeof pattern === 'string' ? pattern : new RegExp(pattern.source, pattern.flags));
          const host = s.replace(fresh() as RegExp, text);
          const ours = s.replace(fresh() as RegExp, talliedSubstitution(s, text, never) as (m: string) => string);
          expect({ s, pattern: String(pattern), text, ours }).toEqual({ s, pattern: String(pattern), text, ours: host });
        }
      }
    }
  });
});
