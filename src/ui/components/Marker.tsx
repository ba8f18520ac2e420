/** How a marker is described: its tooltip on the lanes and the live region's text when focused. */
import type { MarkerData } from '../state/types';

export function markerTitle(mk: MarkerData, nameOf: (id: number | undefined) => string | undefined): string {
  const at = `event ${mk.seq}, t=${mk.time} ms${mk.loc ? `, line ${mk.loc.line}` : ''}`;
  switch (mk.kind) {
    case 'awaited':
      return `awaited ${mk.text ?? ''}${nameOf(mk.on) ? ` → waits on ${nameOf(mk.on)}` : ''} (${at})`;
    case 'resumed':
      return `resumed${nameOf(mk.by) ? `, woken by ${nameOf(mk.by)}` : ''} (${at})`;
    case 'resolved':
      return `resolved ${mk.text ?? ''} (${at})`;
    case 'rejected':
      return `rejected: ${mk.text ?? ''} (${at})`;
    case 'warning':
      return `${mk.text ?? 'warning'} (${at})`;
    default:
      return `${mk.kind} (${at})`;
  }
}
