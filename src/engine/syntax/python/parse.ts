/**
 * `parsePython(source)`: `@lezer/python` concrete tree → IR Program.
 *
 * Two passes: syntax-errors.ts first finds the earliest problem (Lezer repairs rather
 * than fails, so the tree must be checked before it is trusted), then the statements
 * are lowered in source order with the scope stack of context.ts, which also raises
 * CPython's compile-time errors (`'return' outside function`, ...).
 */
import { parser } from '@lezer/python';
import type { Program } from '../../ir/nodes';
import { kids } from './cursor';
import { PyContext } from './context';
import { findSyntaxError } from './syntax-errors';
import { lowerStatements } from './statements';

export function parsePython(source: string): Program {
  const tree = parser.parse(source);
  const cx = new PyContext(source);
  const problem = findSyntaxError(tree.topNode, cx.src);
  if (problem) throw problem;
  const body = lowerStatements(cx, kids(tree.topNode));
  return {
    kind: 'Program',
    lang: 'py',
    body,
    hasTopLevelAwait: cx.hasTopLevelAwait,
    loc: cx.src.locOf(0, source.length),
  };
}
