export { createJsModel } from './js/index';
export { createPythonModel, type PythonVariant } from './python/index';
export type { ModelDriver, LoadedProgram, ModelOutcome } from './model';
