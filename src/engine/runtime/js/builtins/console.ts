/**
 * console (Node's lib/internal/console/constructor.js) and its formatting,
 * `formatWithOptions` (lib/internal/util/inspect.js formatWithOptionsInternal), ported:
 * a leading string argument may contain %s %d %i %f %j %o %O %c %%; remaining
 * arguments are appended, strings raw and everything else through util.inspect.
 *
 * log/info/debug/dir/count/table/timeEnd write a line to stdout (`realm.write`); error/warn/
 * trace/assert write to stderr (`realm.write(…, 'stderr')`: shown beside the output, not part of
 * stdout, runtime/output.ts). group/groupEnd indent both by 2 per level; count/countReset/time keep per-label
 * state; a missing label is a process warning, as Node's emitWarning.
 */
import { JSObject, type Value } from '../../values';
import { type JsCtx, TO_PRIMITIVE_KEY, isSymbol } from '../context';
import { toNumber, toStr } from '../convert';
import { displayArg, formatNumber, inspect } from '../inspect';
import { makeNative } from '../natives';
import { consoleTable } from './console-table';
import { getValue, hasOwn, isJsObj, ownSlot, protoOf } from '../properties';

const BUILT_IN_OBJECTS = new Set([
  'Object',
  'Function',
  'Array',
  'Number',
  'Boolean',
  'String',
  'Symbol',
  'BigInt',
  'Date',
  'Promise',
  'RegExp',
  'Error',
  'AggregateError',
  'EvalError',
  'RangeError',
  'ReferenceError',
  'SyntaxError',
  'TypeError',
  'URIError',
  'Map',
  'Set',
  'WeakMap',
  'WeakSet',
  'JSON',
  'Math',
]);

/** Node's hasBuiltInToString: is the `toString` that `%s` would call a built-in one? */
function hasBuiltInToString(ctx: JsCtx, value: Value): boolean {
  if (!isJsObj(value)) return true;
  const callable = (v: Value) => ctx.isCallable(v);
  let checkToString = true;
  let checkToPrimitive = true;
  if (!callable(getValue(ctx, value, 'toString'))) {
    if (!callable(getValue(ctx, value, TO_PRIMITIVE_KEY))) return true;
    if (hasOwn(ctx, value, TO_PRIMITIVE_KEY)) return false;
    checkToString = false;
  } else if (hasOwn(ctx, value, 'toString')) return false;
  else if (!callable(getValue(ctx, value, TO_PRIMITIVE_KEY))) checkToPrimitive = false;
  else if (hasOwn(ctx, value, TO_PRIMITIVE_KEY)) return false;
  let pointer: ReturnType<typeof protoOf> = value;
  do {
    pointer = protoOf(ctx, pointer);
    if (pointer === null) return true;
  } while (!(checkToString && hasOwn(ctx, pointer, 'toString')) && !(checkToPrimitive && hasOwn(ctx, pointer, TO_PRIMITIVE_KEY)));
  const d = ownSlot(ctx, pointer, 'constructor');
  if (d === undefined || !('value' in d) || !ctx.isCallable(d.value)) return false;
  const name = isJsObj(d.value) ? getValue(ctx, d.value, 'name') : undefined;
  return typeof name === 'string' && BUILT_IN_OBJECTS.has(name);
}

