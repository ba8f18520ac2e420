export { createPythonModel } from './driver';
export type { PythonVariant } from './context';
