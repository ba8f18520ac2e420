/**
 * Properties every recorded event stream must have, whatever the model: the UI folds
 * over events and would draw nonsense if any of these failed.
 */
import type { EngineEvent } from '../../src/engine/events/types';

export function checkEventInvariants(events: EngineEvent[], stdout: string[]): string[] {
  const problems: string[] = [];
  const known = new Set<number>();
  const state = new Map<number, 'created' | 'running' | 'suspended' | 'settled'>();
  let lastSeq = -1;
  let lastTime = -Infinity;
  const printed: string[] = [];
  for (const e of events) {
    if (e.seq <= lastSeq) problems.push(`seq not increasing at ${e.seq}`);
    lastSeq = e.seq;
    if (e.time < lastTime) problems.push(`time went back at seq ${e.seq}`);
    lastTime = e.time;
    const ref = (id: number | undefined, what: string) => {
      if (id !== undefined && !known.has(id)) problems.push(`${e.type} at seq ${e.seq} names unknown ${what} ${id}`);
    };
    switch (e.type) {
      case 'invocation':
        if (known.has(e.id)) problems.push(`invocation ${e.id} created twice`);
        known.add(e.id);
        state.set(e.id, 'created');
        ref(e.parent, 'parent');
        break;
      case 'started':
        ref(e.id, 'id');
        break;
      case 'awaited':
        ref(e.id, 'id');
        ref(e.on, 'awaited invocation');
        state.set(e.id, 'suspended');
        break;
      case 'resumed':
        ref(e.id, 'id');
        ref(e.by, 'waker');
        if (state.get(e.id) !== 'suspended') problems.push(`resumed ${e.id} at seq ${e.seq} without a pending await`);
        state.set(e.id, 'running');
        break;
      case 'resolved':
      case 'rejected':
      case 'cancelled':
        ref(e.id, 'id');
        break;
      case 'enqueue':
      case 'dequeue':
        ref(e.item, 'queued item');
        break;
      case 'print':
        if (e.stream !== 'stderr') printed.push(e.text);
        ref(e.id, 'printer');
        break;
    }
  }
  if (events.length && events.at(-1)?.type !== 'end') problems.push('the stream does not end with an end event');
  if (printed.join('\n') !== stdout.join('\n')) problems.push('print events differ from stdout');
  return problems;
}
