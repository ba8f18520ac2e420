export { parsePython } from './python/index';
export { parseJs } from './js/index';
