/**
 * LinkedSet (src/engine/models/python/linked-set.ts) stands in for a JS Set in the model's
 * bookkeeping, so it must iterate exactly as a Set does, also when members are added and
 * deleted during the iteration. Checked against a real Set on seeded random scripts.
 */
import { describe, expect, it } from 'vitest';
import { LinkedSet, type Linked } from '../../../src/engine/models/python/linked-set';
import { defined } from '../../support/normalize';

class Node implements Linked<Node> {
  linkPrev: Node | null = null;
  linkNext: Node | null = null;
  linked = false;
  constructor(readonly n: number) {}
}

/** mulberry32: a small deterministic PRNG. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs the same random script on a Set and a LinkedSet; returns both traces. */
function script(seed: number): { set: number[]; linked: number[] } {
  const nodes = Array.from({ length: 12 }, (_, i) => new Node(i));
  const set = new Set<Node>();
  const linked = new LinkedSet<Node>();
  const traces = { set: [] as number[], linked: [] as number[] };
  const r = rng(seed);
  const mutate = (target: Set<Node> | LinkedSet<Node>, trace: number[], pick: () => number): void => {
    const x = defined(nodes[Math.floor(pick() * nodes.length)], 'a node');
    if (pick() < 0.5) target.add(x);
    else trace.push(-1 - x.n, target.delete(x) ? 1 : 0);
  };
  const steps: number[] = Array.from({ length: 400 }, () => r());
  for (const [target, trace] of [
    [set, traces.set],
    [linked, traces.linked],
  ] as const) {
    let i = 0;
    const pick = () => defined(steps[i++ % steps.length], 'a step');
    for (let round = 0; round < 20; round++) {
      for (let k = 0; k < 4; k++) mutate(target, trace, pick);
      trace.push(1000);
      for (const x of target) {
        trace.push(x.n);
        if (pick() < 0.6) mutate(target, trace, pick);
        if (pick() < 0.3) mutate(target, trace, pick);
        if (pick() < 0.05) break;
      }
    }
    trace.push(2000, ...[...target].map((x) => x.n));
  }
  return traces;
}

describe('LinkedSet', () => {
  it('iterates like a Set under adds and deletes during the iteration', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const { set, linked } = script(seed);
      expect(linked, `seed ${seed}`).toEqual(set);
    }
  });

  it('clear empties it and members can join again', () => {
    const s = new LinkedSet<Node>();
    const a = new Node(1);
    const b = new Node(2);
    s.add(a);
    s.add(b);
    s.clear();
    expect([...s]).toEqual([]);
    expect(s.has(a)).toBe(false);
    s.add(b);
    s.add(a);
    expect([...s].map((x) => x.n)).toEqual([2, 1]);
  });
});
