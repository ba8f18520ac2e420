/**
 * A user-level exception travelling through the host stack.
 *
 * The interpreter throws `Thrown` for every Python `raise` and JS `throw`, and for every
 * error the runtime raises on the program's behalf (TypeError, AttributeError...).
 * Anything else that reaches a catch site is an engine bug or an EngineError and is
 * never catchable by user code.
 */
import { PyInstance, type Value } from './values';
import type { SourcePos } from '../errors';

/**
 * Where each Python exception instance was first raised: its traceback's innermost line.
 * A Python exception travels as a value, not as one Thrown: a Task stores it and
 * `asyncio.run`, an `await` or `result()` raises it again, in a new Thrown, from elsewhere.
 * The position of that raise was the one the error event and the editor's marker showed (the
 * `asyncio.run(main())` line for any error inside a coroutine), where CPython's traceback
 * ends at the line that raised it. A raise of an exception raised before (`raise e`, a bare
 * `raise`) keeps it too, as CPython's traceback keeps its frames.
 */
const raisedAt = new WeakMap<PyInstance, SourcePos>();

export class Thrown {
  private at: SourcePos | undefined = undefined;
  constructor(readonly value: Value) {}

  /** Where it was raised, for the error event and the editor marker (a Python exception: where it was first raised). */
  get loc(): SourcePos | undefined {
    return this.at;
  }
  set loc(pos: SourcePos | undefined) {
    const v = this.value;
    if (pos !== undefined && v instanceof PyInstance) {
      const first = raisedAt.get(v);
      if (first !== undefined) pos = first;
      else raisedAt.set(v, pos);
    }
    this.at = pos;
  }
}

export function isThrown(e: unknown): e is Thrown {
  return e instanceof Thrown;
}
