/**
 * Standard-library modules registered in `realm.modules`: time, math, random, functools.
 *
 * - `time` over the model's virtual clock (time-module.ts); a `datetime` subset on it (datetime.ts).
 * - `random`: CPython's Mersenne Twister, bit-exact for a given seed (random.ts).
 * - `functools` (functools.ts);
 * - `sys` (see sysModule); `dataclasses` (dataclasses.ts); `typing` (typing.ts); `enum` (enum.ts); `json` (json.ts); `itertools` (itertools.ts);
 *   `heapq`, `bisect` (heapq-bisect.ts); `operator`, `copy`, `string` (small-modules.ts);
 *   `abc`, `logging` (abc-logging.ts).
 */
import { None, type PyClass, PyFloat, PyInstance, type PyModule, PyTuple, type CallArgs, type Value } from '../values';
import { Thrown } from '../thrown';
import { installCollections } from './collections';
import { intArg, mapArgs, positional } from './args';
import { defineBuiltinClass, invalidateLookups, nativeModule, pyNative } from './classes';
import { call } from './calls';
import { toFloat, floatToInt } from './constructors';
import { libmExp, libmExp2, libmLog, libmLog10, libmLog2, libmPow, vectorNorm } from './libm';
import { exactParts, fusedMultiplyAdd, ieeeRemainder, nextAfter, roundScaled, ulp } from './float-bits';
import { stepOf, toArray } from './iteration';
import { DONE } from './objects';
import { binary } from './operators';
import { checkIntBits, isqrtBig, normBig, toBig } from './numbers';
import { bitLength, mulCost } from '../limits';
import { contextlibModule } from './contextlib';
import { installContextvars } from './contextvars';
import { functoolsModule } from './functools';
import { namedtupleFunction } from './namedtuple';
import { pyRepr } from './formatting';
import type { PyRuntime } from './state';
import { typeName } from './types';
import { formatValue } from './formatspec';
import { randomModule } from './random';
import { installStatistics } from './statistics';
import { timeModule } from './time-module';
import { installDatetime } from './datetime';
import { installDataclasses } from './dataclasses';
import { installTyping } from './typing';
import { installEnum } from './enum';
import { installJson } from './json';
import { installItertools } from './itertools';
import { installHeapqBisect } from './heapq-bisect';
import { installSmallModules } from './small-modules';
import { installTypesModule } from './types-module';
import { installInspectModule } from './inspect-module';
import { installAbc, installLogging } from './abc-logging';

function realArg(rt: PyRuntime, v: Value): number {
  if (typeof v === 'string' || !(typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat)) {
    throw rt.error('TypeError', `must be real number, not ${typeName(rt, v)}`);
  }
  return toFloat(rt, v);
}

const f = (x: number) => new PyFloat(x);

