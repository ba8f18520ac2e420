/**
 * The queues beside a timeline, as recorded: for `js` the call stack, the microtask and
 * nextTick queues, due macrotasks and pending timers; for the Python models the running
 * task, asyncio's ready deque and the timer heap. Items animate in and out.
 */
import { AnimatePresence, m } from 'motion/react';
import { modelFamily, type ModelName } from '../../engine/api';
import type { ModelState, QueueItem } from '../state/types';
import { useAnimateEntries } from './motionContext';

const SHOWN = 8;

interface Column {
  title: string;
  role: string;
  items: { key: string; label: string; note?: string }[];
}

function fromQueue(items: QueueItem[]): Column['items'] {
  return items.map((q) => ({ key: `q${q.seq}`, label: q.label, note: q.due !== undefined ? `@${q.due}ms` : undefined }));
}

function columnsFor(model: ModelName, view: ModelState, nameOf: (id: number) => string): Column[] {
  const stack = view.stack.map((id, i) => ({ key: `s${i}-${id}`, label: nameOf(id) }));
  if (modelFamily(model) === 'js')
    return [
      { title: 'Call stack', role: 'stack', items: [...stack].reverse() },
      { title: 'Microtasks', role: 'microtask', items: [...fromQueue(view.queues.nextTick), ...fromQueue(view.queues.microtask)] },
      { title: 'Timers', role: 'timer', items: [...fromQueue(view.queues.macrotask), ...fromQueue(view.queues.timer)] },
    ];
  return [
    { title: 'Running', role: 'stack', items: [...stack].reverse() },
    { title: 'Ready queue', role: 'ready', items: fromQueue(view.queues.ready) },
    { title: 'Timers', role: 'timer', items: fromQueue(view.queues.timer) },
  ];
}

export function QueuePanel({ model, view, nameOf }: { model: ModelName; view: ModelState; nameOf(id: number): string }) {
  const animate = useAnimateEntries();
  return (
    <div className="queues">
      {columnsFor(model, view, nameOf).map((col) => (
        <section key={col.role} className="queue" data-queue={col.role}>
          <h4>
            {col.title} <span className="count">{col.items.length}</span>
          </h4>
          <ol>
            <AnimatePresence initial={false}>
              {col.items.slice(0, SHOWN).map((it) => (
                <m.li
                  key={it.key}
                  initial={animate ? { opacity: 0, y: -6 } : false}
                  animate={{ opacity: 1, y: 0 }}
                  exit={animate ? { opacity: 0, x: 12 } : undefined}
                  transition={{ duration: 0.15 }}
                  title={it.note ? `${it.label} ${it.note}` : it.label}
                >
                  {it.label}
                  {it.note && <small> {it.note}</small>}
                </m.li>
              ))}
            </AnimatePresence>
            {col.items.length > SHOWN && <li className="more">+{col.items.length - SHOWN} more</li>}
          </ol>
        </section>
      ))}
    </div>
  );
}
