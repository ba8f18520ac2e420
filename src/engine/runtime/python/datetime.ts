/**
 * A `datetime` subset on the virtual clock, for snippets that print timestamps: `datetime`
 * (now, today, utcnow, fromtimestamp, the constructor, strftime, isoformat, str/repr, fields,
 * timestamp, date), `date` (today, isoformat, strftime, str/repr, ± timedelta, date - date), `timedelta` (every
 * constructor unit, normalised as CPython does; str/repr, total_seconds, arithmetic), with
 * `datetime - datetime`, `datetime ± timedelta`, comparisons. Naive values only; the zone
 * is UTC (time-module.ts).
 *
 * `now()` reads `time.time()` once and converts as Lib/_pydatetime.py `_fromtimestamp`
 * does (microseconds = round-half-even of the fraction), which is what the oracle runs
 * (tests/oracle/pyodide_harness.py swaps in the pure-Python datetime).
 */
import { None, PyInstance, PyModule, type PyClass, type CallArgs, type Value } from '../values';
import { defineBuiltinClass } from './classes';
import { toFloat } from './constructors';
import { roundHalfEven } from './numbers';
import { NotImplemented } from './objects';
import type { PyRuntime } from './state';
import { typeName } from './types';
import { brokenDown, strftime } from './strftime';
import { wallClock } from './time-module';

const US_PER_DAY = 86_400_000_000;
/** Days from 1970-01-01 to 0001-01-01 and to 9999-12-31 (date's range), and 1970-01-01's ordinal. */
const MIN_DAYS = -719_162;
const MAX_DAYS = 2_932_896;
const ORDINAL_1970 = 719_163;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A naive datetime: microseconds since 1970-01-01T00:00:00 (fits a double to year ~2255). */
interface DT {
  us: number;
}
/** A date: days since 1970-01-01. */
interface D {
  days: number;
}
/** A timedelta: total microseconds (normalised into days/seconds/microseconds on read). */
interface TD {
  us: number;
}

function parts(us: number) {
  const days = Math.floor(us / US_PER_DAY);
  const rem = us - days * US_PER_DAY;
  const secs = Math.floor(rem / 1e6);
  const t = brokenDown(days * 86400 + secs, rem - secs * 1e6);
  return t;
}

function tdParts(us: number): { days: number; seconds: number; microseconds: number } {
  const days = Math.floor(us / US_PER_DAY);
  const rem = us - days * US_PER_DAY;
  const seconds = Math.floor(rem / 1e6);
  return { days, seconds, microseconds: rem - seconds * 1e6 };
}

