/**
 * asyncio.Timeout, asyncio.timeout(), asyncio.timeout_at() (Lib/asyncio/timeouts.py, 3.14).
 *
 *  - `timeout(delay)` reads the clock once: the deadline is `loop.time() + delay`
 *    (None: never). `timeout_at(when)` takes the deadline as given.
 *  - `__aenter__` (no suspension): RuntimeError outside a task; records the task and its
 *    `cancelling()` count, then `reschedule(when)`, which reads the clock again: a deadline
 *    already reached is a `call_soon(_on_timeout)`, a later one a `call_at(when, ...)` timer.
 *  - `_on_timeout` cancels the task (the CancelledError arrives at the await the task is
 *    suspended in, one iteration later: docs/semantics.md §2.7) and the state becomes EXPIRING.
 *  - `__aexit__` cancels the handler; when EXPIRING: EXPIRED, and if `task.uncancel()` is back
 *    to the count seen at entry (no other cancel request) a CancelledError leaving the block
 *    becomes `TimeoutError` (cause and context: the CancelledError); any other exception
 *    gets a TimeoutError inserted where a CancelledError is in its `__context__` chain.
 *    It never suppresses (returns None).
 *  - `repr`: `<Timeout [STATE] when=ROUND(when, 3)>` (`when=` only while active).
 *  - `reschedule` outside the active state: `RuntimeError: Timeout has not been entered` /
 *    `Cannot change state of expiring Timeout` (the state's value).
 *
 * `wait_for` (sleep-wait.ts) is `async with timeout(t): return await fut` and uses the same
 * object without the Python class around it.
 */
import { None, PyInstance, type PyClass, type Value } from '../../runtime/values';
import { defineBuiltinClass, pyClass } from '../../runtime/python/classes';
import type { PyModelContext } from './context';
import { getRunningLoop } from './event-loop';
import { Handle } from './handles';
import type { Task } from './task';
import type { NativeCode } from './coroutine';
import { nativeCoroutine } from './tasks-api';
import { callValue, isInstanceOf, isNone, pyError, pyException, toNumber } from './host';
import { bindMethod, noArgs } from './signature';

type State = 'created' | 'active' | 'expiring' | 'expired' | 'finished';

/** timeouts.py: `async def __aenter__` / `__aexit__` (their repr while running). */
const AENTER_CODE: NativeCode = { file: 'timeouts.py', first: 89, line: 89 };
const AEXIT_CODE: NativeCode = { file: 'timeouts.py', first: 101, line: 101 };

export class TimeoutCore {
  state: State = 'created';
  private handler: Handle | null = null;
  private task: Task | null = null;
  private cancelling = 0;

  constructor(
    private readonly ctx: PyModelContext,
    /** The deadline (loop-time seconds) as the user gave it, or null for None. */
    public when: Value | null,
  ) {}

  expired(): boolean {
    return this.state === 'expiring' || this.state === 'expired';
  }

  reschedule(when: Value | null): void {
    const realm = this.ctx.realm;
    if (this.state !== 'active') {
      if (this.state === 'created') throw pyError(realm, 'RuntimeError', 'Timeout has not been entered');
      throw pyError(realm, 'RuntimeError', `Cannot change state of ${this.state} Timeout`);
    }
    this.when = when;
    const loop = getRunningLoop(this.ctx);
    if (this.handler !== null) loop.cancelHandle(this.handler);
    if (when === null) {
      this.handler = null;
      return;
    }
    const task = this.task!;
    const onTimeout = () => this.onTimeout();
    // `if when <= loop.time()`: Python's comparison (a bad type raises its TypeError).
    const now = loop.time();
    if (realm.py.truthy(realm.py.compare('<=', when, realm.py.makeFloat(now)))) {
      this.handler = loop.callSoonHandle(new Handle(onTimeout, undefined, task.id, 'Timeout._on_timeout'));
    } else {
      this.handler = loop.callAtTime(toNumber(when), onTimeout, task.id, 'Timeout._on_timeout');
    }
  }

  /** `__aenter__`'s body (it never suspends). */
  enter(): void {
    const realm = this.ctx.realm;
    if (this.state !== 'created') throw pyError(realm, 'RuntimeError', 'Timeout has already been entered');
    const task = this.ctx.running?.currentTask ?? null;
    if (task === null) throw pyError(realm, 'RuntimeError', 'Timeout should be used inside a task');
    this.state = 'active';
    this.task = task;
    this.cancelling = task.numCancelsRequested;
    this.reschedule(this.when);
  }

  /** `__aexit__`'s body: `exc` is the exception leaving the block, if any. Throws the TimeoutError. */
  exit(exc: Value | undefined): void {
    const ctx = this.ctx;
    if (this.handler !== null) {
      getRunningLoop(ctx).cancelHandle(this.handler);
      this.handler = null;
    }
    if (this.state === 'expiring') {
      this.state = 'expired';
      if (this.task!.uncancel() <= this.cancelling && exc !== undefined) {
        if (isInstanceOf(exc, ctx.cls.cancelledError)) {
          const t = pyError(ctx.realm, 'TimeoutError');
          ctx.realm.py.chainException?.(t.value, exc, exc);
          throw t;
        }
        this.insertTimeoutError(exc);
        const group = exceptionGroupClass(ctx);
        if (group !== undefined && isInstanceOf(exc, group)) {
          for (const e of ctx.realm.py.iterate(ctx.realm.py.getAttr(exc, 'exceptions'))) this.insertTimeoutError(e);
        }
      }
    } else if (this.state === 'active') {
      this.state = 'finished';
    }
  }

