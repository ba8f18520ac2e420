/**
 * typescript-eslint, with the classic TypeScript compiler API it needs.
 *
 * The project type-checks with typescript 7 (the native compiler: a `tsc` binary and no JS API),
 * while typescript-eslint's parser needs the JS API of typescript < 6.1. This local package
 * depends on typescript 6.0.x; because that conflicts with the root's typescript 7, npm installs
 * both it and typescript-eslint in tools/typescript-eslint/node_modules, where only they resolve it.
 *
 * One of typescript-eslint's own dependencies, ts-api-utils, accepts any typescript >= 4.8, so npm
 * hoists it to the root node_modules, where `require('typescript')` would load typescript 7's
 * version stub. Before typescript-eslint loads it, the cache entry for that path is pointed at the
 * 6.0.x module, so the whole linter sees one compiler API.
 */
'use strict';
const { createRequire } = require('node:module');

const ts = require('typescript');
if (!/^6\./.test(ts.version ?? '')) {
  throw new Error(`tools/typescript-eslint: expected typescript 6.x next to typescript-eslint, found ${ts.version}; run npm ci`);
}
const ts6Path = require.resolve('typescript');
const seenByApiUtils = createRequire(require.resolve('ts-api-utils')).resolve('typescript');
if (seenByApiUtils !== ts6Path) require.cache[seenByApiUtils] = require.cache[ts6Path];

module.exports = require('typescript-eslint');
