/**
 * Calls of the runtimes' natives with sizes for arguments, for the fuzzer's `nativeCall`
 * mutation (mutate.ts). Every native that loops or allocates in proportion to its input must
 * count that work against the step budget and check the size against the run's caps before
 * it allocates (issue 10); one that does not runs for minutes inside a single step, which the
 * fuzzer's watchdog reports as a `hang`, or takes the worker down (`memory`, `internal`).
 * The corpus programs rarely call such natives with a size, so the token mutations seldom
 * reach them: these templates do, with `N` and `M` replaced by sizes past the engine's caps,
 * boundaries of 32-bit and double arithmetic, and small numbers.
 */
import type { Lang } from '../../src/engine/names';

/** Sizes and boundaries; also the `bigNumber` mutation's replacements. */
export const BIG_NUMBERS = [
  '10**5',
  '10**7',
  '10**9',
  '2**31',
  '2**32',
  '2**32 - 1',
  '2**53',
  '2**64',
  '1e21',
  '-1',
  '-(2**31)',
  '0',
  '0.5',
  '65536',
];

const SMALL_NUMBERS = ['1', '2', '3', '7', '36'];

/** What the Python templates use, imported on the program's first line. */
export const PY_IMPORTS = 'import itertools, math, random, collections, heapq, json, functools, operator';

export const PY_CALLS = [
  // str
  "'ab'.center(N)",
  "'ab'.ljust(N, '*')",
  "'ab'.rjust(N)",
  "'ab'.zfill(N)",
  "'a\\tb'.expandtabs(N)",
  "'ab' * N",
  "'abc'.split('b', N)",
  "'a b c'.rsplit(None, N)",
  "'abab'.replace('a', 'xyz', N)",
  "'abc'.find('c', N, M)",
  "'abc'[N:M:2]",
  "'abc' * 3 + 'x' * N",
  "'%*d' % (N, 1)",
  "'%.*f' % (N, 1.5)",
  "f'{1:{N}}'",
  "format(1.5, f'.{N}f')",
  "'{:>{}}'.format('x', N)",
  "'x'.encode() * N",
  'chr(N)',
  "'-'.join(['ab'] * N)",
  "'ab'.count('', N)",
  "'ab'.splitlines() * N",
  // numbers
  'N ** M',
  'N << M',
  'pow(N, M, 7)',
  'pow(7, N, M)',
  'round(1.5, N)',
  'hex(N) + bin(N) + oct(N)',
  "int('1' * N)",
  "(N).to_bytes(M, 'big')",
  "int.from_bytes('a'.encode() * N, 'big')",
  'divmod(N, M)',
  'float(N) ** M',
  'math.factorial(N)',
  'math.comb(N, M)',
  'math.perm(N, M)',
  'math.isqrt(N)',
  'math.prod(range(N))',
  'math.ldexp(1.0, N)',
  'math.gcd(N, M)',
  // sequences
  '[0] * N',
  '(0,) * N',
  'list(range(N))',
  'sum(range(N))',
  'sorted(range(N), reverse=True)',
  'max(range(N))',
  'tuple(range(N))',
  'set(range(N))',
  'frozenset(range(N))',
  'dict.fromkeys(range(N))',
  'list(reversed(range(N)))',
  'range(N)[M]',
  'range(0, N, M)[::-1]',
  'len(range(N))',
  '[1, 2, 3] * N',
  '[1, 2, 3][N:M]',
  'bytearray(N)',
  'bytes(N)',
  'bytes(range(N))',
  'list(enumerate(range(N)))',
  'list(zip(range(N), range(M)))',
  "'x'.join(map(str, range(N)))",
  'list(map(abs, range(N)))',
  'list(filter(None, range(N)))',
  'any(x > N for x in range(M))',
  '[x for x in range(N)]',
  '{x: x for x in range(N)}',
  'functools.reduce(operator.add, range(N))',
  'memoryview(bytes(N))',
  // itertools, collections, heapq
  'list(itertools.repeat(0, N))',
  'list(itertools.islice(itertools.count(), N))',
  'list(itertools.product(range(N), repeat=M))',
  'list(itertools.combinations(range(N), M))',
  'list(itertools.permutations(range(N), M))',
  'list(itertools.accumulate(range(N)))',
  'list(itertools.chain.from_iterable([range(N)] * M))',
  'list(itertools.batched(range(N), M))',
  'collections.deque(range(N), M)',
  "collections.Counter('ab' * N)",
  'heapq.nlargest(N, range(M))',
  // random, json
  "random.seed('x' * N)",
  'random.randrange(N)',
  'random.getrandbits(N)',
  'random.choices([1], k=N)',
  'random.sample(range(N), M)',
  'json.dumps([0] * N)',
  "json.dumps({'a': [1]}, indent=N)",
  "json.loads('[' * N + ']' * N)",
];

