export { installPython, type PyOpsExt } from './ops';
export { pyRuntime, PyRuntime, ExcState } from './state';
export {
  defineBuiltinClass,
  defineExceptionClass,
  addMembers,
  pyClass,
  pyNative,
  newException,
  raiseError,
  isExceptionInstance,
  lookupMro,
  isSubclass,
  computeMro,
  type BuiltinClassSpec,
  type NativeImpl,
} from './classes';
export { typeOf, typeName, qualifiedName, coreTypes } from './types';
export { pyRepr, pyStr, display, strRepr, defaultRepr } from './formatting';
export { floatRepr } from './numbers';
export { formatValue } from './formatspec';
export { pyEquals, hashKey, hashOf, dictGet, dictSet, newDict, newSet, setAdd } from './equality';
export { call, callArgs, callDunder, bindDescriptor } from './calls';
export { getAttr, setAttr, hasAttr } from './attributes';
export { iterate, stepOf, toArray, getIter, nextOf, isStopIteration } from './iteration';
export { excState, errorSummary, exceptionMatches, withFields } from './exceptions';
export { contextMethods, exitArguments, type ContextMethods } from './context-managers';
export { matchSequenceItems, isMatchMapping, matchMappingValues, matchMappingRest, matchClassValues } from './match';
export { checkExceptStarType, exceptStarMatch, prepReraiseStar, isExceptionGroup } from './exception-groups';
export {
  PyRange,
  PySlice,
  PyIterator,
  PyDictView,
  PyProperty,
  PyStaticMethod,
  PyClassMethod,
  NativeGetSet,
  NotImplemented,
  Ellipsis,
  DONE,
} from './objects';
export { STDLIB_MODULES } from './stdlib-modules';
export { cpythonBuiltins, isCPythonBuiltin, isStdlibName, stdlibNames, STDLIB_NAMED_MODULES } from './stdlib-names';
