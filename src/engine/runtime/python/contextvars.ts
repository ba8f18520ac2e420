/**
 * `contextvars` (PEP 567; CPython's Python/context.c, Lib/contextvars.py): ContextVar, Token,
 * Context, copy_context — and the current context that asyncio switches.
 *
 * What asyncio does with it (Lib/asyncio/tasks.py, events.py, futures.py), and the models
 * follow (models/python/task.ts, event-loop.ts):
 *  - a Task takes a copy of the current context when it is made (or the `context=` given) and
 *    runs every step in it, eager first step included, so a `var.set()` in one task is never
 *    seen by another or by the code that made it;
 *  - `call_soon` / `call_later` / `call_at` / `add_done_callback` copy the current context
 *    when the callback is scheduled (or take `context=`) and run the callback in it.
 *
 * A context is a mapping that `ContextVar.set` changes in place; `copy_context()` and a new
 * task take a shallow copy (CPython shares an immutable HAMT; a Map copied on demand behaves
 * the same for every observable operation).
 *
 * Nothing is copied or switched until a program imports `contextvars` (`PyRuntime.contexts`
 * stays null): no ContextVar can exist before that, so every context made earlier was empty,
 * and a task or callback made then gets a fresh empty context the first time it runs after
 * the import — what CPython's copy would hold. Tasks of programs that never import it pay one
 * field read (issue 10: cost linear in the number of tasks).
 */
import { None, type PyClass, PyInstance, PyModule, PyTuple, type CallArgs, type Value } from '../values';
import { Thrown } from '../thrown';
import { keyword, positional } from './args';
import { callArgs } from './calls';
import { defineBuiltinClass, pyNative } from './classes';
import { pyEquals } from './equality';
import { DONE, NotImplemented, PyIterator } from './objects';
import { pyRepr } from './formatting';
import type { PyRuntime } from './state';

/** One context: the values its variables hold. */
export class ContextData {
  /** Entered now (Context.run, or a task step running in it): it cannot be entered twice. */
  entered = false;
  /** Its Python object, made when a program first sees it. */
  obj: PyInstance | undefined = undefined;
  constructor(readonly vars: Map<PyInstance, Value> = new Map()) {}
  copy(): ContextData {
    return new ContextData(new Map(this.vars));
  }
}

/** The runtime's context state once `contextvars` is imported (`PyRuntime.contexts`). */
export class ContextState {
  current: ContextData = new ContextData();
  constructor(readonly contextCls: PyClass) {}
}

/** A copy of the current context, for a task or callback made now; null before `contextvars` is imported. */
export function copyCurrentContext(rt: PyRuntime): ContextData | null {
  const cs = rt.contexts;
  return cs === null ? null : cs.current.copy();
}

/**
 * Make `ctx` current (`PyContext_Enter`): RuntimeError when it is already entered. Returns
 * the context to restore with `exitContext`.
 */
export function enterContext(rt: PyRuntime, cs: ContextState, ctx: ContextData): ContextData {
  if (ctx.entered) throw rt.error('RuntimeError', `cannot enter context: ${pyRepr(rt, contextObject(cs, ctx))} is already entered`);
  const prev = cs.current;
  ctx.entered = true;
  cs.current = ctx;
  return prev;
}

export function exitContext(cs: ContextState, prev: ContextData): void {
  cs.current.entered = false;
  cs.current = prev;
}

/**
 * `fn` as a loop callback: it runs in `context`, by default a copy of the context current now
 * (events.py `Handle.__init__`, futures.py `add_done_callback`).
 */
export function inContext<A>(rt: PyRuntime, context: ContextData | undefined, fn: (arg: A) => void): (arg: A) => void {
  let runIn: ContextData | null = context ?? copyCurrentContext(rt);
  return (arg) => {
    const cs = rt.contexts;
    if (cs === null) {
      fn(arg);
      return;
    }
    const prev = enterContext(rt, cs, (runIn ??= new ContextData()));
    try {
      fn(arg);
    } finally {
      exitContext(cs, prev);
    }
  };
}

/** The context state, importing `contextvars` first if the program has not (`Task.get_context()`). */
export function contextsOf(rt: PyRuntime): ContextState {
  if (rt.contexts === null) rt.realm.modules.get('contextvars');
  return rt.contexts!;
}

/** The Python `Context` object of `ctx` (the same object every time). */
export function contextObject(cs: ContextState, ctx: ContextData): PyInstance {
  return (ctx.obj ??= new PyInstance(cs.contextCls, ctx));
}

/** A `context=` argument: a Context object's data; TypeError otherwise (C `PyContext_CheckExact`). */
export function contextArg(rt: PyRuntime, v: Value): ContextData {
  if (v instanceof PyInstance && v.internal instanceof ContextData) return v.internal;
  throw rt.error('TypeError', `an instance of Context was expected`);
}

