/**
 * Loops and labels: while, do-while, for(;;), for-in, for-of / for await, labelled statements.
 */

import type * as A from 'acorn';
import { unsupported } from '../../errors';
import type { DoWhile, ForC, ForIn, ForOf, Stmt, While } from '../../ir/nodes';
import type { LowerContext } from './context';
import { lowerExpr } from './expressions';
import { lowerPattern } from './patterns';
import { lowerBlock, lowerBody, lowerStatement, lowerSwitch, lowerVarDecl } from './statements';

export function lowerWhile(cx: LowerContext, node: A.WhileStatement): While {
  return {
    kind: 'While',
    test: lowerExpr(cx, node.test),
    body: lowerBody(cx, node.body),
    orelse: [],
    loc: cx.loc(node),
  };
}

export function lowerDoWhile(cx: LowerContext, node: A.DoWhileStatement): DoWhile {
  return {
    kind: 'DoWhile',
    body: lowerBody(cx, node.body),
    test: lowerExpr(cx, node.test),
    loc: cx.loc(node),
  };
}

export function lowerFor(cx: LowerContext, node: A.ForStatement): ForC {
  // Built in source order (init, test, update, body) so printed goldens read like the text.
  const head: Pick<ForC, 'init' | 'test' | 'update'> = {};
  if (node.init) {
    head.init =
      node.init.type === 'VariableDeclaration'
        ? lowerVarDecl(cx, node.init)
        : { kind: 'ExprStmt', expr: lowerExpr(cx, node.init), loc: cx.loc(node.init) };
  }
  if (node.test) head.test = lowerExpr(cx, node.test);
  if (node.update) head.update = lowerExpr(cx, node.update);
  return { kind: 'ForC', ...head, body: lowerBody(cx, node.body), loc: cx.loc(node) };
}

/** The loop head of for-in / for-of: `const [a, b]` (a declaration) or a bare target `x.y`. */
function lowerLoopHead(cx: LowerContext, left: A.VariableDeclaration | A.Pattern): Pick<ForOf, 'declKind' | 'target'> {
  if (left.type !== 'VariableDeclaration') return { target: lowerPattern(cx, left) };
  const kind = left.kind;
  if (kind !== 'var' && kind !== 'let' && kind !== 'const') {
    throw unsupported(`'${kind}' declaration`, cx.pos(left));
  }
  // acorn guarantees exactly one declarator without initialiser in module (strict) code.
  return { declKind: kind, target: lowerPattern(cx, left.declarations[0]!.id) };
}

export function lowerForOf(cx: LowerContext, node: A.ForOfStatement): ForOf {
  if (node.await) cx.markAwait();
  const head = lowerLoopHead(cx, node.left);
  return {
    kind: 'ForOf',
    ...head,
    iter: lowerExpr(cx, node.right),
    body: lowerBody(cx, node.body),
    orelse: [],
    isAsync: node.await,
    loc: cx.loc(node),
  };
}

export function lowerForIn(cx: LowerContext, node: A.ForInStatement): ForIn {
  const head = lowerLoopHead(cx, node.left);
  return {
    kind: 'ForIn',
    ...head,
    object: lowerExpr(cx, node.right),
    body: lowerBody(cx, node.body),
    loc: cx.loc(node),
  };
}

/**
 * `name: stmt`. The IR has a `label` field on loops, Block and Switch, so those carry it
 * (`break name` inside a labelled block/switch exits it, spec LabelledEvaluation). Every
 * other labelled statement, and a second label on one statement, is reported unsupported.
 */
export function lowerLabeled(cx: LowerContext, node: A.LabeledStatement): Stmt {
  const body = node.body;
  let lowered: Stmt;
  switch (body.type) {
    case 'WhileStatement':
    case 'DoWhileStatement':
    case 'ForStatement':
    case 'ForInStatement':
    case 'ForOfStatement':
      lowered = lowerStatement(cx, body);
      break;
    case 'BlockStatement':
      lowered = lowerBlock(cx, body);
      break;
    case 'SwitchStatement':
      lowered = lowerSwitch(cx, body);
      break;
    case 'LabeledStatement':
      throw unsupported('more than one label on a statement', cx.pos(node));
    default:
      throw unsupported('label on a statement that is not a loop, block or switch', cx.pos(node));
  }
  if (
    lowered.kind === 'While' ||
    lowered.kind === 'DoWhile' ||
    lowered.kind === 'ForC' ||
    lowered.kind === 'ForIn' ||
    lowered.kind === 'ForOf' ||
    lowered.kind === 'Block' ||
    lowered.kind === 'Switch'
  ) {
    // loc stays the loop's own (what the editor highlights while it runs).
    lowered.label = node.label.name;
    return lowered;
  }
  throw unsupported('label on a statement that is not a loop, block or switch', cx.pos(node));
}
