/**
 * The builtin functions (Python/bltinmodule.c) installed into `realm.builtins.py`,
 * together with the built-in classes (int, str, list, ..., the exception classes).
 */
import {
  BoundMethod,
  FunctionValue,
  NativeFunction,
  None,
  PyClass,
  PyFloat,
  PyInstance,
  PyModule,
  PyTuple,
  type CallArgs,
  type Value,
} from '../values';
import { intArg, positional } from './args';
import { instanceDict } from './instance-dict';
import { unsupported } from '../../errors';
import { Thrown } from '../thrown';
import { getAttr, hasAttr, isAttributeError, setAttr, delAttr } from './attributes';
import { isSubclass, lookupMro, pyNative } from './classes';
import { bindDescriptor, call, callDunder } from './calls';
import { hashOf, newDict } from './equality';
import { display, pyAscii, pyRepr } from './formatting';
import { formatValue } from './formatspec';
import { pyLen } from './items';
import { getIter, nextOf, stepOf, toArray } from './iteration';
import { sortArgs, sortValues } from './list-methods';
import { floatDivmod, intAbs, intFloorDiv, intMod, normBig, roundFloat, roundHalfEven, toBig } from './numbers';
import { DONE, Ellipsis, NotImplemented, PyClassMethod, PyProperty, PyStaticMethod } from './objects';
import { binary, truthy } from './operators';
import { order } from './comparisons';
import { generatorNext, PyGenerator } from './generators';
import { asyncIterBuiltins } from './async-iteration';
import type { PyRuntime } from './state';
import { bitLength, mulCost, weighBigIntOp } from '../limits';
import { typeName, typeOf } from './types';
import { addMembers } from './classes';
import { unexpectedKeyword } from './suggestions';
import { installRangeMembers, rangeLen } from './range';
import { PyRange } from './objects';

/** A builtin's implementation, called as the NativeFunction's own impl (no wrapper frame: issue 10). */
type Impl = (self: Value, args: CallArgs) => Value;

function isinstanceOf(rt: PyRuntime, v: Value, cls: Value): boolean {
  if (cls instanceof PyTuple) return cls.items.some((c) => isinstanceOf(rt, v, c));
  if (cls instanceof PyClass) return isSubclass(typeOf(rt, v), cls);
  const js = rt.realm.js;
  if (js && (cls instanceof FunctionValue || cls instanceof NativeFunction) && cls.lang === 'js') return js.instanceOf(v, cls);
  throw rt.error('TypeError', 'isinstance() arg 2 must be a type, a tuple of types, or a union');
}

