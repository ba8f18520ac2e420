/**
 * The `locales` and `options` arguments of Number / BigInt `toLocaleString` (ECMA-402
 * §15.5.1 Number.prototype.toLocaleString: `new Intl.NumberFormat(locales, options).format(x)`).
 * The formatting itself is the host's ICU, as it is V8's in Node: the engine only turns the
 * program's values into host ones. With no locale it formats as `en-US`, the locale the
 * engine assumes for Node (Date's toLocaleString does the same); an option object is read
 * through its properties (getters run, as Intl's GetOption does), and a RangeError or
 * TypeError from ICU (an unknown currency, digits out of range) is rethrown as the
 * program's own error with V8's message.
 */
import type { Value } from '../../values';
import type { JsCtx } from '../context';
import { toStr } from '../convert';
import { getValue, isJsObj, ownKeys } from '../properties';

type HostOptions = Record<string, string | number | boolean | undefined>;

function hostLocales(ctx: JsCtx, locales: Value): string | string[] {
  if (locales === undefined) return 'en-US';
  if (Array.isArray(locales)) return locales.map((l) => toStr(ctx, l));
  return toStr(ctx, locales);
}

function hostOptions(ctx: JsCtx, options: Value): HostOptions | undefined {
  if (options === undefined) return undefined;
  if (!isJsObj(options)) return {};
  const out: HostOptions = {};
  for (const k of ownKeys(ctx, options, { enumerableOnly: false, symbols: false })) {
    const v = getValue(ctx, options, k);
    out[k] = v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : toStr(ctx, v);
  }
  return out;
}

/** `x.toLocaleString(locales, options)` for a number or bigint, by the host's Intl. */
export function toLocaleStringOf(ctx: JsCtx, x: number | bigint, locales: Value, options: Value): string {
  const l = hostLocales(ctx, locales);
  const o = hostOptions(ctx, options);
  try {
    return x.toLocaleString(l, o);
  } catch (e) {
    if (e instanceof RangeError) throw ctx.rangeError(e.message);
    if (e instanceof TypeError) throw ctx.typeError(e.message);
    throw e;
  }
}
