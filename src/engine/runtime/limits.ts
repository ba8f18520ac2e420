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
import type { Pos } from '../events/types';
import type { Budget } from './realm';

export const MAX_STRING_LENGTH = 2 ** 26;
export const MAX_ARRAY_LENGTH = 2 ** 25;
/**
 * The most arguments a JavaScript call takes: V8 passes them on its stack, so Node 20's main
 * thread takes about 125,580 (`f(...a)`, `f.apply(null, a)`, `Math.max(...a)` alike) and throws
 * `RangeError: Maximum call stack size exceeded` past that. The engine's limit is this fixed
 * count near it; a Python call has no such limit but the array cap.
 */
export const MAX_CALL_ARGUMENTS = 125_000;
/**
 * The most of a program's values a native hands to one host call as its arguments. A call takes
 * up to MAX_CALL_ARGUMENTS, as Node's does, but the host's stack then also holds the
 * interpreter's own frames: `a.splice(1, 0, ...x)`, `Math.max(...x)`, `String.fromCharCode(...x)`
 * with 124k items, fine in Node, overflowed it when the native spread them on (issue 10). Such a
 * native passes them on this many at a time.
 */
export const HOST_ARGS_CHUNK = 8192;
/** V8's FixedArray length limit: CreateListFromArrayLike past it is `Invalid array length`. */
export const MAX_ARGUMENT_LIST = 2 ** 27 - 2;
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
 * One container visited by a native that walks a structure (repr / str, `join`, `flat`,
 * util.inspect, JSON): a step for the visit plus the work of the `built` characters or
 * elements it made there, and whether they are within the string cap. A walk follows every
 * path, so a list holding one list twice, nested 60 times, is 2**60 visits from a line of
 * code: counted this way, the walk stops at the run's step or time budget, or at the cap,
 * as a loop doing the same would (issue 10), where it used to run for minutes in one native
 * call and grow the heap by gigabytes.
 */
export function walkFits(budget: Budget, built: number): boolean {
  chargeVisit(budget, built);
  return built <= MAX_STRING_LENGTH;
}

/** One visit of a walk over `units` elements (comparing, hashing): a step, plus their work. */
export function chargeVisit(budget: Budget, units: number, pos?: Pos): void {
  budget.charge(1 + Math.floor(units / COST_UNIT), pos);
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

/**
 * The largest integer a run builds: 2**26 bits (8 MB, some 20 million decimal digits), as the
 * caps above bound strings and arrays. V8 refuses BigInts past 2**30 bits, and one
 * multiplication of numbers near that size runs for seconds in a single native call that no
 * budget can interrupt. Past the cap a Python program gets `MemoryError`, a JavaScript one
 * V8's own `RangeError: Maximum BigInt size exceeded`.
 */
export const MAX_INT_BITS = 2 ** 26;
/** Below this magnitude a BigInt operation is too cheap to be worth weighing. */
const CHEAP = 1n << 4096n;

/** Bits of |x|. */
export function bitLength(x: bigint): number {
  if (x < 0n) x = -x;
  if (x === 0n) return 0;
  const hex = x.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
}

/**
 * Steps for multiplying numbers of `a` and `b` bits: V8 multiplies long BigInts by Karatsuba,
 * about long × short^0.585 word products; one step stands for 64 of them (COST_UNIT).
 */
export function mulCost(a: number, b: number): number {
  const short = Math.max(1, Math.min(a, b) / 64);
  const long = Math.max(1, Math.max(a, b) / 64);
  return Math.ceil((long * short ** 0.585) / COST_UNIT);
}

/**
 * Weigh `x op y` on integers before doing it (issue 10): false when the result would pass
 * MAX_INT_BITS; otherwise charges the budget with what the native operation will cost.
 * `op` is the operator's spelling in either language (`*`, `/` or `//`, `%`, `**`, `<<`, ...).
 */
export function weighBigIntOp(budget: Budget, op: string, x: bigint, y: bigint): boolean {
  const cheap = -CHEAP < x && x < CHEAP && -CHEAP < y && y < CHEAP;
  if (cheap && op !== '**' && op !== '<<') return true;
  const xb = bitLength(x);
  const yb = bitLength(y);
  const capped = (n: bigint): number => (n > BigInt(MAX_INT_BITS) ? MAX_INT_BITS + 1 : Number(n));
  switch (op) {
    case '*':
      if (xb + yb > MAX_INT_BITS) return false;
      budget.charge(mulCost(xb, yb));
      return true;
    case '/':
    case '//':
    case '%':
      budget.charge(mulCost(Math.max(1, xb - yb), yb));
      return true;
    case '<<':
      if (y > 0n && x !== 0n && xb + capped(y) > MAX_INT_BITS) return false;
      budget.charge(1 + Math.ceil((xb + (y > 0n ? capped(y) : 0)) / 4096));
      return true;
    case '**': {
      if (y <= 0n || x === 0n || x === 1n || x === -1n) return true;
      const bits = xb * capped(y);
      if (!(bits <= MAX_INT_BITS)) return false;
      // Square-and-multiply: the last squarings dominate, about twice the last one.
      budget.charge(2 * mulCost(bits / 2, bits / 2));
      return true;
    }
    default:
      budget.charge(1 + Math.ceil(Math.max(xb, yb) / 4096));
      return true;
  }
}
