/**
 * What the trampolined form of a body yields at a call (interp/trampoline.ts): the callee,
 * `this`, the evaluated arguments and the call site, for a driver to push the callee's frame
 * instead of recursing on the host stack (ARCHITECTURE.md "Recursion depth and the host
 * stack"). The driver of a sync body is interp/trampoline.ts `drive`; of an async body under
 * the js model, models/js/async-calls.ts. In runtime/ so that the generator-mode compiler,
 * the interpreter's driver and the model's share it without importing each other.
 */
import type { Lang } from '../ir/nodes';
import type { Pos } from '../events/types';
import type { CallArgs, Value } from './values';

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
