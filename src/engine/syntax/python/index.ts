export { parsePython } from './parse';
