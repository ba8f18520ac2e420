/**
 * BaseExceptionGroup / ExceptionGroup (PEP 654) and the runtime half of `except*`,
 * after CPython 3.14 Objects/exceptions.c and Python/ceval.c.
 *
 *  - `BaseExceptionGroup(message, exceptions)`: exactly two positional arguments, a str
 *    message and a non-empty sequence of exception instances. Called as
 *    BaseExceptionGroup with only Exceptions inside it makes an ExceptionGroup; an
 *    ExceptionGroup (or a user subclass of Exception) refuses BaseExceptions.
 *  - `split(condition)` / `subgroup(condition)`: the condition is an exception type, a
 *    tuple of them, or a predicate (any callable that is not a class). It is tried on the
 *    group itself first (a full match returns the group unchanged), then on every leaf and
 *    nested group; partial groups are rebuilt with `derive()` (user overrides honoured)
 *    and get the original's traceback, `__context__`, `__cause__` and a copy of
 *    `__notes__`.
 *  - `except*` (ceval `_PyEval_ExceptionGroupMatch`, `_PyExc_PrepReraiseStar`): a naked
 *    exception that matches is wrapped in `ExceptionGroup('', (exc,))`; a group is split
 *    with its `split` method. At the end, everything raised by the handlers plus the
 *    unhandled rest is combined: parts with the original's metadata (bare `raise` and the
 *    rest) are re-raised as one projection of the original tree, newly raised ones are
 *    listed before it in an `ExceptionGroup('', [...])`.
 *
 * "Same metadata" compares traceback, `__cause__` and `__context__` by identity. The
 * engine keeps no traceback objects, so ExcState.traceback counts the raises of an
 * instance: `raise e` gives `e` a new traceback, as CPython's PyTraceBack_Here does, and a
 * bare `raise` does not.
 */
import { None, PyClass, PyInstance, PyTuple, type CallArgs, type Value } from '../values';
import { defineBuiltinClass, isSubclass } from './classes';
import { callArgs } from './calls';
import { getAttr } from './attributes';
import { pyStr } from './formatting';
import { ExcState, type PyRuntime } from './state';
import { typeName } from './types';

/** The host state of a group: ExcState plus the validated message and exceptions. */
export class GroupState extends ExcState {
  constructor(
    args: Value[],
    readonly message: string,
    readonly excs: Value[],
  ) {
    super(args);
  }
}

function groupState(v: Value): GroupState | undefined {
  return v instanceof PyInstance && v.internal instanceof GroupState ? v.internal : undefined;
}

function excStateOf(v: Value): ExcState | undefined {
  return v instanceof PyInstance && v.internal instanceof ExcState ? v.internal : undefined;
}

export function isExceptionGroup(v: Value): boolean {
  return groupState(v) !== undefined;
}

/** The items of a sequence argument, or undefined when it is not a sequence. */
function sequenceItems(v: Value): Value[] | undefined {
  if (Array.isArray(v)) return v.slice();
  if (v instanceof PyTuple) return v.items.slice();
  if (typeof v === 'string') return [...v];
  return undefined;
}