/** util.format(...args) as console.log uses it. */
export function formatLogArgs(ctx: JsCtx, args: Value[]): string {
  const js = ctx.realm.js;
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let tempStr = '';
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const nextChar = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        switch (nextChar) {
          case 115: {
            // 's'
            const arg = args[++a];
            if (typeof arg === 'number') tempStr = formatNumber(arg);
            else if (typeof arg === 'bigint') tempStr = `${arg}n`;
            else if (isSymbol(arg)) tempStr = inspect(ctx, arg);
            else if (!(arg instanceof JSObject || Array.isArray(arg)) || !hasBuiltInToString(ctx, arg)) {
              tempStr = js.toString(arg);
            } else tempStr = inspect(ctx, arg, { depth: 0 });
            break;
          }
          case 106: // 'j'
            tempStr = stringifyForLog(ctx, args[++a]);
            break;
          case 100: {
            // 'd'
            const n = args[++a];
            tempStr = typeof n === 'bigint' ? `${n}n` : isSymbol(n) ? 'NaN' : formatNumber(toNumber(ctx, n));
            break;
          }
          case 79: // 'O'
            tempStr = inspect(ctx, args[++a]);
            break;
          case 111: // 'o'
            tempStr = inspect(ctx, args[++a], { depth: 4, showHidden: true });
            break;
          case 105: {
            // 'i'
            const n = args[++a];
            tempStr = typeof n === 'bigint' ? `${n}n` : isSymbol(n) ? 'NaN' : formatNumber(parseInt(toStr(ctx, n)));
            break;
          }
          case 102: {
            // 'f'
            const n = args[++a];
            tempStr = isSymbol(n) ? 'NaN' : formatNumber(parseFloat(toStr(ctx, n)));
            break;
          }
          case 99: // 'c'
            a += 1;
            tempStr = '';
            break;
          case 37: // '%'
            str += first.slice(lastPos, i);
            lastPos = i + 1;
            continue;
          default:
            continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += tempStr;
        lastPos = i + 1;
      } else if (nextChar === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  while (a < args.length) {
    const value = args[a];
    str += join;
    str += displayArg(ctx, value);
    join = ' ';
    a++;
  }
  return str;
}

/** `%j`: JSON.stringify, `[Circular]` for cycles (Node's tryStringify). */
function stringifyForLog(ctx: JsCtx, v: Value): string {
  const json = ctx.realm.builtins.js.get('JSON');
  const stringify = json instanceof JSObject ? getValue(ctx, json, 'stringify') : undefined;
  try {
    const r = ctx.call(stringify, json, [v]);
    return r === undefined ? 'undefined' : toStr(ctx, r);
  } catch (e) {
    const val = (e as { value?: Value }).value;
    const msg = val instanceof JSObject ? getValue(ctx, val, 'message') : undefined;
    if (typeof msg === 'string' && msg.startsWith('Converting circular structure to JSON')) return '[Circular]';
    throw e;
  }
}

export function installConsole(ctx: JsCtx): void {
  const realm = ctx.realm;
  const c = new JSObject(ctx.intr.ObjectPrototype);
  // console.group indentation (kGroupIndentationWidth 2) applies to stdout and stderr alike.
  let indent = '';
  const indented = (text: string) => (indent === '' ? text : indent + text.replaceAll('\n', `\n${indent}`));
  // A line written to stdout: it ends a line `process.stdout.write` left open, as in Node.
  const write = (text: string) => {
    realm.write(`${indented(text)}\n`);
    return undefined;
  };
  const writeErr = (text: string) => {
    realm.write(`${indented(text)}\n`, 'stderr');
    return undefined;
  };
  const out = (args: Value[]) => write(formatLogArgs(ctx, args));
  const err = (args: Value[]) => writeErr(formatLogArgs(ctx, args));
  const label = (v: Value) => (v === undefined ? 'default' : `${ctx.realm.js.toString(v)}`);
  const counts = new Map<string, number>();
  const timers = new Map<string, number>();
  // console methods are own enumerable properties in Node (console.log(console) lists them).
  const def = (name: string, fn: (args: Value[]) => Value) => c.props.set(name, { value: makeNative(name, 0, (_s, args) => fn(args)) });
  def('log', out);
  def('info', out);
  def('debug', out);
  def('error', err);
  def('warn', err);
  def('trace', (args) => err([`Trace: ${formatLogArgs(ctx, args)}`]));
  def('dir', (args) => {
    // console.dir(obj, options): util.inspect with the caller's depth (null: unlimited).
    const opts = args[1];
    const d = isJsObj(opts) ? getValue(ctx, opts, 'depth') : undefined;
    return write(inspect(ctx, args[0], typeof d === 'number' ? { depth: d } : d === null ? { depth: Infinity } : {}));
  });
  const group = (args: Value[]) => {
    if (args.length > 0) out(args);
    indent += '  ';
    return undefined;
  };
  def('group', group);
  def('groupCollapsed', group);
  def('groupEnd', () => {
    indent = indent.slice(0, Math.max(0, indent.length - 2));
    return undefined;
  });
  def('count', (args) => {
    const l = label(args[0]);
    const n = (counts.get(l) ?? 0) + 1;
    counts.set(l, n);
    return write(`${l}: ${n}`);
  });
  def('countReset', (args) => {
    const l = label(args[0]);
    if (!counts.has(l)) realm.warn(`Warning: Count for '${l}' does not exist`);
    else counts.set(l, 0);
    return undefined;
  });
  def('assert', (args) => {
    if (ctx.realm.js.truthy(args[0])) return undefined;
    const rest = args.slice(1);
    if (rest.length === 0) return err(['Assertion failed']);
    rest[0] = `Assertion failed: ${ctx.realm.js.toString(rest[0])}`;
    return err(rest);
  });
  def('table', (args) => {
    const text = consoleTable(ctx, args[0], args[1]);
    return text === undefined ? out([args[0]]) : write(text);
  });
  // console.time: the run's virtual clock (real Node prints wall-clock durations).
  def('time', (args) => {
    const l = label(args[0]);
    if (timers.has(l)) realm.warn(`Warning: Label '${l}' already exists for console.time()`);
    else timers.set(l, realm.rec.time);
    return undefined;
  });
  const timeLog = (name: string, end: boolean) => (args: Value[]) => {
    const l = label(args[0]);
    const start = timers.get(l);
    if (start === undefined) {
      realm.warn(`Warning: No such label '${l}' for console.${name}()`);
      return undefined;
    }
    if (end) timers.delete(l);
    const extra = args.slice(1);
    return out([`${l}: ${formatTime(realm.rec.time - start)}`, ...extra]);
  };
  def('timeEnd', timeLog('timeEnd', true));
  def('timeLog', timeLog('timeLog', false));
  realm.builtins.js.set('console', c);
}

/** Node's formatTime (lib/internal/console/constructor.js). */
function formatTime(ms: number): string {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms = ms % 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms = ms % 60000;
    }
    seconds = ms / 1000;
  }
  const pad = (v: string | number) => String(v).padStart(2, '0');
  if (hours !== 0 || minutes !== 0) {
    const [s, frac] = seconds.toFixed(3).split('.');
    const res = hours !== 0 ? `${hours}:${pad(minutes)}` : `${minutes}`;
    return `${res}:${pad(s!)}.${frac} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}
