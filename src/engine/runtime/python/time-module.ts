/**
 * The `time` module over the run's virtual clock (the model owns it: models/model.ts
 * `readClockNs` / `blockingSleep`; the oracle's harness patches CPython's `time` the same
 * way, tests/oracle/pyodide_harness.py):
 *
 *  - `monotonic()`, `perf_counter()` (and `*_ns`) are the loop's clock, in seconds since the
 *    run began; `time()` (and `time_ns`) add the virtual epoch, 2024-01-01T00:00:00Z (the
 *    one JavaScript's `Date` uses, runtime/js/builtins/date.ts). Each read is one
 *    `readClockNs()`: it costs virtual time (1 µs under the Python models), so a busy-wait
 *    `while time.monotonic() < end: pass` ends, after (end - now) / 1 µs reads.
 *  - `sleep(s)` blocks the whole program for `s` virtual seconds (no task or callback runs).
 *  - `gmtime`, `localtime` (the virtual time zone is UTC), `strftime` (strftime.ts), `ctime`,
 *    `asctime`; without a time argument they read `time()` once.
 */
import { None, PyFloat, PyInstance, PyModule, PyTuple, type CallArgs, type Value } from '../values';
import { positional } from './args';
import { defineBuiltinClass, isSubclass, pyNative } from './classes';
import { toFloat } from './constructors';
import { toArray } from './iteration';
import { normBig, roundHalfEven } from './numbers';
import type { PyRuntime } from './state';
import { typeName } from './types';
import { DATE_EPOCH_MS } from '../js/builtins/date';
import { brokenDown, strftime, type BrokenDown } from './strftime';

/** The virtual epoch in whole seconds. */
export const EPOCH_SECONDS = DATE_EPOCH_MS / 1000;

const FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'] as const;

/** Seconds (a Python int or float) for sleep/gmtime: CPython's `_PyTime_FromSecondsObject` wording. */
function secondsArg(rt: PyRuntime, v: Value): number {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat) {
    const s = toFloat(rt, v);
    if (Number.isNaN(s)) throw rt.error('ValueError', 'Invalid value NaN (not a number)');
    return s;
  }
  throw rt.error('TypeError', `'${typeName(rt, v)}' object cannot be interpreted as an integer or float`);
}

/** Virtual wall-clock seconds now (one clock read). */
export function wallClock(rt: PyRuntime): number {
  return EPOCH_SECONDS + rt.realm.model.readClockNs() / 1e9;
}

export function timeModule(rt: PyRuntime): PyModule {
  const m = new PyModule('time');
  const def = (name: string, impl: (a: CallArgs) => Value) =>
    m.dict.set(
      name,
      pyNative(name, (_s, a) => impl(a)),
    );
  const read = () => rt.realm.model.readClockNs();
  const float = (x: number) => new PyFloat(x);

  const structTime = defineBuiltinClass(rt.realm, 'struct_time', [rt.cls('object')], {
    module: 'time',
    register: false,
    // Called through the class (`time.struct_time.__repr__()`), a method has no instance to
    // read: the descriptor's TypeError, not a native reading `undefined` (issue 10's probe).
    accepts: (v) => v instanceof PyInstance && isSubclass(v.cls, structTime),
    construct: (cls, args) => {
      const [seq] = positional(rt, 'struct_time', args, 1, 1);
      const items = toArray(rt, seq);
      if (items.length !== 9) throw rt.error('TypeError', `time.struct_time() takes a 9-sequence (${items.length}-sequence given)`);
      return new PyInstance(cls, items);
    },
    methods: {
      __repr__: (s) => {
        const items = (s as PyInstance).internal as Value[];
        return `time.struct_time(${FIELDS.map((f, i) => `${f}=${rt.realm.py.repr(items[i])}`).join(', ')})`;
      },
      __getitem__: (s, a) => rt.realm.py.getItem(new PyTuple((s as PyInstance).internal as Value[]), a.positional[0]),
      __len__: () => 9,
      __iter__: (s) =>
        rt.realm.interp.call(
          rt.realm.builtins.py.get('iter'),
          undefined,
          { positional: [new PyTuple((s as PyInstance).internal as Value[])] },
          'py',
        ),
    },
    properties: Object.fromEntries(FIELDS.map((f, i) => [f, { get: (s: Value) => ((s as PyInstance).internal as Value[])[i] }])),
  });
  m.dict.set('struct_time', structTime);

  const toStruct = (t: BrokenDown): PyInstance =>
    new PyInstance(structTime, [t.year, t.mon, t.mday, t.hour, t.min, t.sec, t.wday, t.yday, 0]);
  const fromStruct = (v: Value): BrokenDown => {
    const items = v instanceof PyInstance && v.cls === structTime ? (v.internal as Value[]) : toArray(rt, v);
    if (items.length !== 9) throw rt.error('TypeError', 'function takes exactly 9 arguments (' + items.length + ' given)');
    const [year = 0, mon = 0, mday = 0, hour = 0, min = 0, sec = 0, wday = 0, yday = 0] = items.map((x) => Number(toFloat(rt, x)));
    return {
      year,
      mon,
      mday,
      hour,
      min,
      sec,
      wday,
      yday,
      usec: 0,
      utcoffset: '+0000',
      tzname: 'UTC',
    };
  };
  /** `gmtime([secs])` / `localtime([secs])`: the virtual zone is UTC. */
  const broken = (name: string, a: CallArgs): BrokenDown => {
    const [s] = positional(rt, name, a, 0, 1);
    const secs = s === undefined || s === None ? wallClock(rt) : secondsArg(rt, s);
    return brokenDown(Math.floor(secs));
  };

  def('time', () => float(wallClock(rt)));
  def('time_ns', () => normBig(BigInt(EPOCH_SECONDS) * 1_000_000_000n + BigInt(read())));
  def('monotonic', () => float(read() / 1e9));
  def('monotonic_ns', () => read());
  def('perf_counter', () => float(read() / 1e9));
  def('perf_counter_ns', () => read());
  def('sleep', (a) => {
    const [s] = positional(rt, 'sleep', a, 1, 1);
    const secs = secondsArg(rt, s);
    if (secs < 0) throw rt.error('ValueError', 'sleep length must be non-negative');
    rt.realm.model.blockingSleep(Number(roundHalfEven(secs * 1e9)));
    return None;
  });
  def('gmtime', (a) => toStruct(broken('gmtime', a)));
  def('localtime', (a) => toStruct(broken('localtime', a)));
  def('strftime', (a) => {
    const [fmt, t] = positional(rt, 'strftime', a, 1, 2);
    if (typeof fmt !== 'string') throw rt.error('TypeError', `strftime() argument 1 must be str, not ${typeName(rt, fmt)}`);
    return strftime(fmt, t === undefined ? brokenDown(Math.floor(wallClock(rt))) : fromStruct(t));
  });
  const asctime = (t: BrokenDown) => strftime('%a %b %e %H:%M:%S %Y', t);
  def('asctime', (a) => {
    const [t] = positional(rt, 'asctime', a, 0, 1);
    return asctime(t === undefined ? brokenDown(Math.floor(wallClock(rt))) : fromStruct(t));
  });
  def('ctime', (a) => asctime(broken('ctime', a)));
  m.dict.set('__name__', 'time');
  m.dict.set('timezone', 0);
  m.dict.set('altzone', 0);
  m.dict.set('daylight', 0);
  m.dict.set('tzname', new PyTuple(['UTC', 'UTC']));
  return m;
}
