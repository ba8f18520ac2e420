export * from './nodes';
export * from './private-names';
