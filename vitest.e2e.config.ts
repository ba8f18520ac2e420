import { defineConfig } from 'vitest/config';

// Browser tests: one file at a time (they share the preview port), long timeouts.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 180_000,
    // Runs in the page race real time on a shared two-core machine: a wait that times out
    // under CI's load (stop 32: a backlog folded under CPU throttling) gets one more try; a
    // deterministic failure still fails both, and vitest prints each retried test.
    retry: 1,
  },
});
