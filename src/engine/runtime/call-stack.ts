/**
 * The program's call stack as its real runtime counts it, so recursion ends where it ends
 * there (issue 10: "async recursion under every model ends in RecursionError / RangeError
 * at the real depth").
 *
 * Python: CPython 3.12+ raises `RecursionError: maximum recursion depth exceeded` when a
 * frame would be pushed past `sys.getrecursionlimit()` (1000), counting every Python frame
 * on the thread's stack: the program's functions, each coroutine an `await` chain or a
 * Task step is running, and the Python frames of asyncio itself and of the harness that
 * runs the program (tests/oracle/pyodide_harness.py `run_program`). C code (Task.__step,
 * Context.run, builtins) adds none. The interpreter counts one frame per Python call
 * (interp/functions.ts invoke), the Python runtime one per generator resume
 * (runtime/python/generators.ts), the Python models one per coroutine step
 * (models/python/coroutine.ts) and the frames of the library code they stand for
 * (`PY_FRAMES` below, models/python/*): together `depth` is the length of CPython's stack.
 *
 * JavaScript: V8 has no frame count, only a stack of about 1 MB; `jsLimit` is a frame budget
 * calibrated on Node 20 (see JS_FRAME_LIMIT).
 */

/**
 * The Python frames that asyncio's own code (CPython 3.14 Lib/asyncio) and the oracle's
 * harness keep on the stack, measured by walking `sys._getframe()` in the real runtime
 * (tests/cases/py/robust_recursion_depth*.py print the depths they lead to, checked against
 * pyodide; tests/engine/recursion-depth.test.ts checks generator frames natively).
 */
export const PY_FRAMES = {
  /** pyodide_harness.py `run_program`, which runs the module (`exec`) and the REPL's loop. */
  harness: 1,
  /** A module body (`<module>`). */
  module: 1,
  /** The REPL's wrapper of top-level-await code (`_main_code`, which awaits `<module>`). */
  replMain: 1,
  /** The REPL's wrapper of a module without await, run as one loop callback (`_run_sync`). */
  replSync: 1,
  /**
   * `asyncio.run` → `Runner.run`, plus pyodide's own wrapper of `asyncio.run` (webloop.py
   * `_run`) in the oracle: natively (CPython 3.12–3.14) 2. `run_until_complete` is below.
   */
  asyncioRun: 3,
  /** `asyncio.Runner.run`. */
  runnerRun: 1,
  /** `BaseEventLoop.run_until_complete`. */
  runUntilComplete: 1,
  /** `BaseEventLoop.run_forever`. */
  runForever: 1,
  /** `_run_once` → `Handle._run`, below every loop callback (Task.__step is C). */
  loopCallback: 2,
  /**
   * One Python function of asyncio between a program's call and the task it makes:
   * `asyncio.create_task`, `ensure_future`, `gather`, `TaskGroup.create_task`,
   * `BaseEventLoop.create_task`, `eager_task_factory`'s `factory`. They matter under eager
   * tasks, whose first step runs on top of them (create_task: 3, gather: 4).
   */
  libraryCall: 1,
} as const;

/** sys.getrecursionlimit() in a fresh CPython. */
export const PY_DEFAULT_RECURSION_LIMIT = 1000;

/**
 * JS frame budget: where Node 20 (V8's 984 KB stack) overflows on the common shape, one-argument
 * recursion `function f(n) { reached = n; return 1 + f(n + 1); }` (or the same arrow) entered
 * from an arrow at the top of an ES module: 10,264 levels, one frame more for the arrow
 * (measured with `node shapes.mjs` on Node 20.20: a script recursing in each shape until the
 * RangeError and printing the deepest level; the same as a CommonJS script is 10,466). V8 counts
 * bytes, not frames, so Node's depth differs by shape (a bare `return f(n + 1)` 11,197, a method
 * 9,474, three arguments 7,698, two locals 8,797); one budget cannot match each. Sync calls past
 * the trampoline threshold (interp/trampoline.ts) are heap frames and reach it on any host, and
 * so do async calls (interp/async-tramp.ts: their first segments are frames of the js model's
 * driver); the shapes still on the host stack (getters, `yield*`) meet the host's limit first,
 * and the interpreter turns the host's overflow into the same RangeError (interp/try-support.ts).
 */
export const JS_FRAME_LIMIT = 10_265;

/**
 * A JavaScript async function's frame is bigger in V8 than a sync one's: Node 20 stops
 * `async function f(n) { reached = n; return 1 + (await f(n + 1)); }` at 8,796 levels where
 * the same sync shape reaches 10,262 (README "Recursion depth"), a ratio of 1.167 = 7/6. So
 * while an async call's first segment runs, its frame counts 7/6 against `jsLimit`: every
 * sixth async frame on the stack lowers the limit by one (enterJsAsync), and `await f()`
 * recursion stops at 8,797 levels.
 */
export const JS_ASYNC_FRAMES_PER_EXTRA = 6;

