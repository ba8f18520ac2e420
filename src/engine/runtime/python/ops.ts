/**
 * `installPython(realm)`: builds the realm's Python runtime (types, exceptions, methods,
 * builtins, modules) and returns the PyOps object the interpreter and models use.
 */
import { copySet } from './set-algebra';
import type { BinaryOperator, CompareOperator } from '../../ir/nodes';
import type { Pos } from '../../events/types';
import type { PyOps, Realm } from '../realm';
import { Thrown } from '../thrown';
import { PyFloat, PyTuple, type CallArgs, type PyClass, type Value } from '../values';
import { delAttr, getAttr, setAttr, superAttr } from './attributes';
import { installBuiltins } from './builtins';
import { installGenerators } from './generators';
import { installDictMethods } from './dict-methods';
import { newDict, newSet } from './equality';
import { chainException, errorSummary, exceptionMatches, installExceptions, toException } from './exceptions';
import { display, pyAscii, pyRepr, pyStr } from './formatting';
import { formatValue } from './formatspec';
import { callClass, installObject, makeClass } from './instances';
import { delItem, getItem, makeSlice, setItem } from './items';
import { iterate } from './iteration';
import { installListMethods } from './list-methods';
import { installSpecialMethods } from './special-methods';
import { keywordItems } from './mapping';
import { installModules } from './modules';
import { installNumberMethods } from './number-methods';
import { binary, inplace, truthy, unary } from './operators';
import { compare } from './comparisons';
import { pyRuntime, type PyRuntime } from './state';
import { installStrMethods } from './str-methods';
import { bootstrapTypes } from './types';

/** PyOps plus Python-specific extras other parts may use (all optional for them). */
export interface PyOpsExt extends PyOps {
  readonly runtime: PyRuntime;
  /** `a op= b` with in-place list/set/dict semantics and `__iadd__`... */
  inplace(op: BinaryOperator, a: Value, b: Value, loc?: Pos): Value;
  /** `str(v)` (display() differs only for bare booleans under a JS snippet). */
  str(v: Value): string;
  /** `format(v, spec)`. */
  format(v: Value, spec: string): string;
}

function createOps(rt: PyRuntime): PyOpsExt {
  return {
    lang: 'py',
    runtime: rt,
    truthy: (v) => truthy(rt, v),
    binary: (op, a, b, loc) => binary(rt, op, a, b, loc),
    inplace: (op, a, b, loc) => inplace(rt, op, a, b, loc),
    compare: (op: CompareOperator, a, b, loc) => compare(rt, op, a, b, loc),
    unary: (op, v, loc) => unary(rt, op, v, loc),
    getAttr: (o, n, loc) => getAttr(rt, o, n, loc),
    setAttr: (o, n, v, loc) => setAttr(rt, o, n, v, loc),
    delAttr: (o, n, loc) => delAttr(rt, o, n, loc),
    getItem: (o, k, loc) => getItem(rt, o, k, loc),
    setItem: (o, k, v, loc) => setItem(rt, o, k, v, loc),
    delItem: (o, k, loc) => delItem(rt, o, k, loc),
    makeSlice: (lo, hi, st) => makeSlice(lo, hi, st),
    iterate: (v, loc) => iterate(rt, v, loc),
    templatePart: (v, conversion, spec, loc) => {
      void loc;
      let x: Value = v;
      if (conversion === 'r') x = pyRepr(rt, v);
      else if (conversion === 's') x = pyStr(rt, v);
      else if (conversion === 'a') x = pyAscii(rt, v);
      return formatValue(rt, x, spec ?? '');
    },
    newError: (type, message) => rt.error(type, message),
    errorSummary: (exc) => errorSummary(rt, exc),
    display: (v) => display(rt, v),
    repr: (v) => pyRepr(rt, v),
    str: (v) => pyStr(rt, v),
    format: (v, spec) => formatValue(rt, v, spec),
    makeClass: (name, qualname, bases, ns, loc, keywords) => makeClass(rt, name, qualname, bases, ns, loc, keywords),
    callClass: (cls: PyClass, args: CallArgs, loc) => callClass(rt, cls, args, loc),
    superAttr: (cls, self, name, loc) => superAttr(rt, cls, self, name, loc),
    exceptionMatches: (exc, type) => exceptionMatches(rt, exc, type),
    toException: (v, loc) => toException(rt, v, loc),
    chainException: (exc, context, cause) => chainException(rt, exc, context, cause),
    makeTuple: (items) => new PyTuple(items),
    makeDict: (entries) => newDict(rt, entries),
    makeSet: (items, constant) => (constant && items.length >= 3 ? copySet(rt.realm.budget, newSet(rt, items)) : newSet(rt, items)),
    makeFloat: (v) => new PyFloat(v),
    mappingItems: (v, loc) => keywordItems(rt, v, loc),
  };
}

/** Build the Python runtime of `realm`; engine.ts assigns the result to `realm.py`. */
export function installPython(realm: Realm): PyOpsExt {
  const rt = pyRuntime(realm);
  bootstrapTypes(realm);
  installObject(rt);
  installExceptions(rt);
  installNumberMethods(rt);
  installStrMethods(rt);
  installListMethods(rt);
  installDictMethods(rt);
  installSpecialMethods(rt);
  installBuiltins(rt);
  installModules(rt);
  installGenerators(rt);
  return createOps(rt);
}

export { Thrown };
