/**
 * What the trampolined form of a sync body yields at a call (interp/trampoline.ts): the
 * callee, `this`, the evaluated arguments and the call site, for the driver to push the
 * callee's frame instead of recursing on the host stack (ARCHITECTURE.md "Recursion depth
 * and the host stack"). Its own file so that the generator-mode compiler
 * (compile-async.ts) and the driver share it without importing each other.
 */
import type { Lang } from '../ir/nodes';
import type { Pos } from '../events/types';
import type { CallArgs, Value } from '../runtime/values';

export class CallRequest {
  constructor(
    readonly fn: Value,
    readonly thisArg: Value,
    readonly args: CallArgs,
    /** The caller's language (calls.ts callValue's `lang`). */
    readonly lang: Lang,
    readonly loc: Pos | undefined,
    /** The callee as V8's CallPrinter shows it (JS `x is not a function`). */
    readonly text: string | undefined,
  ) {}
}
