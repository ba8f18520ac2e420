/**
 * What a CommonJS script has that an ES module has not (Node's lib/internal/modules/cjs/loader.js
 * wraps the file in `function (exports, require, module, __filename, __dirname) {...}` and
 * calls it with `this` = module.exports):
 *  - `module`, `exports` (=== module.exports), `__filename`, `__dirname` as bindings of the
 *    wrapper, not properties of the global object (`globalThis.module` is undefined);
 *  - top-level `this` === module.exports, an empty object;
 *  - `require`: Node's `events` module (events-module.ts) as `events` or `node:events`; a
 *    program that needs any other Node library module stops with "Unsupported" (the
 *    playground has no module system), naming the module and the place.
 */
import { unsupported } from '../../errors';
import { NativeFunction, type CallArgs, type Value } from '../../runtime/values';
import { defineData } from './host';
import { nodeLibraryModule } from './node-modules';
import type { PromiseHost } from './promise';

/** The file Node ran, as the playground names it (Node would print the real path). */
const FILENAME = '/main.js';

export function installCommonJs(host: PromiseHost): void {
  const realm = host.realm;
  const names = realm.builtins.js;
  const exports = realm.js.newObject();
  const module = realm.js.newObject();
  defineData(realm, module, 'id', '.');
  defineData(realm, module, 'path', '/');
  defineData(realm, module, 'exports', exports);
  defineData(realm, module, 'filename', FILENAME);
  defineData(realm, module, 'loaded', false);
  defineData(realm, module, 'children', []);
  names.set('module', module);
  names.set('exports', exports);
  names.set('__filename', FILENAME);
  names.set('__dirname', '/');
  names.set(
    'require',
    new NativeFunction(
      'require',
      (_self: Value, args: CallArgs) => {
        const id = args.positional[0];
        const known = typeof id === 'string' ? nodeLibraryModule(host, id) : undefined;
        if (known !== undefined) return known;
        const what = typeof id === 'string' ? `require('${id}')` : 'require()';
        throw unsupported(`${what} (the playground runs one file, without Node's library modules)`, realm.callLoc);
      },
      'js',
    ),
  );
  realm.jsModuleThis = exports;
}
