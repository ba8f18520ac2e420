/**
 * `TRAMPOLINE_DEPTH=0 npx vitest run …` runs every sync user call of every run in the
 * trampolined form (src/engine/interp/trampoline.ts), to check that it gives the same results
 * as the closure form (ARCHITECTURE.md "Recursion depth and the host stack", the checks).
 * Unset, runs keep the engine's own threshold.
 */
import { setTrampolineDepthForTests } from '../../src/engine/runtime/call-stack';

const depth = process.env.TRAMPOLINE_DEPTH;
if (depth !== undefined && depth !== '') setTrampolineDepthForTests(Number(depth));