  private onTimeout(): void {
    this.task!.cancel();
    this.state = 'expiring';
    this.handler = null;
  }

  /** `_insert_timeout_error`: put a TimeoutError between `exc`'s chain and the CancelledError in it. */
  private insertTimeoutError(exc: Value): void {
    const py = this.ctx.realm.py;
    let e = exc;
    for (;;) {
      const context = py.getAttr(e, '__context__');
      if (isNone(context)) return;
      if (isInstanceOf(context, this.ctx.cls.cancelledError)) {
        const te = pyException(this.ctx.realm, 'TimeoutError');
        py.setAttr(te, '__context__', context);
        py.setAttr(te, '__cause__', context);
        py.setAttr(e, '__context__', te);
        return;
      }
      e = context;
    }
  }

  repr(): string {
    let info = '';
    if (this.state === 'active') {
      const realm = this.ctx.realm;
      const round = realm.builtins.py.get('round');
      const when = this.when === null ? 'None' : realm.py.repr(callValue(realm, round, [this.when, 3]));
      info = ` when=${when}`;
    }
    return `<Timeout [${this.state}]${info}>`;
  }
}

/** The builtin ExceptionGroup when the runtime defines it. */
function exceptionGroupClass(ctx: PyModelContext): PyClass | undefined {
  const v = ctx.realm.builtins.py.get('ExceptionGroup');
  return v instanceof Object && 'mro' in v ? (v as PyClass) : undefined;
}

/** `timeout(delay)`: the deadline is read from the clock now. */
export function timeoutAfter(ctx: PyModelContext, delay: Value): TimeoutCore {
  const loop = getRunningLoop(ctx);
  if (isNone(delay)) return new TimeoutCore(ctx, null);
  const now = loop.time();
  const d = toNumber(delay);
  // `loop.time() + delay`: a float for any number; Python's own TypeError for anything else.
  return new TimeoutCore(
    ctx,
    Number.isNaN(d) ? ctx.realm.py.binary('+', ctx.realm.py.makeFloat(now), delay) : ctx.realm.py.makeFloat(now + d),
  );
}

export interface TimeoutClasses {
  Timeout: PyClass;
  /** Wrap a core in a Python `Timeout` object. */
  wrap(core: TimeoutCore): PyInstance;
}

// `__aenter__` / `__aexit__` bodies: module-level generator functions, not one made per call
// (each generator function made at run time gets its own `prototype` object and gives its
// generators a hidden class of their own: issue 10, tasks-api.ts wrapAwaitable).

function* timeoutEnter(s: Value): Generator<unknown, Value, unknown> {
  ((s as PyInstance).internal as TimeoutCore).enter();
  return s;
}

function* timeoutExit(s: Value, exc: Value | undefined): Generator<unknown, Value, unknown> {
  ((s as PyInstance).internal as TimeoutCore).exit(exc === undefined || isNone(exc) ? undefined : exc);
  return None;
}

export function defineTimeoutClass(ctx: PyModelContext): TimeoutClasses {
  const realm = ctx.realm;
  const core = (s: Value) => (s as PyInstance).internal as TimeoutCore;
  const whenArg = (v: Value | undefined): Value | null => (v === undefined || isNone(v) ? null : v);
  const Timeout = defineBuiltinClass(realm, 'Timeout', [pyClass(realm, 'object')], {
    pythonLevel: true,
    module: 'asyncio.timeouts',
    register: false,
    construct: (cls, args) => {
      if (args.positional.length + (args.keywords?.size ?? 0) < 1)
        throw pyError(realm, 'TypeError', "Timeout.__init__() missing 1 required positional argument: 'when'");
      return new PyInstance(cls, new TimeoutCore(ctx, whenArg(args.positional[0] ?? args.keywords?.get('when'))));
    },
    methods: {
      when: (s, a) => (noArgs(realm, 'Timeout.when', a), core(s).when ?? None),
      reschedule: (s, a) => {
        core(s).reschedule(whenArg(bindMethod(realm, 'Timeout.reschedule', ['when'], 1, a)[0]!));
        return None;
      },
      expired: (s, a) => (noArgs(realm, 'Timeout.expired', a), core(s).expired()),
      __repr__: (s) => core(s).repr(),
      __aenter__: (s) => nativeCoroutine(ctx, '__aenter__', 'Timeout.__aenter__', timeoutEnter(s), AENTER_CODE),
      __aexit__: (s, a) => nativeCoroutine(ctx, '__aexit__', 'Timeout.__aexit__', timeoutExit(s, a.positional[1]), AEXIT_CODE),
    },
  });
  return { Timeout, wrap: (c) => new PyInstance(Timeout, c) };
}
