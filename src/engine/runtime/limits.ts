/**
 * What one value may cost, checked before it is built (issue 10): a snippet must not be
 * able to take the tab or the CLI down with one line (`'x' * 10**9`, `'ab'.repeat(2**27)`,
 * `new Array(1e8).fill(0)`). Past these caps the program gets the error its real runtime
 * gives when memory runs out — CPython's `MemoryError`, V8's `RangeError: Invalid string
 * length` / `Invalid array length` — which it can catch, and never an engine error.
 *
 * The caps bound a run's memory: the largest string is 2**26 UTF-16 units (128 MB), the
 * largest array 2**25 elements (256 MB of pointers), well under V8's own limits (strings
 * of 2**29 - 24 units) so that the page stays responsive while it builds them. Building
 * costs steps in proportion to the size (one step per COST_UNIT elements), so a run that
 * keeps building large values still meets its step budget.
 */
import type { Budget } from './realm';

export const MAX_STRING_LENGTH = 2 ** 26;
export const MAX_ARRAY_LENGTH = 2 ** 25;
const COST_UNIT = 64;

export type SizeVerdict = 'ok' | 'string' | 'array';

/** Whether a string of `length` units fits; charges the work of building it. */
export function stringFits(budget: Budget, length: number): boolean {
  if (!(length <= MAX_STRING_LENGTH)) return false;
  if (length > COST_UNIT) budget.charge(Math.ceil(length / COST_UNIT));
  return true;
}

/** Whether an array of `length` elements fits; charges the work of building it. */
export function arrayFits(budget: Budget, length: number): boolean {
  if (!(length <= MAX_ARRAY_LENGTH)) return false;
  if (length > COST_UNIT) budget.charge(Math.ceil(length / COST_UNIT));
  return true;
}

/**
 * The heap cap of a run (RunOptions.heapLimitBytes). No single value is large — the caps
 * above bound those — yet a run can still grow without end by keeping many small things
 * alive: `await create_task(f())` recursion (each task a fresh stack, so CPython has no
 * RecursionError for it), promisio's promisified recursion, a ten-million-link promise
 * chain. The real runtimes grow until the OS or V8 stops them (Node aborts with "JavaScript
 * heap out of memory"); the engine, sharing its host with the page or the CLI, stops the
 * run at the cap instead and says why.
 *
 * What is measured is the host's whole JavaScript heap, garbage not yet collected
 * included: the engine's own objects cannot be weighed more precisely without a cost on
 * every allocation. Hosts that report no heap (a Web Worker, a browser other than
 * Chromium) leave the cap off: the page's step and time budgets bound a run there.
 */
export class HeapCap {
  constructor(
    readonly limitBytes: number,
    private readonly probe: () => number | undefined = hostHeapUsed,
  ) {}

  /** The heap in use when it is past the cap, else undefined. */
  exceeded(): number | undefined {
    const used = this.probe();
    return used !== undefined && used > this.limitBytes ? used : undefined;
  }
}

/** Bytes of JavaScript heap in use, where the host reports them. */
export function hostHeapUsed(): number | undefined {
  const host = globalThis as {
    process?: { memoryUsage?: () => { heapUsed: number } };
    performance?: { memory?: { usedJSHeapSize?: number } };
  };
  if (typeof host.process?.memoryUsage === 'function') return host.process.memoryUsage().heapUsed;
  return host.performance?.memory?.usedJSHeapSize;
}
