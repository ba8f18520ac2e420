/**
 * Number, Boolean, BigInt and the global number functions (ECMA-262 §21.1, §20.3, §21.2,
 * §19.2). Number formatting (toFixed, toPrecision, toString(radix)) is the host's: V8's
 * implementations are the spec's Number::toString and friends, and the engine only adds
 * the argument checks with V8's RangeError wording.
 */
import { PyFloat, type Value } from '../../values';
import { type JsCtx, TO_STRING_TAG_KEY } from '../context';
import { toBoolean, toIntegerOrInfinity, toNumber, toNumeric, toPrimitive, toStr, toInt32 } from '../convert';
import { defineConstant, defineMethods, defineNativeClass, makeNative } from '../natives';
import { spec } from '../natives';
import { MAX_INT_BITS } from '../../limits';
import { unwrapPrimitive, wrapper } from '../internals';
import { toLocaleStringOf } from './locale-format';

export function installNumber(ctx: JsCtx): void {
  const { NumberPrototype, BooleanPrototype, BigIntPrototype } = ctx.intr;
  const globals = ctx.realm.builtins.js;

  const thisNumber = (self: Value, method: string): number => {
    if (typeof self === 'number') return self;
    if (self instanceof PyFloat) return self.v;
    const boxed = unwrapPrimitive(self, 'number');
    if (boxed !== undefined) return boxed as number;
    throw ctx.typeError(`Number.prototype.${method} requires that 'this' be a Number`);
  };

  const parseIntImpl = makeNative('parseInt', 2, (_s, [s, radix]) => parseInt(toStr(ctx, s), toInt32(ctx, radix)));
  const parseFloatImpl = makeNative('parseFloat', 1, (_s, [s]) => parseFloat(toStr(ctx, s)));

  const NumberCtor = defineNativeClass(ctx, {
    name: 'Number',
    length: 1,
    proto: NumberPrototype,
    construct: (args, proto) => wrapper(proto, toNumberArg(args)),
    call: (_s, args) => toNumberArg(args),
    global: true,
    statics: {
      isInteger: [1, (_s, [v]) => Number.isInteger(unbox(v))],
      isSafeInteger: [1, (_s, [v]) => Number.isSafeInteger(unbox(v))],
      isFinite: [1, (_s, [v]) => Number.isFinite(unbox(v))],
      isNaN: [1, (_s, [v]) => Number.isNaN(unbox(v))],
    },
  });
  const toNumberArg = (args: Value[]): number => {
    if (args.length === 0) return 0;
    const n = toNumeric(ctx, args[0]);
    return typeof n === 'bigint' ? Number(n) : n;
  };
  NumberCtor.props.set('parseInt', { value: parseIntImpl, enumerable: false });
  NumberCtor.props.set('parseFloat', { value: parseFloatImpl, enumerable: false });
  for (const [k, v] of [
    ['MAX_SAFE_INTEGER', Number.MAX_SAFE_INTEGER],
    ['MIN_SAFE_INTEGER', Number.MIN_SAFE_INTEGER],
    ['EPSILON', Number.EPSILON],
    ['MAX_VALUE', Number.MAX_VALUE],
    ['MIN_VALUE', Number.MIN_VALUE],
    ['POSITIVE_INFINITY', Infinity],
    ['NEGATIVE_INFINITY', -Infinity],
    ['NaN', NaN],
  ] as const) {
    defineConstant(NumberCtor, k, v);
  }

  defineMethods(NumberPrototype, {
    toFixed: [
      1,
      (self, [d]) => {
        const n = thisNumber(self, 'toFixed');
        const digits = toIntegerOrInfinity(ctx, d);
        if (digits < 0 || digits > 100) throw ctx.rangeError('toFixed() digits argument must be between 0 and 100');
        return n.toFixed(digits);
      },
    ],
    toPrecision: [
      1,
      (self, [p]) => {
        const n = thisNumber(self, 'toPrecision');
        if (p === undefined) return String(n);
        const prec = toIntegerOrInfinity(ctx, p);
        if (!Number.isFinite(n)) return String(n);
        if (prec < 1 || prec > 100) throw ctx.rangeError('toPrecision() argument must be between 1 and 100');
        return n.toPrecision(prec);
      },
    ],
    toExponential: [
      1,
      (self, [d]) => {
        const n = thisNumber(self, 'toExponential');
        const digits = d === undefined ? undefined : toIntegerOrInfinity(ctx, d);
        if (!Number.isFinite(n)) return String(n);
        if (digits !== undefined && (digits < 0 || digits > 100))
          throw ctx.rangeError('toExponential() argument must be between 0 and 100');
        return n.toExponential(digits);
      },
    ],
    toString: spec(1, (self, [r]) => {
      const n = thisNumber(self, 'toString');
      const radix = r === undefined ? 10 : toIntegerOrInfinity(ctx, r);
      if (radix < 2 || radix > 36) throw ctx.rangeError('toString() radix argument must be between 2 and 36');
      return n.toString(radix);
    }),
    toLocaleString: spec(0, (self, [locales, options]) => toLocaleStringOf(ctx, thisNumber(self, 'toLocaleString'), locales, options)),
    valueOf: spec(0, (self) => thisNumber(self, 'valueOf')),
  });

  const thisBoolean = (self: Value, method: string): boolean => {
    if (typeof self === 'boolean') return self;
    const boxed = unwrapPrimitive(self, 'boolean');
    if (boxed !== undefined) return boxed as boolean;
    throw ctx.typeError(`Boolean.prototype.${method} requires that 'this' be a Boolean`);
  };
  defineNativeClass(ctx, {
    name: 'Boolean',
    length: 1,
    proto: BooleanPrototype,
    construct: ([v], proto) => wrapper(proto, toBoolean(v)),
    call: (_s, [v]) => toBoolean(v),
    global: true,
  });
  defineMethods(BooleanPrototype, {
    toString: spec(0, (self) => String(thisBoolean(self, 'toString'))),
    valueOf: spec(0, (self) => thisBoolean(self, 'valueOf')),
  });

  const toBigInt = (v: Value): bigint => {
    const p = toPrimitive(ctx, v, 'number');
    if (typeof p === 'number') {
      if (!Number.isInteger(p))
        throw ctx.rangeError(`The number ${String(p)} cannot be converted to a BigInt because it is not an integer`);
      return BigInt(p);
    }
    if (typeof p === 'bigint') return p;
    if (typeof p === 'boolean') return p ? 1n : 0n;
    if (typeof p === 'string') {
      try {
        return BigInt(p);
      } catch (e) {
        // The host's StringToBigInt failure (a SyntaxError) is V8's message for it.
        if (e instanceof SyntaxError) throw ctx.error('SyntaxError', `Cannot convert ${p} to a BigInt`);
        throw e;
      }
    }
    throw ctx.typeError(`Cannot convert ${toStr(ctx, p)} to a BigInt`);
  };
  /** §7.1.13 ToBigInt: unlike BigInt(v), a Number is a TypeError. */
  const strictToBigInt = (v: Value): bigint => {
    const p = toPrimitive(ctx, v, 'number');
    if (typeof p === 'number') throw ctx.typeError(`Cannot convert ${toStr(ctx, p)} to a BigInt`);
    return toBigInt(p);
  };
  const toIndex = (v: Value): number => {
    const n = v === undefined ? 0 : toIntegerOrInfinity(ctx, v);
    if (n < 0 || n > Number.MAX_SAFE_INTEGER) throw ctx.rangeError('Invalid value: not (convertible to) a safe integer');
    return n;
  };
  defineNativeClass(ctx, {
    name: 'BigInt',
    length: 1,
    proto: BigIntPrototype,
    construct: () => {
      throw ctx.typeError('BigInt is not a constructor');
    },
    call: (_s, [v]) => toBigInt(v),
    global: true,
    statics: {
      // §21.2.2.1–2: bits is ToIndex(bits); the host's BigInt.asIntN/asUintN are the spec's.
      asIntN: [2, (_s, [bits, v]) => BigInt.asIntN(toIndex(bits), strictToBigInt(v))],
      asUintN: [
        2,
        (_s, [bits, v]) => {
          const n = toIndex(bits);
          const x = strictToBigInt(v);
          // A negative x becomes an n-bit number: held to the run's integer cap (limits.ts).
          if (x < 0n && n > MAX_INT_BITS) throw ctx.rangeError('Maximum BigInt size exceeded');
          if (x < 0n) ctx.realm.budget.charge(1 + Math.ceil(n / 4096));
          return BigInt.asUintN(n, x);
        },
      ],
    },
  });
  const thisBigInt = (self: Value, method: string): bigint => {
    if (typeof self === 'bigint') return self;
    const boxed = unwrapPrimitive(self, 'bigint');
    if (typeof boxed === 'bigint') return boxed;
    throw ctx.typeError(`BigInt.prototype.${method} requires that 'this' be a BigInt`);
  };
  // §21.2.3.5: BigInt.prototype[@@toStringTag] is "BigInt" (`[object BigInt]`).
  BigIntPrototype.props.set(TO_STRING_TAG_KEY, { value: 'BigInt', writable: false, enumerable: false, configurable: true });
  defineMethods(BigIntPrototype, {
    toString: spec(0, (self, [r]) => {
      const radix = r === undefined ? 10 : toIntegerOrInfinity(ctx, r);
      if (radix < 2 || radix > 36) throw ctx.rangeError('toString() radix must be between 2 and 36');
      return thisBigInt(self, 'toString').toString(radix);
    }),
    valueOf: spec(0, (self) => thisBigInt(self, 'valueOf')),
    toLocaleString: spec(0, (self, [locales, options]) => toLocaleStringOf(ctx, thisBigInt(self, 'toLocaleString'), locales, options)),
  });

  globals.set('parseInt', parseIntImpl);
  globals.set('parseFloat', parseFloatImpl);
  globals.set(
    'isNaN',
    makeNative('isNaN', 1, (_s, [v]) => Number.isNaN(toNumber(ctx, v))),
  );
  globals.set(
    'isFinite',
    makeNative('isFinite', 1, (_s, [v]) => Number.isFinite(toNumber(ctx, v))),
  );
  globals.set('NaN', NaN);
  globals.set('Infinity', Infinity);
  globals.set('undefined', undefined);
}

/** Number.isX take the value as is (no conversion); a PyFloat is a number. */
function unbox(v: Value): unknown {
  return v instanceof PyFloat ? v.v : v;
}
