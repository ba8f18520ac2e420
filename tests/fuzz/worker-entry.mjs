// The fuzz worker thread's entry: worker threads start without the TypeScript loader the
// main thread runs under, so it is registered here before the worker itself is loaded.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
