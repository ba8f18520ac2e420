/**
 * `heapq` and `bisect` (Lib/heapq.py, Lib/bisect.py; the C accelerators run the same
 * algorithms), so a heap printed as a list shows CPython's exact layout — priority queues
 * and schedulers are a staple of async lessons.
 *
 * heapq: heappush, heappop, heapify, heappushpop, heapreplace, nsmallest, nlargest, merge
 * (eager). Comparisons use `<` only, as CPython does. bisect: bisect_left/right (bisect),
 * insort_left/right (insort), with lo/hi/key.
 */
import { None, PyModule, type CallArgs, type Value } from '../values';
import { intArg, positional } from './args';
import { call } from './calls';
import { pyNative } from './classes';
import { compare } from './comparisons';
import { toArray } from './iteration';
import { truthy } from './operators';
import type { PyRuntime } from './state';
import { typeName } from './types';

export function installHeapqBisect(rt: PyRuntime): { heapq: PyModule; bisect: PyModule } {
  const lt = (a: Value, b: Value) => truthy(rt, compare(rt, '<', a, b));
  const listArg = (fn: string, v: Value | undefined): Value[] => {
    if (!Array.isArray(v)) throw rt.error('TypeError', `${fn}() argument 1 must be list, not ${typeName(rt, v)}`);
    return v;
  };

  // Lib/heapq.py _siftdown / _siftup.
  const siftdown = (heap: Value[], start: number, pos: number) => {
    const item = heap[pos]!;
    while (pos > start) {
      const parentpos = (pos - 1) >> 1;
      const parent = heap[parentpos]!;
      if (lt(item, parent)) {
        heap[pos] = parent;
        pos = parentpos;
        continue;
      }
      break;
    }
    heap[pos] = item;
  };
  const siftup = (heap: Value[], pos: number) => {
    const endpos = heap.length;
    const startpos = pos;
    const item = heap[pos]!;
    let childpos = 2 * pos + 1;
    while (childpos < endpos) {
      const rightpos = childpos + 1;
      if (rightpos < endpos && !lt(heap[childpos], heap[rightpos])) childpos = rightpos;
      heap[pos] = heap[childpos]!;
      pos = childpos;
      childpos = 2 * pos + 1;
    }
    heap[pos] = item;
    siftdown(heap, startpos, pos);
  };
  const heappop = (heap: Value[]): Value => {
    if (heap.length === 0) throw rt.error('IndexError', 'index out of range');
    const last = heap.pop()!;
    if (heap.length > 0) {
      const ret = heap[0]!;
      heap[0] = last;
      siftup(heap, 0);
      return ret;
    }
    return last;
  };
  const heapify = (x: Value[]) => {
    for (let i = (x.length >> 1) - 1; i >= 0; i--) siftup(x, i);
  };

  const heapq = new PyModule('heapq');
  heapq.dict.set('__name__', 'heapq');
  const defH = (name: string, impl: (a: CallArgs) => Value) =>
    heapq.dict.set(
      name,
      pyNative(name, (_s, a) => impl(a)),
    );
  defH('heappush', (a) => {
    const [h, item] = positional(rt, 'heappush', a, 2, 2);
    const heap = listArg('heappush', h);
    heap.push(item);
    siftdown(heap, 0, heap.length - 1);
    return None;
  });
  defH('heappop', (a) => heappop(listArg('heappop', positional(rt, 'heappop', a, 1, 1)[0])));
  defH('heapify', (a) => (heapify(listArg('heapify', positional(rt, 'heapify', a, 1, 1)[0])), None));
  defH('heapreplace', (a) => {
    const [h, item] = positional(rt, 'heapreplace', a, 2, 2);
    const heap = listArg('heapreplace', h);
    if (heap.length === 0) throw rt.error('IndexError', 'index out of range');
    const ret = heap[0]!;
    heap[0] = item!;
    siftup(heap, 0);
    return ret;
  });
  defH('heappushpop', (a) => {
    const [h, item] = positional(rt, 'heappushpop', a, 2, 2);
    const heap = listArg('heappushpop', h);
    if (heap.length > 0 && lt(heap[0], item)) {
      const ret = heap[0]!;
      heap[0] = item!;
      siftup(heap, 0);
      return ret;
    }
    return item!;
  });
  const nBest = (name: string, largest: boolean) => (a: CallArgs) => {
    const [nArg, it] = positional(rt, name, a, 2, 2, ['key']);
    const key = a.keywords?.get('key');
    const n = intArg(rt, nArg);
    const items = toArray(rt, it);
    const decorated = items.map((v, i) => ({ v, k: key !== undefined && key !== None ? call(rt, key, [v]) : v, i }));
    // Stable, as sorted(iterable, key=key, reverse=largest)[:n] (the documented equivalence).
    decorated.sort((x, y) => {
      const [p, q] = largest ? [y, x] : [x, y];
      if (lt(p.k, q.k)) return -1;
      if (lt(q.k, p.k)) return 1;
      return x.i - y.i;
    });
    return decorated.slice(0, Math.max(0, n)).map((d) => d.v);
  };
  defH('nsmallest', nBest('nsmallest', false));
  defH('nlargest', nBest('nlargest', true));
  defH('merge', (a) => {
    const all = a.positional.flatMap((x) => toArray(rt, x).map((v, i) => ({ v, i })));
    return all
      .map((d, i) => ({ ...d, o: i }))
      .sort((x, y) => (lt(x.v, y.v) ? -1 : lt(y.v, x.v) ? 1 : x.o - y.o))
      .map((d) => d.v);
  });

  const bisect = new PyModule('bisect');
  bisect.dict.set('__name__', 'bisect');
  const search =
    (name: string, right: boolean) =>
    (a: CallArgs): number => {
      const [seq, x, loArg, hiArg] = positional(rt, name, a, 2, 4, ['lo', 'hi', 'key']);
      const arr = toArray(rt, seq);
      const key = a.keywords?.get('key');
      let lo = loArg !== undefined ? intArg(rt, loArg) : a.keywords?.has('lo') ? intArg(rt, a.keywords.get('lo')) : 0;
      if (lo < 0) throw rt.error('ValueError', 'lo must be non-negative');
      const hiV = hiArg ?? a.keywords?.get('hi');
      let hi = hiV === undefined || hiV === None ? arr.length : intArg(rt, hiV);
      const k = (v: Value) => (key !== undefined && key !== None ? call(rt, key, [v]) : v);
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const goRight = right ? !lt(x, k(arr[mid])) : lt(k(arr[mid]), x);
        if (goRight) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
  const defB = (name: string, impl: (a: CallArgs) => Value) =>
    bisect.dict.set(
      name,
      pyNative(name, (_s, a) => impl(a)),
    );
  for (const [name, right] of [
    ['bisect_left', false],
    ['bisect_right', true],
    ['bisect', true],
  ] as const)
    defB(name, search(name, right));
  for (const [name, right] of [
    ['insort_left', false],
    ['insort_right', true],
    ['insort', true],
  ] as const) {
    defB(name, (a) => {
      const seq = listArg(name, a.positional[0]);
      const key = a.keywords?.get('key');
      const x = a.positional[1]!;
      const kx = key !== undefined && key !== None ? call(rt, key, [x]) : x;
      const i = search(name, right)({ positional: [seq, kx, ...a.positional.slice(2)], keywords: a.keywords });
      seq.splice(i, 0, x);
      return None;
    });
  }
  return { heapq, bisect };
}
