/**
 * `Intl.NumberFormat` and `Intl.DateTimeFormat` (ECMA-402 §15, §11): what programs use to
 * format prices, percentages and dates. Each instance holds a host formatter built from the
 * program's locales and options (locale-format.ts: `en-US` and, for dates, UTC unless the
 * program names others — the engine's assumptions about Node), so the text is ICU's, as in
 * V8. `format` is a getter returning a function bound to its formatter (§15.3.3: so
 * `values.map(nf.format)` works); `formatToParts` and `resolvedOptions` copy the host's
 * results into engine objects. The other Intl services (Collator, PluralRules,
 * RelativeTimeFormat, ListFormat, ...) are not provided.
 */
import { JSObject, type Value } from '../../values';
import type { JsCtx } from '../context';
import { TO_STRING_TAG_KEY } from '../context';
import { toNumber, toNumeric } from '../convert';
import { DateData } from '../internals';
import { defineGetters, defineMethods, defineNativeClass, makeNative } from '../natives';
import { getValue, isJsObj, objectTag } from '../properties';
import { dateOptions, hostLocales, hostOptions, viaHost } from './locale-format';
import { newPlainObject } from './object';

/** The host formatter inside an Intl object ([[InitializedNumberFormat]] / [[InitializedDateTimeFormat]]). */
class IntlData {
  constructor(readonly host: Intl.NumberFormat | Intl.DateTimeFormat) {}
}

/** A host value (resolvedOptions, formatToParts) as engine values: plain objects and arrays. */
function fromHost(ctx: JsCtx, v: unknown): Value {
  if (Array.isArray(v)) return v.map((e) => fromHost(ctx, e));
  if (v !== null && typeof v === 'object') {
    const o = newPlainObject(ctx);
    for (const [k, e] of Object.entries(v)) o.props.set(k, { value: fromHost(ctx, e) });
    return o;
  }
  return v as Value;
}

