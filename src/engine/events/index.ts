export * from './types';
export * from './trace';
export * from './narration';
export * from './hints';
export * from './packed';
