export { parseJs } from './parse';
export { detectJsMode, resolveJsMode, isJsModeOption, JS_MODE_OPTIONS } from './mode';
export type { JsMode, JsModeOption, JsModeDecision } from './mode';
