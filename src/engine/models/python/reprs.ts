/**
 * The reprs of asyncio's objects, as CPython 3.14 builds them:
 *  - `Future.__repr__` (base_futures._future_repr / _future_repr_info): `<Future pending
 *    cb=[...]>`, `<Future finished result=...>` (the result through `reprlib.repr`),
 *    `exception=...` (full repr);
 *  - `Task.__repr__` (base_tasks._task_repr_info): `cancelling` while a cancel is requested,
 *    `name=`, `coro=<...>` (coroutines._format_coroutine), `wait_for=<the future it waits on>`,
 *    then the future's part;
 *  - the callbacks list (base_futures._format_callbacks, format_helpers._format_callback_source):
 *    one, two, or `first, <n more>, last`; each `qualname()` plus ` at FILE:LINE` for a plain
 *    function (not a bound method, not a builtin);
 *  - `reprlib.repr` (Lib/reprlib.py, default limits).
 *
 * File names: the user's snippet is `<program>`, the name the oracle compiles it under
 * (tests/oracle/pyodide_harness.py `compile(source, '<program>', ...)`); a prelude's code
 * is named by its tag (engine.ts markPrelude). asyncio's own functions live in
 * `ASYNCIO_DIR`, the stdlib location of the reference CPython (pyodide's
 * `/lib/python314.zip`), at their CPython 3.14 line numbers.
 */
import { FunctionValue, PyDict, type PyInstance, PySet, PyTuple, type Value } from '../../runtime/values';
import type { FunctionDef } from '../../ir/nodes';
import type { Realm } from '../../runtime/realm';
import type { Future, DoneCallback } from './future';
import type { Task } from './task';
import { CLOSED, CREATED, RUNNING, type Coroutine } from './coroutine';
import { AwaitableCoroutine } from './awaitable-coroutine';
import { hexAddress, pyTypeName, Thrown } from './host';
import { partialOf } from '../../runtime/python/partial';

export const PROGRAM_FILE = '<program>';
export const ASYNCIO_DIR = '/lib/python314.zip/asyncio';

/** `_format_callback_source` of one of asyncio's own functions at `Lib/asyncio/FILE:LINE`. */
export function asyncioCallback(qualname: string, file: string, line: number): string {
  return `${qualname}() at ${ASYNCIO_DIR}/${file}:${line}`;
}

/** `Task.task_wakeup()`: the C task's wakeup, a builtin method (no source). */
export const TASK_WAKEUP = 'Task.task_wakeup()';

// ---------------------------------------------------------------------------
// reprlib.repr
// ---------------------------------------------------------------------------

const MAXLEVEL = 6;
const MAXSEQ = 6; // maxtuple, maxlist, maxset, maxfrozenset
const MAXDICT = 4;
const MAXSTRING = 30;
const MAXLONG = 40;
const MAXOTHER = 30;
const FILL = '...';

/** `s[:i] + '...' + s[len(s)-j:]` for a repr longer than `max`. */
function cut(s: string, max: number): string {
  const chars = Array.from(s);
  if (chars.length <= max) return s;
  const i = Math.max(0, Math.floor((max - 3) / 2));
  const j = Math.max(0, max - 3 - i);
  return chars.slice(0, i).join('') + FILL + chars.slice(chars.length - j).join('');
}

/** `reprlib._possibly_sorted`: sorted with `<`, or as iterated when the items do not compare. */
function possiblySorted(realm: Realm, items: Value[]): Value[] {
  const py = realm.py;
  const lt = (a: Value, b: Value) => py.truthy(py.compare('<', a, b));
  try {
    return items.slice().sort((a, b) => (lt(a, b) ? -1 : lt(b, a) ? 1 : 0));
  } catch (e) {
    if (e instanceof Thrown) return items;
    throw e;
  }
}

function reprIterable(realm: Realm, items: readonly Value[], level: number, left: string, right: string, trail = ''): string {
  const n = items.length;
  let s: string;
  if (level <= 0 && n > 0) s = FILL;
  else {
    const pieces = items.slice(0, MAXSEQ).map((x) => repr1(realm, x, level - 1));
    if (n > MAXSEQ) pieces.push(FILL);
    s = pieces.join(', ');
    if (n === 1 && trail) right = trail + right;
  }
  return `${left}${s}${right}`;
}

