/**
 * The worker's digests of its batches (src/worker/digest.ts) stand in for reading the events
 * on the page: on real runs streamed through the worker's own run loop, the run index built
 * from them (src/ui/timeline/runIndex.ts) and the playback alignment (src/ui/state/alignment.ts)
 * equal the ones read event by event, at every point of the fold.
 */
import { describe, expect, it } from 'vitest';
import type { Lang, ModelName, PackedBatch } from '../../src/engine/api';
import { createRun, runProgram } from '../../src/engine/engine';
import { Aligner } from '../../src/ui/state/alignment';
import { FoldHistory } from '../../src/ui/state/history';
import { emptyIndex, extendIndex, indexOf } from '../../src/ui/timeline/runIndex';
import type { BatchDigest, FromWorker } from '../../src/worker/protocol';
import { Runner } from '../../src/worker/runner';

const PY_TASKS = `import asyncio

async def f(i):
    for k in range(3):
        await asyncio.sleep(0.01 * i)
        print(i, k)
    return i

async def main():
    t = asyncio.create_task(f(1))
    u = asyncio.create_task(f(2), name="second")
    rest = [asyncio.create_task(f(i)) for i in range(3, 12)]
    print(await t, await u, sum(await asyncio.gather(*rest)))

asyncio.run(main())
`;

const PROMISIO = `import asyncio
from promisio import promisify


@promisify
async def f(i):
    for k in range(3):
        await asyncio.sleep(0.01 * i)
        print(i, k)
    return i


ps = [f(i) for i in range(10)]
for p in ps:
    print(await p)
`;

const JS_MIX = `async function f(i) {
  await null;
  process.nextTick(() => console.log('tick', i));
  await new Promise((r) => setTimeout(r, i * 3));
  console.log('f', i);
  return i;
}
async function main() {
  const all = [];
  for (let i = 0; i < 12; i++) all.push(f(i));
  console.log((await Promise.all(all)).length);
  setTimeout(() => console.log('late'), 50);
}
main();
`;

interface Streamed {
  model: ModelName;
  batches: { events: PackedBatch; digest?: BatchDigest }[];
}

/** The batches the worker's run loop posts for `source`, in small slices (many batches). */
async function stream(source: string, lang: Lang, models: ModelName[]): Promise<Streamed[]> {
  const out = models.map((model) => ({ model, batches: [] as Streamed['batches'] }));
  const runner = new Runner({
    createRun,
    post: (msg: FromWorker) => {
      if (msg.type === 'batch') out.find((s) => s.model === msg.model)!.batches.push({ events: msg.events, digest: msg.digest });
    },
    yieldNow: async () => {},
    sliceSteps: 40,
    streamEvents: 37,
  });
  await runner.execute({ type: 'run', runId: 1, source, lang, models, budget: 1_000_000 });
  return out;
}

const CASES: [string, string, Lang, ModelName[]][] = [
  ['python tasks', PY_TASKS, 'py', ['python']],
  ['python-eager tasks', PY_TASKS, 'py', ['python-eager']],
  ['promisio tasks', PROMISIO, 'py', ['promisio']],
  ['js timers, ticks and prints', JS_MIX, 'js', ['js']],
  ['four models together', PY_TASKS, 'py', ['js', 'python', 'python-eager', 'promisio']],
];

describe('worker digests', () => {
  for (const [name, source, lang, models] of CASES)
    it(`${name}: the run index and the alignment from digests equal the ones read from the events`, async () => {
      const streamed = await stream(source, lang, models);
      // Histories fed as the page feeds them (with digests), and the same batches without.
      const withDigests = streamed.map(() => new FoldHistory());
      const without = streamed.map(() => new FoldHistory());
      // Many batches, so the digests' state carries over from batch to batch.
      expect(Math.max(...streamed.map((s) => s.batches.length))).toBeGreaterThan(3);
      streamed.forEach((s, m) => {
        for (const b of s.batches) {
          expect(b.digest).toBeDefined();
          withDigests[m]!.receive(b.events, b.digest);
          without[m]!.receive(b.events);
        }
        expect(withDigests[m]!.events.marks()).toBeDefined();
        expect(without[m]!.events.marks()).toBeUndefined();
      });
      // The events as objects, as a run records them (the digests describe the same events).
      for (const [m, s] of streamed.entries()) {
        const plain = runProgram(source, { lang, model: s.model }).events;
        expect(withDigests[m]!.pending).toBe(plain.length);
      }
      const aligned = new Aligner(models.length);
      const read = new Aligner(models.length);
      // A clock that moves on at every look: each foldFor folds one stretch of 256 events, so
      // the index and the alignment are asked for at points inside batches as well as between.
      let clock = 0;
      const tick = () => clock++;
      let checks = 0;
      while (withDigests.some((h) => h.pending > 0)) {
        withDigests.forEach((h, m) => {
          h.foldFor(1, tick);
          without[m]!.foldFor(1, tick);
          expect(without[m]!.length).toBe(h.length);
          // Up to this point; the plain events' index is read event by event.
          expect(indexOf(h.events)).toEqual(extendIndex(emptyIndex(), without[m]!.events));
        });
        const finished = withDigests.map((h) => h.pending === 0);
        const a = aligned.update(
          withDigests.map((h) => h.events),
          withDigests.map((h) => h.length),
          finished,
        );
        const b = read.update(
          without.map((h) => h.events),
          without.map((h) => h.length),
          finished,
        );
        expect(a.total).toBe(b.total);
        expect(a.globalOf.map((g) => [...g])).toEqual(b.globalOf.map((g) => [...g]));
        checks++;
      }
      expect(checks).toBeGreaterThan(1);
      // The index says something: time moves, and under asyncio Tasks are linked and named.
      const index = indexOf(withDigests[0]!.events);
      expect(index.timeSeqs.length).toBeGreaterThan(3);
      if (models[0] !== 'js') {
        expect(index.coroOfTask.size).toBeGreaterThan(5);
        expect(index.taskName.size).toBeGreaterThan(5);
      } else expect(index.tickSeqs.length).toBeGreaterThan(5);
    });
});
