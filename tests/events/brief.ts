/**
 * One line per event, with the engine's own ids, for the model tests' exact-sequence
 * assertions (golden files use tests/golden/trace.ts, which renumbers ids and shows times).
 */
import type { EngineEvent } from '../../src/engine/events/types';

export function briefEvent(e: EngineEvent): string {
  switch (e.type) {
    case 'invocation':
      return `invocation ${e.id} ${e.kind} ${e.name}${e.parent !== undefined ? ` parent=${e.parent}` : ''}`;
    case 'awaited':
      return `awaited ${e.id} on=${e.on ?? '-'} ${e.what}`;
    case 'resumed':
      return `resumed ${e.id} by=${e.by ?? '-'}`;
    case 'enqueue':
      return `enqueue ${e.queue} ${e.item}${e.due !== undefined ? ` due=${e.due}` : ''}`;
    case 'dequeue':
      return `dequeue ${e.queue} ${e.item}`;
    case 'resolved':
      return `resolved ${e.id} ${e.value}`;
    case 'rejected':
      return `rejected ${e.id} ${e.error}`;
    case 'started':
      return `started ${e.id}`;
    case 'turn':
      return `turn ${e.n}`;
    case 'time':
      return `time ${e.from}->${e.to}`;
    case 'print':
      return `print ${e.id} ${e.text}`;
    case 'error':
      return `error ${e.errorKind} ${e.text}`;
    default:
      return e.type;
  }
}
