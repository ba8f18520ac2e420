export * from './nodes';
