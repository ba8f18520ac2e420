export { parseJs } from './parse';
export { detectJsMode, resolveJsMode } from './mode';
