import { describe, expect, it } from 'vitest';
import { SHOWN_CHARS, clipText } from '../../src/ui/clipText';

describe('clipText', () => {
  it('leaves a text of up to SHOWN_CHARS characters alone', () => {
    expect(clipText('abc')).toBe('abc');
    const full = 'x'.repeat(SHOWN_CHARS);
    expect(clipText(full)).toBe(full);
  });

  it('shows the first SHOWN_CHARS characters and counts the rest', () => {
    expect(clipText('x'.repeat(SHOWN_CHARS + 1234567))).toBe(`${'x'.repeat(SHOWN_CHARS)}… (1,234,567 more characters)`);
    expect(clipText('abcdef', 4)).toBe('abcd… (2 more characters)');
  });

  it('never cuts a surrogate pair in two', () => {
    expect(clipText('ab😀cd', 3)).toBe('ab… (4 more characters)');
    expect(clipText('ab😀cd', 4)).toBe('ab😀… (2 more characters)');
  });
});