function issubclassOf(rt: PyRuntime, c: Value, cls: Value): boolean {
  if (!(c instanceof PyClass)) throw rt.error('TypeError', 'issubclass() arg 1 must be a class');
  if (cls instanceof PyTuple) return cls.items.some((x) => issubclassOf(rt, c, x));
  if (cls instanceof PyClass) return isSubclass(c, cls);
  throw rt.error('TypeError', 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
}

function minMax(rt: PyRuntime, name: 'min' | 'max', a: CallArgs): Value {
  const p = a.positional;
  positional(rt, name, a, 1, Infinity, ['key', 'default']);
  const key = a.keywords?.get('key') ?? None;
  const dflt = a.keywords?.get('default');
  let items: Value[];
  if (p.length === 1) items = toArray(rt, p[0]);
  else {
    if (dflt !== undefined) {
      throw rt.error('TypeError', `Cannot specify a default for ${name}() with multiple positional arguments`);
    }
    items = p;
  }
  if (items.length === 0) {
    if (dflt !== undefined) return dflt;
    throw rt.error('ValueError', `${name}() iterable argument is empty`);
  }
  let best = items[0];
  let bestKey = key === None ? best : call(rt, key, [best]);
  for (let i = 1; i < items.length; i++) {
    const k = key === None ? items[i] : call(rt, key, [items[i]]);
    if (truthy(rt, order(rt, name === 'max' ? '>' : '<', k, bestKey))) {
      best = items[i];
      bestKey = k;
    }
  }
  return best;
}

function pyRound(rt: PyRuntime, a: CallArgs): Value {
  const p = positional(rt, 'round', a, 1, 2, ['ndigits']);
  const x = p[0];
  const nd = p[1] ?? a.keywords?.get('ndigits');
  if (x instanceof PyInstance && lookupMro(x.cls, '__round__') !== undefined) {
    return callDunder(rt, x, '__round__', nd === undefined ? [] : [nd])!;
  }
  const f = x instanceof PyFloat ? x.v : typeof x === 'number' && !Number.isInteger(x) ? x : undefined;
  if (f !== undefined) {
    if (nd === undefined || nd === None) {
      if (f !== f) throw rt.error('ValueError', 'cannot convert float NaN to integer');
      if (!Number.isFinite(f)) throw rt.error('OverflowError', 'cannot convert float infinity to integer');
      return roundHalfEven(f);
    }
    return new PyFloat(roundFloat(f, intArg(rt, nd)));
  }
  if (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean') {
    const n = typeof x === 'boolean' ? (x ? 1 : 0) : x;
    if (nd === undefined || nd === None) return n;
    const d = intArg(rt, nd);
    if (d >= 0) return n;
    const b = toBig(n);
    // |n| < 2**bits <= 10**-d / 2: rounds to 0, without making 10**-d (for d = -10**7 that
    // took seconds in one step, past -2**30 V8 refused it: issue 10, found by the fuzzer).
    if ((bitLength(b) + 1) * Math.LOG10E * Math.LN2 < -d - 1) return 0;
    // round(1250, -2) == 1200: half-even at 10**-d.
    if (!weighBigIntOp(rt.realm.budget, '**', 10n, BigInt(-d))) throw rt.error('MemoryError', '');
    const m = 10n ** BigInt(-d);
    let q = b / m;
    let r = b % m;
    if (r < 0n) {
      q -= 1n;
      r += m;
    }
    if (r * 2n > m || (r * 2n === m && q % 2n !== 0n)) q += 1n;
    return normBig(q * m);
  }
  throw rt.error('TypeError', `type ${typeName(rt, x)} doesn't define __round__ method`);
}

function pyPow(rt: PyRuntime, a: CallArgs): Value {
  const p = positional(rt, 'pow', a, 2, 3, ['base', 'exp', 'mod']);
  const [base, exp] = p;
  const mod = p[2] ?? a.keywords?.get('mod');
  if (mod === undefined || mod === None) return binary(rt, '**', base, exp);
  const isI = (v: Value) => (typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint' || typeof v === 'boolean';
  if (!isI(base) || !isI(exp) || !isI(mod)) {
    throw rt.error('TypeError', 'pow() 3rd argument not allowed unless all arguments are integers');
  }
  let m = toBig(mod as number);
  if (m === 0n) throw rt.error('ValueError', 'pow() 3rd argument cannot be 0');
  const neg = m < 0n;
  if (neg) m = -m;
  let b = ((toBig(base as number) % m) + m) % m;
  let e = toBig(exp as number);
  if (e < 0n) {
    b = modInverse(rt, b, m);
    e = -e;
  }
  let r = 1n % m;
  // Each turn squares and reduces numbers of m's size: weighed like any long product (limits.ts).
  const turn = 2 * mulCost(bitLength(m), bitLength(m)) + 1;
  while (e > 0n) {
    rt.realm.budget.charge(turn);
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  if (neg && r !== 0n) r -= m;
  return normBig(r);
}

function modInverse(rt: PyRuntime, a: bigint, m: bigint): bigint {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw rt.error('ValueError', 'base is not invertible for the given modulus');
  return ((oldS % m) + m) % m;
}

function pyDivmod(rt: PyRuntime, a: CallArgs): Value {
  const [x, y] = positional(rt, 'divmod', a, 2, 2);
  const isI = (v: Value) => (typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint' || typeof v === 'boolean';
  if (isI(x) && isI(y)) {
    const i = (v: Value) => (typeof v === 'boolean' ? (v ? 1 : 0) : (v as number | bigint));
    return new PyTuple([intFloorDiv(rt, i(x), i(y)), intMod(rt, i(x), i(y))]);
  }
  const f = (v: Value) =>
    v instanceof PyFloat
      ? v.v
      : typeof v === 'number'
        ? v
        : typeof v === 'boolean'
          ? v
            ? 1
            : 0
          : typeof v === 'bigint'
            ? Number(v)
            : undefined;
  const fx = f(x);
  const fy = f(y);
  if (fx !== undefined && fy !== undefined) {
    if (fy === 0) throw rt.error('ZeroDivisionError', 'division by zero');
    const [q, r] = floatDivmod(fx, fy);
    return new PyTuple([new PyFloat(q), new PyFloat(r)]);
  }
  if (x instanceof PyInstance && lookupMro(x.cls, '__divmod__') !== undefined) return callDunder(rt, x, '__divmod__', [y])!;
  throw rt.error('TypeError', `unsupported operand type(s) for divmod(): '${typeName(rt, x)}' and '${typeName(rt, y)}'`);
}

function radix(rt: PyRuntime, name: string, a: CallArgs, base: number, prefix: string): string {
  const [x] = positional(rt, name, a, 1, 1);
  if (!((typeof x === 'number' && Number.isInteger(x)) || typeof x === 'bigint' || typeof x === 'boolean')) {
    throw rt.error('TypeError', `'${typeName(rt, x)}' object cannot be interpreted as an integer`);
  }
  const n = toBig(x);
  return (n < 0n ? '-' : '') + prefix + (n < 0n ? -n : n).toString(base);
}

function pyDir(rt: PyRuntime, v: Value): string[] {
  const names = new Set<string>();
  if (v instanceof PyInstance) for (const k of v.dict.keys()) names.add(k);
  if (v instanceof PyModule) for (const k of v.fullDict().keys()) names.add(k);
  const cls = v instanceof PyClass ? v : typeOf(rt, v);
  for (const c of cls.mro) for (const k of c.dict.keys()) names.add(k);
  return [...names].sort();
}

/**
 * sum(): CPython 3.12+ adds floats with Neumaier compensation (bltinmodule.c builtin_sum_impl),
 * so sum([0.1] * 10) == 1.0.
 */
function sumValues(rt: PyRuntime, start: Value, iterable: Value): Value {
  let acc = start;
  const step = stepOf(rt, iterable);
  let f = 0;
  let c = 0;
  let floatMode = false;
  const asFloat = (v: Value): number | undefined =>
    v instanceof PyFloat ? v.v : typeof v === 'number' ? v : typeof v === 'boolean' ? (v ? 1 : 0) : undefined;
  for (let x = step(); x !== DONE; x = step()) {
    if (!floatMode && (x instanceof PyFloat || (typeof x === 'number' && !Number.isInteger(x)))) {
      const a = asFloat(acc);
      if (a !== undefined) {
        floatMode = true;
        f = a;
        c = 0;
      }
    }
    if (floatMode) {
      const v = asFloat(x);
      if (v !== undefined) {
        const t = f + v;
        if (Math.abs(f) >= Math.abs(v)) c += f - t + v;
        else c += v - t + f;
        f = t;
        continue;
      }
      acc = new PyFloat(c && Number.isFinite(c) ? f + c : f);
      floatMode = false;
    }
    acc = binary(rt, '+', acc, x);
  }
  if (floatMode) return new PyFloat(c && Number.isFinite(c) ? f + c : f);
  return acc;
}

export function builtinFunctions(rt: PyRuntime): Record<string, Impl> {
  return {
    print: (_self, a) => {
      const sepV = a.keywords?.get('sep');
      const endV = a.keywords?.get('end');
      for (const k of a.keywords?.keys() ?? []) {
        if (!['sep', 'end', 'file', 'flush'].includes(k)) {
          throw rt.error('TypeError', `print() ${unexpectedKeyword(k, ['sep', 'end', 'file', 'flush'])}`);
        }
      }
      const sep = sepV === undefined || sepV === None ? ' ' : sepV;
      const end = endV === undefined || endV === None ? '\n' : endV;
      if (typeof sep !== 'string') throw rt.error('TypeError', `sep must be None or a string, not ${typeName(rt, sep)}`);
      if (typeof end !== 'string') throw rt.error('TypeError', `end must be None or a string, not ${typeName(rt, end)}`);
      const text = a.positional.map((v) => display(rt, v)).join(sep) + end;
      const file = a.keywords?.get('file');
      if (file === undefined || file === None) rt.realm.write(text);
      else call(rt, getAttr(rt, file, 'write'), [text]);
      return None;
    },
    len: (_self, a) => {
      const [v] = positional(rt, 'len', a, 1, 1);
      return v instanceof PyRange ? rangeLen(rt, v) : pyLen(rt, v);
    },
    repr: (_self, a) => pyRepr(rt, positional(rt, 'repr', a, 1, 1)[0]),
    ascii: (_self, a) => pyAscii(rt, positional(rt, 'ascii', a, 1, 1)[0]),
    isinstance: (_self, a) => {
      const [v, c] = positional(rt, 'isinstance', a, 2, 2);
      return isinstanceOf(rt, v, c);
    },
    issubclass: (_self, a) => {
      const [c, b] = positional(rt, 'issubclass', a, 2, 2);
      return issubclassOf(rt, c, b);
    },
    min: (_self, a) => minMax(rt, 'min', a),
    max: (_self, a) => minMax(rt, 'max', a),
    sum: (_self, a) => {
      const p = positional(rt, 'sum', a, 1, 2, ['start']);
      let acc: Value = p[1] ?? a.keywords?.get('start') ?? 0;
      if (typeof acc === 'string') throw rt.error('TypeError', "sum() can't sum strings [use ''.join(seq) instead]");
      return sumValues(rt, acc, p[0]);
    },
    sorted: (_self, a) => {
      // sorted() hands its keywords to list.sort(): a wrong one is sort()'s error.
      for (const k of a.keywords?.keys() ?? [])
        if (k !== 'key' && k !== 'reverse') throw rt.error('TypeError', `sort() ${unexpectedKeyword(k, ['key', 'reverse'])}`);
      const [it] = positional(rt, 'sorted', a, 1, 1, ['key', 'reverse']);
      const items = toArray(rt, it);
      const [key, rev] = sortArgs(rt, 'sorted', { positional: [], keywords: a.keywords });
      sortValues(rt, items, key, rev);
      return items;
    },
    abs: (_self, a) => {
      const [x] = positional(rt, 'abs', a, 1, 1);
      if (typeof x === 'number') return Number.isInteger(x) ? Math.abs(x) : new PyFloat(Math.abs(x));
      if (typeof x === 'bigint') return intAbs(x);
      if (typeof x === 'boolean') return x ? 1 : 0;
      if (x instanceof PyFloat) return new PyFloat(Math.abs(x.v));
      if (x instanceof PyInstance && lookupMro(x.cls, '__abs__') !== undefined) return callDunder(rt, x, '__abs__', [])!;
      throw rt.error('TypeError', `bad operand type for abs(): '${typeName(rt, x)}'`);
    },
    round: (_self, a) => pyRound(rt, a),
    divmod: (_self, a) => pyDivmod(rt, a),
    pow: (_self, a) => pyPow(rt, a),
    any: (_self, a) => {
      const step = stepOf(rt, positional(rt, 'any', a, 1, 1)[0]);
      for (let x = step(); x !== DONE; x = step()) if (truthy(rt, x)) return true;
      return false;
    },
    all: (_self, a) => {
      const step = stepOf(rt, positional(rt, 'all', a, 1, 1)[0]);
      for (let x = step(); x !== DONE; x = step()) if (!truthy(rt, x)) return false;
      return true;
    },
    iter: (_self, a) => getIter(rt, positional(rt, 'iter', a, 1, 1)[0]),
    next: (_self, a) => {
      const p = positional(rt, 'next', a, 1, 2);
      // A generator's StopIteration carries its return value.
      if (p.length === 1 && p[0] instanceof PyGenerator && !p[0].isAsync) return generatorNext(p[0]);
      // So does a class's __next__ (a coroutine's __await__ iterator, a user iterator): without
      // a default, its StopIteration goes on as it is (builtin_next), value and all.
      if (p.length === 1 && p[0] instanceof PyInstance && lookupMro(p[0].cls, '__next__') !== undefined)
        return callDunder(rt, p[0], '__next__', [])!;
      const r = nextOf(rt, p[0]);
      if (r !== DONE) return r;
      if (p.length > 1) return p[1];
      throw rt.error('StopIteration', '');
    },
    hasattr: (_self, a) => {
      const [o, n] = positional(rt, 'hasattr', a, 2, 2);
      if (typeof n !== 'string') throw rt.error('TypeError', 'hasattr(): attribute name must be string');
      return hasAttr(rt, o, n);
    },
    getattr: (_self, a) => {
      const p = positional(rt, 'getattr', a, 2, 3);
      if (typeof p[1] !== 'string') throw rt.error('TypeError', `attribute name must be string, not '${typeName(rt, p[1])}'`);
      if (p.length === 2) return getAttr(rt, p[0], p[1]);
      try {
        return getAttr(rt, p[0], p[1]);
      } catch (e) {
        if (isAttributeError(rt, e)) return p[2];
        throw e;
      }
    },
    setattr: (_self, a) => {
      const [o, n, v] = positional(rt, 'setattr', a, 3, 3);
      if (typeof n !== 'string') throw rt.error('TypeError', `attribute name must be string, not '${typeName(rt, n)}'`);
      setAttr(rt, o, n, v);
      return None;
    },
    delattr: (_self, a) => {
      const [o, n] = positional(rt, 'delattr', a, 2, 2);
      if (typeof n !== 'string') throw rt.error('TypeError', `attribute name must be string, not '${typeName(rt, n)}'`);
      delAttr(rt, o, n);
      return None;
    },
    callable: (_self, a) => {
      const [v] = positional(rt, 'callable', a, 1, 1);
      if (v instanceof PyInstance) return lookupMro(v.cls, '__call__') !== undefined;
      return v instanceof FunctionValue || v instanceof NativeFunction || v instanceof BoundMethod || v instanceof PyClass;
    },
    id: (_self, a) => {
      const [v] = positional(rt, 'id', a, 1, 1);
      return rt.address(v);
    },
    hash: (_self, a) => hashOf(rt, positional(rt, 'hash', a, 1, 1)[0]),
    chr: (_self, a) => {
      const i = intArg(rt, positional(rt, 'chr', a, 1, 1)[0]);
      if (i < 0 || i > 0x10ffff) throw rt.error('ValueError', 'chr() arg not in range(0x110000)');
      return String.fromCodePoint(i);
    },
    ord: (_self, a) => {
      const [s] = positional(rt, 'ord', a, 1, 1);
      if (typeof s !== 'string') throw rt.error('TypeError', `ord() expected string of length 1, but ${typeName(rt, s)} found`);
      const cps = Array.from(s);
      const [ch] = cps;
      if (cps.length !== 1 || ch === undefined)
        throw rt.error('TypeError', `ord() expected a character, but string of length ${cps.length} found`);
      return ch.codePointAt(0)!;
    },
    hex: (_self, a) => radix(rt, 'hex', a, 16, '0x'),
    oct: (_self, a) => radix(rt, 'oct', a, 8, '0o'),
    bin: (_self, a) => radix(rt, 'bin', a, 2, '0b'),
    format: (_self, a) => {
      const p = positional(rt, 'format', a, 1, 2);
      const spec = p[1] ?? '';
      if (typeof spec !== 'string') throw rt.error('TypeError', `format() argument 2 must be str, not ${typeName(rt, spec)}`);
      return formatValue(rt, p[0], spec);
    },
    vars: (_self, a) => {
      const [v] = positional(rt, 'vars', a, 1, 1);
      if (v instanceof PyInstance && !rt.dictlessClasses.has(v.cls)) return instanceDict(v);
      if (v instanceof PyModule || v instanceof PyClass) {
        return newDict(
          rt,
          [...(v instanceof PyModule ? v.fullDict() : v.dict)].map(([k, x]) => [k, x] as [Value, Value]),
        );
      }
      throw rt.error('TypeError', 'vars() argument must have __dict__ attribute');
    },
    dir: (_self, a) => {
      const [v] = positional(rt, 'dir', a, 1, 1);
      return pyDir(rt, v);
    },
    // The engine never evaluates program text at run time (no eval), and has no files or stdin.
    eval: () => {
      throw unsupported('the eval builtin (program text is never evaluated at run time)', undefined);
    },
    exec: () => {
      throw unsupported('the exec builtin (program text is never evaluated at run time)', undefined);
    },
    compile: () => {
      throw unsupported('compile()', undefined);
    },
    open: () => {
      throw unsupported('open() (there is no file system)', undefined);
    },
    input: () => {
      throw unsupported('input() (there is no stdin)', undefined);
    },
    super: () => {
      throw rt.error('RuntimeError', 'super(): only the zero-argument form inside a method is supported');
    },
    // site's Quitter objects, which scripts call to stop: `raise SystemExit(code)`.
    exit: (_self, a) => quit(rt, 'exit', a),
    quit: (_self, a) => quit(rt, 'quit', a),
  };
}

function quit(rt: PyRuntime, name: string, a: CallArgs): never {
  const code = positional(rt, name, a, 0, 1, ['code'])[0] ?? a.keywords?.get('code') ?? None;
  throw new Thrown(rt.newException(rt.cls('SystemExit'), [code]));
}

/** Fill `realm.builtins.py`. */
export function installBuiltins(rt: PyRuntime): void {
  const b = rt.realm.builtins.py;
  for (const [name, impl] of Object.entries({ ...builtinFunctions(rt), ...asyncIterBuiltins(rt) })) {
    // The implementation is the function's impl itself: a wrapper would add a host frame
    // to every builtin call, and recursion through repr(), len(), next()... runs out of host
    // stack before CPython's depth with it (issue 10).
    b.set(name, pyNative(name, impl));
  }
  const classNames = [
    'object',
    'type',
    'int',
    'bool',
    'float',
    'str',
    'list',
    'tuple',
    'dict',
    'set',
    'frozenset',
    'range',
    'slice',
    'property',
    'staticmethod',
    'classmethod',
    'map',
    'filter',
    'zip',
    'enumerate',
    'reversed',
  ];
  for (const n of classNames) b.set(n, rt.cls(n));
  for (const [n, c] of rt.classes) if (isSubclass(c, rt.cls('BaseException'))) b.set(n, c);
  // Old names CPython keeps for OSError.
  b.set('EnvironmentError', rt.cls('OSError'));
  b.set('IOError', rt.cls('OSError'));
  b.set('__debug__', true);
  b.set('NotImplemented', NotImplemented);
  b.set('Ellipsis', Ellipsis);
  b.set('None', None);
  b.set('True', true);
  b.set('False', false);
  b.set('__name__', '__main__');
  installDescriptorMethods(rt);
  installRangeMembers(rt);
}

/** property.setter/getter/deleter and the __func__ of static/class methods. */
function installDescriptorMethods(rt: PyRuntime): void {
  const P = (v: Value) => v as PyProperty;
  addMembers(rt.cls('property'), {
    accepts: (v) => v instanceof PyProperty,
    methods: {
      getter: (self, a) => new PyProperty(positional(rt, 'getter', a, 1, 1)[0], P(self).fset, P(self).fdel),
      setter: (self, a) => new PyProperty(P(self).fget, positional(rt, 'setter', a, 1, 1)[0], P(self).fdel),
      deleter: (self, a) => new PyProperty(P(self).fget, P(self).fset, positional(rt, 'deleter', a, 1, 1)[0]),
    },
    properties: {
      fget: { get: (self) => P(self).fget },
      fset: { get: (self) => P(self).fset },
      fdel: { get: (self) => P(self).fdel },
    },
  });
  addMembers(rt.cls('staticmethod'), { properties: { __func__: { get: (self) => (self as PyStaticMethod).fn } } });
  addMembers(rt.cls('classmethod'), { properties: { __func__: { get: (self) => (self as PyClassMethod).fn } } });
  // Each is a descriptor in CPython, so `hasattr(f, '__get__')` holds and `__get__(obj, type)`
  // binds as attribute lookup does (functools.partialmethod and hand-written decorators ask).
  const getArgs = (a: CallArgs): [Value, Value] => {
    const [obj, type] = positional(rt, '__get__', a, 1, 2);
    return [obj!, type ?? None];
  };
  const ownerOf = (obj: Value, type: Value): PyClass =>
    type instanceof PyClass
      ? type
      : obj !== None
        ? typeOf(rt, obj)
        : (() => {
            throw rt.error('TypeError', '__get__(None, None) is invalid');
          })();
  addMembers(rt.cls('function'), {
    accepts: (v) => v instanceof FunctionValue && v.lang === 'py',
    methods: {
      __get__: (self, a) => {
        const [obj, type] = getArgs(a);
        if (obj === None && type !== None) return self;
        return bindDescriptor(rt, self, obj, ownerOf(obj, type));
      },
    },
  });
  addMembers(rt.cls('property'), {
    accepts: (v) => v instanceof PyProperty,
    methods: {
      __get__: (self, a) => {
        const [obj, type] = getArgs(a);
        if (obj === None) return self;
        return bindDescriptor(rt, self, obj, ownerOf(obj, type));
      },
    },
  });
  addMembers(rt.cls('staticmethod'), {
    accepts: (v) => v instanceof PyStaticMethod,
    methods: { __get__: (self, a) => (getArgs(a), (self as PyStaticMethod).fn) },
  });
  addMembers(rt.cls('classmethod'), {
    accepts: (v) => v instanceof PyClassMethod,
    methods: {
      __get__: (self, a) => {
        const [obj, type] = getArgs(a);
        return bindDescriptor(rt, self, obj, ownerOf(obj, type));
      },
    },
  });
}
