/**
 * Running the program as Node runs its entry file, in one of Node's two ways.
 *
 * As a CommonJS script (`node file.js`; lib/internal/modules/run_main.js executes it
 * synchronously, then processTicksAndRejections runs as after any callback):
 *  - The prelude and the program run as one script body, the loop's first macrotask; the
 *    drain after it starts with the nextTick FIFO (so `process.nextTick` callbacks run before
 *    promise jobs the script queued — the opposite of an ES module).
 *  - An exception escaping the script is an uncaught exception at once ('uncaughtException'
 *    listeners, else the process ends before any queued callback runs).
 *
 * As an ES module entry (`node file.mjs`; docs/semantics.md §1.9, §1.12):
 *  - The prelude (a shim) and the program form ONE module body. The body is evaluated
 *    inside a microtask, so promise jobs it queues run before process.nextTick callbacks
 *    (js/10): the event loop's first macrotask drains microtasks first.
 *  - With top-level await the body is an async function body (§1.4 costs apply); when the
 *    loop empties while it is still suspended, Node exits with code 13 — recorded as the
 *    warning `Warning: Detected unsettled top-level await` (tests/conformance/README.md).
 *  - An exception escaping the body rejects the module's evaluation promise. Node's ESM
 *    loader awaits that promise through a few async frames (ModuleJob.run →
 *    ModuleLoader.import → asyncRunEntryPointWithESMLoader) and then reports it as an
 *    uncaught exception (origin 'unhandledRejection'). We call a synchronous throw
 *    'uncaught-exception' and a rejected top-level await 'unhandled-rejection'
 *    (tests/conformance/README.md, `error_kind`). Measured on Node v20.20.2: microtasks keep
 *    running for 3 more ticks after a synchronous module throws, and for 4 after an async
 *    (top-level-await) module rejects; nextTicks and timers never run. LoaderJob replays
 *    exactly those hops.
 */
import type { Value } from '../../runtime/values';
import { Thrown } from '../../runtime/thrown';
import type { Pos } from '../../events/types';
import type { BodyGenerator, LoadedProgram } from '../model';
import type { JsMode } from '../../names';
import type { CrashKind, Job } from './event-loop';
import { PENDING, performThen, type PromiseHost, type PromiseRecord, type Reactor } from './promise';
import { startAsync } from './async-function';

/** Microtask hops from a synchronous module throw to the loader's crash (Node v20.20.2). */
const SYNC_MODULE_HOPS = 3;

/** A link of the ESM loader's await chain; the last one ends the program. */
class LoaderJob implements Job {
  readonly item = 0;
  constructor(
    private readonly host: PromiseHost,
    private readonly hopsLeft: number,
    private readonly error: Value,
    private readonly kind: CrashKind,
    private readonly loc: Pos | undefined,
  ) {}
  run(): void {
    if (this.hopsLeft > 1) this.host.loop.enqueueMicrotask(new LoaderJob(this.host, this.hopsLeft - 1, this.error, this.kind, this.loc));
    else {
      decorateCommonJsGlobalError(this.host, this.error);
      // The loader's rejected promise reaches triggerUncaughtException as a rejection: the
      // process's listeners see it with origin 'unhandledRejection' (Node 20).
      this.host.loop.uncaught(this.error, 'unhandledRejection', this.kind, this.loc);
    }
  }
}

/** What a CommonJS script has and an ES module has not (Node 20's `isCommonJSGlobalLikeNotDefinedError`). */
const COMMONJS_GLOBAL_LIKE = new Set(['__filename', '__dirname', 'require', 'module', 'exports'].map((n) => `${n} is not defined`));

/**
 * Node's ESM loader (lib/internal/modules/esm/module_job.js `run`) adds to the message of a
 * ReferenceError for one of CommonJS's names that ends the module: `require is not defined
 * in ES module scope, you can use import instead`. It changes the error object itself.
 */
function decorateCommonJsGlobalError(host: PromiseHost, error: Value): void {
  const js = host.realm.js;
  try {
    if (js.getAttr(error, 'name') !== 'ReferenceError') return;
    const message = js.getAttr(error, 'message');
    if (typeof message !== 'string' || !COMMONJS_GLOBAL_LIKE.has(message)) return;
    const scoped = `${message} in ES module scope`;
    js.setAttr(error, 'message', message.startsWith('require ') ? `${scoped}, you can use import instead` : scoped);
  } catch (e) {
    // A value whose own getters throw is reported as it is.
    if (!(e instanceof Thrown)) throw e;
  }
}

