/**
 * The executing lines' rule (src/ui/components/execLines.ts): which attribute each line gets
 * from the models' lines, the glyph's hover text, and the stylesheet that colours a line only
 * when its attribute names a model (issue 10: a playback step sets attributes, not Monaco's
 * decorations).
 */
import { describe, expect, it } from 'vitest';
import { execAttributes, execHover, execRules, modelsByLine } from '../../src/ui/components/execLines';

describe('executing lines', () => {
  it('gives a line the first model executing it, and `many` when there are several', () => {
    const attrs = execAttributes(
      [
        { model: 'python', line: 3 },
        { model: 'js', line: 5 },
        { model: 'python-eager', line: 3 },
      ],
      10,
    );
    expect([...attrs]).toEqual([
      [3, 'python many'],
      [5, 'js'],
    ]);
  });

  it('clamps a line past the text to its last line, as Monaco clamps a decoration’s range', () => {
    expect([...modelsByLine([{ model: 'js', line: 12 }], 4)]).toEqual([[4, ['js']]]);
    expect([...execAttributes([], 4)]).toEqual([]);
  });

  it('says which models execute the hovered line, and nothing on another line', () => {
    const lines = [
      { model: 'js' as const, line: 2 },
      { model: 'promisio' as const, line: 2 },
    ];
    expect(execHover(lines, 5, 2)).toBe('executing under js, promisio');
    expect(execHover(lines, 5, 3)).toBeUndefined();
  });

  it('colours a line’s band and glyph only under its own attribute, the many glyph last', () => {
    const css = execRules(4, 5);
    expect(css).toContain('.monaco-host[data-exec-4~="python"] .exec-L4{background:var(--exec-band-python)}');
    expect(css).toContain('.monaco-host[data-exec-5~="promisio"] .exec-G5{background:var(--promisio)}');
    expect(css).not.toContain('exec-L3');
    expect(css).not.toContain('exec-L6');
    // `~=` matches whole words: python does not colour a line python-eager executes.
    const rules = css.split('\n');
    const many = rules.indexOf('.monaco-host[data-exec-4~="many"] .exec-G4{background:var(--exec-glyph-many)}');
    const js = rules.indexOf('.monaco-host[data-exec-4~="js"] .exec-G4{background:var(--js)}');
    expect(many).toBeGreaterThan(js);
    expect(rules.filter((r) => r.includes('exec-L4')).length).toBe(4);
  });
});
