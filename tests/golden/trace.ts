/**
 * A compact, readable rendering of an event stream for golden files: one line per
 * event, ids renumbered in order of appearance so unrelated engine changes (id
 * allocation) do not churn the goldens, times shown in ms.
 */
import type { EngineEvent } from '../../src/engine/events/types';

export function renderTrace(events: EngineEvent[], names = true): string {
  const ids = new Map<number, number>();
  const id = (n: number | undefined) => {
    if (n === undefined) return '-';
    if (!ids.has(n)) ids.set(n, ids.size + 1);
    return `#${ids.get(n)}`;
  };
  const at = (e: EngineEvent) => (e.loc ? ` @${e.loc.line}:${e.loc.col}` : '');
  const lines: string[] = [];
  for (const e of events) {
    const t = `t=${e.time}`;
    switch (e.type) {
      case 'invocation':
        lines.push(`${t} invocation ${id(e.id)} ${e.kind} ${names ? JSON.stringify(e.name) : ''} parent=${id(e.parent)}${at(e)}`);
        break;
      case 'started':
        lines.push(`${t} started ${id(e.id)}`);
        break;
      case 'awaited':
        lines.push(`${t} awaited ${id(e.id)} on=${id(e.on)} ${JSON.stringify(e.what)}${at(e)}`);
        break;
      case 'resumed':
        lines.push(`${t} resumed ${id(e.id)} by=${id(e.by)}`);
        break;
      case 'resolved':
        lines.push(`${t} resolved ${id(e.id)} ${JSON.stringify(e.value)}`);
        break;
      case 'rejected':
        lines.push(`${t} rejected ${id(e.id)} ${JSON.stringify(e.error)}`);
        break;
      case 'cancelled':
        lines.push(`${t} cancelled ${id(e.id)}`);
        break;
      case 'print':
        lines.push(`${t} print ${JSON.stringify(e.text)} by=${id(e.id)}${e.stream === 'stderr' ? ' stderr' : ''}`);
        break;
      case 'enqueue':
        lines.push(`${t} enqueue ${e.queue} ${id(e.item)} ${JSON.stringify(e.label)}${e.due !== undefined ? ` due=${e.due}` : ''}`);
        break;
      case 'dequeue':
        lines.push(`${t} dequeue ${e.queue} ${id(e.item)}`);
        break;
      case 'timer-cancelled':
        lines.push(`${t} timer-cancelled ${id(e.item)}`);
        break;
      case 'time':
        lines.push(`${t} time ${e.from} -> ${e.to}`);
        break;
      case 'turn':
        lines.push(`${t} turn ${e.n}`);
        break;
      case 'line':
        break; // too noisy for goldens
      case 'warning':
        lines.push(`${t} warning ${JSON.stringify(e.text)}`);
        break;
      case 'error':
        lines.push(`${t} error ${e.errorKind} ${JSON.stringify(e.text)}`);
        break;
      case 'end':
        lines.push(`${t} end`);
        break;
    }
  }
  return lines.join('\n');
}