export class CallStack {
  /** Frames on the stack now (Python: including the harness's and asyncio's, see PY_FRAMES). */
  depth = 0;
  /** `sys.getrecursionlimit()` / `sys.setrecursionlimit(n)`. */
  pyLimit = PY_DEFAULT_RECURSION_LIMIT;
  jsLimit = JS_FRAME_LIMIT;
  /** JavaScript async frames on the stack now (their first segments; JS_ASYNC_FRAMES_PER_EXTRA). */
  jsAsync = 0;
  /**
   * Past this depth a sync user function's body and the calls under it run as heap frames
   * (interp/trampoline.ts); below it, in closure form on the host stack.
   */
  trampolineDepth = trampolineDepthDefault;
  /**
   * Coroutines being driven by hand now (`coro.send()` from Python code): under them an
   * await chain is not cut into segments (models/python/await-segments.ts).
   */
  handDriven = 0;
  /**
   * Python: the exception being handled now (CPython's thread state `exc_info`, what
   * `sys.exception()` and a bare `raise` read), undefined outside every handler. An `except`
   * clause sets it on entry and restores it on exit (interp/try-support.ts
   * `pyHandlerBinding`), so a function called from a handler sees the handler's exception.
   * A suspended generator or coroutine keeps what its own open handlers set (`OwnHandled`,
   * CPython's `gi_exc_state`) and takes it back when resumed.
   */
  handled: unknown = undefined;
  /** The `except` clauses open now, over every frame on the stack. */
  handledDepth = 0;
  /** What suspended coroutines keep of their open handlers (OwnHandledTable). */
  readonly suspendedHandled = new OwnHandledTable();
}

/**
 * `OwnHandled` of suspended coroutines, kept apart from them: almost none is ever suspended
 * in an `except` clause, and a field of its own on every coroutine was 8 bytes more of every
 * task waiting (issue 10: memory per waiting task). `count` says whether to look at all.
 */
export class OwnHandledTable {
  private readonly map = new WeakMap<object, OwnHandled>();
  /** Entries set and not deleted (one whose coroutine was collected still counts: a lookup then costs a WeakMap read). */
  private count = 0;

  get(frame: object): OwnHandled | null {
    return this.count === 0 ? null : (this.map.get(frame) ?? null);
  }

  /** `frame` kept `after` where it had `before` (leaveHandled reuses the object it is given). */
  update(frame: object, before: OwnHandled | null, after: OwnHandled | null): void {
    if (before === after) return;
    if (after !== null) {
      this.map.set(frame, after);
      if (before === null) this.count++;
    } else {
      this.map.delete(frame);
      this.count--;
    }
  }
}

/** What a suspended frame's own open `except` clauses had set (CPython `gi_exc_state`). */
export interface OwnHandled {
  value: unknown;
  depth: number;
}

/** A generator or coroutine resumed: what its own open handlers set comes back, over what the stack handles. */
export function takeHandled(stack: CallStack, own: OwnHandled | null): void {
  if (own === null) return;
  stack.handled = own.value;
  stack.handledDepth += own.depth;
}

/**
 * A generator or coroutine leaves the stack (a yield, its end, or an exception) after a
 * resume that found `outerHandled` / `outerDepth` there: what its own open handlers set is
 * kept (returned, reusing `own`), and the stack gets back what it had, so a frame suspended
 * in an `except` clause does not leave its exception to the code that resumed it.
 */
export function leaveHandled(stack: CallStack, outerHandled: unknown, outerDepth: number, own: OwnHandled | null): OwnHandled | null {
  const d = stack.handledDepth - outerDepth;
  let kept: OwnHandled | null = null;
  if (d > 0) {
    kept = own ?? { value: undefined, depth: 0 };
    kept.value = stack.handled;
    kept.depth = d;
  }
  stack.handled = outerHandled;
  stack.handledDepth = outerDepth;
  return kept;
}

/**
 * Frames a run holds on the host stack before its program frames go on the heap
 * (interp/trampoline.ts). Every host holds this many levels of the costliest shape with room
 * to spare (a Chromium worker about 330 of the worst Python shape, README "Recursion depth"),
 * and no common program goes this deep, so they keep the closure form's speed.
 */
export const TRAMPOLINE_DEPTH = 200;

let trampolineDepthDefault = TRAMPOLINE_DEPTH;

/**
 * For tests only (tests/support/trampoline-setup.ts): the threshold of the runs started after
 * this, 0 to run every sync call trampolined and check that both forms agree.
 */
export function setTrampolineDepthForTests(depth: number): void {
  trampolineDepthDefault = depth;
}

/**
 * Count the extra weight of a JavaScript async frame just counted in `depth`: false when the
 * stack is then past its limit (the caller uncounts both and throws the RangeError).
 */
export function enterJsAsync(stack: CallStack): boolean {
  if (++stack.jsAsync % JS_ASYNC_FRAMES_PER_EXTRA === 0) stack.jsLimit--;
  return stack.depth <= stack.jsLimit;
}

/** Uncount a JavaScript async frame's extra weight (its first segment is over). */
export function leaveJsAsync(stack: CallStack): void {
  if (stack.jsAsync-- % JS_ASYNC_FRAMES_PER_EXTRA === 0) stack.jsLimit++;
}
