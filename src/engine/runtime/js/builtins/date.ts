/**
 * Date (ECMA-262 §21.4), minimal and deterministic.
 *
 * The clock is the run's virtual clock: `Date.now()` = DATE_EPOCH_MS + realm.rec.time, so
 * a program that measures elapsed time sees exactly the virtual milliseconds its timers
 * waited, in every run (plus the microsecond each clock read costs, realm.jsClockRead). DATE_EPOCH_MS is a fixed instant (2024-01-01T00:00:00.000Z).
 * The local time zone is UTC: getHours() equals getUTCHours(), getTimezoneOffset() is 0,
 * and toString() prints `... GMT+0000 (Coordinated Universal Time)` as Node does with TZ=UTC.
 * Parsing a date string uses the host's Date.parse (data, not code).
 */
import { JSObject, type Value } from '../../values';
import { type JsCtx, TO_PRIMITIVE_KEY } from '../context';
import { toNumber, toPrimitive, toStr } from '../convert';
import { DateData } from '../internals';
import { defineHidden, defineNativeClass, makeNative, type MethodSpec } from '../natives';
import { spec } from '../natives';
import { dateToLocale } from './locale-format';

export const DATE_EPOCH_MS = Date.UTC(2024, 0, 1);

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Date.prototype.toString with TZ=UTC. */
export function dateToString(t: number): string {
  if (Number.isNaN(t)) return 'Invalid Date';
  const d = new Date(t);
  const y = d.getUTCFullYear();
  const year = y < 0 ? `-${pad(-y, 6)}` : pad(y, 4);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${year} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} GMT+0000 (Coordinated Universal Time)`;
}

/** TimeClip (§21.4.1.31). */
function timeClip(t: number): number {
  if (!Number.isFinite(t) || Math.abs(t) > 8.64e15) return NaN;
  return Math.trunc(t) + 0;
}

export function installDate(ctx: JsCtx): void {
  const now = (): number => {
    ctx.realm.jsClockRead();
    return DATE_EPOCH_MS + Math.floor(ctx.realm.rec.time);
  };
  const thisTime = (self: Value, method: string): number => {
    if (self instanceof JSObject && self.internal instanceof DateData) return self.internal.t;
    throw ctx.typeError(`this is not a Date object.`);
    void method;
  };
  const fromParts = (args: Value[]): number => {
    const n = args.map((a) => toNumber(ctx, a));
    const [y = NaN, m = 0, d = 1, h = 0, min = 0, s = 0, ms = 0] = n;
    if (n.some((x) => !Number.isFinite(x))) return NaN;
    const yi = Math.trunc(y);
    const fullYear = yi >= 0 && yi <= 99 ? 1900 + yi : yi;
    return Date.UTC(fullYear, m, d, h, min, s, ms);
  };

  const DateCtor = defineNativeClass(ctx, {
    name: 'Date',
    length: 7,
    construct: (args, proto) => {
      let t: number;
      if (args.length === 0) t = now();
      else if (args.length === 1) {
        const v = args[0];
        if (v instanceof JSObject && v.internal instanceof DateData) t = v.internal.t;
        else {
          const p = toPrimitive(ctx, v);
          t = typeof p === 'string' ? Date.parse(p) : toNumber(ctx, p);
        }
      } else t = fromParts(args);
      return new JSObject(proto, new DateData(timeClip(t)));
    },
    call: () => dateToString(now()),
    statics: {
      now: [0, () => now()],
      parse: [1, (_s, [s]) => Date.parse(toStr(ctx, s))],
      UTC: [7, (_s, args) => timeClip(fromParts(args.length === 1 ? [args[0], 0] : args))],
    },
    global: true,
  });

  const DateProto = (DateCtor.props.get('prototype') as { value: JSObject }).value;
  const getter = (name: string, f: (d: Date) => number): MethodSpec => [
    0,
    (self) => {
      const t = thisTime(self, name);
      return Number.isNaN(t) ? NaN : f(new Date(t));
    },
  ];
  const methods: Record<string, MethodSpec> = {
    getTime: [0, (self) => thisTime(self, 'getTime')],
    valueOf: spec(0, (self) => thisTime(self, 'valueOf')),
    getTimezoneOffset: [0, (self) => (Number.isNaN(thisTime(self, 'getTimezoneOffset')) ? NaN : 0)],
    toISOString: [
      0,
      (self) => {
        const t = thisTime(self, 'toISOString');
        if (Number.isNaN(t)) throw ctx.rangeError('Invalid time value');
        return new Date(t).toISOString();
      },
    ],
    toJSON: [1, (self) => (Number.isNaN(thisTime(self, 'toJSON')) ? null : new Date(thisTime(self, 'toJSON')).toISOString())],
    toString: spec(0, (self) => dateToString(thisTime(self, 'toString'))),
    toUTCString: [
      0,
      (self) => (Number.isNaN(thisTime(self, 'toUTCString')) ? 'Invalid Date' : new Date(thisTime(self, 'toUTCString')).toUTCString()),
    ],
    toDateString: [0, (self) => dateToString(thisTime(self, 'toDateString')).slice(0, 15)],
    toTimeString: [0, (self) => dateToString(thisTime(self, 'toTimeString')).slice(16)],
    toLocaleString: spec(0, (self, [l, o]) => dateToLocale(ctx, thisTime(self, 'toLocaleString'), 'toLocaleString', l, o)),
    toLocaleDateString: [0, (self, [l, o]) => dateToLocale(ctx, thisTime(self, 'toLocaleDateString'), 'toLocaleDateString', l, o)],
    toLocaleTimeString: [0, (self, [l, o]) => dateToLocale(ctx, thisTime(self, 'toLocaleTimeString'), 'toLocaleTimeString', l, o)],
  };
  const parts: [string, (d: Date) => number][] = [
    ['FullYear', (d) => d.getUTCFullYear()],
    ['Month', (d) => d.getUTCMonth()],
    ['Date', (d) => d.getUTCDate()],
    ['Day', (d) => d.getUTCDay()],
    ['Hours', (d) => d.getUTCHours()],
    ['Minutes', (d) => d.getUTCMinutes()],
    ['Seconds', (d) => d.getUTCSeconds()],
    ['Milliseconds', (d) => d.getUTCMilliseconds()],
  ];
  for (const [name, f] of parts) {
    methods[`get${name}`] = getter(`get${name}`, f);
    methods[`getUTC${name}`] = getter(`getUTC${name}`, f);
  }
  for (const [name, spec] of Object.entries(methods)) defineHidden(DateProto, name, makeNative(name, spec[0], spec[1]));
  // §21.4.4.45: Date.prototype[@@toPrimitive] is { [[Writable]]: false, [[Configurable]]: true }.
  DateProto.props.set(TO_PRIMITIVE_KEY, {
    value: makeNative('[Symbol.toPrimitive]', 1, (self, [hint]) => {
      const t = thisTime(self, '[Symbol.toPrimitive]');
      return hint === 'number' ? t : dateToString(t);
    }),
    writable: false,
    enumerable: false,
  });
}
