import { defineConfig } from 'vitest/config';

// Unit, conformance and oracle tests (Node). Browser tests have their own config (see README).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // TRAMPOLINE_DEPTH=0: every sync call trampolined (tests/support/trampoline-setup.ts).
    setupFiles: ['tests/support/trampoline-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The oracles run real Node and CPython with real timers: on a loaded machine two
    // timers a few ms apart can fire in the other order in the real runtime. A retry
    // re-asks the real runtime; a deterministic engine difference still fails every try.
    retry: 2,
  },
});
