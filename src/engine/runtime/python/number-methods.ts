/**
 * Methods and attributes of `int` and `float` that programs use (bit_length,
 * is_integer, as_integer_ratio, real/imag, numerator/denominator).
 */
import { PyFloat, PyTuple, type Value } from '../values';
import { positional } from './args';
import { addMembers } from './classes';
import { exactDecimal, normBig, toBig } from './numbers';
import { floatHex, parseFloatHex } from './float-bits';
import type { PyRuntime } from './state';
import { coreTypes } from './types';

const isInt = (v: Value) => (typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint' || typeof v === 'boolean';
const isFloat = (v: Value) => v instanceof PyFloat || (typeof v === 'number' && !Number.isInteger(v));
const fv = (v: Value) => (v instanceof PyFloat ? v.v : (v as number));
const iv = (v: Value) => (typeof v === 'boolean' ? (v ? 1 : 0) : (v as number | bigint));

export function installNumberMethods(rt: PyRuntime): void {
  const t = coreTypes(rt);
  addMembers(t.int, {
    accepts: isInt,
    methods: {
      bit_length: (self) => {
        const b = toBig(iv(self));
        return (b < 0n ? -b : b).toString(2).replace(/^0$/, '').length;
      },
      bit_count: (self) => {
        const b = toBig(iv(self));
        return [...(b < 0n ? -b : b).toString(2)].filter((c) => c === '1').length;
      },
      conjugate: (self) => iv(self),
      is_integer: () => true,
      as_integer_ratio: (self) => new PyTuple([iv(self), 1]),
    },
    properties: {
      real: { get: (self) => iv(self) },
      imag: { get: () => 0 },
      numerator: { get: (self) => iv(self) },
      denominator: { get: () => 1 },
    },
  });
  addMembers(t.float, {
    accepts: isFloat,
    methods: {
      is_integer: (self, a) => (positional(rt, 'is_integer', a, 0, 0), Number.isInteger(fv(self))),
      conjugate: (self) => new PyFloat(fv(self)),
      hex: (self, a) => (positional(rt, 'hex', a, 0, 0), floatHex(fv(self))),
      as_integer_ratio: (self) => {
        const x = fv(self);
        if (!Number.isFinite(x)) {
          throw rt.error(
            x !== x ? 'ValueError' : 'OverflowError',
            x !== x ? 'cannot convert NaN to integer ratio' : 'cannot convert Infinity to integer ratio',
          );
        }
        const { n, scale } = exactDecimal(x);
        let num = n;
        let den = 10n ** BigInt(scale);
        let a = num;
        let b = den;
        while (b) [a, b] = [b, a % b];
        num /= a;
        den /= a;
        return new PyTuple([normBig(x < 0 ? -num : num), normBig(den)]);
      },
    },
    classMethods: {
      fromhex: (_cls, a) => {
        const [text] = positional(rt, 'fromhex', a, 1, 1);
        if (typeof text !== 'string') throw rt.error('TypeError', 'bad argument type for built-in operation');
        const r = parseFloatHex(text);
        if (r === 'invalid') throw rt.error('ValueError', 'invalid hexadecimal floating-point string');
        if (r === 'overflow') throw rt.error('OverflowError', 'hexadecimal value too large to represent as a float');
        return new PyFloat(r);
      },
    },
    properties: {
      real: { get: (self) => new PyFloat(fv(self)) },
      imag: { get: () => new PyFloat(0) },
    },
  });
}
