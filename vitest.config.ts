import { defineConfig } from 'vitest/config';

// Unit, conformance and oracle tests (Node). Browser tests have their own config (see README).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
