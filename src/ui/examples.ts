/**
 * Starter snippets: the seed's scenarios, taken verbatim from the conformance corpus so the
 * playground shows exactly the programs whose real outputs are recorded there.
 */
import type { Lang } from '../engine/ir/nodes';
import lazyCall from '../../tests/conformance/cases/lazy_call_then_await.py?raw';
import puzzle from '../../tests/conformance/cases/comment_thread_puzzle.py?raw';
import forgotten from '../../tests/conformance/cases/forgotten_await.py?raw';
import timers from '../../tests/conformance/cases/timers_vs_microtasks.js?raw';
import createTask from '../../tests/conformance/cases/create_task_order.py?raw';

export interface Example {
  id: string;
  title: string;
  lang: Lang;
  source: string;
}

export const EXAMPLES: Example[] = [
  { id: 'lazy-call', title: 'result = fetch(): lazy coroutine vs eager promise', lang: 'py', source: lazyCall },
  { id: 'puzzle', title: 'The 1-2-3-4-5 puzzle', lang: 'py', source: puzzle },
  { id: 'forgotten', title: 'A forgotten await', lang: 'py', source: forgotten },
  { id: 'create-task', title: 'create_task order', lang: 'py', source: createTask },
  { id: 'timers', title: 'Timers vs microtasks (JavaScript)', lang: 'js', source: timers },
];
