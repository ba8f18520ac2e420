export { installJs } from './install';
export {
  jsContext,
  jsContextIfAny,
  makeNative,
  defineNativeClass,
  defineMethods,
  defineGetters,
  defineHidden,
  defineConstant,
  defineSymbolMethod,
  protoFromNewTarget,
  incompatibleReceiver,
  isInspectable,
} from './natives';
export type { NativeImpl, MethodSpec, NativeClassSpec, JsInspectable } from './natives';
export { JsCtx, SymbolData, isSymbol, ITERATOR_KEY, ASYNC_ITERATOR_KEY, TO_STRING_TAG_KEY, TO_PRIMITIVE_KEY, SPECIES_KEY } from './context';
export type { JsObj, JsIntrinsicsAll } from './context';
export { inspect, displayArg, strEscape, formatNumber, errorToString } from './inspect';
export { utilInspectFunction } from './inspect-custom';
export { formatLogArgs } from './builtins/console';
export { toPrimitive, toNumber, toStr, toBoolean, toPropertyKey, toIntegerOrInfinity, foreignToString, isPyException } from './convert';
export { strictEquals, looseEquals, sameValue, sameValueZero, typeOf, instanceOf } from './operators';
export { getValue, setValue, getFrom, ownKeys, hasOwn, hasProperty, protoOf, isJsObj, isArrayIndex, nameByComputedKey } from './properties';
export { iterate, makeIterator, iterResult, notIterable, forInKeys } from './iteration';
export { MapData, SetData, ErrorData, DateData, IteratorData, RegExpData } from './internals';
export { compileRegExp, newRegExp, isRegExp } from './builtins/regexp';
export { PrivateKey, privateFieldAdd, privateBrandAdd } from './private-names';
export { STACK_FRAME, isErrorInstance } from './builtins/errors';
export { DATE_EPOCH_MS } from './builtins/date';
export { MATH_RANDOM_SEED } from './builtins/math';
