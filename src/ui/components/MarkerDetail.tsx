/** What a clicked marker means, including its causal link (what an await waits on, what woke a resume). */
import { clipText } from '../clipText';
import { CodeText } from './CodeText';
import type { Selection } from './Timeline';

export function MarkerDetail({ selection, nameOf }: { selection: Selection | null; nameOf(id: number | undefined): string | undefined }) {
  if (!selection) {
    const hint = 'Click a marker to see what it waits on or what woke it.';
    return (
      <p className="marker-detail muted" title={hint}>
        {hint}
      </p>
    );
  }
  const { marker: mk } = selection;
  const who = `\`${nameOf(selection.laneId) ?? '?'}\``;
  const where = `${mk.loc ? ` at line ${mk.loc.line}` : ''}, t=${mk.time} ms`;
  let text: string;
  switch (mk.kind) {
    case 'awaited':
      text = `${who} awaited ${mk.text ?? ''}${where}; it waits on ${mk.on !== undefined ? `\`${nameOf(mk.on) ?? mk.on}\`` : 'nothing recorded'}.`;
      break;
    case 'resumed':
      text = `${who} resumed${where}; woken by ${mk.by !== undefined ? `\`${nameOf(mk.by) ?? mk.by}\` settling` : 'an unrecorded cause'}.`;
      break;
    case 'resolved':
      text = `${who} resolved with ${mk.text ?? ''}${where}.`;
      break;
    case 'rejected':
      text = `${who} failed: ${mk.text ?? ''}${where}.`;
      break;
    case 'warning':
      text = `${mk.text ?? 'warning'} (${who}${where}).`;
      break;
    default:
      text = `${who} ${mk.kind}${where}.`;
  }
  return (
    <p className="marker-detail" data-role="marker-detail" title={clipText(text)}>
      <CodeText text={text} />
    </p>
  );
}
