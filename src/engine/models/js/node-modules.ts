/**
 * The Node library modules a snippet may load — `require(id)` in a CommonJS script,
 * `import ... from id` in an ES module (syntax/js/imports.ts) — the ones async lessons use
 * and the playground can give their real meaning. Each is made once per run, at its first
 * load, as Node caches a module. Any other id is unsupported, with the module's name.
 */
import { unsupported } from '../../errors';
import { jsContext, ownKeys } from '../../runtime/js';
import type { Value } from '../../runtime/values';
import { NODE_MODULE_BINDING } from '../../names';
import { eventsModule } from './events-module';
import { markMissing, timersPromisesModule, utilModule } from './node-util';
import { jsError, nativeFn } from './host';
import type { PromiseHost } from './promise';

/** Each module's factory; a module is made once per run (a timers/promises made first sets util.promisify's custom forms). */
function modulesOf(host: PromiseHost): Record<string, () => Value> {
  let made = registries.get(host);
  if (made === undefined) {
    const cache = new Map<string, Value>();
    const once = (name: string, make: () => Value) => () => {
      let m = cache.get(name);
      if (m === undefined) cache.set(name, (m = make()));
      return m;
    };
    const timersPromises = once('timers/promises', () => timersPromisesModule(host));
    made = {
      events: once('events', () => eventsModule(host)),
      'timers/promises': timersPromises,
      timers: once('timers', () => timersModule(host, timersPromises)),
      util: once('util', () => utilModule(host, timersPromises)),
    };
    registries.set(host, made);
  }
  return made;
}

const registries = new WeakMap<PromiseHost, Record<string, () => Value>>();

/**
 * `timers` (lib/timers.js): the very global timer functions (`require('timers').setTimeout ===
 * setTimeout`) and a `promises` getter answering timers/promises; its deprecated internals
 * (active, enroll, unenroll, _unrefActive) are unsupported.
 */
function timersModule(host: PromiseHost, timersPromises: () => Value): Value {
  const { realm } = host;
  const m = realm.js.newObject();
  for (const name of ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval'])
    realm.js.defineProperty(m, name, { value: realm.builtins.js.get(name), writable: true, enumerable: true, configurable: true }, true);
  markMissing(host, m, 'timers', ['_unrefActive', 'active', 'unenroll', 'enroll']);
  realm.js.defineProperty(m, 'promises', { get: nativeFn('get', () => timersPromises()), enumerable: true, configurable: true }, true);
  return m;
}

function moduleNamed(host: PromiseHost, id: string): (() => Value) | undefined {
  const name = id.startsWith('node:') ? id.slice('node:'.length) : id;
  const modules = modulesOf(host);
  return Object.hasOwn(modules, name) ? modules[name] : undefined;
}

/** The module `id` names (`events` or `node:events`), or undefined when the playground has no such module. */
export function nodeLibraryModule(host: PromiseHost, id: string): Value | undefined {
  return moduleNamed(host, id)?.();
}

/**
 * Bind the hidden function an `import` declaration calls: `(id, name)` is the module's
 * `name` export (`default` is the module itself, as for every CommonJS module Node
 * imports). A name the module lacks is the SyntaxError Node's linker raises.
 */
export function installNodeModuleImports(host: PromiseHost): void {
  const { realm } = host;
  realm.builtins.js.set(
    NODE_MODULE_BINDING,
    nativeFn(NODE_MODULE_BINDING, (_self, [id, name]) => {
      const m = moduleNamed(host, String(id));
      if (m === undefined) throw unsupported(`import from '${String(id)}'`, realm.callLoc);
      const exports = m();
      if (name === 'default') return exports;
      const key = String(name);
      // Node's named exports of a CommonJS module: its own enumerable string keys.
      if (ownKeys(jsContext(realm), exports, { enumerableOnly: true, symbols: false }).includes(key)) return realm.js.getAttr(exports, key);
      throw jsError(realm, 'SyntaxError', `The requested module '${String(id)}' does not provide an export named '${key}'`);
    }),
  );
}
