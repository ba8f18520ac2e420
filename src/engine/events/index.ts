export * from './types';
export * from './trace';
