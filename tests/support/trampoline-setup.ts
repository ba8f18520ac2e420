/**
 * `TRAMPOLINE_DEPTH=0 npx vitest run …` runs every sync user call of every run in the
 * trampolined form (src/engine/interp/trampoline.ts), to check that it gives the same results
 * as the closure form (ARCHITECTURE.md "Recursion depth and the host stack", the checks).
 * Unset, runs keep the engine's own threshold. `AWAIT_SEGMENT_FRAMES` does the same for
 * Python await chains (below).
 */
import { setTrampolineDepthForTests } from '../../src/engine/runtime/call-stack';
import { setSegmentFramesForTests } from '../../src/engine/models/python/await-segments';

const depth = process.env.TRAMPOLINE_DEPTH;
if (depth !== undefined && depth !== '') setTrampolineDepthForTests(Number(depth));

// AWAIT_SEGMENT_FRAMES=1: every Python await chain cut into segments at nearly every await of a
// coroutine (src/engine/models/python/await-segments.ts), to check that it runs and records as inline.
const segment = process.env.AWAIT_SEGMENT_FRAMES;
if (segment !== undefined && segment !== '') setSegmentFramesForTests(Number(segment));