export function installExceptionGroups(rt: PyRuntime): void {
  const realm = rt.realm;
  const baseException = rt.cls('BaseException');
  const exception = rt.cls('Exception');
  const isExc = (v: Value) => excStateOf(v) !== undefined;
  const state = (self: Value): GroupState => {
    const s = groupState(self);
    if (!s) throw rt.error('TypeError', `descriptor requires a 'BaseExceptionGroup' object but received a '${typeName(rt, self)}'`);
    return s;
  };

  // Objects/exceptions.c BaseExceptionGroup_new.
  const construct = (cls: PyClass, args: CallArgs): Value => {
    const p = args.positional;
    if (p.length !== 2) throw rt.error('TypeError', `BaseExceptionGroup.__new__() takes exactly 2 arguments (${p.length} given)`);
    const [message, exceptions] = p;
    if (typeof message !== 'string') {
      throw rt.error('TypeError', `BaseExceptionGroup.__new__() argument 1 must be str, not ${typeName(rt, message)}`);
    }
    const excs = sequenceItems(exceptions);
    if (!excs) throw rt.error('TypeError', 'second argument (exceptions) must be a sequence');
    if (excs.length === 0) throw rt.error('ValueError', 'second argument (exceptions) must be a non-empty sequence');
    let nestedBase = false;
    excs.forEach((e, i) => {
      if (!(e instanceof PyInstance) || !isSubclass(e.cls, baseException)) {
        throw rt.error('ValueError', `Item ${i} of second argument (exceptions) is not an exception`);
      }
      if (!isSubclass(e.cls, exception)) nestedBase = true;
    });
    let made = cls;
    if (cls === beg) {
      if (!nestedBase) made = eg;
    } else if (cls === eg) {
      if (nestedBase) throw rt.error('TypeError', 'Cannot nest BaseExceptions in an ExceptionGroup');
    } else if (nestedBase && isSubclass(cls, exception)) {
      throw rt.error('TypeError', `Cannot nest BaseExceptions in '${cls.name}'`);
    }
    return new PyInstance(made, new GroupState(p.slice(), message, excs));
  };

  const beg = defineBuiltinClass(realm, 'BaseExceptionGroup', [baseException], {
    construct,
    accepts: isExc,
    methods: {
      __str__: (self) => {
        const n = state(self).excs.length;
        return `${pyStr(rt, state(self).message)} (${n} sub-exception${n === 1 ? '' : 's'})`;
      },
      derive: (self, args) => callArgs(rt, beg, { positional: [state(self).message, args.positional[0]] }),
      split: (self, args) => {
        const r = splitGroup(rt, self, matcher(rt, args.positional[0]), true);
        return new PyTuple([r.match ?? None, r.rest ?? None]);
      },
      subgroup: (self, args) => splitGroup(rt, self, matcher(rt, args.positional[0]), false).match ?? None,
    },
    properties: {
      message: { get: (self) => state(self).message },
      exceptions: { get: (self) => new PyTuple(state(self).excs.slice()) },
    },
  });
  const eg = defineBuiltinClass(realm, 'ExceptionGroup', [beg, exception], { accepts: isExc });
}

type Matcher = (e: Value) => boolean;

/** Objects/exceptions.c get_matcher_type: a type, a tuple of types, or a non-class callable. */
function matcher(rt: PyRuntime, condition: Value): Matcher {
  const baseException = rt.cls('BaseException');
  const isExcClass = (v: Value) => v instanceof PyClass && isSubclass(v, baseException);
  const instanceOf = (e: Value, cls: PyClass) => e instanceof PyInstance && isSubclass(e.cls, cls);
  if (isExcClass(condition)) return (e) => instanceOf(e, condition as PyClass);
  if (condition instanceof PyTuple && condition.items.every(isExcClass)) {
    return (e) => condition.items.some((c) => instanceOf(e, c as PyClass));
  }
  if (!(condition instanceof PyClass) && rt.realm.interp.isCallable(condition)) {
    return (e) => rt.realm.py.truthy(callArgs(rt, condition, { positional: [e] }));
  }
  throw rt.error('TypeError', 'expected an exception type, a tuple of exception types, or a callable (other than a class)');
}

interface SplitResult {
  match?: Value;
  rest?: Value;
}

/** exceptiongroup_split_recursive. */
function splitGroup(rt: PyRuntime, exc: Value, matches: Matcher, constructRest: boolean): SplitResult {
  if (matches(exc)) return { match: exc };
  const s = groupState(exc);
  if (!s) return constructRest ? { rest: exc } : {};
  const matched: Value[] = [];
  const rest: Value[] = [];
  for (const e of s.excs) {
    const r = splitGroup(rt, e, matches, constructRest);
    if (r.match !== undefined) matched.push(r.match);
    if (r.rest !== undefined) rest.push(r.rest);
  }
  const out: SplitResult = {};
  const m = subset(rt, exc, matched);
  if (m !== undefined) out.match = m;
  if (constructRest) {
    const r = subset(rt, exc, rest);
    if (r !== undefined) out.rest = r;
  }
  return out;
}

