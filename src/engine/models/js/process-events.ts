/**
 * `process` as an EventEmitter for the events that change how a program ends
 * (lib/internal/process/execution.js, lib/internal/process/promises.js, node.cc):
 *
 *  - 'uncaughtException' (error, origin): an exception escaping a callback, or an unhandled
 *    rejection no 'unhandledRejection' listener took (origin 'unhandledRejection'), goes to
 *    the listeners instead of ending the process; the loop carries on. A throw inside a
 *    listener ends the process with that error.
 *  - 'uncaughtExceptionMonitor' (error, origin): told of each such error first.
 *  - 'unhandledRejection' (reason, promise): processPromiseRejections emits it for each
 *    rejection still unhandled after a drain; with a listener the process does not crash.
 *  - 'beforeExit' (code): the loop ran dry; listeners may schedule more work, and the loop
 *    goes on while there is some (emitted again each time it runs dry after new work).
 *  - 'exit' (code): once, as the process ends — normally (code 0 or process.exitCode),
 *    through process.exit(code), or after a crash (code 1). After a normal end the promise
 *    jobs the listeners queue run (event-loop.ts `exit`); other work scheduled here never runs.
 *
 * Listener methods: on/addListener/prependListener, once, off/removeListener,
 * removeAllListeners, listenerCount, listeners, emit. Other events are kept and emitted
 * only by `process.emit`.
 */
import type { Realm } from '../../runtime/realm';
import { type JSObject, type Value } from '../../runtime/values';
import { call, defineMethod, isCallable, notAFunction } from './host';

interface Listener {
  fn: Value;
  once: boolean;
}

export class ProcessEvents {
  private readonly listeners = new Map<string, Listener[]>();
  private exited = false;

  constructor(
    private readonly realm: Realm,
    readonly process: JSObject,
  ) {
    const add = (prepend: boolean, once: boolean) => (self: Value, args: Value[]) => {
      const [event, fn] = args;
      if (!isCallable(realm, fn)) {
        throw notAFunction(realm, 'listener', fn);
      }
      const list = this.listeners.get(String(event)) ?? [];
      if (prepend) list.unshift({ fn, once });
      else list.push({ fn, once });
      this.listeners.set(String(event), list);
      return self;
    };
    const remove = (self: Value, args: Value[]) => {
      const list = this.listeners.get(String(args[0]));
      if (list) {
        for (let i = list.length - 1; i >= 0; i--) {
          if (list[i]!.fn === args[1]) {
            list.splice(i, 1);
            break;
          }
        }
      }
      return self;
    };
    defineMethod(realm, process, 'on', add(false, false));
    defineMethod(realm, process, 'addListener', add(false, false));
    defineMethod(realm, process, 'prependListener', add(true, false));
    defineMethod(realm, process, 'once', add(false, true));
    defineMethod(realm, process, 'off', remove);
    defineMethod(realm, process, 'removeListener', remove);
    defineMethod(realm, process, 'removeAllListeners', (self, args) => {
      if (args[0] === undefined) this.listeners.clear();
      else this.listeners.delete(String(args[0]));
      return self;
    });
    defineMethod(realm, process, 'listenerCount', (_self, args) => this.count(String(args[0])));
    defineMethod(realm, process, 'listeners', (_self, args) => (this.listeners.get(String(args[0])) ?? []).map((l) => l.fn));
    defineMethod(realm, process, 'emit', (_self, args) => this.emit(String(args[0]), args.slice(1)));
  }

  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }

  /** EventEmitter.prototype.emit: call the listeners in order, `this` = process; true if any. */
  emit(event: string, args: Value[]): boolean {
    const list = this.listeners.get(event);
    if (!list || list.length === 0) return false;
    for (const l of list.slice()) {
      if (l.once) {
        const i = list.indexOf(l);
        if (i >= 0) list.splice(i, 1);
      }
      call(this.realm, l.fn, this.process, args);
    }
    return true;
  }

  /**
   * Node 20 (lib/internal/process/execution.js createOnGlobalUncaughtException): every error on
   * its way to 'uncaughtException' or to the crash is first emitted as
   * 'uncaughtExceptionMonitor' (error, origin); a throw there ends the process with it.
   */
  emitMonitor(error: Value, origin: 'uncaughtException' | 'unhandledRejection'): void {
    this.emit('uncaughtExceptionMonitor', [error, origin]);
  }

  /** The exit code Node would report: process.exitCode when it is a number, else `fallback`. */
  exitCode(fallback: number): number {
    const slot = this.process.props.get('exitCode');
    const c = slot && 'value' in slot ? slot.value : undefined;
    return typeof c === 'number' ? c : fallback;
  }

  /** 'exit', at most once per run (process.exitCode is the code by then). */
  emitExit(code: number): void {
    if (this.exited || this.count('exit') === 0) return;
    this.exited = true;
    this.realm.js.defineProperty(this.process, 'exitCode', { value: code, writable: true, enumerable: true, configurable: true }, true);
    this.emit('exit', [code]);
  }
}
