/**
 * Reading the lanes in a browser test: a lane's track is drawn on a canvas, and the draw call
 * leaves what it drew on the lane's element (`data-segments`, `data-markers`, in px from the
 * track's left edge, which is the label column's right edge). Markers closer than a marker's
 * width are drawn as one mark (`count` > 1, `kinds` lists what it stands for).
 */
import type { Locator } from 'playwright-core';

export interface DrawnMarker {
  kind: string;
  seq: number;
  x: number;
  count: number;
  kinds: string[];
}

export interface DrawnSegment {
  state: string;
  x0: number;
  x1: number;
  end?: boolean;
}

export async function drawnMarkers(lane: Locator): Promise<DrawnMarker[]> {
  return JSON.parse((await lane.getAttribute('data-markers')) ?? '[]') as DrawnMarker[];
}

export async function drawnSegments(lane: Locator): Promise<DrawnSegment[]> {
  return JSON.parse((await lane.getAttribute('data-segments')) ?? '[]') as DrawnSegment[];
}

/** Every marker kind drawn on the lane, folded marks included. */
export async function drawnKinds(lane: Locator): Promise<string[]> {
  return (await drawnMarkers(lane)).flatMap((m) => m.kinds);
}

/**
 * Click the first marker of `kind` on `lane`, where the canvas drew it. A click on a folded
 * mark zooms into it, so click until the marker stands alone (then the click selects it).
 */
export async function clickMarker(lane: Locator, kind: string): Promise<DrawnMarker> {
  for (let i = 0; i < 12; i++) {
    const mark = (await drawnMarkers(lane)).find((m) => m.kinds.includes(kind));
    if (!mark) throw new Error(`no ${kind} marker drawn on the lane`);
    const row = (await lane.boundingBox())!;
    const label = (await lane.locator('.tl-label').boundingBox())!;
    await lane.page().mouse.click(label.x + label.width + mark.x, row.y + row.height / 2);
    if (mark.count === 1) return mark;
  }
  throw new Error(`the ${kind} marker never stood alone`);
}
