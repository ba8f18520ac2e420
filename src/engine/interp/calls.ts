/**
 * Calling and constructing any callable value (Interp.call / Interp.construct).
 *
 *  - user functions → functions.ts invoke (JS class constructors need `new`, except when
 *    Python code calls them: ARCHITECTURE.md "Cross-language rules": "Python code calling a JS class constructs it");
 *  - NativeFunction → `impl(thisArg, args, realm)` (a JS native constructor called from
 *    Python is constructed, e.g. `Promise(executor)` in a shim);
 *  - BoundMethod → its function with the bound self;
 *  - PyClass → `realm.py.callClass`; a Python instance with `__call__` → that method;
 *  - anything else: Python `TypeError: 'int' object is not callable`, JS
 *    `TypeError: obj.foo is not a function` (the callee as V8's CallPrinter shows it).
 */
import type { Lang } from '../ir/nodes';
import type { Pos } from '../events/types';
import { BoundMethod, HeapObject, JSObject, NativeFunction, None, PyClass, PyInstance, type CallArgs, type Value } from '../runtime/values';
import type { InterpState } from './context';
import { userError } from './context';
import { HOLE } from './core';
import { InterpFunction, invoke } from './functions';
import { initFields } from './classes-js';
import { tick } from '../runtime/realm';
import { placeBudgetError, unsupported } from '../errors';

// Bound on first use (functions.ts imports this module too, so not at load time).
let UserFn: typeof InterpFunction;
let invokeFn: typeof invoke;
export function bindCalls(): void {
  UserFn = InterpFunction;
  invokeFn = invoke;
}

/** Python's name for the type of a value, for messages. */
export function pyTypeName(v: Value): string {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (v === None) return 'NoneType';
  switch (typeof v) {
    case 'boolean':
      return 'bool';
    case 'number':
    case 'bigint':
      return 'int';
    case 'string':
      return 'str';
  }
  if (Array.isArray(v)) return 'list';
  // A C type's tp_name when it has one of its own (`'_asyncio.Task' object is not callable`).
  if (v instanceof PyInstance && v.cls.tpName !== undefined) return v.cls.tpName;
  if (v instanceof HeapObject) return v.typeName;
  return 'object';
}

export function isCallable(v: Value): boolean {
  if (v instanceof InterpFunction || v instanceof NativeFunction || v instanceof BoundMethod || v instanceof PyClass) return true;
  if (v instanceof PyInstance) return v.cls.mro.some((c) => c.dict.has('__call__'));
  return false;
}

function notCallable(st: InterpState, fn: Value, lang: Lang, loc: Pos | undefined, text: string | undefined) {
  // A Python call keeps its callee's text only under js (callee-text.ts keptCalleeText): a
  // name shims/asyncio.js lacks fails in Node's words for the twin, naming the construct.
  if (lang === 'py' && text !== undefined && (fn === undefined || fn === null))
    return userError(st, 'py', 'TypeError', `${text} is not a function`, loc);
  if (lang === 'py') return userError(st, 'py', 'TypeError', `'${pyTypeName(fn)}' object is not callable`, loc);
  const what = text ?? st.realm.js.repr(fn);
  return userError(st, 'js', 'TypeError', `${what} is not a function`, loc);
}

/**
 * Python code passing keyword arguments to a JavaScript function: a Python snippet under js
 * calling shims/asyncio.js (`print("a", end="")`, `gather(..., return_exceptions=True)`,
 * `create_task(c, name="t")`). JS has no keyword arguments, so the twin cannot write them and
 * dropping them would answer silently for a different program (`print` ending its line,
 * `gather` rejecting at the first failure): the run stops naming the keyword (issue 10).
 * Dropped are the keywords that change nothing a program prints or when, under any model:
 * print's `flush=` (when a line leaves the process; asyncio demos write it on every print),
 * create_task's `name=` (the shim's task is the promise itself: a name only labels it) and
 * asyncio.run's `debug=` (the debug mode's checks): a snippet with them runs under js as
 * without them. The shim's functions are named by their keys (`create_task`, `run`).
 */
const DROPPED_KEYWORDS: Record<string, readonly string[]> = { print: ['flush'], create_task: ['name'], run: ['debug'] };

function keywordsToJs(fn: InterpFunction, args: CallArgs, loc: Pos | undefined, text: string | undefined): CallArgs {
  const dropped = Object.hasOwn(DROPPED_KEYWORDS, fn.name) ? DROPPED_KEYWORDS[fn.name]! : [];
  const k = [...args.keywords!.keys()].find((name) => !dropped.includes(name));
  if (k === undefined) return { positional: args.positional };
  const name = text ?? (fn.name || 'a JavaScript function');
  throw unsupported(
    `the keyword argument ${k}= in a call of ${name}: it is a JavaScript function here (the shim's), and JavaScript has no keyword arguments`,
    loc,
  );
}

