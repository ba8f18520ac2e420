export * from './types';
export * from './fold';
export * from './outputLines';
export * from './history';
export * from './alignment';
export * from './divergence';
export * from './narration';
