/**
 * The timeline as a standalone SVG document (issue 8: export the timeline as SVG and PNG):
 * one block per model — its name, one row per lane with the lane's segments coloured by
 * state and its markers — then the model's output. It is drawn from the folded state (the
 * same lanes, segments and markers the panels show) on the aligned x-scale of the screen,
 * so the picture is the recording, not a screenshot.
 *
 * Every string that comes from the snippet or its run is escaped (xml.ts); the document has
 * no script, no event attribute, no external reference.
 */
import type { EngineEvent, ModelName } from '../../engine/api';
import type { Lane, LaneState, ListLike, MarkerKind, ModelState } from '../state/types';
import { indexOf } from '../timeline/runIndex';
import { clipText } from '../clipText';
import { buildRows } from '../timeline/rows';
import { xmlText } from './xml';
import { outputLines } from '../state/outputLines';

export interface SvgPanel {
  model: ModelName;
  /** The model's long title (e.g. "Python asyncio"). */
  title: string;
  state: ModelState;
  /** The recording `state` folds: the rows are the panel's (src/ui/timeline/rows.ts). */
  events: ListLike<EngineEvent>;
  /** Aligned x (0..1) of one of this model's events. */
  xOf(seq: number): number;
}

export interface TimelineSvgInput {
  /** A heading: the example's title or the snippet's first line. */
  heading: string;
  panels: SvgPanel[];
  /** Lanes of futures, promises and timers too ("futures & timers"). */
  allKinds: boolean;
  /** The playback cursor (0..1), drawn as a vertical line; omitted: none. */
  cursor?: number;
}

const WIDTH = 1000;
const LABEL = 190;
const PAD = 12;
const ROW = 22;
const TRACK = WIDTH - LABEL - 2 * PAD;
const LINE = 16;

const FILL: Record<LaneState, string> = {
  created: '#cbd5e1',
  running: '#2563eb',
  suspended: '#f59e0b',
  done: '#94a3b8',
  failed: '#dc2626',
  cancelled: '#6b7280',
};
const GLYPH: Record<MarkerKind, string> = {
  started: '▶',
  awaited: '‖',
  resumed: '↻',
  resolved: '✓',
  rejected: '✕',
  cancelled: '⊘',
  warning: '⚠',
};
const SETTLED: ReadonlySet<LaneState> = new Set(['done', 'failed', 'cancelled']);

const px = (n: number) => Math.round(n * 10) / 10;

function laneRows(lane: Lane, name: string, top: number, end: number, xOf: (seq: number) => number): string[] {
  const out: string[] = [];
  const mid = top + ROW / 2;
  const label = `${name}${lane.loc ? ` :${lane.loc.line}` : ''}`;
  out.push(
    `<text class="label" x="${PAD}" y="${px(mid + 4)}" data-kind="${xmlText(lane.kind)}">${xmlText(label.length > 28 ? `${label.slice(0, 27)}…` : label)}<title>${xmlText(`${label} (${lane.kind})`)}</title></text>`,
  );
  lane.segments.forEach((seg, i) => {
    const from = xOf(seg.from);
    const to = i + 1 < lane.segments.length ? xOf(lane.segments.at(i + 1)!.from) : end;
    const x = LABEL + PAD + from * TRACK;
    const w = Math.max(1, (to - from) * TRACK);
    const h = SETTLED.has(seg.state) ? 2 : seg.state === 'created' ? 6 : 12;
    out.push(
      `<rect class="seg" data-state="${seg.state}" x="${px(x)}" y="${px(mid - h / 2)}" width="${px(w)}" height="${h}" fill="${FILL[seg.state]}"/>`,
    );
  });
  for (const mk of lane.markers) {
    const x = LABEL + PAD + xOf(mk.seq) * TRACK;
    const what = mk.text ? `: ${clipText(mk.text)}` : '';
    out.push(
      `<text class="marker" data-event="${mk.kind}" x="${px(x)}" y="${px(mid + 5)}" text-anchor="middle">${GLYPH[mk.kind]}<title>${xmlText(`${mk.kind}${what} (t=${mk.time} ms)`)}</title></text>`,
    );
  }
  return out;
}

/** The SVG document (UTF-8 text) and its size in px. */
export function timelineSvg(input: TimelineSvgInput): { svg: string; width: number; height: number } {
  const body: string[] = [];
  let y = PAD;
  body.push(`<text class="heading" x="${PAD}" y="${y + 14}">${xmlText(input.heading)}</text>`);
  y += 28;
  for (const p of input.panels) {
    // The panel's rows: a Task on its coroutine's row ("f · Task-2"), similar lanes as one group.
    const rows = buildRows(p.state.lanes, indexOf(p.events), { showAllKinds: input.allKinds, expanded: new Set() });
    const top = y;
    body.push(`<g class="panel" data-model="${p.model}">`);
    body.push(`<text class="model" x="${PAD}" y="${y + 14}">${xmlText(`${p.model} — ${p.title}`)}</text>`);
    y += 24;
    const end = p.state.count === 0 ? 0 : p.xOf(p.state.count - 1);
    for (const row of rows) {
      const lane = p.state.lanes.at(row.type === 'lane' ? row.lane : row.members[0]!.lane)!;
      const role = row.type === 'lane' ? 'lane' : 'lane-group';
      body.push(`<g class="lane" data-role="${role}" data-function="${xmlText(lane.name)}" data-state="${lane.state}">`);
      body.push(...laneRows(lane, row.label, y, end, p.xOf));
      body.push('</g>');
      y += ROW;
    }
    if (input.cursor !== undefined) {
      const x = px(LABEL + PAD + input.cursor * TRACK);
      body.push(`<line class="cursor" x1="${x}" x2="${x}" y1="${top + 24}" y2="${y}" stroke="#0f172a" stroke-dasharray="3 3"/>`);
    }
    y += 6;
    for (const line of outputLines(p.state.output)) {
      y += LINE;
      const cls = line.stderr ? 'output stderr' : 'output';
      // xml:space="preserve": the line's spaces as printed (columns, indentation).
      body.push(
        `<text class="${cls}" data-role="output-line" xml:space="preserve" x="${LABEL + PAD}" y="${y}">${xmlText(clipText(line.text))}</text>`,
      );
    }
    if (p.state.error) {
      y += LINE;
      body.push(`<text class="error" x="${LABEL + PAD}" y="${y}">${xmlText(clipText(p.state.error.text))}</text>`);
    }
    body.push('</g>');
    y += 20;
  }
  const height = Math.ceil(y);
  const style = [
    'text { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; fill: #0f172a; }',
    '.heading { font-size: 15px; font-weight: 600; }',
    '.model { font-size: 13px; font-weight: 600; }',
    '.marker { font-size: 12px; }',
    '.output { fill: #334155; }',
    '.output.stderr { fill: #b91c1c; }',
    '.error { fill: #b91c1c; }',
  ].join(' ');
  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">`,
    `<title>${xmlText(`Async Lanes — ${input.heading}`)}</title>`,
    `<style>${style}</style>`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
  return { svg, width: WIDTH, height };
}
