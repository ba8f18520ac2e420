export * from './viewport';
export * from './runIndex';
export * from './ticks';
export * from './rows';
export * from './geometry';
export * from './sizes';
export * from './draw';
