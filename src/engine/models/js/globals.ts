/**
 * The names the `js` model gives JavaScript code (into realm.builtins.js): Promise,
 * setTimeout/clearTimeout, setInterval/clearInterval, setImmediate/clearImmediate,
 * queueMicrotask, process (nextTick, exit, env, and its events: process-events.ts),
 * EventTarget/Event/AbortSignal/AbortController (abort.ts). A Python snippet under `js` reaches
 * them through the shim prelude (tests/conformance/shims/asyncio.js).
 */
import { JSObject, type Value } from '../../runtime/values';
import { ExitSignal } from './event-loop';
import type { PromiseHost } from './promise';
import { installPromise } from './promise-builtins';
import { installTimers, nextTick } from './timers';
import { defineData, defineHidden, defineMethod } from './host';
import { ProcessEvents } from './process-events';
import { installAbort } from './abort';
import { installNodeModuleImports } from './node-modules';

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
}
