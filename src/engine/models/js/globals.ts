/**
 * The names the `js` model gives JavaScript code (into realm.builtins.js): Promise,
 * setTimeout/clearTimeout, setInterval/clearInterval, setImmediate/clearImmediate,
 * queueMicrotask, process (nextTick, exit, env, stdout / stderr `write`, and its events:
 * process-events.ts), `global` (the global object, as Node names it),
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
import { installAbort } from './abort';
import { installNodeModuleImports } from './node-modules';

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
  defineData(
    realm,
    process,
    'stdout',
    outputStream(host, (text) => realm.write(text)),
  );
  // stderr is not program output: its lines are kept apart, as console.error's.
  defineData(
    realm,
    process,
    'stderr',
    outputStream(host, (text) => {
      for (const line of text.split('\n')) if (line !== '') realm.stderr.push(line);
    }),
  );
  installAbort(realm, loop, globals);
  installNodeModuleImports(host);
  const events = new ProcessEvents(realm, process as JSObject);
  loop.events = events;
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
}