function mathModule(rt: PyRuntime): PyModule {
  const x1 = (a: CallArgs, name: string) => realArg(rt, positional(rt, name, a, 1, 1)[0]);
  /**
   * A libm result with CPython's errno checks (math_1, math_2): a NaN from non-NaN arguments is
   * a domain error, an infinity from finite ones a range error; NaN and infinity in, out.
   */
  const rangeErr = (r: number, ...args: number[]) => {
    if (Number.isNaN(r) && !args.some(Number.isNaN)) throw rt.error('ValueError', 'math domain error');
    if ((r === Infinity || r === -Infinity) && args.every(Number.isFinite)) throw rt.error('OverflowError', 'math range error');
    return f(r);
  };
  const shown = (x: number) => formatValue(rt, f(x), '');
  /** sin, cos, tan: CPython 3.14 names an infinite argument; NaN passes through. */
  const finite = (name: string, fn: (x: number) => number) => (a: CallArgs) => {
    const x = x1(a, name);
    if (x === Infinity || x === -Infinity) throw rt.error('ValueError', `expected a finite input, got ${shown(x)}`);
    return f(fn(x));
  };
  /** asin, acos: defined on [-1, 1]; NaN passes through. */
  const unitRange = (name: string, fn: (x: number) => number) => (a: CallArgs) => {
    const x = x1(a, name);
    if (x > 1 || x < -1) throw rt.error('ValueError', `expected a number in range from -1 up to 1, got ${shown(x)}`);
    return f(fn(x));
  };
  const libm1 = (name: string, fn: (x: number) => number) => (a: CallArgs) => {
    const x = x1(a, name);
    return rangeErr(fn(x), x);
  };
  // factorial, comb and perm: the product of lo..hi split in halves, so V8 multiplies numbers
  // of like size (Karatsuba) instead of a huge one by a small one n times. Each multiplication
  // is weighed first (numbers.ts): factorial(10**8) ends in the budget or MemoryError instead
  // of stalling the run in one native call (issue 10).
  const product = (lo: bigint, hi: bigint): bigint => {
    if (hi < lo) return 1n;
    if (hi - lo < 16n) {
      rt.realm.budget.charge(1);
      let r = lo;
      for (let i = lo + 1n; i <= hi; i++) r *= i;
      return r;
    }
    const mid = (lo + hi) >> 1n;
    const left = product(lo, mid);
    const right = product(mid + 1n, hi);
    const lb = bitLength(left);
    const rb = bitLength(right);
    checkIntBits(rt, lb + rb);
    rt.realm.budget.charge(mulCost(lb, rb));
    return left * right;
  };
  const intOf = (v: Value): bigint => {
    if ((typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint' || typeof v === 'boolean') return toBig(v);
    throw rt.error('TypeError', `'${typeName(rt, v)}' object cannot be interpreted as an integer`);
  };
  const gcd = (a: bigint, b: bigint): bigint => {
    a = a < 0n ? -a : a;
    b = b < 0n ? -b : b;
    while (b) [a, b] = [b, a % b];
    return a;
  };
  /**
   * CPython's loghelper: an int too large for a float is m · 2^e (m in [½, 1), rounded as
   * int-to-float rounds), and its log is log(m) + log(2.0) · e.
   */
  const logOfArg = (v: Value, log: (x: number) => number): number => {
    if (typeof v === 'bigint' && !Number.isFinite(Number(v))) {
      if (v <= 0n) throw rt.error('ValueError', 'expected a positive input');
      const e = bitLength(v);
      // The top 55 bits, the lowest of them sticky, round to 53 as Number() rounds a bigint.
      const top = v >> BigInt(e - 55);
      const m = Number(top | (top << BigInt(e - 55) === v ? 0n : 1n)) / 2 ** 55;
      return log(m) + log(2.0) * e;
    }
    const x = realArg(rt, v);
    if (x <= 0) {
      // An int's message has no value in it (loghelper's int path); a float's names it (math_1).
      const isInt = typeof v === 'boolean' || typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v));
      throw rt.error('ValueError', isInt ? 'expected a positive input' : `expected a positive input, got ${formatValue(rt, f(x), '')}`);
    }
    return log(x);
  };
  /** math.hypot's and math.dist's length of a vector of absolute values (CPython's vector_norm). */
  const norm = (values: number[]): number => {
    let max = 0;
    let nan = false;
    for (const x of values) {
      if (Number.isNaN(x)) nan = true;
      else if (x > max) max = x;
    }
    return vectorNorm(values, max, nan);
  };
  return nativeModule(
    'math',
    {
      sqrt: (a) => {
        const x = x1(a, 'sqrt');
        if (x < 0) throw rt.error('ValueError', `expected a nonnegative input, got ${formatValue(rt, f(x), '')}`);
        return f(Math.sqrt(x));
      },
      floor: (a) => {
        const [v] = positional(rt, 'floor', a, 1, 1);
        if (typeof v === 'number' && Number.isInteger(v)) return v;
        if (typeof v === 'bigint') return v;
        return floatToInt(rt, Math.floor(realArg(rt, v)));
      },
      ceil: (a) => {
        const [v] = positional(rt, 'ceil', a, 1, 1);
        if (typeof v === 'number' && Number.isInteger(v)) return v;
        if (typeof v === 'bigint') return v;
        return floatToInt(rt, Math.ceil(realArg(rt, v)));
      },
      trunc: (a) => floatToInt(rt, Math.trunc(x1(a, 'trunc'))),
      fabs: (a) => f(Math.abs(x1(a, 'fabs'))),
      exp: libm1('exp', libmExp),
      log: (a) => {
        const p = positional(rt, 'log', a, 1, 2);
        const x = logOfArg(p[0], libmLog);
        if (p.length === 1) return f(x);
        const base = logOfArg(p[1], libmLog);
        if (base === 0) throw rt.error('ZeroDivisionError', 'division by zero');
        return f(x / base);
      },
      log2: (a) => f(logOfArg(positional(rt, 'log2', a, 1, 1)[0], libmLog2)),
      log10: (a) => f(logOfArg(positional(rt, 'log10', a, 1, 1)[0], libmLog10)),
      pow: (a) => {
        const [x, y] = mapArgs(positional(rt, 'pow', a, 2, 2), (v) => realArg(rt, v));
        if (x === 0 && y < 0) throw rt.error('ValueError', 'math domain error');
        return rangeErr(libmPow(x, y), x, y);
      },
      sin: finite('sin', Math.sin),
      cos: finite('cos', Math.cos),
      tan: finite('tan', Math.tan),
      asin: unitRange('asin', Math.asin),
      acos: unitRange('acos', Math.acos),
      atan: (a) => f(Math.atan(x1(a, 'atan'))),
      atan2: (a) => {
        const [y, x] = mapArgs(positional(rt, 'atan2', a, 2, 2), (v) => realArg(rt, v));
        return f(Math.atan2(y, x));
      },
      hypot: (a) => {
        if (a.keywords?.size) throw rt.error('TypeError', 'hypot() takes no keyword arguments');
        return f(norm(a.positional.map((v) => Math.abs(realArg(rt, v)))));
      },
      dist: (a) => {
        const [p, q] = positional(rt, 'dist', a, 2, 2).map((v) => toArray(rt, v)) as [Value[], Value[]];
        if (p.length !== q.length) throw rt.error('ValueError', 'both points must have the same number of dimensions');
        return f(norm(p.map((v, i) => Math.abs(realArg(rt, v) - realArg(rt, q[i]!)))));
      },
      // atanh, expm1 and log1p: V8's agree with musl's (pyodide) and glibc's (CPython on Linux)
      // on all but a few in 10,000 values (20,000 compared in session 14: expm1 8 and 0, log1p 7
      // and 4). sinh, cosh, tanh, asinh, acosh and cbrt differ from one or both in the last digit
      // for 1-55 % of values, so they stay unsupported rather than print a wrong digit (sin and
      // cos have a smaller gap, noted in the README; exp, exp2, log and pow are libm.ts's).
      expm1: libm1('expm1', Math.expm1),
      log1p: (a) => {
        const x = x1(a, 'log1p');
        if (x <= -1) throw rt.error('ValueError', `expected argument value > -1, got ${formatValue(rt, f(x), '')}`);
        return f(Math.log1p(x));
      },
      atanh: (a) => {
        const x = x1(a, 'atanh');
        if (!(x > -1 && x < 1) && !Number.isNaN(x))
          throw rt.error('ValueError', `expected a number between -1 and 1, got ${formatValue(rt, f(x), '')}`);
        return f(Math.atanh(x));
      },
      // C fmod: JavaScript's % on doubles is exactly it.
      fmod: (a) => {
        const [x, y] = mapArgs(positional(rt, 'fmod', a, 2, 2), (v) => realArg(rt, v));
        if ((y === 0 || !Number.isFinite(x)) && !Number.isNaN(x) && !Number.isNaN(y)) throw rt.error('ValueError', 'math domain error');
        return f(x % y);
      },
      modf: (a) => {
        const x = x1(a, 'modf');
        if (!Number.isFinite(x)) return new PyTuple([f(Number.isNaN(x) ? x : Math.sign(x) * 0), f(x)]);
        const whole = Math.trunc(x);
        // The fractional part keeps x's sign, -0.0 included.
        const frac = x - whole === 0 ? (Object.is(x, -0) || x < 0 ? -0 : 0) : x - whole;
        return new PyTuple([f(frac), f(whole === 0 && (x < 0 || Object.is(x, -0)) ? -0 : whole)]);
      },
      frexp: (a) => {
        const x = x1(a, 'frexp');
        if (x === 0 || !Number.isFinite(x)) return new PyTuple([f(x), 0]);
        // x = m * 2**e with 0.5 <= |m| < 1: the exponent field read off the bits and set to
        // 1022 (a subnormal is first scaled into the normal range by 2**64).
        const bits = new DataView(new ArrayBuffer(8));
        bits.setFloat64(0, x);
        let shift = 0;
        if (((bits.getUint32(0) >>> 20) & 0x7ff) === 0) {
          bits.setFloat64(0, x * 2 ** 64);
          shift = 64;
        }
        const hi = bits.getUint32(0);
        const e = ((hi >>> 20) & 0x7ff) - 1022 - shift;
        bits.setUint32(0, (hi & 0x800fffff) | (1022 << 20));
        const m = bits.getFloat64(0);
        return new PyTuple([f(m), e]);
      },
      degrees: (a) => f((x1(a, 'degrees') * 180) / Math.PI),
      radians: (a) => f((x1(a, 'radians') * Math.PI) / 180),
      isnan: (a) => Number.isNaN(x1(a, 'isnan')),
      isinf: (a) => {
        const x = x1(a, 'isinf');
        return x === Infinity || x === -Infinity;
      },
      isfinite: (a) => Number.isFinite(x1(a, 'isfinite')),
      copysign: (a) => {
        const [x, y] = mapArgs(positional(rt, 'copysign', a, 2, 2), (v) => realArg(rt, v));
        return f(Math.sign(y) < 0 || Object.is(y, -0) ? -Math.abs(x) : Math.abs(x));
      },
      isclose: (a) => {
        const [x, y] = mapArgs(positional(rt, 'isclose', a, 2, 2, ['rel_tol', 'abs_tol']), (v) => realArg(rt, v));
        const rel = a.keywords?.has('rel_tol') ? realArg(rt, a.keywords.get('rel_tol')) : 1e-9;
        const abs = a.keywords?.has('abs_tol') ? realArg(rt, a.keywords.get('abs_tol')) : 0;
        if (x === y) return true;
        const d = Math.abs(x - y);
        return d <= Math.abs(rel * y) || d <= Math.abs(rel * x) || d <= abs;
      },
      gcd: (a) => normBig(a.positional.map(intOf).reduce((x, y) => gcd(x, y), 0n)),
      lcm: (a) =>
        normBig(
          a.positional.map(intOf).reduce((x, y) => {
            if (x === 0n || y === 0n) return 0n;
            const l = (x * y) / gcd(x, y);
            return l < 0n ? -l : l;
          }, 1n),
        ),
      factorial: (a) => {
        const n = intOf(positional(rt, 'factorial', a, 1, 1)[0]);
        if (n < 0n) throw rt.error('ValueError', 'factorial() not defined for negative values');
        return normBig(product(2n, n));
      },
      comb: (a) => {
        const [n, k] = mapArgs(positional(rt, 'comb', a, 2, 2), intOf);
        if (n < 0n || k < 0n) throw rt.error('ValueError', `${n < 0n ? 'n' : 'k'} must be a non-negative integer`);
        if (k > n) return 0;
        const j = k < n - k ? k : n - k;
        return normBig(product(n - j + 1n, n) / product(2n, j));
      },
      perm: (a) => {
        const p = mapArgs(positional(rt, 'perm', a, 1, 2), intOf);
        const n = p[0];
        const k = p[1] ?? n;
        if (k > n) return 0;
        return normBig(product(n - k + 1n, n));
      },
      isqrt: (a) => {
        const n = intOf(positional(rt, 'isqrt', a, 1, 1)[0]);
        if (n < 0n) throw rt.error('ValueError', 'isqrt() argument must be nonnegative');
        return normBig(isqrtBig(n));
      },
      exp2: libm1('exp2', libmExp2),
      ulp: (a) => f(ulp(x1(a, 'ulp'))),
      nextafter: (a) => {
        const [x, y] = mapArgs(positional(rt, 'nextafter', a, 2, 2, ['steps']), (v) => realArg(rt, v));
        const given = a.keywords?.get('steps');
        if (given === undefined || given === None) return f(nextAfter(x, y, 1n));
        const steps = intOf(given);
        if (steps < 0n) throw rt.error('ValueError', 'steps must be a non-negative integer');
        return f(nextAfter(x, y, steps));
      },
      remainder: (a) => {
        const [x, y] = mapArgs(positional(rt, 'remainder', a, 2, 2), (v) => realArg(rt, v));
        if (Number.isNaN(x) || Number.isNaN(y)) return f(NaN);
        if (!Number.isFinite(x) || y === 0) throw rt.error('ValueError', 'math domain error');
        return f(ieeeRemainder(x, y));
      },
      fma: (a) => {
        const [x, y, z] = mapArgs(positional(rt, 'fma', a, 3, 3), (v) => realArg(rt, v));
        if (![x, y, z].every(Number.isFinite)) {
          // The exact product of finite x and y is finite, whatever x * y would round to.
          const r = Number.isFinite(x) && Number.isFinite(y) ? z : x * y + z;
          if (Number.isNaN(r) && ![x, y, z].some(Number.isNaN)) throw rt.error('ValueError', 'invalid operation in fma');
          return f(r);
        }
        const r = fusedMultiplyAdd(x, y, z);
        if (r === null) throw rt.error('OverflowError', 'overflow in fma');
        return f(r);
      },
      ldexp: (a) => {
        const [xv, iv] = positional(rt, 'ldexp', a, 2, 2);
        const x = realArg(rt, xv);
        const i = Math.max(-2200, Math.min(2200, Number(intOf(iv))));
        let r = x;
        for (let k = i; k !== 0;) {
          const step = Math.max(-1000, Math.min(1000, k));
          r *= 2 ** step;
          k -= step;
        }
        if (x === 0 || !Number.isFinite(x)) return f(x);
        return rangeErr(r, x);
      },
      fsum: (a) => {
        // The exact sum rounded once, as CPython's Shewchuk partials give it: every finite double is
        // a whole multiple of 2^-1074. A Neumaier running sum decides when an intermediate sum
        // overflows, and the sign of a zero. Infinities and NaNs are summed apart, as math_fsum does.
        let exactSum = 0n;
        let sum = 0;
        let c = 0;
        let special = 0;
        let infinities = 0;
        for (const v of toArray(rt, positional(rt, 'fsum', a, 1, 1)[0])) {
          const x = realArg(rt, v);
          if (!Number.isFinite(x)) {
            if (x === Infinity || x === -Infinity) infinities += x;
            special += x;
            continue;
          }
          const { m, e } = exactParts(x);
          exactSum += m << BigInt(e + 1074);
          const t = sum + x;
          c += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
          sum = t;
        }
        if (special !== 0) {
          if (Number.isNaN(infinities)) throw rt.error('ValueError', '-inf + inf in fsum');
          return f(special);
        }
        const r = exactSum === 0n ? sum + c : roundScaled(exactSum, -1074);
        if (!Number.isFinite(sum) || !Number.isFinite(r)) throw rt.error('OverflowError', 'intermediate overflow in fsum');
        return f(r);
      },
      prod: (a) => {
        const p = positional(rt, 'prod', a, 1, 1, ['start']);
        let acc: Value = a.keywords?.get('start') ?? 1;
        const step = stepOf(rt, p[0]);
        for (let x = step(); x !== DONE; x = step()) acc = binary(rt, '*', acc, x);
        return acc;
      },
    },
    { pi: f(Math.PI), e: f(Math.E), tau: f(2 * Math.PI), inf: f(Infinity), nan: f(NaN) },
  );
}

