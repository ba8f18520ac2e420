/**
 * console (Node's lib/internal/console/constructor.js) and its formatting,
 * `formatWithOptions` (lib/internal/util/inspect.js formatWithOptionsInternal), ported:
 * a leading string argument may contain %s %d %i %f %j %o %O %c %%; remaining
 * arguments are appended, strings raw and everything else through util.inspect.
 *
 * log/info/debug/dir write to stdout (`realm.print`); error/warn/trace write to stderr,
 * which is not program output: they go to `realm.stderr` only.
 */
import { JSObject, type Value } from '../../values';
import { type JsCtx, TO_PRIMITIVE_KEY, isSymbol } from '../context';
import { toNumber, toStr } from '../convert';
import { displayArg, formatNumber, inspect } from '../inspect';
import { makeNative } from '../natives';
import { getValue, hasOwn, isJsObj, ownSlot, protoOf } from '../properties';

const BUILT_IN_OBJECTS = new Set([
  'Object', 'Function', 'Array', 'Number', 'Boolean', 'String', 'Symbol', 'BigInt', 'Date', 'Promise', 'RegExp',
  'Error', 'AggregateError', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError',
  'Map', 'Set', 'WeakMap', 'WeakSet', 'JSON', 'Math',
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
  const out = (args: Value[]) => {
    realm.print(formatLogArgs(ctx, args));
    return undefined;
  };
  const err = (args: Value[]) => {
    for (const line of formatLogArgs(ctx, args).split('\n')) realm.stderr.push(line);
    return undefined;
  };
  // console methods are own enumerable properties in Node (console.log(console) lists them).
  const def = (name: string, fn: (args: Value[]) => Value) => c.props.set(name, { value: makeNative(name, 0, (_s, args) => fn(args)) });
  def('log', out);
  def('info', out);
  def('debug', out);
  def('error', err);
  def('warn', err);
  def('trace', (args) => err([`Trace: ${formatLogArgs(ctx, args)}`]));
  def('dir', (args) => {
    realm.print(inspect(ctx, args[0]));
    return undefined;
  });
  realm.builtins.js.set('console', c);
}
