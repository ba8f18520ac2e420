export { createInterp } from './interp';
export { InterpFunction } from './functions';
export { pyTypeName } from './calls';
