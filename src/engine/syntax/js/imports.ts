/**
 * `import` declarations of an ES module. The playground runs one file, so the only modules
 * there are to import are the Node library modules the `js` model provides
 * (names.ts NODE_LIBRARY_MODULES, also as `node:events` and so on). Each specifier becomes a
 * `const` binding initialised from the module by the hidden function NODE_MODULE_BINDING
 * (a name no program can write): `import EE, { once as o } from 'node:events'` is
 * `const EE = %node-module('node:events', 'default'), o = %node-module('node:events', 'once')`.
 * A module's imports are bound before its body runs, so parseJs puts these declarations
 * first. A namespace import (`import * as m`), and any other module, are unsupported.
 */
import type * as A from 'acorn';
import type { Stmt } from '../../ir/nodes';
import { unsupported } from '../../errors';
import { NODE_LIBRARY_MODULES, NODE_MODULE_BINDING } from '../../names';
import type { LowerContext } from './context';
import { lowerVarDecl } from './statements';

export function lowerImport(cx: LowerContext, node: A.ImportDeclaration): Stmt {
  const id = String(node.source.value);
  const name = id.startsWith('node:') ? id.slice('node:'.length) : id;
  if (!NODE_LIBRARY_MODULES.includes(name))
    throw unsupported(`import from '${id}' (the playground runs one file, without Node's library modules)`, cx.pos(node));
  if (node.specifiers.length === 0) return { kind: 'Pass', loc: cx.loc(node) };
  const at = (n: A.Node) => ({ start: n.start, end: n.end, loc: n.loc, range: n.range });
  const literal = (n: A.Node, value: string): A.Literal => ({ type: 'Literal', value, raw: JSON.stringify(value), ...at(n) });
  const declarations = node.specifiers.map((s): A.VariableDeclarator => {
    if (s.type === 'ImportNamespaceSpecifier') throw unsupported(`a namespace import (import * as ${s.local.name})`, cx.pos(s));
    const exported =
      s.type === 'ImportDefaultSpecifier' ? 'default' : s.imported.type === 'Identifier' ? s.imported.name : String(s.imported.value);
    const init: A.CallExpression = {
      type: 'CallExpression',
      callee: { type: 'Identifier', name: NODE_MODULE_BINDING, ...at(s) },
      arguments: [literal(s, id), literal(s, exported)],
      optional: false,
      ...at(s),
    };
    return { type: 'VariableDeclarator', id: s.local, init, ...at(s) };
  });
  return lowerVarDecl(cx, { type: 'VariableDeclaration', kind: 'const', declarations, ...at(node) });
}
