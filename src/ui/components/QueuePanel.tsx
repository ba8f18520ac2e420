/**
 * The queues beside a timeline, as recorded: for `js` the call stack, the microtask and
 * nextTick queues, due macrotasks and pending timers; for the Python models the running
 * task, asyncio's ready deque and the timer heap. Items animate in and out.
 */
import { AnimatePresence, m } from 'motion/react';
import { modelFamily, type ModelName } from '../../engine/api';
import type { ListView, ModelState, QueueItem } from '../state/types';
import { useAnimateEntries } from './motionContext';

const SHOWN = 8;

interface Column {
  title: string;
  role: string;
  /** The first SHOWN entries. */
  items: { key: string; label: string; note?: string }[];
  /** How many entries the column holds in all. */
  count: number;
}

/** The first SHOWN entries of `queues` taken in order, and their total: never O(queue length). */
function fromQueues(...queues: ListView<QueueItem>[]): Pick<Column, 'items' | 'count'> {
  const items: Column['items'] = [];
  for (const q of queues)
    for (const it of q.slice(0, SHOWN - items.length))
      items.push({ key: `q${it.seq}`, label: it.label, note: it.due !== undefined ? `@${it.due}ms` : undefined });
  return { items, count: queues.reduce((n, q) => n + q.length, 0) };
}

function columnsFor(model: ModelName, view: ModelState, nameOf: (id: number) => string): Column[] {
  const top = view.stack.slice(-SHOWN).reverse();
  const stack = {
    items: top.map((id, i) => ({ key: `s${view.stack.length - 1 - i}-${id}`, label: nameOf(id) })),
    count: view.stack.length,
  };
  if (modelFamily(model) === 'js')
    return [
      { title: 'Call stack', role: 'stack', ...stack },
      { title: 'Microtasks', role: 'microtask', ...fromQueues(view.queues.nextTick, view.queues.microtask) },
      { title: 'Timers', role: 'timer', ...fromQueues(view.queues.macrotask, view.queues.timer) },
    ];
  return [
    { title: 'Running', role: 'stack', ...stack },
    { title: 'Ready queue', role: 'ready', ...fromQueues(view.queues.ready) },
    { title: 'Timers', role: 'timer', ...fromQueues(view.queues.timer) },
  ];
}

export function QueuePanel({ model, view, nameOf }: { model: ModelName; view: ModelState; nameOf(id: number): string }) {
  const animate = useAnimateEntries();
  return (
    <div className="queues">
      {columnsFor(model, view, nameOf).map((col) => (
        <section key={col.role} className="queue" data-queue={col.role}>
          <h4>
            {col.title} <span className="count">{col.count}</span>
          </h4>
          <ol>
            {animate ? (
              <AnimatePresence initial={false}>
                {col.items.map((it) => (
                  <m.li
                    key={it.key}
                    initial={{ opacity: 0, y: -6 }}
                    animate={{ opacity: 1, y: 0 }}
                    exit={{ opacity: 0, x: 12 }}
                    transition={{ duration: 0.15 }}
                    title={it.note ? `${it.label} ${it.note}` : it.label}
                  >
                    {it.label}
                    {it.note && <small> {it.note}</small>}
                  </m.li>
                ))}
              </AnimatePresence>
            ) : (
              // Scrubbing, fast playback or reduced motion: nothing animates, so plain items
              // (a motion element costs a projection node and effects per item, every step).
              col.items.map((it) => (
                <li key={it.key} title={it.note ? `${it.label} ${it.note}` : it.label}>
                  {it.label}
                  {it.note && <small> {it.note}</small>}
                </li>
              ))
            )}
            {col.count > SHOWN && <li className="more">+{col.count - SHOWN} more</li>}
          </ol>
        </section>
      ))}
    </div>
  );
}