export const JS_CALLS = [
  // String
  "'ab'.repeat(N)",
  "'ab'.padStart(N)",
  "'ab'.padEnd(N, 'xy')",
  "'abc'.substring(N, M)",
  "'abc'.substr(N, M)",
  "'abc'.at(N)",
  "'abc'.split('', N)",
  "'abc'.indexOf('c', N)",
  "'abc'.slice(N, M)",
  "'x'.repeat(N).split('')",
  "encodeURIComponent('€'.repeat(N))",
  "escape('x'.repeat(N))",
  "parseInt('9'.repeat(N), M)",
  "Number.parseFloat('1'.repeat(N))",
  'String.fromCharCode(...new Array(N).fill(65))',
  "'ab'.replaceAll('', 'x'.repeat(N))",
  // Number, BigInt, Math
  '(N).toString(M)',
  '(N).toFixed(M)',
  '(N).toPrecision(M)',
  '(N).toExponential(M)',
  'BigInt(N) ** BigInt(M)',
  'BigInt(N) << BigInt(M)',
  'BigInt.asUintN(N, -1n)',
  'Math.max(...new Array(N).fill(1))',
  'Math.hypot(...new Array(N).fill(1))',
  'new Date(N).toISOString()',
  // Array
  'new Array(N).fill(0)',
  'Array.from({ length: N })',
  "Array(N).join('ab')",
  '[1, 2, 3].fill(0, N, M)',
  '[1, 2, 3].at(N)',
  '[1, 2, 3].splice(N, M)',
  '[1, 2, 3].copyWithin(N, M)',
  '[1, [2, [3]]].flat(N)',
  '[1, 2, 3].with(N, 0)',
  '[1, 2, 3].toSpliced(N, M)',
  '[...Array(N).keys()]',
  'Array(N).reverse()',
  'Array(N).sort()',
  'Array(N).indexOf(1)',
  'Array(N).includes(undefined)',
  'Array(N).lastIndexOf(0)',
  '[].concat(Array(N), Array(M))',
  'Array.prototype.concat.apply([], Array(N))',
  'Object.keys(new Array(N))',
  'Array(N).map((x) => x)',
  'Array(N).flatMap((x) => [x])',
  'Array(N).toSorted()',
  // typed arrays, collections, JSON
  'new ArrayBuffer(N)',
  'new Uint8Array(N)',
  'new Uint8Array(N).fill(1).join()',
  'new Float64Array(N).map((x) => x + 1)',
  'new Map(Array.from({ length: N }, (_, i) => [i, i])).size',
  'new Set(Array(N).keys()).size',
  'Object.fromEntries(Array.from({ length: N }, (_, i) => [i, i]))',
  'structuredClone(new Array(N).fill({}))',
  'JSON.stringify(new Array(N).fill(0))',
  'JSON.stringify({ a: [1] }, null, N)',
  "JSON.parse('['.repeat(N) + ']'.repeat(N))",
  // the event loop
  'Promise.all(new Array(N).fill(0))',
  'setTimeout(() => {}, N)',
  'Array.from({ length: N }, () => queueMicrotask(() => {}))',
];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

function size(r: () => number): string {
  return r() < 0.7 ? pick(r, BIG_NUMBERS) : pick(r, SMALL_NUMBERS);
}

/** One call of a native with sizes for arguments, as an expression of `lang`. */
export function nativeCall(lang: Lang, r: () => number): string {
  const template = pick(r, lang === 'py' ? PY_CALLS : JS_CALLS);
  // Parenthesised: `N ** M` with N = `2**32 - 1` keeps its meaning, and `-1` its sign.
  return template.replace(/\b[NM]\b/g, () => `(${size(r)})`);
}

/** The language a seed program is most likely written in, from the text alone (mutations do not know it). */
export function likelyLang(text: string): Lang {
  return /\b(?:def|import|elif|None|True|False)\b|^\s*#|:\s*$/m.test(text) &&
    !/\b(?:function|const|let|var|console\.log|=>)\b|[;{}]\s*$/m.test(text)
    ? 'py'
    : 'js';
}
