// The probes of a program instrumented by js-trace-transform.ts, loaded with `node --require`
// (a CommonJS preload, for an ES module entry as for a CommonJS one) before the capture hook. Every probe is a plain synchronous call: it adds no promise,
// no job and no tick. The trace is written to $ASYNC_LANES_TRACE when the process exits
// (including process.exit from the capture hook), one `name#k event` line each. What runs
// after that (the promise jobs that 'exit' listeners queue run once they have all returned,
// when the program ended by itself) is appended to the file as it happens.
const { appendFileSync, writeFileSync } = require('node:fs');

let written = false;
const lines = {
  kept: [],
  push(line) {
    if (!written) this.kept.push(line);
    else if (process.env.ASYNC_LANES_TRACE) appendFileSync(process.env.ASYNC_LANES_TRACE, line + '\n');
  },
};
const counts = new Map();
let moduleLane = null;

const RUNNING = 0;
const SUSPENDED = 1;
const DONE = 2;

function resume(lane) {
  if (lane.state === SUSPENDED) {
    lane.state = RUNNING;
    lines.push(`${lane.label} resume`);
  }
}

function suspend(lane) {
  lane.state = SUSPENDED;
  lines.push(`${lane.label} suspend`);
}

/**
 * An iterator that passes the real one's results through, recording the awaits a for-await
 * loop makes on them: one per `next()`, and one when the loop closes early. An async
 * iterator's close awaits only when it has a `return` method (AsyncIteratorClose); a sync
 * one's Async-from-Sync wrapper always has one (%AsyncFromSyncIteratorPrototype%.return),
 * which reads the sync `return` once and always hands the loop a promise to await.
 */
function probedIterator(lane, inner, sync) {
  // Not an iterator object: handed over as it is, so the loop fails as it would have.
  if (inner === null || (typeof inner !== 'object' && typeof inner !== 'function')) return inner;
  const next = inner.next;
  return {
    next(...args) {
      // A sync iterator's failure becomes a rejected promise the loop awaits; an async
      // iterator's failure throws out of the loop at once.
      if (!sync) {
        const r = next.apply(inner, args);
        suspend(lane);
        return r;
      }
      try {
        return next.apply(inner, args);
      } finally {
        suspend(lane);
      }
    },
    get return() {
      const ret = inner.return;
      if (ret === undefined || ret === null) {
        if (sync) suspend(lane);
        return ret;
      }
      return (...args) => {
        try {
          return ret.apply(inner, args);
        } finally {
          suspend(lane);
        }
      };
    },
  };
}

globalThis.$lanes = {
  /** Body entry (start). */
  s(name) {
    const k = (counts.get(name) ?? 0) + 1;
    counts.set(name, k);
    const lane = { label: `${name}#${k}`, state: RUNNING };
    if (name === '<module>') moduleLane = lane;
    lines.push(`${lane.label} start`);
    return lane;
  },
  /** After an await's operand is evaluated, before the await (suspend): the operand itself. */
  a(lane, value) {
    suspend(lane);
    return value;
  },
  /** First in the continuation of a fulfilled await (resume). */
  r(lane, value) {
    resume(lane);
    return value;
  },
  /** First in a catch or finally block, or after a for-await loop: the continuation of a rejected or final await. */
  p(lane) {
    resume(lane);
  },
  /** An exception escapes the body (raise). */
  x(lane) {
    resume(lane);
    if (lane.state !== DONE) {
      lane.state = DONE;
      lines.push(`${lane.label} raise`);
    }
  },
  /** The body completed (return), unless it raised. */
  f(lane) {
    if (lane.state === DONE) return;
    resume(lane);
    lane.state = DONE;
    lines.push(`${lane.label} return`);
  },
  /** The iterable of a for-await loop. */
  it(lane, iterable) {
    const asyncIterator = iterable[Symbol.asyncIterator];
    if (asyncIterator !== undefined && asyncIterator !== null) {
      return { [Symbol.asyncIterator]: () => probedIterator(lane, asyncIterator.call(iterable), false) };
    }
    return { [Symbol.iterator]: () => probedIterator(lane, iterable[Symbol.iterator](), true) };
  },
};

// A module body whose exception escapes a declaration (which the transform cannot wrap):
// Node reports the module's rejected evaluation with origin 'unhandledRejection'.
// Marked as the oracle's own (node-capture-hook.cjs counts only the program's listeners).
const onUncaught = (_e, origin) => {
  if (origin === 'unhandledRejection' && moduleLane !== null) globalThis.$lanes.x(moduleLane);
};
onUncaught[Symbol.for('async-lanes.oracle-hook')] = true;
process.on('uncaughtException', onUncaught);

process.on('exit', () => {
  if (process.env.ASYNC_LANES_TRACE) writeFileSync(process.env.ASYNC_LANES_TRACE, lines.kept.map((l) => l + '\n').join(''));
  written = true;
});
