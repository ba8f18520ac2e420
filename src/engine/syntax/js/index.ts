export { parseJs } from './parse';
