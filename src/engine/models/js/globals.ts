/**
 * The names the `js` model gives JavaScript code (into realm.builtins.js): Promise,
 * setTimeout/clearTimeout, setInterval/clearInterval, setImmediate/clearImmediate,
 * queueMicrotask, process (nextTick, exit, env, stdout / stderr `write`, and its events:
 * process-events.ts; emitWarning: process-warning.ts), `global` (the global object, as Node names it),
 * EventTarget/Event/AbortSignal/AbortController (abort.ts). A Python snippet under `js` reaches
 * them through the shim prelude (tests/conformance/shims/asyncio.js).
 */
import { JSObject, type Value } from '../../runtime/values';
import { ExitSignal } from './event-loop';
import type { PromiseHost } from './promise';
import { installPromise } from './promise-builtins';
import { installTimers, nextTick } from './timers';
import { defineData, defineHidden, defineMethod, isCallable, nodeError, nodeReceived } from './host';
import { ProcessEvents } from './process-events';
import { installEmitWarning } from './process-warning';
import { installAbort } from './abort';
import { installNodeModuleImports } from './node-modules';
import { unsupportedNames } from './node-util';

/**
 * `process.stdout` / `process.stderr` as far as programs print with them: `write(chunk[,
 * encoding][, callback])` writes the text as it is (no newline added: `console.log` after it
 * ends the same line) and answers true; the callback runs on a nextTick, as a write that
 * completed at once calls it (Node's stdout to a pipe or a file is synchronous on Linux).
 */
function outputStream(host: PromiseHost, out: (text: string) => void): Value {
  const { realm, loop } = host;
  const stream = realm.js.newObject();
  defineMethod(
    realm,
    stream,
    'write',
    (_self, [chunk, encoding, callback]) => {
      if (typeof chunk !== 'string')
        throw nodeError(
          realm,
          'TypeError',
          'ERR_INVALID_ARG_TYPE',
          `The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received ${nodeReceived(realm, chunk)}`,
        );
      out(chunk);
      const cb = isCallable(realm, encoding) ? encoding : callback;
      if (isCallable(realm, cb)) nextTick(realm, loop, [cb, null]);
      return true;
    },
    3,
  );
  return stream;
}

/**
 * `process.hrtime([previous])` and `process.hrtime.bigint()`: the run's virtual clock in
 * nanoseconds, read as `performance.now()` reads it (each read costs the loop's clock read).
 * Node's origin is arbitrary (the machine's monotonic clock); programs print differences.
 */
function installHrtime(host: PromiseHost, process: Value): void {
  const realm = host.realm;
  const readNs = () => {
    realm.jsClockRead();
    return realm.model.readClockNs();
  };
  const hrtime = defineMethod(
    realm,
    process,
    'hrtime',
    (_self, [previous]) => {
      const ns = readNs();
      let s = Math.floor(ns / 1e9);
      let n = ns - s * 1e9;
      if (previous !== undefined) {
        if (!Array.isArray(previous))
          throw nodeError(
            realm,
            'TypeError',
            'ERR_INVALID_ARG_TYPE',
            `The "time" argument must be an instance of Array. Received ${nodeReceived(realm, previous)}`,
          );
        if (previous.length !== 2)
          throw nodeError(
            realm,
            'RangeError',
            'ERR_OUT_OF_RANGE',
            `The value of "time" is out of range. It must be 2. Received ${previous.length}`,
          );
        s -= Number(previous[0]);
        n -= Number(previous[1]);
        if (n < 0) {
          s--;
          n += 1e9;
        }
      }
      return [s, n];
    },
    1,
  );
  defineMethod(realm, hrtime, 'bigint', () => BigInt(readNs()), 0);
}

/** What Node's `process` has that a snippet's run does not model: reading one is Unsupported. */
const PROCESS_MISSING = [
  'abort',
  'arch',
  'argv0',
  'chdir',
  'config',
  'cpuUsage',
  'cwd',
  'execArgv',
  'execPath',
  'kill',
  'memoryUsage',
  'release',
  'resourceUsage',
  'stdin',
  'title',
  'umask',
  'uptime',
  'version',
  'versions',
];

/** Node 20's globals the playground has not (the `eval` of code from strings among them). */
const GLOBALS_MISSING = [
  'ArrayBuffer',
  'Blob',
  'BroadcastChannel',
  'Buffer',
  'DataView',
  'FinalizationRegistry',
  'Float32Array',
  'Float64Array',
  'FormData',
  'Headers',
  'Int8Array',
  'Int16Array',
  'Int32Array',
  'MessageChannel',
  'Proxy',
  'ReadableStream',
  'Request',
  'Response',
  'TextDecoder',
  'TextEncoder',
  'URL',
  'URLSearchParams',
  'Uint8Array',
  'Uint8ClampedArray',
  'Uint16Array',
  'Uint32Array',
  'WeakRef',
  'WebAssembly',
  'WritableStream',
  'atob',
  'btoa',
  'crypto',
  'eval',
  'fetch',
];

export function installJsGlobals(host: PromiseHost): void {
  const { realm, loop } = host;
  const globals = realm.builtins.js;
  globals.set('Promise', installPromise(host));
  installTimers(realm, loop, globals);

  // Keep a `process` the JS runtime may have made; add the scheduling parts.
  let process = globals.get('process');
  if (!(process instanceof JSObject)) {
    process = realm.js.newObject();
    globals.set('process', process);
    defineData(realm, process, 'env', realm.js.newObject());
    defineData(realm, process, 'argv', ['node', 'main.mjs']);
    defineData(realm, process, 'platform', 'linux');
    // A process id, as a number (there is no process: any fixed one will do).
    defineData(realm, process, 'pid', 4242);
  }
  defineMethod(realm, process, 'nextTick', (_self, args) => nextTick(realm, loop, args));
  installHrtime(host, process);
  unsupportedNames(host, process, PROCESS_MISSING, (name) => `process.${name} (Node's process, outside what a snippet's run models)`, true);
  defineData(
    realm,
    process,
    'stdout',
    outputStream(host, (text) => realm.write(text)),
  );
  // stderr is not stdout: its lines are kept apart, as console.error's (runtime/output.ts).
  defineData(
    realm,
    process,
    'stderr',
    outputStream(host, (text) => realm.write(text, 'stderr')),
  );
  installAbort(realm, loop, globals);
  installNodeModuleImports(host);
  const events = new ProcessEvents(realm, process as JSObject);
  loop.events = events;
  installEmitWarning(host, process, events);
  defineMethod(realm, process, 'exit', (_self, args) => {
    const code: Value = args[0];
    throw new ExitSignal(typeof code === 'number' ? code : events.exitCode(0));
  });

  // globalThis: the global object, holding the builtins (ES module top-level bindings are
  // not its properties). A property added to it later is not visible as a bare name.
  const globalObject = realm.js.newObject();
  for (const [name, v] of globals) defineHidden(realm, globalObject, name, v);
  defineHidden(realm, globalObject, 'globalThis', globalObject);
  globals.set('globalThis', globalObject);
  // Node's `global`: the same object, an ordinary (enumerable) property of it.
  defineData(realm, globalObject, 'global', globalObject);
  globals.set('global', globalObject);
  unsupportedNames(host, globalObject, GLOBALS_MISSING, (name) => `${name} (a global of Node the playground does not have)`, false);
}