/** exceptiongroup_subset: `orig.derive(excs)` with orig's metadata, or undefined for none. */
function subset(rt: PyRuntime, orig: Value, excs: Value[]): Value | undefined {
  if (excs.length === 0) return undefined;
  const made = callArgs(rt, getAttr(rt, orig, 'derive'), { positional: [excs] });
  const to = groupState(made);
  if (!to) throw rt.error('TypeError', 'derive must return an instance of BaseExceptionGroup');
  const from = excStateOf(orig)!;
  to.traceback = from.traceback;
  to.context = from.context;
  // PyException_SetCause also sets __suppress_context__.
  to.cause = from.cause;
  to.suppressContext = true;
  if (from.notes) to.notes = from.notes.slice();
  return made;
}

/** ceval `_PyEval_CheckExceptStarTypeValid`: the type of an `except*` clause. */
export function checkExceptStarType(rt: PyRuntime, type: Value): void {
  const items = type instanceof PyTuple ? type.items : [type];
  const baseException = rt.cls('BaseException');
  for (const t of items) {
    if (!(t instanceof PyClass) || !isSubclass(t, baseException)) {
      throw rt.error('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
    }
  }
  const beg = rt.cls('BaseExceptionGroup');
  if (items.some((t) => isSubclass(t as PyClass, beg))) {
    throw rt.error('TypeError', 'catching ExceptionGroup with except* is not allowed. Use except instead.');
  }
}

/** ceval `_PyEval_ExceptionGroupMatch`: the part of `exc` an `except* type` clause handles. */
export function exceptStarMatch(rt: PyRuntime, exc: Value, type: Value): SplitResult {
  if (rt.realm.py.exceptionMatches(exc, type)) {
    if (isExceptionGroup(exc)) return { match: exc };
    // A naked exception is wrapped, keeping its traceback.
    const wrapped = callArgs(rt, rt.cls('BaseExceptionGroup'), { positional: ['', new PyTuple([exc])] });
    const from = excStateOf(exc);
    if (from) excStateOf(wrapped)!.traceback = from.traceback;
    return { match: wrapped };
  }
  if (isExceptionGroup(exc)) {
    const pair = callArgs(rt, getAttr(rt, exc, 'split'), { positional: [type] });
    const items = pair instanceof PyTuple ? pair.items : [];
    if (items.length !== 2) throw rt.error('TypeError', 'ExceptionGroup.split must return a 2-tuple');
    const out: SplitResult = {};
    if (items[0] !== None) out.match = items[0];
    if (items[1] !== None) out.rest = items[1];
    return out;
  }
  return { rest: exc };
}

function sameMetadata(a: Value, b: Value): boolean {
  const x = excStateOf(a);
  const y = excStateOf(b);
  return !!x && !!y && x.traceback === y.traceback && x.cause === y.cause && x.context === y.context;
}

/** The ids of the leaves of an exception (tree). */
function leaves(exc: Value, out: Set<Value>): void {
  const s = groupState(exc);
  if (!s) out.add(exc);
  else for (const e of s.excs) leaves(e, out);
}

/**
 * `_PyExc_PrepReraiseStar(orig, excs)`: what a try/except* statement raises once its
 * handlers ran; `excs` holds what each handler raised and, last, the unhandled rest.
 * Returns undefined when everything was handled.
 */
export function prepReraiseStar(rt: PyRuntime, orig: Value, excs: Value[]): Value | undefined {
  if (excs.length === 0) return undefined;
  // A naked exception was wrapped: only one handler could run.
  if (!isExceptionGroup(orig)) return excs[0];
  const raised: Value[] = [];
  const kept = new Set<Value>();
  for (const e of excs) {
    if (sameMetadata(e, orig)) leaves(e, kept);
    else raised.push(e);
  }
  if (kept.size > 0) {
    // exception_group_projection: only leaves match, so every group on the way is derived anew.
    const projection = splitGroup(rt, orig, (e) => !isExceptionGroup(e) && kept.has(e), false).match;
    if (projection !== undefined) raised.push(projection);
  }
  if (raised.length === 0) return undefined;
  if (raised.length === 1) return raised[0];
  return callArgs(rt, rt.cls('BaseExceptionGroup'), { positional: ['', raised] });
}
