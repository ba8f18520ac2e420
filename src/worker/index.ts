export * from './protocol';
export * from './runner';
export * from './digest';
