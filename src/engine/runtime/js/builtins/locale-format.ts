/**
 * The `locales` and `options` arguments of Number / BigInt / Date `toLocaleString` (ECMA-402
 * §15.5.1 Number.prototype.toLocaleString: `new Intl.NumberFormat(locales, options).format(x)`;
 * §20.4.1 Date.prototype.toLocaleString and friends: `Intl.DateTimeFormat`).
 * The formatting itself is the host's ICU, as it is V8's in Node: the engine only turns the
 * program's values into host ones. With no locale it formats as `en-US`, and dates in UTC,
 * the locale and time zone the engine assumes for Node (builtins/date.ts); an option object is read
 * through its properties (getters run, as Intl's GetOption does), and a RangeError or
 * TypeError from ICU (an unknown currency, digits out of range) is rethrown as the
 * program's own error with V8's message.
 */
import type { Value } from '../../values';
import type { JsCtx } from '../context';
import { toStr } from '../convert';
import { getValue, isJsObj, ownKeys } from '../properties';

type HostOptions = Record<string, string | number | boolean | undefined>;

export function hostLocales(ctx: JsCtx, locales: Value): string | string[] {
  if (locales === undefined) return 'en-US';
  if (Array.isArray(locales)) return locales.map((l) => toStr(ctx, l));
  return toStr(ctx, locales);
}

export function hostOptions(ctx: JsCtx, options: Value): HostOptions | undefined {
  if (options === undefined) return undefined;
  if (!isJsObj(options)) return {};
  const out: HostOptions = {};
  for (const k of ownKeys(ctx, options, { enumerableOnly: false, symbols: false })) {
    const v = getValue(ctx, options, k);
    out[k] = v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : toStr(ctx, v);
  }
  return out;
}

/** Run a host Intl call, its RangeError / TypeError becoming the program's. */
export function viaHost<T>(ctx: JsCtx, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError) throw ctx.rangeError(e.message);
    if (e instanceof TypeError) throw ctx.typeError(e.message);
    throw e;
  }
}

/** `x.toLocaleString(locales, options)` for a number or bigint, by the host's Intl. */
export function toLocaleStringOf(ctx: JsCtx, x: number | bigint, locales: Value, options: Value): string {
  const l = hostLocales(ctx, locales);
  const o = hostOptions(ctx, options);
  return viaHost(ctx, () => x.toLocaleString(l, o));
}

/** Date options with the engine's time zone (UTC) unless the program names one. */
export function dateOptions(ctx: JsCtx, options: Value): HostOptions {
  const o = hostOptions(ctx, options) ?? {};
  if (o.timeZone === undefined) o.timeZone = 'UTC';
  return o;
}

/** `date.toLocaleString / toLocaleDateString / toLocaleTimeString(locales, options)` for time value `t`. */
export function dateToLocale(
  ctx: JsCtx,
  t: number,
  which: 'toLocaleString' | 'toLocaleDateString' | 'toLocaleTimeString',
  locales: Value,
  options: Value,
): string {
  const l = hostLocales(ctx, locales);
  const o = dateOptions(ctx, options);
  return viaHost(ctx, () => new Date(t)[which](l, o as Intl.DateTimeFormatOptions));
}