export function callValue(st: InterpState, fn: Value, thisArg: Value, args: CallArgs, lang: Lang, loc?: Pos, text?: string): Value {
  if (fn instanceof UserFn) {
    if (lang === 'py' && fn.lang === 'js' && args.keywords !== undefined && args.keywords.size > 0)
      args = keywordsToJs(fn, args, loc, text);
    if (fn.classInfo) {
      if (lang === 'py') return constructValue(st, fn, args, fn, lang, loc, text);
      throw userError(st, 'js', 'TypeError', `Class constructor ${fn.name} cannot be invoked without 'new'`, loc);
    }
    if (lang === 'js' && fn.lang === 'py') args = padForJsCaller(fn, args, 0);
    return invokeFn(st, fn, thisArg, args, undefined, false, loc);
  }
  if (fn instanceof NativeFunction) {
    if (lang === 'py' && fn.lang === 'js' && fn.construct) return fn.construct(args, fn, st.realm);
    tick(st.budget, loc);
    // Natives that record events (print, setTimeout...) place them at their call site.
    st.realm.callLoc = loc;
    // Written here, not in a helper: a helper's frame per native call cost deep eager-task
    // recursion, which keeps every level on the host stack, 31 of its 248 levels in the
    // page's worker (tests/e2e/recursion-depth.test.ts).
    try {
      return fn.impl(thisArg, args, st.realm);
    } catch (e) {
      // A budget error the native's work raised is placed at its call.
      throw placeBudgetError(e, loc);
    }
  }
  if (fn instanceof BoundMethod) {
    const inner = fn.fn;
    if (inner instanceof InterpFunction && inner.lang === 'py') {
      if (lang === 'js') args = padForJsCaller(inner, args, 1);
      const positional = [fn.self, ...args.positional];
      return invoke(st, inner, undefined, args.keywords ? { positional, keywords: args.keywords } : { positional }, undefined, false, loc);
    }
    return callValue(st, inner, fn.self, args, lang, loc, text);
  }
  if (fn instanceof PyClass) {
    try {
      return st.realm.py.callClass(fn, args, loc);
    } catch (e) {
      // A built-in class's constructor is a native (`set(range(10**7))`).
      throw placeBudgetError(e, loc);
    }
  }
  if (fn instanceof PyInstance && isCallable(fn)) {
    const m = st.realm.py.getAttr(fn, '__call__', loc);
    return callValue(st, m, undefined, args, 'py', loc);
  }
  throw notCallable(st, fn, lang, loc, text);
}

/**
 * A JS caller passes too few arguments freely (the rest are undefined); a Python function
 * would raise `missing 1 required positional argument`. Calls from JS code to a Python
 * function therefore get undefined for the missing *required* positional parameters
 * (`new Promise(resolve => setTimeout(resolve, 10))` under a Python model calls the
 * shim's Python `resolve` with no argument). Parameters with defaults keep their defaults.
 */
function padForJsCaller(fn: InterpFunction, args: CallArgs, bound: number): CallArgs {
  let required = -bound;
  for (const p of fn.def.params) if ((p.kind === 'normal' || p.kind === 'posonly') && !p.default) required++;
  const given = args.positional.length;
  if (given >= required || args.keywords) return args;
  const positional = args.positional.slice();
  while (positional.length < required) positional.push(undefined);
  return { positional };
}

/** The prototype for an object constructed with `newTarget` (spec GetPrototypeFromConstructor). */
function prototypeFor(st: InterpState, newTarget: Value): JSObject {
  const p = st.realm.js.getAttr(newTarget, 'prototype');
  return p instanceof JSObject ? p : st.realm.js.intrinsics.ObjectPrototype;
}

export function constructValue(st: InterpState, fn: Value, args: CallArgs, newTarget: Value, lang: Lang, loc?: Pos, text?: string): Value {
  if (fn instanceof InterpFunction) {
    if (fn.lang === 'py') return invoke(st, fn, undefined, args, undefined, false, loc);
    const info = fn.classInfo;
    if (!info && (fn.def.flavor !== 'function' || fn.def.isAsync || fn.def.isGenerator)) {
      throw userError(st, 'js', 'TypeError', `${text ?? (fn.name || 'anonymous')} is not a constructor`, loc);
    }
    if (info?.parent !== undefined) {
      // Derived constructor: `this` is uninitialised until super() (spec 10.2.2 [[Construct]]).
      return invoke(st, fn, HOLE as unknown as Value, args, newTarget, true, loc);
    }
    const obj = new JSObject(prototypeFor(st, newTarget));
    if (info) initFields(st, fn, obj);
    return invoke(st, fn, obj, args, newTarget, true, loc);
  }
  if (fn instanceof NativeFunction) {
    // The site a native's own error is placed at (engine.ts `fail`), as for a call (context.ts `call`).
    if (loc !== undefined) st.realm.callLoc = loc;
    if (!fn.construct) throw userError(st, 'js', 'TypeError', `${text ?? fn.name} is not a constructor`, loc);
    try {
      return fn.construct(args, newTarget, st.realm);
    } catch (e) {
      throw placeBudgetError(e, loc);
    }
  }
  if (fn instanceof PyClass) {
    try {
      return st.realm.py.callClass(fn, args, loc);
    } catch (e) {
      throw placeBudgetError(e, loc);
    }
  }
  if (fn instanceof BoundMethod) return callValue(st, fn, undefined, args, 'py', loc);
  throw userError(st, 'js', 'TypeError', `${text ?? st.realm.js.repr(fn)} is not a constructor`, loc);
}
