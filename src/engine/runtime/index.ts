export { Realm, Budget } from './realm';
export { Thrown } from './thrown';
export type { SchedulingModel, BodyGenerator, AsyncCallInfo } from './scheduling';
export { installPython } from './python/index';
export { installJs } from './js/index';
