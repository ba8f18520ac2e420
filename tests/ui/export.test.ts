/**
 * The exports (src/ui/export): the recording JSON validates against its documented version and
 * its validator refuses what is not one; the SVG escapes every string a snippet supplies.
 * (Their validity in a real browser — the SVG parsed as XML, the PNG decoded — is
 * tests/e2e/export.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/engine/engine';
import type { ModelName } from '../../src/engine/api';
import { buildRecording, checkRecording, RECORDING_VERSION, timelineSvg, xmlText } from '../../src/ui/export';
import { indexOf } from '../../src/ui/timeline/runIndex';
import { buildRows } from '../../src/ui/timeline/rows';
import { foldEvents } from '../../src/ui/state';

const HOSTILE = [
  'import asyncio',
  '',
  'async def evil():',
  '    print("</text><script>alert(1)</script>")',
  '    await asyncio.sleep(0.01)',
  '    raise ValueError("<img src=x onerror=alert(2)> & \'quotes\' \\x01")',
  '',
  'async def main():',
  '    print("\\x00 \\x1b[31m \\ud800 ok")',
  '    await evil()',
  '',
  'asyncio.run(main())',
  '',
].join('\n');

function recorded(source: string, model: ModelName) {
  const r = runProgram(source, { lang: 'py', model, recordEvents: true });
  return { model, result: r, events: r.events };
}

describe('recording JSON', () => {
  const runs = (['js', 'python'] as const).map((m) => recorded(HOSTILE, m));
  const doc = buildRecording({ lang: 'py', source: HOSTILE, link: '#v=2&lang=py&code=x', runs, now: new Date(0) });

  it('is a valid recording of the documented version, surviving a JSON round trip', () => {
    const parsed: unknown = JSON.parse(JSON.stringify(doc));
    expect(checkRecording(parsed)).toEqual([]);
    expect(doc.version).toBe(RECORDING_VERSION);
    expect(doc.runs.map((r) => r.model)).toEqual(['js', 'python']);
    expect(doc.runs[1]!.events.length).toBeGreaterThan(10);
    expect(doc.runs[1]!.result?.error).toMatch(/^ValueError: <img/);
    expect(doc.runs[1]!.events.at(-1)?.type).toBe('end');
  });

  it('refuses what is not one', () => {
    const copy = () => JSON.parse(JSON.stringify(doc)) as Record<string, unknown> & { runs: { events: Record<string, unknown>[] }[] };
    expect(checkRecording(null)).toEqual(['not a JSON object']);
    const newer = copy();
    newer.version = 2;
    expect(checkRecording(newer)).toEqual(['version is 2, not 1']);
    const gap = copy();
    gap.runs[0]!.events.splice(3, 1);
    expect(checkRecording(gap)[0]).toMatch(/^runs\[0\]\.events\[3\]: seq is 4, not 3$/);
    const unknown = copy();
    unknown.runs[1]!.events[0]!.type = 'teleport';
    expect(checkRecording(unknown)).toContain('runs[1].events[0]: unknown type "teleport"');
    const missing = copy();
    const printed = missing.runs[1]!.events.find((e) => e.type === 'print')!;
    delete printed.text;
    expect(checkRecording(missing)).toEqual([`runs[1].events[${printed.seq}]: print needs text (string)`]);
    const model = copy();
    (model.runs[0] as Record<string, unknown>).model = 'ruby';
    expect(checkRecording(model)).toEqual(['runs[0]: model is not a model name']);
  });
});

describe('timeline SVG', () => {
  const runs = (['js', 'python'] as const).map((m) => recorded(HOSTILE, m));
  const panels = runs.map((r) => {
    const state = foldEvents(r.events);
    return { model: r.model, title: r.model, state, events: r.events, xOf: (seq: number) => seq / state.count };
  });
  const { svg, width, height } = timelineSvg({ heading: '<b>heading</b>', panels, allKinds: false, cursor: 0.5 });

  it('marks stderr lines and keeps the spaces of every output line', () => {
    const r = recorded('import logging, sys\nprint(f"{1:>4}|")\nprint("to  stderr", file=sys.stderr)\n', 'python');
    const state = foldEvents(r.events);
    const out = timelineSvg({
      heading: 'h',
      panels: [{ model: r.model, title: r.model, state, events: r.events, xOf: (seq: number) => seq / state.count }],
      allKinds: false,
    }).svg;
    const lines = [...out.matchAll(/<text class="([^"]*)" data-role="output-line" xml:space="preserve"[^>]*>([^<]*)<\/text>/g)];
    expect(lines.map((m) => [m[1], m[2]])).toEqual([
      ['output', '   1|'],
      ['output stderr', 'to  stderr'],
    ]);
  });

  it('escapes every string the snippet supplies', () => {
    expect(svg).not.toMatch(/<script|<img|<b>/i);
    expect(svg).toContain('&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('ValueError: &lt;img src=x onerror=alert(2)&gt; &amp; &#39;quotes&#39;');
    expect(svg).toContain('&lt;b&gt;heading&lt;/b&gt;');
    // Only the tags this module writes.
    const tags = new Set([...svg.matchAll(/<([a-zA-Z?][\w:-]*)/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(['?xml', 'g', 'line', 'rect', 'style', 'svg', 'text', 'title']);
    // No event attribute in any tag (in text, an escaped `onerror=` is only text).
    expect(svg).not.toMatch(/<[^>]*\son[a-z]+=/i);
  });

  it('writes no character XML forbids', () => {
    expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(svg).toContain('\uFFFD \uFFFD[31m \uFFFD ok');
    expect(xmlText('a\u0000b\uD800c\uD83D\uDE00')).toBe('a\uFFFDb\uFFFDc\uD83D\uDE00');
  });

  it('draws one lane group per lane shown, with its segments and markers', () => {
    // The panels' rows: futures and timers hidden, a Task on its coroutine's row.
    const shown = panels.reduce(
      (n, p) =>
        n +
        buildRows(p.state.lanes, indexOf(p.events), { showAllKinds: false, expanded: new Set() }).filter((r) => r.type === 'lane').length,
      0,
    );
    expect(shown).toBeLessThan(
      panels.reduce((n, p) => n + p.state.lanes.filter((l) => l.kind !== 'promise' && l.kind !== 'timer').length, 0),
    );
    expect(svg.match(/data-role="lane"/g)?.length).toBe(shown);
    expect(svg.match(/class="seg"/g)?.length).toBeGreaterThanOrEqual(shown);
    expect(svg).toContain('data-event="rejected"');
    expect(svg).toContain('data-function="evil"');
    expect(width).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(100);
  });
});