function repr1(realm: Realm, x: Value, level: number): string {
  // Exactly the builtin types (Repr._lookup): a subclass is a `repr_instance`.
  if (typeof x === 'string') {
    const chars = Array.from(x);
    const s = realm.py.repr(chars.slice(0, MAXSTRING).join(''));
    if (Array.from(s).length <= MAXSTRING) return s;
    const i = Math.max(0, Math.floor((MAXSTRING - 3) / 2));
    const j = Math.max(0, MAXSTRING - 3 - i);
    const r = Array.from(realm.py.repr(chars.slice(0, i).join('') + chars.slice(chars.length - j).join('')));
    return r.slice(0, i).join('') + FILL + r.slice(r.length - j).join('');
  }
  if ((typeof x === 'number' && Number.isInteger(x)) || typeof x === 'bigint') {
    const s = realm.py.repr(x);
    return cut(s, MAXLONG);
  }
  if (Array.isArray(x) && pyTypeName(realm, x) === 'list') return reprIterable(realm, x, level, '[', ']');
  if (x instanceof PyTuple && pyTypeName(realm, x) === 'tuple') return reprIterable(realm, x.items, level, '(', ')', ',');
  if (x instanceof PySet) {
    const type = pyTypeName(realm, x);
    if (type === 'set' || type === 'frozenset') {
      const items = [...x.entries.values()];
      if (items.length === 0) return `${type}()`;
      const sorted = possiblySorted(realm, items);
      return type === 'set' ? reprIterable(realm, sorted, level, '{', '}') : reprIterable(realm, sorted, level, 'frozenset({', '})');
    }
  }
  if (x instanceof PyDict && pyTypeName(realm, x) === 'dict') {
    const n = x.entries.size;
    if (n === 0) return '{}';
    if (level <= 0) return `{${FILL}}`;
    const byKey = new Map<Value, Value>();
    for (const { key, value } of x.entries.values()) byKey.set(key, value);
    const keys = possiblySorted(realm, [...byKey.keys()]).slice(0, MAXDICT);
    const pieces = keys.map((k) => `${repr1(realm, k, level - 1)}: ${repr1(realm, byKey.get(k), level - 1)}`);
    if (n > MAXDICT) pieces.push(FILL);
    return `{${pieces.join(', ')}}`;
  }
  // repr_instance: the full repr, cut to maxother; a failing __repr__ is made up.
  let s: string;
  try {
    s = realm.py.repr(x);
  } catch (e) {
    if (!(e instanceof Thrown)) throw e;
    return `<${pyTypeName(realm, x)} instance at ${typeof x === 'object' && x !== null ? hexAddress(realm, x) : '0x0'}>`;
  }
  return cut(s, MAXOTHER);
}

/** `reprlib.repr(x)`. */
export function limitedRepr(realm: Realm, x: Value): string {
  return repr1(realm, x, MAXLEVEL);
}

// ---------------------------------------------------------------------------
// Code locations
// ---------------------------------------------------------------------------

/** `co_filename` of code defined at `loc` (a prelude's positions carry its name: engine.ts markPrelude). */
export function fileOf(loc: object | undefined): string {
  return (loc as { file?: string } | undefined)?.file ?? PROGRAM_FILE;
}

/** `co_firstlineno`: the first decorator's line for a decorated function. */
export function firstLineOf(def: FunctionDef): number {
  return (def.decorators[0] ?? def).loc.line;
}

/**
 * `format_helpers._format_callback_source(fn, args)` for a Python callable, as 3.14 prints it
 * outside debug mode (the arguments are not shown: `cb()`): its qualified name, a `()` per
 * level of `functools.partial` around it, and where a plain function was defined.
 */
export function callbackSource(realm: Realm, fn: Value): string {
  const source = functionSource(fn);
  return source === undefined ? formatCallback(realm, fn, '') : `${formatCallback(realm, fn, '')} at ${source}`;
}

/** `format_helpers._format_callback`: a partial is the function it wraps, with a `()` more. */
function formatCallback(realm: Realm, fn: Value, suffix: string): string {
  const p = partialOf(fn);
  if (p !== undefined) return formatCallback(realm, p.func, `()${suffix}`);
  const py = realm.py;
  const attr = (n: string): string | undefined => {
    try {
      const v = py.getAttr(fn, n);
      return typeof v === 'string' && v !== '' ? v : undefined;
    } catch (e) {
      if (e instanceof Thrown) return undefined;
      throw e;
    }
  };
  return `${attr('__qualname__') ?? attr('__name__') ?? py.repr(fn)}()${suffix}`;
}

/** `format_helpers._get_function_source`: `file:line` of a plain function (unwrapped, lambdas too, through partials), else undefined. */
function functionSource(fn: Value): string | undefined {
  // inspect.unwrap + inspect.isfunction: a plain function, not a bound method.
  let f = fn;
  for (let i = 0; i < 100 && f instanceof FunctionValue && f.props.has('__wrapped__'); i++) {
    const slot = f.props.get('__wrapped__') as { value?: Value };
    if (!('value' in slot)) break;
    f = slot.value;
  }
  if (f instanceof FunctionValue) return `${fileOf(f.def.loc)}:${firstLineOf(f.def)}`;
  const p = partialOf(f);
  return p !== undefined ? functionSource(p.func) : undefined;
}

