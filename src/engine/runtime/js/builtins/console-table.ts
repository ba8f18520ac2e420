/**
 * console.table (Node 20 lib/internal/console/constructor.js `table` and
 * lib/internal/cli_table.js): one row per own enumerable key of the data, one column per
 * key of the rows (first-seen order), primitives in a `Values` column; cells are
 * util.inspect'ed on one line (objects with more than 2 keys collapse to `[Object]`,
 * arrays show 3 items), left-aligned (nodejs/node#50135) in box-drawing borders.
 * Map/Set data and iterators are not handled (they print as a plain log).
 */
import type { Value } from '../../values';
import type { JsCtx } from '../context';
import { inspect } from '../inspect';
import { getValue, hasOwn, isJsObj, ownKeys } from '../properties';

/** getStringWidth: code points (East Asian wide characters are not doubled here). */
const width = (s: string) => [...s].length;

function renderRow(row: string[], widths: number[]): string {
  let out = '│ ';
  for (let i = 0; i < row.length; i++) {
    const cell = row[i]!;
    out += cell + ' '.repeat(widths[i]! - width(cell));
    if (i !== row.length - 1) out += ' │ ';
  }
  return out + ' │';
}

/** cli_table's `table(head, columns)`; `columns[i][j]` may be missing (an empty cell). */
export function renderTable(head: string[], columns: (string | undefined)[][]): string {
  const widths = head.map(width);
  const longest = Math.max(...columns.map((c) => c.length));
  const rows: string[][] = [];
  for (let i = 0; i < head.length; i++) {
    const column = columns[i]!;
    for (let j = 0; j < longest; j++) {
      const value = ((rows[j] ??= [])[i] = column[j] ?? '');
      widths[i] = Math.max(widths[i] ?? 0, width(value));
    }
  }
  const divider = widths.map((w) => '─'.repeat(w + 2));
  let result = `┌${divider.join('┬')}┐\n${renderRow(head, widths)}\n├${divider.join('┼')}┤\n`;
  for (const row of rows) result += `${renderRow(row, widths)}\n`;
  return result + `└${divider.join('┴')}┘`;
}

/** The text console.table prints for `data`, or undefined when it just logs `data`. */
export function consoleTable(ctx: JsCtx, data: Value, properties: Value): string | undefined {
  if (!isJsObj(data) && !Array.isArray(data)) return undefined;
  const keysOf = (v: Value) => ownKeys(ctx, v, { enumerableOnly: true, symbols: false });
  const cell = (v: Value): string => {
    const manyKeys = isJsObj(v) && keysOf(v).length > 2;
    return inspect(ctx, v, { depth: manyKeys ? -1 : 0, maxArrayLength: 3, breakLength: Infinity });
  };
  // Node reads the list with `for…of`, so a hole is the key `undefined` (a fuzzed `[, 'x']`).
  const props = Array.isArray(properties) ? Array.from(properties, (p) => ctx.realm.js.toString(p)) : undefined;
  const map = new Map<string, (string | undefined)[]>();
  const values: (string | undefined)[] = [];
  let hasPrimitives = false;
  const indexKeys = keysOf(data);
  indexKeys.forEach((key, i) => {
    const item = getValue(ctx, data, key);
    const primitive = item === null || (!isJsObj(item) && !Array.isArray(item) && !ctx.isCallable(item));
    if (props === undefined && primitive) {
      hasPrimitives = true;
      values[i] = cell(item);
      return;
    }
    const keys = props ?? (primitive ? [] : keysOf(item));
    for (const k of keys) {
      let col = map.get(k);
      if (!col) map.set(k, (col = []));
      col[i] = (primitive && props) || !hasOwn(ctx, item, k) ? '' : cell(getValue(ctx, item, k));
    }
  });
  // `map` is a null-prototype object in Node: ObjectKeys lists integer keys first, ascending.
  const isIndex = (k: string) => /^(0|[1-9]\d*)$/.test(k) && Number(k) < 4294967295;
  const colKeys = [...[...map.keys()].filter(isIndex).sort((a, b) => Number(a) - Number(b)), ...[...map.keys()].filter((k) => !isIndex(k))];
  const head = ['(index)', ...colKeys];
  const columns = [indexKeys, ...colKeys.map((k) => map.get(k)!)];
  if (hasPrimitives) {
    head.push('Values');
    columns.push(values);
  }
  return renderTable(head, columns);
}