/** The loader awaiting an async module's evaluation promise (one more hop on rejection). */
class ModuleAwaiter implements Reactor {
  readonly id = 0;
  constructor(private readonly host: PromiseHost) {}
  label(): string {
    return '';
  }
  react(rejected: boolean, argument: Value, by: PromiseRecord | null): void {
    // Where the module body threw, for the error marker: Node's report shows that line.
    if (rejected)
      this.host.loop.enqueueMicrotask(new LoaderJob(this.host, SYNC_MODULE_HOPS, argument, 'unhandled-rejection', by?.rejectLoc));
  }
}

export class ModuleRun {
  /** The evaluation promise of a module with top-level await. */
  private promise: PromiseRecord | undefined;

  constructor(
    private readonly host: PromiseHost,
    private readonly mode: JsMode,
  ) {}

  /** Queue the program's evaluation as the loop's first macrotask. */
  schedule(main: LoadedProgram, prelude?: LoadedProgram): void {
    const host = this.host;
    if (this.mode === 'commonjs') {
      host.loop.setMain(() => this.runScript(main, prelude), 'ticks');
      return;
    }
    const async = main.program.hasTopLevelAwait || prelude?.program.hasTopLevelAwait === true;
    host.loop.setMain(() => (async ? this.runAsync(main, prelude) : this.runSync(main, prelude)), 'microtasks');
  }

  /** The main invocation (a script or a module body without top-level await) starts running. */
  private startMain(name: string): number {
    const r = this.host.realm.rec;
    const id = r.newId();
    if (r.on) {
      r.emit({ type: 'invocation', id, kind: 'main', name });
      r.started(id, undefined);
    }
    r.current = id;
    return id;
  }

  /** A CommonJS main script: a throw escapes to the loop, which treats it as any uncaught exception. */
  private runScript(main: LoadedProgram, prelude?: LoadedProgram): void {
    const r = this.host.realm.rec;
    const id = this.startMain('<script>');
    try {
      prelude?.module.runSync();
      main.module.runSync();
    } catch (e) {
      if (e instanceof Thrown && r.on) r.emit({ type: 'rejected', id, error: safeText(this.host, e.value) });
      throw e;
    }
    if (r.on) r.emit({ type: 'resolved', id, value: 'undefined' });
  }

  private runSync(main: LoadedProgram, prelude?: LoadedProgram): void {
    const r = this.host.realm.rec;
    const id = this.startMain('<module>');
    try {
      prelude?.module.runSync();
      main.module.runSync();
    } catch (e) {
      if (!(e instanceof Thrown)) throw e;
      if (r.on) r.emit({ type: 'rejected', id, error: safeText(this.host, e.value) });
      this.host.loop.enqueueMicrotask(new LoaderJob(this.host, SYNC_MODULE_HOPS, e.value, 'uncaught-exception', e.loc));
      return;
    }
    if (r.on) r.emit({ type: 'resolved', id, value: 'undefined' });
  }

  private runAsync(main: LoadedProgram, prelude?: LoadedProgram): void {
    const host = this.host;
    const body = moduleBody(main, prelude);
    this.promise = startAsync(host, body, { name: '<module>', qualname: '<module>', traced: true }, 'main');
    performThen(host, this.promise, new ModuleAwaiter(host));
  }

  /** The loop is empty: a module still suspended at a top-level await never finishes (§1.12). */
  /** True when the module is still suspended at a top-level await (Node exits with code 13). */
  onIdle(): boolean {
    if (this.promise && this.promise.state === PENDING) {
      this.host.realm.warn('Warning: Detected unsettled top-level await', this.promise.id);
      return true;
    }
    return false;
  }
}

function* moduleBody(main: LoadedProgram, prelude?: LoadedProgram): BodyGenerator {
  if (prelude) {
    if (prelude.program.hasTopLevelAwait) yield* prelude.module.runAsync();
    else prelude.module.runSync();
  }
  return yield* main.module.runAsync();
}

function safeText(host: PromiseHost, v: Value): string {
  try {
    return host.realm.js.errorSummary(v);
  } catch (e) {
    // Only a user error from the value's own getters (a throwing `message`) is hidden here.
    if (e instanceof Thrown) return '?';
    throw e;
  }
}
