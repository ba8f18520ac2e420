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
import { jsError, nativeFn } from './host';
import type { PromiseHost } from './promise';

interface NodeLibraryModule {
  make(host: PromiseHost): Value;
  /** Node 20's named exports of the module that the playground's has not (`Object.keys(require(id))`). */
  missing: readonly string[];
}

const MODULES: Record<string, NodeLibraryModule> = {
  events: {
    make: eventsModule,
    missing: [
      'addAbortListener',
      'on',
      'getEventListeners',
      'getMaxListeners',
      'usingDomains',
      'captureRejectionSymbol',
      'EventEmitterAsyncResource',
      'setMaxListeners',
      'init',
    ],
  },
};

function moduleNamed(id: string): NodeLibraryModule | undefined {
  const name = id.startsWith('node:') ? id.slice('node:'.length) : id;
  return Object.hasOwn(MODULES, name) ? MODULES[name] : undefined;
}

/** The module `id` names (`events` or `node:events`), or undefined when the playground has no such module. */
export function nodeLibraryModule(host: PromiseHost, id: string): Value | undefined {
  return moduleNamed(id)?.make(host);
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
      const m = moduleNamed(String(id));
      if (m === undefined) throw unsupported(`import from '${String(id)}'`, realm.callLoc);
      const exports = m.make(host);
      if (name === 'default') return exports;
      const key = String(name);
      // Node's named exports of a CommonJS module: its own enumerable string keys.
      if (ownKeys(jsContext(realm), exports, { enumerableOnly: true, symbols: false }).includes(key)) return realm.js.getAttr(exports, key);
      if (m.missing.includes(key)) throw unsupported(`'${key}' of Node's ${String(id).replace(/^node:/, '')} module`, realm.callLoc);
      throw jsError(realm, 'SyntaxError', `The requested module '${String(id)}' does not provide an export named '${key}'`);
    }),
  );
}
