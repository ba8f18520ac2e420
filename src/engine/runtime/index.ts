export { Realm, Budget } from './realm';
export { HeapCap } from './limits';
export { Thrown } from './thrown';
export type { SchedulingModel, BodyGenerator, AsyncCallInfo } from './scheduling';
export { installPython } from './python/index';
export { installJs } from './js/index';
