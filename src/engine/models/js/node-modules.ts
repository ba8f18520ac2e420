/**
 * The Node library modules a snippet may load (`require(id)` in a CommonJS script): the
 * ones async lessons use and the playground can give their real meaning. Each is made once
 * per run, at its first load, as Node caches a module. Any other id is unsupported
 * (commonjs.ts says so, with the module's name).
 */
import type { Value } from '../../runtime/values';
import { eventsModule } from './events-module';
import type { PromiseHost } from './promise';

const MODULES: Record<string, (host: PromiseHost) => Value> = {
  events: eventsModule,
};

/** The module `id` names (`events` or `node:events`), or undefined when the playground has no such module. */
export function nodeLibraryModule(host: PromiseHost, id: string): Value | undefined {
  const name = id.startsWith('node:') ? id.slice('node:'.length) : id;
  return Object.hasOwn(MODULES, name) ? MODULES[name]!(host) : undefined;
}
