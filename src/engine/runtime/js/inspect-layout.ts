/**
 * How util.inspect lays a value's entries out (Node v20 lib/internal/util/inspect.js:
 * groupArrayElements, isBelowBreakLength, reduceToSingleString): on one line when they fit
 * within breakLength, grouped into aligned columns for long arrays, else one per line.
 * Split from inspect.ts, which formats the entries themselves.
 */
import { PyFloat, type Value } from '../values';

export const kObjectType = 0;
export const kArrayType = 1;
export const kArrayExtrasType = 2;

/** The part of inspect's context the layout reads. */
export interface LayoutCtx {
  indentationLvl: number;
  currentDepth: number;
  breakLength: number;
  compact: number;
  maxArrayLength: number;
}

function groupArrayElements(ctx: LayoutCtx, output: string[], value: Value[] | undefined): string[] {
  // Node's lib/internal/util/inspect.js groupArrayElements. Without colours an entry's display
  // width is its length. The "... more items" entry (when the array was cut) is not grouped.
  const truncated = value !== undefined && ctx.maxArrayLength < value.length;
  const entries = truncated ? output.slice(0, -1) : output;
  const separatorSpace = 2;
  const dataLen = entries.map((e) => e.length);
  const totalLength = dataLen.reduce((sum, len) => sum + len + separatorSpace, 0);
  const maxLength = Math.max(0, ...dataLen);
  const actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength && (totalLength / actualMax > 5 || maxLength <= 6)) {
    const approxCharHeights = 2.5;
    const averageBias = Math.sqrt(actualMax - totalLength / output.length);
    const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    const columns = Math.min(
      Math.round(Math.sqrt(approxCharHeights * biasedMax * entries.length) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;
    // The widest entry of each column, plus the separator.
    const maxLineLength = Array.from({ length: columns }, () => separatorSpace);
    dataLen.forEach((len, j) => {
      const c = j % columns;
      maxLineLength[c] = Math.max(maxLineLength[c] ?? 0, len + separatorSpace);
    });
    // Numbers (and bigints) are right-aligned when every shown element is one.
    const padStart =
      value !== undefined &&
      output.every((_, k) => {
        const e = value[k];
        return typeof e === 'number' || typeof e === 'bigint' || e instanceof PyFloat;
      });
    const tmp: string[] = [];
    for (let r = 0; r < entries.length; r += columns) {
      const row = entries.slice(r, r + columns);
      const last = row.pop() ?? '';
      let str = '';
      row.forEach((e, k) => {
        const padding = maxLineLength[k] ?? 0;
        str += padStart ? `${e}, `.padStart(padding, ' ') : `${e}, `.padEnd(padding, ' ');
      });
      str += padStart ? last.padStart((maxLineLength[row.length] ?? 0) - separatorSpace, ' ') : last;
      tmp.push(str);
    }
    if (truncated) tmp.push(...output.slice(-1));
    return tmp;
  }
  return output;
}

function isBelowBreakLength(ctx: LayoutCtx, output: string[], start: number, base: string): boolean {
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (const o of output) {
    totalLength += o.length;
    if (totalLength > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

export function reduceToSingleString(
  ctx: LayoutCtx,
  output: string[],
  base: string,
  braces: [string, string],
  extrasType: number,
  recurseTimes: number,
  value: Value,
): string {
  const entries = output.length;
  if (extrasType === kArrayExtrasType && entries > 6) {
    output = groupArrayElements(ctx, output, Array.isArray(value) ? value : undefined);
  }
  if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
    const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
    if (isBelowBreakLength(ctx, output, start, base)) {
      const joined = output.join(', ');
      if (!joined.includes('\n')) return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
    }
  }
  const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
  return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
}
