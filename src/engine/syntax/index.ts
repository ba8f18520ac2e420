export { parsePython } from './python/index';
export { parseJs, detectJsMode, resolveJsMode, isJsModeOption, JS_MODE_OPTIONS } from './js/index';
export type { JsMode, JsModeOption, JsModeDecision } from './js/index';
