/**
 * What the export buttons do: build the document from the recording on screen and save it.
 * File names say what the file is: `async-lanes-<example or "snippet">.<svg|png|json>`.
 */
import type { ModelName } from '../../engine/api';
import type { ModelRun } from '../useRunSession';
import { buildRecording } from './recording';
import { timelineSvg } from './timelineSvg';
import { saveFile, svgToPng } from './download';
import type { Snippet } from '../url';

export interface ExportContext {
  snippet: Snippet;
  /** The link fragment that reopens what is on screen. */
  link: string;
  /** The example's id, when the snippet is one (names the file). */
  exampleId: string | null;
  heading: string;
  runs: { run: ModelRun; xOf(seq: number): number }[];
  titles: Record<ModelName, string>;
  allKinds: boolean;
  cursor: number;
}

export async function exportRun(kind: 'svg' | 'png' | 'json', ctx: ExportContext): Promise<void> {
  const base = `async-lanes-${ctx.exampleId ?? 'snippet'}`;
  if (kind === 'json') {
    const doc = buildRecording({
      lang: ctx.snippet.lang,
      source: ctx.snippet.source,
      jsMode: ctx.snippet.jsMode,
      link: ctx.link,
      runs: ctx.runs.map(({ run }) => ({ model: run.model, result: run.result, events: run.history.events })),
    });
    saveFile(new Blob([JSON.stringify(doc)], { type: 'application/json' }), `${base}.json`);
    return;
  }
  const { svg, width, height } = timelineSvg({
    heading: ctx.heading,
    panels: ctx.runs.map(({ run, xOf }) => ({
      model: run.model,
      title: ctx.titles[run.model],
      state: run.history.final,
      events: run.history.events,
      xOf,
    })),
    allKinds: ctx.allKinds,
    cursor: ctx.cursor,
  });
  if (kind === 'svg') saveFile(new Blob([svg], { type: 'image/svg+xml' }), `${base}.svg`);
  else saveFile(await svgToPng(svg, width, height), `${base}.png`);
}