interface VarState {
  readonly name: string;
  /** undefined: no default. */
  readonly dflt: Value | undefined;
}

interface TokenState {
  readonly ctx: ContextData;
  readonly variable: PyInstance;
  /** undefined: the variable had no value (Token.MISSING). */
  readonly old: Value | undefined;
  used: boolean;
}

export function installContextvars(rt: PyRuntime): PyModule {
  const realm = rt.realm;
  const object = rt.cls('object');
  const isVar = (v: Value): v is PyInstance =>
    v instanceof PyInstance && (v.internal as VarState | undefined)?.name !== undefined && v.cls === varCls;
  const isToken = (v: Value): v is PyInstance => v instanceof PyInstance && v.cls === tokenCls;
  const isContext = (v: Value): v is PyInstance => v instanceof PyInstance && v.internal instanceof ContextData;
  const varOf = (v: Value) => (v as PyInstance).internal as VarState;
  const tokOf = (v: Value) => (v as PyInstance).internal as TokenState;
  const dataOf = (v: Value) => (v as PyInstance).internal as ContextData;
  const at = (o: object) => rt.hexAddress(o);

  const varRepr = (v: PyInstance) => {
    const s = varOf(v);
    const d = s.dflt === undefined ? '' : ` default=${pyRepr(rt, s.dflt)}`;
    return `<ContextVar name=${pyRepr(rt, s.name)}${d} at ${at(v)}>`;
  };
  const keyArg = (v: Value): PyInstance => {
    if (!isVar(v)) throw rt.error('TypeError', `a ContextVar key was expected, got ${pyRepr(rt, v)}`);
    return v;
  };
  const noKeywords = (fn: string, a: CallArgs) => {
    if (a.keywords !== undefined && a.keywords.size > 0) throw rt.error('TypeError', `${fn}() takes no keyword arguments`);
  };

  const contextCls = defineBuiltinClass(realm, 'Context', [object], {
    module: '_contextvars',
    register: false,
    accepts: isContext,
    construct: (cls, a) => {
      if (a.positional.length > 0 || (a.keywords?.size ?? 0) > 0) throw rt.error('TypeError', 'Context() does not accept any arguments');
      const d = new ContextData();
      return (d.obj = new PyInstance(cls, d));
    },
    methods: {
      run: (self, a) => {
        if (a.positional.length === 0) throw rt.error('TypeError', 'run() missing 1 required positional argument');
        const [fn, ...args] = a.positional;
        const prev = enterContext(rt, state, dataOf(self));
        try {
          return callArgs(rt, fn, { positional: args, keywords: a.keywords });
        } finally {
          exitContext(state, prev);
        }
      },
      copy: (self) => contextObject(state, dataOf(self).copy()),
      get: (self, a) => {
        const [k, d] = positional(rt, 'get', a, 1, 2);
        const v = dataOf(self).vars.get(keyArg(k));
        return v === undefined ? (d ?? None) : v;
      },
      keys: (self) => [...dataOf(self).vars.keys()],
      values: (self) => [...dataOf(self).vars.values()],
      items: (self) => [...dataOf(self).vars].map(([k, v]) => new PyTuple([k, v])),
      __getitem__: (self, a) => {
        const k = keyArg(a.positional[0]);
        const v = dataOf(self).vars.get(k);
        if (v === undefined) throw new Thrown(rt.newException(rt.cls('KeyError'), [k]));
        return v;
      },
      __contains__: (self, a) => dataOf(self).vars.has(keyArg(a.positional[0])),
      __len__: (self) => dataOf(self).vars.size,
      __iter__: (self) => {
        const it = dataOf(self).vars.keys();
        return new PyIterator('keys', () => {
          const n = it.next();
          return n.done ? DONE : n.value;
        });
      },
      __eq__: (self, a) => {
        const o = a.positional[0];
        if (!isContext(o)) return NotImplemented;
        const x = dataOf(self).vars;
        const y = dataOf(o).vars;
        if (x.size !== y.size) return false;
        for (const [k, v] of x) {
          const w = y.get(k);
          if (w === undefined || !pyEquals(rt, v, w)) return false;
        }
        return true;
      },
    },
  });
  const state = new ContextState(contextCls);

  const missingCls = defineBuiltinClass(realm, 'MISSING', [object], {
    module: '_contextvars',
    qualname: 'Token.MISSING',
    register: false,
    methods: { __repr__: () => '<Token.MISSING>' },
  });
  const MISSING = new PyInstance(missingCls);

  const tokenCls = defineBuiltinClass(realm, 'Token', [object], {
    module: '_contextvars',
    register: false,
    accepts: isToken,
    construct: () => {
      throw rt.error('RuntimeError', 'Tokens can only be created by ContextVars');
    },
    properties: {
      var: { get: (self) => tokOf(self).variable },
      old_value: { get: (self) => tokOf(self).old ?? MISSING },
    },
    attrs: { MISSING },
    methods: {
      __repr__: (self) => {
        const t = tokOf(self);
        return `<Token${t.used ? ' used' : ''} var=${varRepr(t.variable)} at ${at(self as PyInstance)}>`;
      },
      // Python 3.14: `with var.set(value):` resets the variable on the way out.
      __enter__: (self) => self,
      __exit__: (self) => {
        resetVar(tokOf(self).variable, self as PyInstance);
        return None;
      },
    },
  });

  const resetVar = (variable: PyInstance, token: Value) => {
    if (!isToken(token)) throw rt.error('TypeError', `expected an instance of Token, got ${pyRepr(rt, token)}`);
    const t = tokOf(token);
    const repr = () => pyRepr(rt, token);
    if (t.used) throw rt.error('RuntimeError', `${repr()} has already been used once`);
    if (t.variable !== variable) throw rt.error('ValueError', `${repr()} was created by a different ContextVar`);
    if (t.ctx !== state.current) throw rt.error('ValueError', `${repr()} was created in a different Context`);
    t.used = true;
    if (t.old === undefined) state.current.vars.delete(variable);
    else state.current.vars.set(variable, t.old);
  };

  const varCls: PyClass = defineBuiltinClass(realm, 'ContextVar', [object], {
    module: '_contextvars',
    register: false,
    accepts: (v) => isVar(v),
    construct: (cls, a) => {
      const n = a.positional.length;
      if (n > 1) throw rt.error('TypeError', `ContextVar() takes at most 1 positional argument (${n} given)`);
      if (n !== 1) throw rt.error('TypeError', `ContextVar() takes exactly 1 positional argument (${n} given)`);
      for (const k of a.keywords?.keys() ?? []) {
        if (k !== 'default') throw rt.error('TypeError', `ContextVar() got an unexpected keyword argument '${k}'`);
      }
      const name = a.positional[0];
      if (typeof name !== 'string') throw rt.error('TypeError', 'context variable name must be a str');
      const s: VarState = { name, dflt: keyword(a, 'default') };
      return new PyInstance(cls, s);
    },
    properties: {
      // A read-only member in C (T_OBJECT, READONLY): its own message.
      name: {
        get: (self) => varOf(self).name,
        set: () => {
          throw rt.error('AttributeError', 'readonly attribute');
        },
      },
    },
    methods: {
      get: (self, a) => {
        noKeywords('get', a);
        if (a.positional.length > 1) throw rt.error('TypeError', `get expected at most 1 argument, got ${a.positional.length}`);
        const v = state.current.vars.get(self as PyInstance);
        if (v !== undefined) return v;
        if (a.positional.length === 1) return a.positional[0];
        const d = varOf(self).dflt;
        if (d !== undefined) return d;
        throw new Thrown(rt.newException(rt.cls('LookupError'), [self]));
      },
      set: (self, a) => {
        noKeywords('set', a);
        if (a.positional.length !== 1)
          throw rt.error('TypeError', `ContextVar.set() takes exactly one argument (${a.positional.length} given)`);
        const variable = self as PyInstance;
        const ctx = state.current;
        const t: TokenState = { ctx, variable, old: ctx.vars.get(variable), used: false };
        ctx.vars.set(variable, a.positional[0]);
        return new PyInstance(tokenCls, t);
      },
      reset: (self, a) => {
        noKeywords('reset', a);
        if (a.positional.length !== 1)
          throw rt.error('TypeError', `ContextVar.reset() takes exactly one argument (${a.positional.length} given)`);
        resetVar(self as PyInstance, a.positional[0]);
        return None;
      },
      __repr__: (self) => varRepr(self as PyInstance),
      __hash__: (self) => rt.address(self),
    },
  });
  for (const c of [varCls, tokenCls, contextCls]) rt.finalClasses.add(c);

  rt.contexts = state;
  const m = new PyModule('contextvars');
  m.dict.set('__name__', 'contextvars');
  m.dict.set('ContextVar', varCls);
  m.dict.set('Token', tokenCls);
  m.dict.set('Context', contextCls);
  m.dict.set(
    'copy_context',
    pyNative('copy_context', (_s, a) => {
      positional(rt, '_contextvars.copy_context', a, 0, 0);
      return contextObject(state, state.current.copy());
    }),
  );
  return m;
}
