/**
 * Property keys of object literals, classes and object patterns.
 */

import type * as A from 'acorn';
import { unsupported } from '../../errors';
import type { Expr } from '../../ir/nodes';
import type { LowerContext } from './context';
import { lowerExpr } from './expressions';

export interface LoweredKey {
  /** The static key ('' when computed). */
  key: string;
  computedKey?: Expr;
  /** `#x` (class members only; acorn rejects it elsewhere): key is '#x'. */
  isPrivate?: boolean;
}

/**
 * `a`, `'a'`, `1` are static keys (numbers through ToString, as the spec's
 * PropertyDefinitionEvaluation does: `{1.50: x}` has key '1.5'); `[expr]` is computed.
 */
export function lowerPropertyKey(cx: LowerContext, key: A.Expression | A.PrivateIdentifier, computed: boolean): LoweredKey {
  if (key.type === 'PrivateIdentifier') return { key: `#${key.name}`, isPrivate: true };
  if (computed) return { key: '', computedKey: lowerExpr(cx, key) };
  if (key.type === 'Identifier') return { key: key.name };
  if (key.type === 'Literal') {
    if (key.bigint !== undefined) return { key: BigInt(key.bigint).toString() };
    if (typeof key.value === 'string') return { key: key.value };
    if (typeof key.value === 'number') return { key: String(key.value) };
  }
  throw unsupported(`property key ${key.type}`, cx.pos(key));
}
