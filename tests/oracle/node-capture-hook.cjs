// Loaded before the program (`node --require` for a CommonJS program, through
// node-capture-hook.mjs with `node --import` for an ES module, as the conformance oracle did):
// records uncaught exceptions and unhandled rejections as `name: message` and exits
// with status 1 at the moment Node would have crashed, so later output is lost exactly
// as it would be.
const MARK = '\u0001ORACLE ';
const summary = (e) => {
  if (e instanceof Error) return e.message ? `${e.name}: ${e.message}` : e.name;
  return String(e);
};
// Node crashes only when the program itself listens for neither event: with a listener of
// its own, the program's listener takes the exception or rejection and the process goes on
// (a later handler then gets 'rejectionHandled'). The hook's listeners (and the trace hook's,
// node-trace-hook.cjs) are marked, so only the program's own are counted.
const HOOK = Symbol.for('async-lanes.oracle-hook');
const programListens = (event) => process.listeners(event).some((f) => !f[HOOK]);
const onUncaught = (e) => {
  if (programListens('uncaughtException')) return;
  process.stderr.write(MARK + JSON.stringify({ kind: 'uncaught-exception', error: summary(e) }) + '\n');
  process.exit(1);
};
const onUnhandled = (e) => {
  if (programListens('unhandledRejection')) return;
  process.stderr.write(MARK + JSON.stringify({ kind: 'unhandled-rejection', error: summary(e) }) + '\n');
  process.exit(1);
};
onUncaught[HOOK] = onUnhandled[HOOK] = true;

// Node writes a warning as one chunk, `(node:PID) Name: message` then its detail's lines
// (TimeoutOverflowWarning's "Timeout duration was set to 1.", emitWarning's `detail`, the
// "(Use `node --trace-warnings ...`" line). Those later lines are marked, so the oracle can
// tell them from what the program itself wrote to stderr (tests/oracle/node-oracle.ts).
const CONTINUED = '\u0001WARNING ';
const stderrWrite = process.stderr.write;
process.stderr.write = function (chunk, ...rest) {
  if (typeof chunk === 'string' && /^\(node:\d+\) /.test(chunk)) chunk = chunk.replace(/\n(?=.)/g, `\n${CONTINUED}`);
  return stderrWrite.call(this, chunk, ...rest);
};
process.on('uncaughtException', onUncaught);
process.on('unhandledRejection', onUnhandled);

// `--import` would make Node run a CommonJS entry through the ES module loader
// (lib/internal/modules/run_main.js, shouldUseESMLoader), i.e. inside a microtask, which
// changes the nextTick-vs-promise order after the main script; `--require` does not.
