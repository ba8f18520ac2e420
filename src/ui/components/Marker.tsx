/** One marker on a lane: started, awaited, resumed, resolved, rejected, cancelled or warning. */
import { m } from 'motion/react';
import type { MarkerData } from '../state/types';
import { useAnimateEntries } from './motionContext';

const GLYPH: Record<MarkerData['kind'], string> = {
  started: '▶',
  awaited: '‖',
  resumed: '↻',
  resolved: '✓',
  rejected: '✕',
  cancelled: '⊘',
  warning: '⚠',
};

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

export interface MarkerProps {
  marker: MarkerData;
  /** Left offset in the track, px. */
  px: number;
  selected: boolean;
  title: string;
  onSelect(marker: MarkerData): void;
}

export function Marker({ marker, px, selected, title, onSelect }: MarkerProps) {
  const animate = useAnimateEntries();
  return (
    <m.button
      type="button"
      className={`marker marker-${marker.kind}${selected ? ' selected' : ''}`}
      data-event={marker.kind}
      data-seq={marker.seq}
      style={{ left: px }}
      title={title}
      aria-label={title}
      initial={animate ? { scale: 0.2, opacity: 0 } : false}
      animate={{ scale: 1, opacity: 1 }}
      transition={{ duration: 0.18 }}
      onClick={(e) => {
        e.stopPropagation();
        onSelect(marker);
      }}
    >
      {GLYPH[marker.kind]}
    </m.button>
  );
}
