export { parsePython } from './python/index';
export { parseJs, detectJsMode, resolveJsMode } from './js/index';