// ---------------------------------------------------------------------------
// Coroutines, futures, tasks
// ---------------------------------------------------------------------------

/** `coroutines._format_coroutine(coro)`. */
export function formatCoroutine(realm: Realm, coro: Coroutine): string {
  if (coro instanceof AwaitableCoroutine) return coro.formatted();
  const name = `${coro.qualname}()`;
  const code = coro.code;
  if (code === undefined) return coro.state === CLOSED ? name : `${name} running`;
  if (!('kind' in code)) {
    // The model's own coroutines (asyncio.sleep, Queue.get...): their place in Lib/asyncio.
    const n = code;
    const file = `${ASYNCIO_DIR}/${n.file}`;
    if (coro.state === CLOSED) return `${name} done, defined at ${file}:${n.first}`;
    return `${name} running at ${file}:${coro.state === CREATED ? n.first : n.line}`;
  }
  const def = code;
  const file = fileOf(def.loc);
  if (coro.state === CLOSED) return `${name} done, defined at ${file}:${firstLineOf(def)}`;
  return `${name} running at ${file}:${coroutineLine(realm, coro, def)}`;
}

/**
 * The frame's `f_lineno`: `co_firstlineno` before the first send; the line of the await it is
 * suspended in (or delegating through); for the innermost coroutine running now, the line of
 * the call being made (the native asking for the repr).
 */
function coroutineLine(realm: Realm, coro: Coroutine, def: FunctionDef): number {
  if (coro.state === CREATED) return firstLineOf(def);
  if (coro === coro.ctx.runningCoro && coro.state === RUNNING && realm.callLoc !== undefined) return realm.callLoc.line;
  return coro.awaitSite?.line ?? firstLineOf(def);
}

function callbackDesc(realm: Realm, cb: DoneCallback): string {
  if (cb.py !== undefined) return callbackSource(realm, cb.py);
  return cb.desc ?? `${cb.label}()`;
}

/** `base_futures._format_callbacks`. */
function formatCallbacks(realm: Realm, cbs: readonly DoneCallback[]): string {
  const descs = cbs.map((cb) => callbackDesc(realm, cb));
  // Three or more: the first, a count, the last.
  const s = descs.length <= 2 ? descs.join(', ') : `${descs[0]}, <${descs.length - 2} more>, ${descs[descs.length - 1]}`;
  return `cb=[${s}]`;
}

/** `base_futures._future_repr_info`. */
function futureReprInfo(realm: Realm, f: Future): string[] {
  // Future._state's names (PENDING = 0, CANCELLED = 1, FINISHED = 2 in future.ts).
  const info = [f.state === 2 ? 'finished' : f.state === 1 ? 'cancelled' : 'pending'];
  if (f.state === 2) {
    if (f.exceptionValue !== undefined) info.push(`exception=${realm.py.repr(f.exceptionValue)}`);
    else info.push(`result=${limitedRepr(realm, f.resultValue)}`);
  }
  if (f.callbacks.length > 0) info.push(formatCallbacks(realm, f.callbacks));
  return info;
}

/** `reprlib.recursive_repr()` of _future_repr / _task_repr: a repr inside itself is `...`. */
const running = new Set<Future>();

function guarded(f: Future, build: () => string): string {
  if (running.has(f)) return '...';
  running.add(f);
  try {
    return build();
  } finally {
    running.delete(f);
  }
}

/** `Future.__repr__`. */
export function futureRepr(realm: Realm, f: Future): string {
  return guarded(f, () => `<${f.cls.name} ${futureReprInfo(realm, f).join(' ')}>`);
}

/**
 * locks.py's reprs: `object.__repr__` (`<MODULE.QUALNAME object at 0x...>`) with ` [EXTRA]`
 * before its `>` (`<asyncio.locks.Lock object at 0x... [unlocked]>`).
 */
export function lockRepr(realm: Realm, obj: PyInstance, extra: string): string {
  const cls = obj.cls;
  const mod = cls.dict.get('__module__');
  const name = typeof mod === 'string' && mod !== 'builtins' ? `${mod}.${cls.qualname}` : cls.qualname;
  return `<${name} object at ${hexAddress(realm, obj)} [${extra}]>`;
}

/** `Task.__repr__` (base_tasks._task_repr_info). */
export function taskRepr(realm: Realm, t: Task): string {
  return guarded(t, () => {
    const info = futureReprInfo(realm, t);
    if (t.numCancelsRequested > 0 && !t.done()) info[0] = 'cancelling';
    info.splice(1, 0, `name=${realm.py.repr(t.name)}`);
    if (t.futWaiter !== null) info.splice(2, 0, `wait_for=${realm.py.repr(t.futWaiter)}`);
    if (!t.coroDropped) info.splice(2, 0, `coro=<${formatCoroutine(realm, t.coro)}>`);
    return `<${t.cls.name} ${info.join(' ')}>`;
  });
}