export function installIntl(ctx: JsCtx): void {
  const I = newPlainObject(ctx);
  I.props.set(TO_STRING_TAG_KEY, { value: 'Intl', writable: false, enumerable: false });

  /**
   * The receiver's formatter, else V8's TypeError: `format` and `resolvedOptions` go through
   * V8's UnwrapNumberFormat / UnwrapDateTimeFormat (builtins/intl-objects.cc), whose message
   * names the unwrap step — and, for NumberFormat, the legacy fallback it looked up
   * (`undefined`) rather than the receiver; `formatToParts` names itself.
   */
  const formatterOf = <T extends Intl.NumberFormat | Intl.DateTimeFormat>(
    self: Value,
    kind: 'NumberFormat' | 'DateTimeFormat',
    method: string,
  ): T => {
    const d = self instanceof JSObject ? self.internal : undefined;
    const host = d instanceof IntlData ? d.host : undefined;
    if (host !== undefined && (kind === 'NumberFormat' ? host instanceof Intl.NumberFormat : host instanceof Intl.DateTimeFormat))
      return host as T;
    const isObject = isJsObj(self) || Array.isArray(self);
    const shown = isObject ? objectTag(ctx, self) : ctx.realm.js.display(self);
    if (method === 'formatToParts' || !isObject) {
      throw ctx.typeError(
        `Method ${method === 'format' ? 'get ' : ''}Intl.${kind}.prototype.${method} called on incompatible receiver ${shown}`,
      );
    }
    throw ctx.typeError(`Method Unwrap${kind} called on incompatible receiver ${kind === 'NumberFormat' ? 'undefined' : shown}`);
  };

  const make = (proto: JSObject, host: Intl.NumberFormat | Intl.DateTimeFormat): JSObject => {
    const o = new JSObject(proto);
    o.internal = new IntlData(host);
    return o;
  };

  // Intl.NumberFormat may be called without `new` (§15.1.1 step 1).
  const newNumberFormat = (proto: JSObject, [locales, options]: Value[]): JSObject =>
    make(
      proto,
      viaHost(ctx, () => new Intl.NumberFormat(hostLocales(ctx, locales), hostOptions(ctx, options))),
    );
  let numberProto: JSObject;
  const NumberFormat = defineNativeClass(ctx, {
    name: 'NumberFormat',
    length: 0,
    construct: (args, proto) => newNumberFormat(proto, args),
    call: (_s, args) => newNumberFormat(numberProto, args),
  });
  numberProto = getValue(ctx, NumberFormat, 'prototype') as JSObject;
  const numeric = (v: Value): number | bigint => toNumeric(ctx, v);
  defineGetters(numberProto, {
    format: (self) => {
      const nf = formatterOf<Intl.NumberFormat>(self, 'NumberFormat', 'format');
      return makeNative('', 1, (_s, [x]) => nf.format(numeric(x)));
    },
  });
  defineMethods(numberProto, {
    formatToParts: [
      1,
      (self, [x]) => fromHost(ctx, formatterOf<Intl.NumberFormat>(self, 'NumberFormat', 'formatToParts').formatToParts(numeric(x))),
    ],
    resolvedOptions: [
      0,
      (self) => fromHost(ctx, formatterOf<Intl.NumberFormat>(self, 'NumberFormat', 'resolvedOptions').resolvedOptions()),
    ],
  });
  numberProto.props.set(TO_STRING_TAG_KEY, { value: 'Intl.NumberFormat', writable: false, enumerable: false });

  // A date argument: a Date's time value, a number, or (undefined) the run's clock, as Date.now().
  const timeOf = (v: Value): number => {
    if (v instanceof JSObject && v.internal instanceof DateData) return v.internal.t;
    if (v === undefined) return toNumber(ctx, ctx.call(getValue(ctx, ctx.intr.ctors.get('Date')!, 'now'), undefined, []));
    return toNumber(ctx, v);
  };
  const newDateTimeFormat = (proto: JSObject, [locales, options]: Value[]): JSObject =>
    make(
      proto,
      viaHost(ctx, () => new Intl.DateTimeFormat(hostLocales(ctx, locales), dateOptions(ctx, options) as Intl.DateTimeFormatOptions)),
    );
  let dateProto: JSObject;
  const DateTimeFormat = defineNativeClass(ctx, {
    name: 'DateTimeFormat',
    length: 0,
    construct: (args, proto) => newDateTimeFormat(proto, args),
    call: (_s, args) => newDateTimeFormat(dateProto, args),
  });
  dateProto = getValue(ctx, DateTimeFormat, 'prototype') as JSObject;
  defineGetters(dateProto, {
    format: (self) => {
      const df = formatterOf<Intl.DateTimeFormat>(self, 'DateTimeFormat', 'format');
      return makeNative('', 1, (_s, [d]) => viaHost(ctx, () => df.format(timeOf(d))));
    },
  });
  defineMethods(dateProto, {
    formatToParts: [
      1,
      (self, [d]) => {
        const df = formatterOf<Intl.DateTimeFormat>(self, 'DateTimeFormat', 'formatToParts');
        return fromHost(
          ctx,
          viaHost(ctx, () => df.formatToParts(timeOf(d))),
        );
      },
    ],
    resolvedOptions: [
      0,
      (self) => fromHost(ctx, formatterOf<Intl.DateTimeFormat>(self, 'DateTimeFormat', 'resolvedOptions').resolvedOptions()),
    ],
  });
  dateProto.props.set(TO_STRING_TAG_KEY, { value: 'Intl.DateTimeFormat', writable: false, enumerable: false });

  for (const [name, ctor] of [
    ['NumberFormat', NumberFormat],
    ['DateTimeFormat', DateTimeFormat],
  ] as const) {
    I.props.set(name, { value: ctor, enumerable: false });
  }
  ctx.realm.builtins.js.set('Intl', I);
}
