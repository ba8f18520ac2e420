/**
 * `process.emitWarning(warning[, type[, code]][, ctor])` and `process.emitWarning(warning,
 * { type, code, detail })`, as Node 20's lib/internal/process/warning.js: a string becomes an
 * Error named `type` ('Warning' by default) with `code` and `detail` when given; on a
 * nextTick, Node's own 'warning' listener (added at startup, so first) prints
 * `(node:PID) [code] Name: message` to stderr, a run's warning here, and then the program's
 * 'warning' listeners get the same object. A DeprecationWarning is dropped when
 * `process.noDeprecation` is set and thrown from a nextTick when `process.throwDeprecation` is.
 */
import type { Value } from '../../runtime/values';
import { Thrown } from '../../runtime/thrown';
import { defineMethod, get, internalFn, invoke, isCallable, isErrorLike, nodeError, nodeReceived } from './host';
import type { PromiseHost } from './promise';
import type { ProcessEvents } from './process-events';
import { nextTick } from './timers';

export function installEmitWarning(host: PromiseHost, process: Value, events: ProcessEvents): void {
  const { realm, loop } = host;
  const js = realm.js;
  const validateString = (v: Value, what: string) => {
    if (typeof v !== 'string')
      throw nodeError(
        realm,
        'TypeError',
        'ERR_INVALID_ARG_TYPE',
        `The "${what}" argument must be of type string. Received ${nodeReceived(realm, v)}`,
      );
  };
  // doEmitWarning: Node's onWarning listener writes the warning, then the program's listeners run.
  const doEmitWarning = internalFn(
    'doEmitWarning',
    (_self, [warning]) => {
      const code = get(realm, warning, 'code');
      const text = isCallable(realm, get(realm, warning, 'toString')) ? js.toString(invoke(realm, warning, 'toString', [])) : '';
      // The `(node:PID) ` line is the warning (tests/conformance/README.md): the rest of a
      // multi-line message, and a `detail`, Node prints on the lines after it.
      realm.warn(`${js.truthy(code) ? `[${js.toString(code)}] ` : ''}${text.split('\n')[0]}`);
      events.emit('warning', [warning]);
      return undefined;
    },
    1,
  );
  defineMethod(
    realm,
    process,
    'emitWarning',
    (_self, [warning, type, code]) => {
      let detail: Value = undefined;
      if (type !== null && typeof type === 'object' && !Array.isArray(type) && !isCallable(realm, type)) {
        code = get(realm, type, 'code');
        const d = get(realm, type, 'detail');
        if (typeof d === 'string') detail = d;
        const t = get(realm, type, 'type');
        type = js.truthy(t) ? t : 'Warning';
      } else if (isCallable(realm, type)) {
        code = undefined;
        type = 'Warning';
      }
      if (type !== undefined) validateString(type, 'type');
      if (isCallable(realm, code)) code = undefined;
      else if (code !== undefined) validateString(code, 'code');
      if (typeof warning === 'string') {
        // createWarningObject: `new Error(warning)`, then name, code and detail assigned.
        const err = js.newError('Error', warning).value;
        js.setAttr(err, 'name', js.toString(js.truthy(type) ? type : 'Warning'));
        if (code !== undefined) js.setAttr(err, 'code', code);
        if (detail !== undefined) js.setAttr(err, 'detail', detail);
        warning = err;
      } else if (!isErrorLike(realm, warning)) {
        throw nodeError(
          realm,
          'TypeError',
          'ERR_INVALID_ARG_TYPE',
          `The "warning" argument must be of type string or an instance of Error. Received ${nodeReceived(realm, warning)}`,
        );
      }
      if (get(realm, warning, 'name') === 'DeprecationWarning') {
        if (js.truthy(get(realm, process, 'noDeprecation'))) return undefined;
        // "Delay throwing the error to guarantee that all former warnings were properly logged."
        if (js.truthy(get(realm, process, 'throwDeprecation'))) {
          const thrower = internalFn('', () => {
            throw new Thrown(warning);
          });
          nextTick(realm, loop, [thrower]);
          return undefined;
        }
      }
      nextTick(realm, loop, [doEmitWarning, warning]);
      return undefined;
    },
    4,
  );
}
