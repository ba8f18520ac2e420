/**
 * Geometry checks for the layout tests (issue 8), run inside the page: what a reader would see
 * cut off or pushed out of its place, measured on the laid-out elements rather than on pixels.
 */
import type { Page } from 'playwright-core';

export interface LayoutReport {
  innerWidth: number;
  /** The page's scrollable width: more than innerWidth means the page scrolls sideways. */
  scrollWidth: number;
  /** Elements whose text is cut (clipped or ellipsised) with no title / aria-label holding it. */
  truncated: string[];
  /** Controls that stick out of their bar, or out of the viewport. */
  outside: string[];
  /** Width of each model panel, in document order. */
  panelWidths: number[];
  /** Font size (px) of each model panel's title. */
  titleFontPx: number[];
  /** Height of each panel's timeline box (what the header, queues and output leave the lanes). */
  timelineHeights: number[];
  /** How many rows the toolbar's controls are laid out in. */
  toolbarRows: number;
}

export async function layoutReport(page: Page): Promise<LayoutReport> {
  return page.evaluate(() => {
    const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
    const describe = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${norm(el.textContent).slice(0, 40)}"`;
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };

    const truncated: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      // Monaco scrolls its own text; the timeline (canvas and lane labels) is checked by the
      // lanes tests; visually hidden text is meant for screen readers only.
      if (el.closest('.monaco-editor, .timeline-slot, .visually-hidden')) continue;
      const text = norm(el.textContent);
      if (!text || !shown(el)) continue;
      const cs = getComputedStyle(el);
      // A scroll container (overflow auto/scroll) lets the reader reach what does not fit.
      const clips = cs.overflowX === 'hidden' || cs.overflowX === 'clip' || cs.textOverflow === 'ellipsis';
      if (!clips || el.scrollWidth <= el.clientWidth + 1) continue;
      const full = norm(el.getAttribute('title')) + ' ' + norm(el.getAttribute('aria-label'));
      if (!full.includes(text)) truncated.push(`${describe(el)} ${el.scrollWidth}>${el.clientWidth}`);
    }

    const outside: string[] = [];
    const controls = 'button, select, input, label, fieldset, [role="button"]';
    for (const bar of document.querySelectorAll('.toolbar, .player, .playback, .panel-switcher')) {
      const b = bar.getBoundingClientRect();
      for (const c of bar.querySelectorAll(controls)) {
        if (!shown(c) || c.closest('.visually-hidden')) continue;
        const r = c.getBoundingClientRect();
        if (r.left < b.left - 1 || r.right > b.right + 1 || r.top < b.top - 1 || r.bottom > b.bottom + 1)
          outside.push(`${describe(c)} outside its bar`);
      }
    }
    for (const c of document.querySelectorAll(controls)) {
      if (!shown(c) || c.closest('.monaco-editor, .visually-hidden')) continue;
      const r = c.getBoundingClientRect();
      if (r.left < -1 || r.right > innerWidth + 1) outside.push(`${describe(c)} outside the viewport (${r.left}..${r.right})`);
    }

    /** Rows of boxes laid out left to right: a box starts a new row when it is wholly below the last one. */
    const rowsOf = (els: Element[]) => {
      let rows = 0;
      let bottom = -Infinity;
      for (const r of els.map((e) => e.getBoundingClientRect()).sort((a, b) => a.top - b.top)) {
        if (r.top >= bottom - 1) rows++;
        bottom = Math.max(bottom, r.bottom);
      }
      return rows;
    };
    const panels = [...document.querySelectorAll('[data-model]')];
    return {
      innerWidth,
      scrollWidth: document.scrollingElement!.scrollWidth,
      truncated,
      outside,
      panelWidths: panels.map((p) => Math.round(p.getBoundingClientRect().width)),
      timelineHeights: panels.map((p) => Math.round(p.querySelector('.timeline-slot')!.getBoundingClientRect().height)),
      titleFontPx: panels.map((p) => parseFloat(getComputedStyle(p.querySelector('h2')!).fontSize)),
      toolbarRows: rowsOf([...document.querySelector('.toolbar')!.children]),
    };
  });
}

/**
 * How many columns of text the Monaco editor shows: the width of its text area (less the
 * vertical scrollbar) over the width of one monospace character, measured on a rendered line.
 */
export async function editorColumns(page: Page): Promise<number> {
  await page.waitForSelector('.monaco-editor .view-line span span', { timeout: 15_000 });
  return page.evaluate(() => {
    const spans = [...document.querySelectorAll<HTMLElement>('.monaco-editor .view-line span span')].filter(
      (s) => (s.textContent ?? '').length >= 4,
    );
    const charWidth = Math.min(...spans.map((s) => s.getBoundingClientRect().width / s.textContent!.length));
    const area = document.querySelector('.monaco-editor .editor-scrollable')!.getBoundingClientRect();
    const bar = document.querySelector('.monaco-editor .editor-scrollable > .scrollbar.vertical')?.getBoundingClientRect();
    return Math.floor((area.width - (bar?.width ?? 0)) / charWidth);
  });
}
