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
  // more str, int and container natives
  "'ab'.translate({97: 'x' * N})",
  "'a b' * 3 + ' ' * N",
  "('x' * N).title()",
  "('x' * N).partition('y')",
  "'\\t' * N + 'x'",
  "('\\t' * 3).expandtabs(N)",
  "'x'.center(N, '-').count('-')",
  "format(N, ',')",
  "format(N, 'b')",
  "format(N, '_x')",
  'str(2 ** N)',
  'repr(list(range(N)))',
  'str(range(N))',
  'hash(tuple(range(N)))',
  'bytes(range(N)).hex()',
  'bytearray(N).decode()',
  "int('1' * 10, N)",
  'round(123.456, N)',
  'round(N, -M)',
  'pow(N, -1, M)',
  'divmod(N, 0.5)',
  '(N).bit_count()',
  'math.pow(N, M)',
  'math.lcm(*range(1, N))',
  'len(range(0, N, M))',
  'range(N).index(M)',
  'range(N).count(M)',
  'list(range(N))[::M]',
  '[0] * 3 + list(range(N))',
  'a = []; a.extend(range(N))',
  'a = [1, 2]; a.insert(N, 0)',
  'a = [1, 2]; a *= N',
  'a = [0] * 3; a[N:M] = range(N)',
  'a = list(range(3)); del a[::N]',
  'd = {}; d.update(zip(range(N), range(N)))',
  's = set(); s.update(range(N))',
  'set(range(N)) ^ set(range(M))',
  'sorted(range(N), key=lambda x: -x)',
  'min(range(N), key=abs)',
  'list(zip(range(N), range(M), strict=True))',
  'list(enumerate(range(3), start=N))',
  'collections.deque(range(3), maxlen=N).rotate(M)',
  'collections.deque(range(N)).rotate(M)',
  'list(itertools.tee(range(3), N))',
  'list(itertools.pairwise(range(N)))',
  'list(itertools.zip_longest(range(N), range(M)))',
  "list(itertools.groupby('a' * N))",
  'list(itertools.islice(itertools.cycle(range(3)), N))',
  'list(itertools.combinations_with_replacement(range(N), M))',
  'heapq.heapify(list(range(N)))',
  'functools.lru_cache(maxsize=N)(abs)(1)',
  'random.shuffle(list(range(N)))',
  'random.randbytes(N)',
  'random.uniform(0, N)',
  'asyncio.Semaphore(N)',
  'asyncio.Queue(maxsize=N)',
  "print('x' * N)",
  "print(*range(N), sep='')",
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
  // more natives, and array-likes with a length for any size
  "'x'.repeat(N).normalize('NFD')",
  "'x'.repeat(N).toUpperCase()",
  "'x'.repeat(N).trim()",
  "'x'.repeat(N).codePointAt(M)",
  "Array.from('x'.repeat(N))",
  "[...'x'.repeat(N)]",
  "btoa('x'.repeat(N))",
  "new TextEncoder().encode('x'.repeat(N))",
  "JSON.stringify('x'.repeat(N))",
  "JSON.stringify([[]], null, '\\t'.repeat(N))",
  '(N).toLocaleString()',
  'new Intl.NumberFormat().format(N)',
  'BigInt(N).toString(M)',
  'BigInt.asIntN(N, 2n ** 64n)',
  "BigInt('9'.repeat(N))",
  "Number('1e' + N)",
  'Math.pow(N, M)',
  'Array(N).fill().map((x, i) => i)',
  'Array.from({ length: N }).join()',
  'Array(N).reduce((a) => a, 0)',
  'Array(N).every((x) => x)',
  'Array(N).findLast((x) => x)',
  '[].push(...Array(N))',
  'Array(N).flat()',
  'Array(N).copyWithin(0, M)',
  'Array(N).fill(0, M)',
  'Object.assign([], Array(N))',
  'Object.entries(Array(N))',
  'Reflect.ownKeys(Array(N))',
  "Object.getOwnPropertyNames('x'.repeat(N))",
  'const a = []; a.length = N; a.push(1)',
  'const a = [1, 2, 3]; a.length = N; a.reverse()',
  'const a = [1]; a[N] = 2; a.sort()',
  'const a = [1]; a[N] = 2; a.join()',
  'Array.prototype.slice.call({ length: N })',
  'Array.prototype.join.call({ length: N })',
  'Array.prototype.indexOf.call({ length: N }, 1)',
  'Array.prototype.fill.call({ length: N }, 0)',
  'Array.prototype.reverse.call({ length: N })',
  'Array.prototype.includes.call({ length: N }, 1)',
  'Array.prototype.map.call({ length: N }, (x) => x)',
  'Array.from({ length: N }, (_, i) => i)',
  'Math.max.apply(null, { length: N })',
  'String.raw({ raw: { length: N } })',
  'String.prototype.padStart.call(N, M)',
  'new Array(N).keys().next()',
  'structuredClone({ length: N })',
  'new Map(Array(N).entries()).size',
  'Promise.race(Array(N))',
  'Promise.allSettled(Array(N))',
  'setInterval(() => {}, N)',
  // the event loop
  'Promise.all(new Array(N).fill(0))',
  'setTimeout(() => {}, N)',
  'Array.from({ length: N }, () => queueMicrotask(() => {}))',
];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

function size(r: () => number): string {
  return r() < 0.7 ? pick(r, BIG_NUMBERS) : pick(r, SMALL_NUMBERS);
}

/**
 * A statement calling a native with sizes for arguments, in `lang`: the call's value dropped
 * (`_ = …`, `void (…);`), or a template's own statements (those with a `;`) as they are.
 */
export function nativeCallStatement(lang: Lang, r: () => number): string {
  const template = pick(r, lang === 'py' ? PY_CALLS : JS_CALLS);
  // Parenthesised: `N ** M` with N = `2**32 - 1` keeps its meaning, and `-1` its sign.
  return statementOf(
    lang,
    template.replace(/\b[NM]\b/g, () => `(${size(r)})`),
  );
}

/** A template with its sizes in place, as a statement of `lang`. */
export function statementOf(lang: Lang, code: string): string {
  if (lang === 'py') return code.includes(';') ? code : `_ = ${code}`;
  return code.includes(';') ? `{ ${code}; }` : `void (${code});`;
}

/** The language a seed program is most likely written in, from the text alone (mutations do not know it). */
export function likelyLang(text: string): Lang {
  return /\b(?:def|import|elif|None|True|False)\b|^\s*#|:\s*$/m.test(text) &&
    !/\b(?:function|const|let|var|console\.log|=>)\b|[;{}]\s*$/m.test(text)
    ? 'py'
    : 'js';
}
