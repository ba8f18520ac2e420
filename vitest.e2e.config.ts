import { defineConfig } from 'vitest/config';

// Browser tests: one file at a time (they share the preview port), long timeouts.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 180_000,
  },
});
