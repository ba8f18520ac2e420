/**
 * Argument binding for asyncio's functions that CPython writes in Python (`async def sleep(delay,
 * result=None)`, `def wait_for(fut, timeout)`, `async def wait(fs, *, timeout=None, ...)`): a
 * bad call fails as a call of a Python function does (Python/ceval.c initialize_locals), at
 * the call, with the function's name:
 *   `sleep() takes from 1 to 2 positional arguments but 3 were given`,
 *   `wait_for() missing 1 required positional argument: 'timeout'`,
 *   `sleep() got an unexpected keyword argument 'x'`, `... got multiple values for argument 'delay'`.
 * (The same wording as the interpreter's binder, src/engine/interp/params.ts.)
 */
import { None, type CallArgs, type Value } from '../../runtime/values';
import type { Realm } from '../../runtime/realm';
import { pyError } from './host';
import { unexpectedKeyword } from '../../runtime/python/suggestions';

export interface Signature {
  name: string;
  /** Positional-or-keyword parameters, in order. */
  pos: readonly string[];
  /** How many of `pos` have no default. */
  required: number;
  /** Keyword-only parameters (all with defaults here). */
  kwonly?: readonly string[];
}

function quoteList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  const last = q.pop();
  if (q.length === 0) return last ?? '';
  return q.length === 1 ? `${q[0]} and ${last}` : `${q.join(', ')}, and ${last}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The arguments of a call, by parameter: `pos` then `kwonly`, `undefined` where the default
 * applies. The common call (positional only, a valid count) returns `args.positional` itself.
 */
export function bind(realm: Realm, sig: Signature, args: CallArgs): readonly Value[] {
  const given = args.positional;
  const n = given.length;
  const nPos = sig.pos.length;
  const kw = args.keywords;
  const err = (msg: string) => pyError(realm, 'TypeError', `${sig.name}() ${msg}`);
  if ((kw === undefined || kw.size === 0) && n >= sig.required && n <= nPos) return given;
  const kwonly = sig.kwonly ?? [];
  if (n > nPos) {
    let kwonlyGiven = 0;
    if (kw) for (const k of kwonly) if (kw.has(k)) kwonlyGiven++;
    const takes = sig.required < nPos ? `from ${sig.required} to ${nPos} positional arguments` : plural(nPos, 'positional argument');
    const gave =
      kwonlyGiven > 0
        ? `${plural(n, 'positional argument')} (and ${plural(kwonlyGiven, 'keyword-only argument')}) were given`
        : `${n} ${n === 1 ? 'was' : 'were'} given`;
    throw err(`takes ${takes} but ${gave}`);
  }
  const out: Value[] = given.slice();
  out.length = nPos + kwonly.length;
  if (kw) {
    for (const [k, v] of kw) {
      let i = sig.pos.indexOf(k);
      if (i < 0) {
        const j = kwonly.indexOf(k);
        if (j < 0) throw err(unexpectedKeyword(k, [...sig.pos, ...kwonly]));
        i = nPos + j;
      } else if (i < n) {
        throw err(`got multiple values for argument '${k}'`);
      }
      out[i] = v;
    }
  }
  const missing: string[] = [];
  sig.pos.slice(n, sig.required).forEach((name, k) => {
    if (out[n + k] === undefined) missing.push(name);
  });
  if (missing.length) throw err(`missing ${plural(missing.length, 'required positional argument')}: ${quoteList(missing)}`);
  return out;
}

/** `bound[i]`, undefined past the end (no out-of-bounds array read: V8 deoptimises those). */
export function at(bound: readonly Value[], i: number): Value {
  return i < bound.length ? bound[i] : undefined;
}

/** `*args, **only(allowed)`: a keyword other than `allowed` is unexpected. */
export function checkKeywords(realm: Realm, name: string, args: CallArgs, allowed: readonly string[]): void {
  const kw = args.keywords;
  if (kw === undefined) return;
  for (const k of kw.keys()) if (!allowed.includes(k)) throw pyError(realm, 'TypeError', `${name}() ${unexpectedKeyword(k, allowed)}`);
}

/**
 * A class's `__init__(self, ...params)` called as `Cls(...)`: bound as `bind` binds, its
 * messages counting `self` as CPython's do (`Lock.__init__() takes 1 positional argument but 2
 * were given`, `Queue.__init__() got an unexpected keyword argument 'loop'`: the `loop`
 * argument old tutorials pass was removed in 3.10). Returns the bound `params`.
 */
export function bindInit(realm: Realm, name: string, params: readonly string[], required: number, args: CallArgs): readonly Value[] {
  return bindMethod(realm, `${name}.__init__`, params, required, args);
}

/** A method written in Python (`def create_future(self)`) called on its object: bound as `bind` binds, counting `self`. */
export function bindMethod(realm: Realm, qualname: string, params: readonly string[], required: number, args: CallArgs): readonly Value[] {
  const sig: Signature = { name: qualname, pos: ['self', ...params], required: required + 1 };
  return bind(realm, sig, { positional: [None, ...args.positional], keywords: args.keywords }).slice(1);
}

/**
 * A method written in Python that takes no argument but `self` (`async def wait(self)`):
 * `Event.wait() takes 1 positional argument but 2 were given`, `... got an unexpected keyword
 * argument 'timeout'` — what a threading-style call (`ev.wait(5)`, `q.get(timeout=1)`,
 * `lock.acquire(blocking=False)`) meets in CPython. The usual call costs one test.
 */
export function noArgs(realm: Realm, qualname: string, args: CallArgs): void {
  if (args.positional.length > 0 || (args.keywords !== undefined && args.keywords.size > 0)) bindMethod(realm, qualname, [], 0, args);
}

/**
 * The argument checks of a method CPython writes in C with Argument Clinic (`_asyncio.Future`'s
 * `add_done_callback(fn, /, *, context=None)`, `cancel(msg=None)`, `set_result(result, /)`):
 * their own wording, `add_done_callback() takes exactly 1 positional argument (2 given)`,
 * `cancel() takes at most 1 argument (2 given)`, `… got an unexpected keyword argument 'x'`.
 * `positional`: exactly that many (a number), or at most that many ([n]); `keywords`: the
 * names it takes by keyword.
 */
export function clinicArgs(realm: Realm, name: string, args: CallArgs, positional: number | [number], keywords: readonly string[]): void {
  const n = args.positional.length;
  const kw = args.keywords;
  const err = (msg: string) => pyError(realm, 'TypeError', `${name}() ${msg}`);
  if (typeof positional === 'number') {
    if (n !== positional) throw err(`takes exactly ${plural(positional, 'positional argument')} (${n} given)`);
  } else {
    const most = positional[0];
    const total = n + (kw?.size ?? 0);
    if (n > most || total > most) {
      const onlyKeywords = n === 0;
      throw err(`takes at most ${plural(most, onlyKeywords ? 'keyword argument' : 'argument')} (${total} given)`);
    }
  }
  if (kw !== undefined) for (const k of kw.keys()) if (!keywords.includes(k)) throw err(unexpectedKeyword(k, keywords));
}

/**
 * C methods' own argument checks (Objects/methodobject.c, Argument Clinic), as _asynciomodule.c
 * declares them: what `task.result(timeout=5)` (concurrent.futures' signature) meets.
 *  - METH_NOARGS: `Task.result() takes no keyword arguments`, `Future.done() takes no arguments (1 given)`;
 *  - METH_O: `Task.set_name() takes exactly one argument (0 given)`;
 *  - a Clinic method of the defining class without parameters: `exception() takes no arguments`;
 *  - a Clinic method with one positional-only parameter: `set_result() takes at most 1 argument
 *    (2 given)`, `... takes exactly 1 positional argument (0 given)`.
 */
export const cArgs = {
  noArgs(realm: Realm, qualname: string, args: CallArgs): void {
    const kw = args.keywords;
    if (kw !== undefined && kw.size > 0) throw pyError(realm, 'TypeError', `${qualname}() takes no keyword arguments`);
    const n = args.positional.length;
    if (n > 0) throw pyError(realm, 'TypeError', `${qualname}() takes no arguments (${n} given)`);
  },
  one(realm: Realm, qualname: string, args: CallArgs): Value {
    const kw = args.keywords;
    if (kw !== undefined && kw.size > 0) throw pyError(realm, 'TypeError', `${qualname}() takes no keyword arguments`);
    const n = args.positional.length;
    if (n !== 1) throw pyError(realm, 'TypeError', `${qualname}() takes exactly one argument (${n} given)`);
    return args.positional[0]!;
  },
  clinicNone(realm: Realm, name: string, args: CallArgs): void {
    if (args.positional.length > 0 || (args.keywords !== undefined && args.keywords.size > 0))
      throw pyError(realm, 'TypeError', `${name}() takes no arguments`);
  },
  clinicOne(realm: Realm, name: string, args: CallArgs): Value {
    const n = args.positional.length;
    const total = n + (args.keywords?.size ?? 0);
    if (total > 1) throw pyError(realm, 'TypeError', `${name}() takes at most 1 argument (${total} given)`);
    if (n === 0) throw pyError(realm, 'TypeError', `${name}() takes exactly 1 positional argument (0 given)`);
    return args.positional[0]!;
  },
};
