/**
 * Starter snippets: the seed's scenarios, copies of conformance-corpus cases (tests/ui/examples.test.ts
 * keeps each byte-identical to its case) so the playground shows exactly the programs whose real
 * outputs are recorded there. The copies live under src/ because the app ships them.
 */
import type { Lang } from '../engine/api';
import lazyCall from './example-snippets/lazy_call_then_await.py?raw';
import puzzle from './example-snippets/comment_thread_puzzle.py?raw';
import forgotten from './example-snippets/forgotten_await.py?raw';
import timers from './example-snippets/timers_vs_microtasks.js?raw';
import createTask from './example-snippets/create_task_order.py?raw';

export interface Example {
  id: string;
  title: string;
  lang: Lang;
  source: string;
}

/** Never empty: the first one is the playground's default snippet. */
export const EXAMPLES: [Example, ...Example[]] = [
  { id: 'lazy-call', title: 'result = fetch(): lazy coroutine vs eager promise', lang: 'py', source: lazyCall },
  { id: 'puzzle', title: 'The 1-2-3-4-5 puzzle', lang: 'py', source: puzzle },
  { id: 'forgotten', title: 'A forgotten await', lang: 'py', source: forgotten },
  { id: 'create-task', title: 'create_task order', lang: 'py', source: createTask },
  { id: 'timers', title: 'Timers vs microtasks (JavaScript)', lang: 'js', source: timers },
];
