/**
 * `replace` / `replaceAll` with a replacement text, within the run's string cap (issue 10).
 *
 * The host builds the result in one native call, and a text of `$&` patterns multiplies the
 * input: `s.replace(/b/g, '$&'.repeat(8))` applied three times to a 2 MB string asked V8
 * for half a gigabyte and aborted the process with a fatal out-of-memory error. So the
 * result's size is bounded before the host is asked: when even the largest result the
 * text could give fits under the cap, the host replaces as before (the common case, at
 * full speed); otherwise every match's substitution is made here (GetSubstitution,
 * ECMA-262 §22.1.3.19.1) and the result's length is tallied as it grows, so the program
 * gets V8's `RangeError: Invalid string length` at the cap instead.
 */
import type { Budget } from '../../realm';
import { MAX_STRING_LENGTH, stringFits } from '../../limits';

/** What a replacement callback the host calls receives, after the match and the captures. */
type HostReplaceArgs = unknown[];

/**
 * GetSubstitution: the text that replaces `matched` (found at `position` in `str`), from a
 * replacement `template` with `$$`, `$&`, `` $` ``, `$'`, `$n` / `$nn` and `$<name>`.
 * `groups` is undefined when the pattern has no named groups (then `$<` is literal text).
 */
export function getSubstitution(
  matched: string,
  str: string,
  position: number,
  captures: readonly (string | undefined)[],
  groups: Record<string, unknown> | undefined,
  template: string,
): string {
  let out = '';
  let i = 0;
  const n = template.length;
  while (i < n) {
    const dollar = template.indexOf('$', i);
    if (dollar < 0 || dollar === n - 1) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, dollar);
    const next = template[dollar + 1]!;
    i = dollar + 2;
    if (next === '$') out += '$';
    else if (next === '&') out += matched;
    else if (next === '`') out += str.slice(0, position);
    else if (next === "'") out += str.slice(Math.min(position + matched.length, str.length));
    else if (next >= '0' && next <= '9') {
      const second = template[dollar + 2];
      const twoDigits = second !== undefined && second >= '0' && second <= '9';
      let index = twoDigits ? Number(next + second) : Number(next);
      let width = twoDigits ? 2 : 1;
      // `$nn` past the number of captures is read as `$n` followed by the digit.
      if (twoDigits && index > captures.length) {
        index = Number(next);
        width = 1;
      }
      if (index >= 1 && index <= captures.length) out += captures[index - 1] ?? '';
      else out += template.slice(dollar, dollar + 1 + width);
      i = dollar + 1 + width;
    } else if (next === '<') {
      const close = template.indexOf('>', dollar + 2);
      if (close < 0 || groups === undefined) out += '$<';
      else {
        const capture = groups[template.slice(dollar + 2, close)];
        out += capture === undefined ? '' : String(capture);
        i = close + 1;
      }
    } else {
      out += '$';
      i = dollar + 1;
    }
  }
  return out;
}

/** Whether every result `template` could give for matches in `s` fits under the cap. */
function surelyFits(s: string, template: string, global: boolean): boolean {
  let dollars = 0;
  for (let i = template.indexOf('$'); i >= 0; i = template.indexOf('$', i + 1)) dollars++;
  // Each `$` pattern adds at most the whole input; a global pattern matches at most
  // |s| + 1 times.
  const perMatch = template.length + dollars * s.length;
  const matches = global ? s.length + 1 : 1;
  return s.length + matches * perMatch <= MAX_STRING_LENGTH;
}

/** A callback for the host's replace that builds each substitution and keeps the result under the cap. */
export function talliedSubstitution(s: string, template: string, overflow: () => never): (...args: HostReplaceArgs) => string {
  let length = s.length;
  return (...args) => {
    const matched = args[0] as string;
    const hasGroups = typeof args[args.length - 1] === 'object' && args[args.length - 1] !== null;
    const last = hasGroups ? args.length - 2 : args.length - 1;
    const position = args[last - 1] as number;
    const captures = args.slice(1, last - 1) as (string | undefined)[];
    const groups = hasGroups ? (args[args.length - 1] as Record<string, unknown>) : undefined;
    const text = getSubstitution(matched, s, position, captures, groups, template);
    length += text.length - matched.length;
    if (length > MAX_STRING_LENGTH) overflow();
    return text;
  };
}

/**
 * `s.replace(pattern, template)` (or replaceAll) by the host, whose result may not pass the
 * string cap: `replace` is the host call given either the template itself or a callback.
 */
export function replaceWithin(
  budget: Budget,
  s: string,
  template: string,
  global: boolean,
  replace: (with_: string | ((...args: HostReplaceArgs) => string)) => string,
  overflow: () => never,
): string {
  const out = surelyFits(s, template, global) ? replace(template) : replace(talliedSubstitution(s, template, overflow));
  stringFits(budget, out.length);
  return out;
}

/**
 * A replacement callback's results, tallied: `fn` is the program's callback as the host
 * calls it; the result's length is kept under the cap as its pieces come back.
 */
export function talliedCallback(
  s: string,
  fn: (...args: HostReplaceArgs) => string,
  overflow: () => never,
): (...args: HostReplaceArgs) => string {
  let length = s.length;
  return (...args) => {
    const text = fn(...args);
    length += text.length - (args[0] as string).length;
    if (length > MAX_STRING_LENGTH) overflow();
    return text;
  };
}
