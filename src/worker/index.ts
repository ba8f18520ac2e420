export * from './protocol';
export * from './runner';
