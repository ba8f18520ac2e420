/**
 * Argument checking for native functions, with CPython's wording for the common cases
 * (`len() takes exactly one argument (2 given)`, `get expected at least 1 argument, got 0`).
 */
import type { CallArgs, Value } from '../values';
import type { PyRuntime } from './state';
import { typeName } from './types';
import { unexpectedKeyword } from './suggestions';

/** Positional arguments, checked against [min, max]; keywords other than `allowedKw` are rejected. */
// What the arity check guarantees, in the type: exactly N arguments are an N-tuple, at least
// one is a non-empty list (so `p[0]` needs no further check).
export function positional(rt: PyRuntime, name: string, args: CallArgs, min: 1, max: 1, allowedKw?: readonly string[]): [Value];
export function positional(rt: PyRuntime, name: string, args: CallArgs, min: 2, max: 2, allowedKw?: readonly string[]): [Value, Value];
export function positional(
  rt: PyRuntime,
  name: string,
  args: CallArgs,
  min: 3,
  max: 3,
  allowedKw?: readonly string[],
): [Value, Value, Value];
export function positional(
  rt: PyRuntime,
  name: string,
  args: CallArgs,
  min: 1 | 2 | 3,
  max: number,
  allowedKw?: readonly string[],
): [Value, ...Value[]];
export function positional(rt: PyRuntime, name: string, args: CallArgs, min: number, max: number, allowedKw?: readonly string[]): Value[];
export function positional(
  rt: PyRuntime,
  name: string,
  args: CallArgs,
  min: number,
  max: number,
  allowedKw: readonly string[] = [],
): Value[] {
  const p = args.positional;
  const n = p.length;
  if (args.keywords && args.keywords.size > 0) {
    for (const k of args.keywords.keys()) {
      if (!allowedKw.includes(k)) {
        if (allowedKw.length === 0) throw rt.error('TypeError', `${name}() takes no keyword arguments`);
        throw rt.error('TypeError', `${name}() ${unexpectedKeyword(k, allowedKw)}`);
      }
    }
  }
  if (n >= min && n <= max) return p;
  if (min === max) {
    if (min === 0) throw rt.error('TypeError', `${name}() takes no arguments (${n} given)`);
    if (min === 1) throw rt.error('TypeError', `${name}() takes exactly one argument (${n} given)`);
    throw rt.error('TypeError', `${name} expected ${min} arguments, got ${n}`);
  }
  if (n < min) throw rt.error('TypeError', `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  throw rt.error('TypeError', `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

export function keyword(args: CallArgs, name: string): Value | undefined {
  return args.keywords?.get(name);
}

/** An int argument (bools accepted, as CPython's __index__). */
export function intArg(rt: PyRuntime, v: Value): number {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  throw rt.error('TypeError', `'${typeName(rt, v)}' object cannot be interpreted as an integer`);
}

export function strArg(rt: PyRuntime, fname: string, v: Value, what = 'argument'): string {
  if (typeof v === 'string') return v;
  throw rt.error('TypeError', `${fname}() ${what} must be str, not ${typeName(rt, v)}`);
}

/** `args.map(f)` keeping the length the arity check proved in the type (`[x, y]` stays a pair). */
export function mapArgs<T extends readonly Value[], U>(args: T, f: (v: Value) => U): { -readonly [K in keyof T]: U } {
  return args.map(f) as { -readonly [K in keyof T]: U };
}
