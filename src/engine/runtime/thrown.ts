/**
 * A user-level exception travelling through the host stack.
 *
 * The interpreter throws `Thrown` for every Python `raise` and JS `throw`, and for every
 * error the runtime raises on the program's behalf (TypeError, AttributeError...).
 * Anything else that reaches a catch site is an engine bug or an EngineError and is
 * never catchable by user code.
 */
import type { Value } from './values';
import type { SourcePos } from '../errors';

export class Thrown {
  /** Where it was raised, for the error event and the editor marker. */
  loc?: SourcePos;
  constructor(readonly value: Value) {}
}

export function isThrown(e: unknown): e is Thrown {
  return e instanceof Thrown;
}
