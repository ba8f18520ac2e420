export { createInterp } from './interp';
export { InterpFunction, PY_RECURSION_LIMIT, JS_RECURSION_LIMIT } from './functions';
export { pyTypeName } from './calls';
