/**
 * CPython's "perhaps you missed a comma?" SyntaxWarnings (Python/codegen.c check_caller,
 * check_subscripter, check_index) and the always-true assert warning: the compiler sees a
 * literal called or subscripted, which is what a missing comma between two items of a
 * list of tuples or lists produces:
 *
 *     jobs = [("a", 1)      # → ("a", 1)("b", 2): 'tuple' object is not callable
 *             ("b", 2)]
 *
 * The code still runs (and fails at run time with the TypeError); the warning comes first.
 */
import type { Expr } from '../../ir/nodes';
import type { SourcePos } from '../../errors';
import type { PyContext } from './context';

/** infer_type(e): the type of a literal or display, when the compiler knows it. */
function inferType(e: Expr): string | undefined {
  switch (e.kind) {
    case 'Num':
      return e.isFloat ? 'float' : 'int';
    case 'Str':
    case 'Template':
      return 'str';
    case 'Bool':
      return 'bool';
    case 'None':
      return 'NoneType';
    case 'Tuple':
      return 'tuple';
    case 'List':
      return 'list';
    case 'Dict':
      return 'dict';
    case 'Set':
      return 'set';
    case 'Comprehension':
      return e.type;
    default:
      return undefined;
  }
}

/** check_caller: calling a literal or display. */
export function checkCaller(cx: PyContext, callee: Expr, pos: SourcePos): void {
  const t = inferType(callee);
  if (t) cx.warn(`'${t}' object is not callable; perhaps you missed a comma?`, pos);
}

/** check_subscripter and check_index: subscripting a literal that cannot be, or with a wrong literal index. */
export function checkSubscript(cx: PyContext, object: Expr, index: Expr, pos: SourcePos): void {
  const t = inferType(object);
  if (!t) return;
  const unsubscriptable =
    object.kind === 'Num' ||
    object.kind === 'Bool' ||
    object.kind === 'None' ||
    object.kind === 'Set' ||
    (object.kind === 'Comprehension' && (object.type === 'set' || object.type === 'generator'));
  if (unsubscriptable) {
    cx.warn(`'${t}' object is not subscriptable; perhaps you missed a comma?`, pos);
    return;
  }
  const it = inferType(index);
  if (!it || it === 'int' || it === 'bool' || index.kind === 'Slice') return;
  const sequence =
    object.kind === 'Str' ||
    object.kind === 'Template' ||
    object.kind === 'Tuple' ||
    object.kind === 'List' ||
    (object.kind === 'Comprehension' && object.type === 'list');
  if (sequence) cx.warn(`${t} indices must be integers or slices, not ${it}; perhaps you missed a comma?`, pos);
}

/** `assert (test, "message")`: a non-empty tuple is always true. */
export function checkAssert(cx: PyContext, test: Expr, pos: SourcePos): void {
  if (test.kind === 'Tuple' && test.elements.length > 0) cx.warn('assertion is always true, perhaps remove parentheses?', pos);
}