export function installDatetime(rt: PyRuntime): PyModule {
  const realm = rt.realm;
  const m = new PyModule('datetime');
  m.dict.set('__name__', 'datetime');
  const object = rt.cls('object');
  const num = (v: Value, what: string): number => {
    if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return Number(v);
    if (v instanceof Object && 'v' in v) return toFloat(rt, v);
    throw rt.error('TypeError', `unsupported type for timedelta ${what} component: ${typeName(rt, v)}`);
  };
  const intArg = (v: Value): number => {
    if (typeof v === 'number' && Number.isInteger(v)) return v;
    if (typeof v === 'boolean') return v ? 1 : 0;
    throw rt.error('TypeError', `'${typeName(rt, v)}' object cannot be interpreted as an integer`);
  };
  const kw = (a: CallArgs, i: number, name: string): Value | undefined => a.positional[i] ?? a.keywords?.get(name);

  let dtCls: PyClass;
  let dateCls: PyClass;
  let tdCls: PyClass;
  const isDT = (v: Value): v is PyInstance => v instanceof PyInstance && v.cls.mro.includes(dtCls);
  const isDate = (v: Value): v is PyInstance => v instanceof PyInstance && v.cls.mro.includes(dateCls) && !isDT(v);
  const isTD = (v: Value): v is PyInstance => v instanceof PyInstance && v.cls.mro.includes(tdCls);
  const dtOf = (v: Value) => ((v as PyInstance).internal as DT).us;
  const tdOf = (v: Value) => ((v as PyInstance).internal as TD).us;
  const newDT = (us: number) => new PyInstance(dtCls, { us } satisfies DT);
  const newTD = (us: number) => new PyInstance(tdCls, { us } satisfies TD);
  const newDate = (days: number) => new PyInstance(dateCls, { days } satisfies D);

  /** `_fromtimestamp(t)`: seconds (float) → microseconds, rounding the fraction half-even. */
  const fromTimestamp = (t: number): number => {
    let secs = Math.trunc(t);
    let us = Number(roundHalfEven((t - secs) * 1e6));
    if (us >= 1e6) {
      secs += 1;
      us -= 1e6;
    } else if (us < 0) {
      secs -= 1;
      us += 1e6;
    }
    return secs * 1e6 + us;
  };
  const fromFields = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0, us = 0): number => {
    if (mo < 1 || mo > 12) throw rt.error('ValueError', 'month must be in 1..12');
    const dim = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    if (d < 1 || d > dim) throw rt.error('ValueError', 'day is out of range for month');
    if (h < 0 || h > 23) throw rt.error('ValueError', 'hour must be in 0..23');
    if (mi < 0 || mi > 59) throw rt.error('ValueError', 'minute must be in 0..59');
    if (s < 0 || s > 59) throw rt.error('ValueError', 'second must be in 0..59');
    if (us < 0 || us > 999999) throw rt.error('ValueError', 'microsecond must be in 0..999999');
    const day = Date.UTC(y, mo - 1, d) / 86400000;
    // Date.UTC maps years 0..99 to 1900..1999.
    const fix = y >= 0 && y < 100 ? new Date(Date.UTC(2000, mo - 1, d)).setUTCFullYear(y) / 86400000 - day : 0;
    return (day + fix) * US_PER_DAY + ((h * 60 + mi) * 60 + s) * 1e6 + us;
  };
  const isoDate = (t: ReturnType<typeof parts>) => `${pad(t.year, 4)}-${pad(t.mon)}-${pad(t.mday)}`;
  const isoformat = (us: number, sep: string, timespec: string): string => {
    const t = parts(us);
    const hms = `${pad(t.hour)}:${pad(t.min)}:${pad(t.sec)}`;
    let time: string;
    switch (timespec) {
      case 'auto':
        time = t.usec ? `${hms}.${pad(t.usec, 6)}` : hms;
        break;
      case 'hours':
        time = pad(t.hour);
        break;
      case 'minutes':
        time = `${pad(t.hour)}:${pad(t.min)}`;
        break;
      case 'seconds':
        time = hms;
        break;
      case 'milliseconds':
        time = `${hms}.${pad(Math.floor(t.usec / 1000), 3)}`;
        break;
      case 'microseconds':
        time = `${hms}.${pad(t.usec, 6)}`;
        break;
      default:
        throw rt.error('ValueError', 'Unknown timespec value');
    }
    return `${isoDate(t)}${sep}${time}`;
  };
  const compare = (a: Value, b: Value, same: (v: Value) => boolean, key: (v: Value) => number, op: (x: number, y: number) => boolean) =>
    same(b) ? op(key(a), key(b)) : NotImplemented;
  const comparisons = (same: (v: Value) => boolean, key: (v: Value) => number) => ({
    __eq__: (s: Value, a: CallArgs) => (same(a.positional[0]) ? key(s) === key(a.positional[0]) : NotImplemented),
    __lt__: (s: Value, a: CallArgs) => compare(s, a.positional[0], same, key, (x, y) => x < y),
    __le__: (s: Value, a: CallArgs) => compare(s, a.positional[0], same, key, (x, y) => x <= y),
    __gt__: (s: Value, a: CallArgs) => compare(s, a.positional[0], same, key, (x, y) => x > y),
    __ge__: (s: Value, a: CallArgs) => compare(s, a.positional[0], same, key, (x, y) => x >= y),
    __hash__: (s: Value) => key(s) % 2305843009213693951,
  });

  // -- timedelta ---------------------------------------------------------------------
  const tdRepr = (us: number): string => {
    const { days, seconds, microseconds } = tdParts(us);
    const args: string[] = [];
    if (days) args.push(`days=${days}`);
    if (seconds) args.push(`seconds=${seconds}`);
    if (microseconds) args.push(`microseconds=${microseconds}`);
    return `datetime.timedelta(${args.length ? args.join(', ') : '0'})`;
  };
  const tdStr = (us: number): string => {
    const { days, seconds, microseconds } = tdParts(us);
    const mm = Math.floor(seconds / 60);
    const hh = Math.floor(mm / 60);
    let s = `${hh}:${pad(mm % 60)}:${pad(seconds % 60)}`;
    if (days) s = `${days} day${Math.abs(days) !== 1 ? 's' : ''}, ${s}`;
    if (microseconds) s += `.${pad(microseconds, 6)}`;
    return s;
  };
  tdCls = defineBuiltinClass(realm, 'timedelta', [object], {
    module: 'datetime',
    register: false,
    // Lib/_pydatetime.py's methods: called through the class without an instance, `self` is missing.
    pythonLevel: true,
    construct: (cls, a) => {
      const units: [string, number][] = [
        ['days', US_PER_DAY],
        ['seconds', 1e6],
        ['microseconds', 1],
        ['milliseconds', 1000],
        ['minutes', 60e6],
        ['hours', 3600e6],
        ['weeks', 7 * US_PER_DAY],
      ];
      let total = 0;
      units.forEach(([name, scale], i) => {
        const v = kw(a, i, name);
        if (v !== undefined) total += num(v, name) * scale;
      });
      return new PyInstance(cls, { us: Number(roundHalfEven(total)) } satisfies TD);
    },
    methods: {
      __repr__: (s) => tdRepr(tdOf(s)),
      __str__: (s) => tdStr(tdOf(s)),
      total_seconds: (s) => realm.py.makeFloat(tdOf(s) / 1e6),
      __add__: (s, a) => (isTD(a.positional[0]) ? newTD(tdOf(s) + tdOf(a.positional[0])) : NotImplemented),
      __radd__: (s, a) => (isTD(a.positional[0]) ? newTD(tdOf(s) + tdOf(a.positional[0])) : NotImplemented),
      __sub__: (s, a) => (isTD(a.positional[0]) ? newTD(tdOf(s) - tdOf(a.positional[0])) : NotImplemented),
      __neg__: (s) => newTD(-tdOf(s)),
      __abs__: (s) => newTD(Math.abs(tdOf(s))),
      __bool__: (s) => tdOf(s) !== 0,
      __mul__: (s, a) => {
        const o = a.positional[0];
        if (typeof o === 'number' || (o instanceof Object && 'v' in o)) return newTD(Number(roundHalfEven(tdOf(s) * num(o, 'factor'))));
        return NotImplemented;
      },
      __rmul__: (s, a) => {
        const o = a.positional[0];
        if (typeof o === 'number' || (o instanceof Object && 'v' in o)) return newTD(Number(roundHalfEven(tdOf(s) * num(o, 'factor'))));
        return NotImplemented;
      },
      __truediv__: (s, a) => {
        const o = a.positional[0];
        if (isTD(o)) return realm.py.makeFloat(tdOf(s) / tdOf(o));
        if (typeof o === 'number' || (o instanceof Object && 'v' in o)) return newTD(Number(roundHalfEven(tdOf(s) / num(o, 'divisor'))));
        return NotImplemented;
      },
      ...comparisons(isTD, tdOf),
    },
    properties: {
      days: { get: (s) => tdParts(tdOf(s)).days },
      seconds: { get: (s) => tdParts(tdOf(s)).seconds },
      microseconds: { get: (s) => tdParts(tdOf(s)).microseconds },
    },
  });

  // -- date ----------------------------------------------------------------------------
  const dateParts = (s: Value) => parts(((s as PyInstance).internal as D).days * US_PER_DAY);
  const dateDays = (s: Value) => ((s as PyInstance).internal as D).days;
  const dateAt = (days: number) => {
    if (days < MIN_DAYS || days > MAX_DAYS) throw rt.error('OverflowError', 'result out of range');
    return newDate(days);
  };
  dateCls = defineBuiltinClass(realm, 'date', [object], {
    module: 'datetime',
    register: false,
    // Lib/_pydatetime.py's methods: called through the class without an instance, `self` is missing.
    pythonLevel: true,
    construct: (cls, a) => {
      const required = (i: number, n: string) => {
        const v = kw(a, i, n);
        if (v === undefined) throw rt.error('TypeError', `function missing required argument '${n}' (pos ${i + 1})`);
        return intArg(v);
      };
      return new PyInstance(cls, {
        days: fromFields(required(0, 'year'), required(1, 'month'), required(2, 'day')) / US_PER_DAY,
      } satisfies D);
    },
    classMethods: {
      today: () => newDate(Math.floor(fromTimestamp(wallClock(rt)) / US_PER_DAY)),
    },
    methods: {
      isoformat: (s) => isoDate(dateParts(s)),
      __str__: (s) => isoDate(dateParts(s)),
      __repr__: (s) => {
        const t = dateParts(s);
        return `datetime.date(${t.year}, ${t.mon}, ${t.mday})`;
      },
      strftime: (s, a) => strftime(String(a.positional[0]), dateParts(s)),
      // `format(d, spec)`: strftime(spec), or str(d) for an empty spec.
      __format__: (s, a) => (a.positional[0] ? strftime(String(a.positional[0]), dateParts(s)) : isoDate(dateParts(s))),
      weekday: (s) => dateParts(s).wday,
      isoweekday: (s) => dateParts(s).wday + 1,
      toordinal: (s) => dateDays(s) + ORDINAL_1970,
      // date ± timedelta moves by whole days (the timedelta's seconds are ignored: _pydatetime
      // `date.__add__`); date - date is a timedelta of days.
      __add__: (s, a) => (isTD(a.positional[0]) ? dateAt(dateDays(s) + tdParts(tdOf(a.positional[0])).days) : NotImplemented),
      __radd__: (s, a) => (isTD(a.positional[0]) ? dateAt(dateDays(s) + tdParts(tdOf(a.positional[0])).days) : NotImplemented),
      __sub__: (s, a) => {
        const o = a.positional[0];
        if (isTD(o)) return dateAt(dateDays(s) - tdParts(tdOf(o)).days);
        if (isDate(o)) return newTD((dateDays(s) - dateDays(o)) * US_PER_DAY);
        return NotImplemented;
      },
      ...comparisons(isDate, (v) => ((v as PyInstance).internal as D).days),
    },
    properties: {
      year: { get: (s) => dateParts(s).year },
      month: { get: (s) => dateParts(s).mon },
      day: { get: (s) => dateParts(s).mday },
    },
  });

  // -- datetime --------------------------------------------------------------------------
  const fields = (s: Value) => parts(dtOf(s));
  const nowUs = () => fromTimestamp(wallClock(rt));
  dtCls = defineBuiltinClass(realm, 'datetime', [dateCls], {
    module: 'datetime',
    register: false,
    // Lib/_pydatetime.py's methods: called through the class without an instance, `self` is missing.
    pythonLevel: true,
    construct: (cls, a) => {
      const names = ['year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond'];
      const v = names.map((n, i) => {
        const x = kw(a, i, n);
        if (x === undefined && i < 3) throw rt.error('TypeError', `function missing required argument '${n}' (pos ${i + 1})`);
        return x === undefined ? 0 : intArg(x);
      });
      const tz = kw(a, 7, 'tzinfo');
      if (tz !== undefined && tz !== None) throw rt.error('NotImplementedError', 'aware datetimes are not supported');
      const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, microsecond = 0] = v;
      return new PyInstance(cls, { us: fromFields(year, month, day, hour, minute, second, microsecond) } satisfies DT);
    },
    classMethods: {
      now: (_c, a) => {
        const tz = kw(a, 0, 'tz');
        if (tz !== undefined && tz !== None) throw rt.error('NotImplementedError', 'aware datetimes are not supported');
        return newDT(nowUs());
      },
      today: () => newDT(nowUs()),
      utcnow: () => newDT(nowUs()),
      fromtimestamp: (_c, a) => {
        const t = kw(a, 0, 'timestamp');
        if (t === undefined) throw rt.error('TypeError', "fromtimestamp() missing required argument 'timestamp' (pos 1)");
        return newDT(fromTimestamp(num(t, 'timestamp')));
      },
    },
    methods: {
      isoformat: (s, a) => isoformat(dtOf(s), String(kw(a, 0, 'sep') ?? 'T'), String(kw(a, 1, 'timespec') ?? 'auto')),
      __str__: (s) => isoformat(dtOf(s), ' ', 'auto'),
      __repr__: (s) => {
        const t = fields(s);
        const l = [t.year, t.mon, t.mday, t.hour, t.min, t.sec, t.usec];
        if (l[6] === 0) l.pop();
        if (l.length === 6 && l[5] === 0) l.pop();
        return `datetime.datetime(${l.join(', ')})`;
      },
      strftime: (s, a) => {
        const fmt = a.positional[0];
        if (typeof fmt !== 'string') throw rt.error('TypeError', `strftime() argument 1 must be str, not ${typeName(rt, fmt)}`);
        const t = fields(s);
        return strftime(fmt, { ...t, utcoffset: '', tzname: '' });
      },
      __format__: (s, a) =>
        a.positional[0] ? strftime(String(a.positional[0]), { ...fields(s), utcoffset: '', tzname: '' }) : isoformat(dtOf(s), ' ', 'auto'),
      timestamp: (s) => realm.py.makeFloat(dtOf(s) / 1e6),
      date: (s) => newDate(Math.floor(dtOf(s) / US_PER_DAY)),
      weekday: (s) => fields(s).wday,
      __add__: (s, a) => (isTD(a.positional[0]) ? newDT(dtOf(s) + tdOf(a.positional[0])) : NotImplemented),
      __radd__: (s, a) => (isTD(a.positional[0]) ? newDT(dtOf(s) + tdOf(a.positional[0])) : NotImplemented),
      __sub__: (s, a) => {
        const o = a.positional[0];
        if (isTD(o)) return newDT(dtOf(s) - tdOf(o));
        if (isDT(o)) return newTD(dtOf(s) - dtOf(o));
        return NotImplemented;
      },
      ...comparisons(isDT, dtOf),
    },
    properties: {
      year: { get: (s) => fields(s).year },
      month: { get: (s) => fields(s).mon },
      day: { get: (s) => fields(s).mday },
      hour: { get: (s) => fields(s).hour },
      minute: { get: (s) => fields(s).min },
      second: { get: (s) => fields(s).sec },
      microsecond: { get: (s) => fields(s).usec },
    },
  });
  m.dict.set('datetime', dtCls);
  m.dict.set('date', dateCls);
  m.dict.set('timedelta', tdCls);
  m.dict.set('MINYEAR', 1);
  m.dict.set('MAXYEAR', 9999);
  return m;
}
