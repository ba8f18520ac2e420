/**
 * JS code reading a property of a Python value (a JS-origin snippet under a Python model
 * meets the Python shim's objects: promisio's Promise, dicts from `all_settled`...).
 *
 * The value's own language decides (ARCHITECTURE.md "Cross-language rules"), with the two spellings the
 * conformance twins translate line by line (tests/conformance/README.md, "JS → Python"):
 *  - `r.status` on a dict reads `r["status"]` — the twin writes the subscript; a JS
 *    object *is* a dict, and a missing key is `undefined`, as for any JS object.
 *  - a JS name the Python object lacks is retried in Python's spelling: `.finally` →
 *    `.finally_` (a Python keyword gets a trailing underscore), `Promise.allSettled` →
 *    `Promise.all_settled` (camelCase → snake_case). If neither exists, the Python
 *    AttributeError stands: that is the true answer (`'coroutine' object has no
 *    attribute 'then'`).
 */
import { PyDict, type Value } from '../values';
import { isThrown } from '../thrown';
import type { Pos } from '../../events/types';
import type { JsCtx } from './context';

const PYTHON_KEYWORDS = new Set([
  'finally',
  'except',
  'class',
  'def',
  'import',
  'from',
  'global',
  'lambda',
  'pass',
  'raise',
  'with',
  'yield',
  'is',
  'not',
  'and',
  'or',
  'in',
  'del',
  'assert',
  'async',
  'await',
  'return',
  'try',
  'while',
  'for',
  'if',
  'elif',
  'else',
  'break',
  'continue',
  'nonlocal',
  'None',
  'True',
  'False',
]);

/** The Python spelling of a JS property name, or undefined when it is the same. */
export function pythonSpelling(key: string): string | undefined {
  if (PYTHON_KEYWORDS.has(key)) return `${key}_`;
  const snake = key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
  return snake !== key ? snake : undefined;
}

function isAttributeError(ctx: JsCtx, e: unknown): boolean {
  if (!isThrown(e)) return false;
  const cls = ctx.realm.builtins.py.get('AttributeError');
  return cls !== undefined && ctx.realm.py.exceptionMatches(e.value, cls);
}

export function getPythonProperty(ctx: JsCtx, v: Value, key: string, loc?: Pos): Value {
  const py = ctx.realm.py;
  if (v instanceof PyDict) {
    const items = py.getItem;
    try {
      return items.call(py, v, key, loc);
    } catch (e) {
      if (!isThrown(e)) throw e;
      // Not a key: a dict method (`d.get`) or, like a JS object, undefined.
      try {
        return py.getAttr(v, key, loc);
      } catch (e2) {
        if (isAttributeError(ctx, e2)) return undefined;
        throw e2;
      }
    }
  }
  try {
    return py.getAttr(v, key, loc);
  } catch (e) {
    const alt = isAttributeError(ctx, e) ? pythonSpelling(key) : undefined;
    if (alt === undefined) throw e;
    try {
      return py.getAttr(v, alt, loc);
    } catch (e2) {
      // Only "the Python spelling is missing too" keeps the first AttributeError; an error
      // the Python-spelled attribute raised itself is the true answer.
      if (isAttributeError(ctx, e2)) throw e;
      throw e2;
    }
  }
}