/**
 * `sys.version_info`: a struct sequence, a tuple whose items are also named fields
 * (`sys.version_info.major`), printed `sys.version_info(major=3, ...)`; built as a namedtuple.
 */
function versionInfo(rt: PyRuntime): Value {
  const fields = ['major', 'minor', 'micro', 'releaselevel', 'serial'];
  const cls = call(rt, namedtupleFunction(rt), ['version_info', fields]) as PyClass;
  cls.dict.set('__module__', 'sys');
  const values: Value[] = [3, 14, 2, 'final', 0];
  cls.dict.set(
    '__repr__',
    pyNative('__repr__', () => `sys.version_info(${fields.map((f, i) => `${f}=${pyRepr(rt, values[i])}`).join(', ')})`),
  );
  invalidateLookups();
  return call(rt, cls, values);
}

/**
 * `sys`: version facts, `exit` (raises SystemExit), and `stdout`/`stderr` file objects.
 * `sys.stdout.write` goes to the program output like print; `sys.stderr.write` to stderr
 * (runtime/output.ts), beside it.
 */
function sysModule(rt: PyRuntime): PyModule {
  const stream = (name: string, write: (s: string) => void) => {
    const cls = defineBuiltinClass(rt.realm, 'TextIOWrapper', [rt.cls('object')], {
      module: '_io',
      register: false,
      methods: {
        write: (_self, a) => {
          const [text] = positional(rt, 'write', a, 1, 1);
          if (typeof text !== 'string') throw rt.error('TypeError', `write() argument must be str, not ${typeName(rt, text)}`);
          write(text);
          return text.length;
        },
        flush: () => None,
      },
      attrs: { name: `<${name}>` },
    });
    return new PyInstance(cls);
  };
  const stdout = stream('stdout', (text) => rt.realm.write(text));
  const stderr = stream('stderr', (text) => rt.realm.write(text, 'stderr'));
  return nativeModule(
    'sys',
    {
      exit: (a) => {
        const p = positional(rt, 'exit', a, 0, 1);
        throw new Thrown(rt.newException(rt.cls('SystemExit'), p.length && p[0] !== None ? [p[0]] : []));
      },
      get_int_max_str_digits: () => rt.maxStrDigits,
      set_int_max_str_digits: (a) => {
        const given = positional(rt, 'set_int_max_str_digits', a, 0, 1, ['maxdigits'])[0] ?? a.keywords?.get('maxdigits');
        if (given === undefined) throw rt.error('TypeError', "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
        const limit = intArg(rt, given);
        if (limit !== 0 && limit < 640) throw rt.error('ValueError', 'maxdigits must be >= 640 or 0 for unlimited');
        rt.maxStrDigits = limit;
        return None;
      },
      // The exception being handled, by the innermost open `except` clause of the stack
      // (runtime/call-stack.ts `handled`): sysmodule.c sys_exception / sys_exc_info. The
      // traceback is the exception's `__traceback__`, which is None here (exceptions.ts).
      exception: (a) => {
        positional(rt, 'exception', a, 0, 0);
        const handled = rt.realm.stack.handled as Value | undefined;
        return handled === undefined ? None : handled;
      },
      exc_info: (a) => {
        positional(rt, 'exc_info', a, 0, 0);
        const handled = rt.realm.stack.handled as Value | undefined;
        if (handled === undefined || !(handled instanceof PyInstance)) return new PyTuple([None, None, None]);
        return new PyTuple([handled.cls, handled, None]);
      },
      // The limit the call stack is counted against (runtime/call-stack.ts); sysmodule.c's checks.
      getrecursionlimit: () => rt.realm.stack.pyLimit,
      setrecursionlimit: (a) => {
        const limit = intArg(rt, positional(rt, 'setrecursionlimit', a, 1, 1)[0]);
        if (limit > 2147483647 || limit < -2147483648) throw rt.error('OverflowError', 'Python int too large to convert to C int');
        if (limit < 1) throw rt.error('ValueError', 'recursion limit must be greater or equal than 1');
        const stack = rt.realm.stack;
        if (stack.depth >= limit) {
          throw rt.error(
            'RecursionError',
            `cannot set the recursion limit to ${limit} at the recursion depth ${stack.depth}: the limit is too low`,
          );
        }
        stack.pyLimit = limit;
        return None;
      },
    },
    {
      version: '3.14.2 (Async Lanes engine)',
      version_info: versionInfo(rt),
      platform: 'linux',
      byteorder: 'little',
      maxsize: 9223372036854775807n,
      argv: [''],
      stdout,
      stderr,
    },
  );
}

/**
 * Register the standard-library modules; each is built when a program first imports it
 * (runtime/module-registry.ts), so a run pays only for the modules it uses.
 */
export function installModules(rt: PyRuntime): void {
  const m = rt.realm.modules;
  m.define('sys', () => sysModule(rt));
  m.define('collections', () => installCollections(rt));
  m.define('time', () => timeModule(rt));
  m.define('datetime', () => installDatetime(rt));
  m.define('math', () => mathModule(rt));
  m.define('random', () => randomModule(rt));
  m.define('functools', () => functoolsModule(rt));
  m.define('dataclasses', () => installDataclasses(rt));
  m.define('typing', () => installTyping(rt));
  m.define('enum', () => installEnum(rt));
  m.define('json', () => installJson(rt));
  m.define('statistics', () => installStatistics(rt));
  m.define('itertools', () => installItertools(rt));
  // heapq and bisect share their comparison helpers: built together, on the first import of either.
  let heapqBisect: ReturnType<typeof installHeapqBisect> | undefined;
  const both = () => (heapqBisect ??= installHeapqBisect(rt));
  m.define('heapq', () => both().heapq);
  m.define('bisect', () => both().bisect);
  for (const [name, build] of Object.entries(installSmallModules(rt))) m.define(name, build);
  m.define('abc', () => installAbc(rt));
  m.define('logging', () => installLogging(rt));
  m.define('contextlib', () => contextlibModule(rt));
  m.define('contextvars', () => installContextvars(rt));
  m.define('types', () => installTypesModule(rt));
  m.define('inspect', () => installInspectModule(rt));
}
