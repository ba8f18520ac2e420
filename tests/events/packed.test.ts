/**
 * The packed form of a recording (src/engine/events/packed.ts) gives back every event exactly
 * as the engine recorded it: same keys in the same order, same values, for real runs of
 * every model, packed in batches of any size.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/engine/engine';
import { EventPacker, PackedLog } from '../../src/engine/api';
import type { EngineEvent } from '../../src/engine/api';

const PY = `import asyncio

async def worker(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    if name == "b":
        raise ValueError("boom")
    return name

async def main():
    t = asyncio.create_task(worker("a", 0.1))
    try:
        await asyncio.gather(t, worker("b", 0.05))
    except ValueError as e:
        print("caught", e)
    asyncio.get_running_loop().call_later(0.2, print, "later")
    await asyncio.sleep(0.3)

asyncio.run(main())
`;

const JS = `setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('tick'));
Promise.reject(new Error('nope')).catch((e) => console.log(e.message));
async function f() { await null; return { a: [1, 2] }; }
f().then((v) => console.log(JSON.stringify(v)));
`;

function roundTrip(events: readonly EngineEvent[], batch: number): EngineEvent[] {
  const packer = new EventPacker();
  const log = new PackedLog();
  for (let i = 0; i < events.length; i += batch) log.append(packer.pack(events.slice(i, i + batch)));
  expect(log.length).toBe(events.length);
  // `view` (the page's fold reads events through it) fills one object per shape, in place:
  // each event read through it, copied before the next read, is the event.
  for (let i = 0; i < events.length; i++) {
    const v = log.view(i)!;
    expect({ ...v }, `event ${i} read through view`).toEqual(events[i]);
    expect(Object.keys(v)).toEqual(Object.keys(events[i]!));
  }
  return log.slice();
}

describe('packed events', () => {
  for (const model of ['python', 'python-eager', 'promisio', 'js'] as const)
    it(`round-trip a Python program's recording under ${model}`, () => {
      const { events } = runProgram(PY, { lang: 'py', model });
      // Under promisio asyncio.run fails at once (no running loop): a short recording, still round-tripped.
      expect(events.length).toBeGreaterThan(model === 'promisio' ? 3 : 20);
      for (const batch of [1, 7, 100_000]) {
        const back = roundTrip(events, batch);
        expect(back).toEqual(events);
        back.forEach((e, i) => expect(Object.keys(e)).toEqual(Object.keys(events[i]!)));
      }
    });

  it('round-trips a JavaScript program with races, ticks and rejections', () => {
    const { events } = runProgram(JS, { lang: 'js', model: 'js', jsMode: 'commonjs' });
    expect(events.some((e) => e.type === 'race')).toBe(true);
    expect(roundTrip(events, 3)).toEqual(events);
  });

  it('keeps values of any kind, and a position with its file', () => {
    const odd = [
      { type: 'print', text: 'x', seq: 0, time: 0.25, loc: { line: 3, col: 1, file: 'shims/asyncio.js' }, id: undefined },
      { type: 'warning', text: 'w', seq: 1, time: 1e12, extra: { nested: [1, null] } },
      { type: 'end', model: 'js', steps: 0, seq: 2, time: -0 },
    ] as unknown as EngineEvent[];
    const back = roundTrip(odd, 2);
    expect(back).toEqual(odd);
    expect('id' in back[0]!).toBe(true);
    expect(Object.is((back[2] as { time: number }).time, -0)).toBe(true);
  });

  it('keeps every number exactly in its 32-bit slot, a number that is not a 32-bit integer as its text', () => {
    const numbers = [0, 1, -1, 2 ** 31 - 1, 2 ** 31, 2 ** 53, -(2 ** 30), -(2 ** 30) - 1, -(2 ** 31), -(2 ** 31) - 1];
    numbers.push(-0, Number.NaN, Infinity, -Infinity, 0.1, 1e-300, -2.5, Number.MAX_VALUE, Number.MIN_VALUE);
    const events = numbers.map((n, i) => ({ type: 'timer-fired', item: n, seq: i, time: n })) as unknown as EngineEvent[];
    // The same numbers again in a later batch: their texts are in the table already.
    const twice = [...events, ...events.map((e, i) => ({ ...e, seq: events.length + i }))];
    const back = roundTrip(twice, 7);
    expect(back).toEqual(twice);
    back.forEach((e, i) => {
      expect(Object.is((e as unknown as { item: number }).item, numbers[i % numbers.length])).toBe(true);
      expect(Object.is(e.time, numbers[i % numbers.length])).toBe(true);
    });
    const log = new PackedLog();
    log.append(new EventPacker().pack(events));
    numbers.forEach((n, i) => expect(Object.is(log.timeAt(i), n)).toBe(true));
  });

  it('keeps a million events in the batches they came in, found by index from any batch', () => {
    const packer = new EventPacker();
    const log = new PackedLog();
    const batch: EngineEvent[] = [];
    for (let i = 0; i < 10_000; i++) batch.push({ type: 'line', id: i % 7, seq: i, time: i, loc: { line: 1 + (i % 5), col: 0 } });
    for (let k = 0; k < 100; k++) log.append(packer.pack(batch));
    expect(log.length).toBe(1_000_000);
    expect(log.at(999_999)).toEqual(batch[9_999]);
    expect(log.at(123_456)).toEqual(batch[3_456]);
    expect(log.at(1_000_000)).toBeUndefined();
    // Reads out of order find their batch too.
    for (const i of [500_000, 0, 999_999, 10_000, 9_999, 10_001]) expect(log.at(i)).toEqual(batch[i % 10_000]);
  });

  it('hands a large batch its own buffer: the next batches never write into it, also once it is transferred away', () => {
    const packer = new EventPacker();
    const log = new PackedLog();
    const make = (k: number): EngineEvent[] =>
      Array.from({ length: 10_000 }, (_, i) => ({
        type: 'line',
        id: k * 10 + (i % 7),
        seq: k * 10_000 + i,
        time: k,
        loc: { line: 1 + (i % 5), col: k },
      }));
    const batches = [0, 1, 2, 3].map(make);
    const first = packer.pack(batches[0]!);
    // As the worker posts a batch: its buffers are transferred (detached here).
    const second = structuredClone(packer.pack(batches[1]!), { transfer: [] });
    const taken = packer.pack(batches[2]!);
    const third = structuredClone(taken, { transfer: [taken.slots.buffer, taken.shapes.buffer] });
    expect(taken.slots.length).toBe(0);
    const fourth = packer.pack(batches[3]!);
    for (const b of [first, second, third, fourth]) log.append(b);
    expect(log.slice()).toEqual(batches.flat());
  });

  it('tells apart events of one type whose keys, key order or value kinds differ', () => {
    const odd = [
      { type: 'print', text: 'a', seq: 0, time: 0 },
      { type: 'print', text: 'b', seq: 1, time: 0, id: 3 },
      { type: 'print', text: 'c', seq: 2, time: 0 },
      { type: 'print', seq: 3, text: 'd', time: 0 },
      { type: 'print', text: 5, seq: 4, time: 0 },
      { type: 'print', text: { line: 1, col: 2 }, seq: 5, time: 0 },
      { type: 'print', text: { line: 1, col: 'x' }, seq: 6, time: 0 },
      { type: 'print', text: 'g', seq: 7 },
      { type: 'print', text: 'h', seq: 8, time: 0 },
    ] as unknown as EngineEvent[];
    const back = roundTrip(odd, 4);
    expect(back).toEqual(odd);
    back.forEach((e, i) => expect(Object.keys(e)).toEqual(Object.keys(odd[i]!)));
  });

  it("reads an event's time and type without decoding it, as the decoded event has them", () => {
    const { events } = runProgram(PY, { lang: 'py', model: 'python' });
    const packer = new EventPacker();
    const log = new PackedLog();
    for (let i = 0; i < events.length; i += 5) log.append(packer.pack(events.slice(i, i + 5)));
    expect(new Set(events.map((e) => e.time)).size).toBeGreaterThan(3);
    for (let i = events.length - 1; i >= 0; i--) {
      expect(log.timeAt(i)).toBe(events[i]!.time);
      expect(log.typeAt(i)).toBe(events[i]!.type);
    }
    expect(log.timeAt(events.length)).toBeNaN();
    expect(log.typeAt(-1)).toBeUndefined();
  });
});
