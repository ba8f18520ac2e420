/**
 * Which language a link's code is written in, when the link does not say (issue 10: a
 * link without `lang` holding JavaScript used to run as Python). Links written by the app
 * always carry `lang`; this is for hand-made ones. Each language has tell-tale tokens that
 * the other cannot contain at the start of a line or as a whole construct; the side with
 * more of them wins, and a tie keeps the format's default, Python.
 */
import type { Lang } from '../engine/api';

/**
 * Syntax only one language has weighs 2; API names weigh 1, since the shims let Python code
 * call `console.log`, `setTimeout` and `Promise(...).then` (tests/conformance's `.as.py` twins).
 */
const JS_SIGNS: [RegExp, number][] = [
  [/^\s*(const|let|var)\s+[\w$[{]/m, 2],
  [/\bfunction\s*[\w$]*\s*\(/, 2],
  [/=>/, 2],
  [/;\s*$/m, 2],
  [/^\s*}\s*$/m, 2],
  [/\/\/.*$/m, 2],
  [/===|!==/, 2],
  [/\bconsole\.\w+\s*\(/, 1],
  [/\bnew\s+Promise\b/, 1],
  [/\.then\s*\(/, 1],
  [/\b(setTimeout|setImmediate|queueMicrotask)\s*\(/, 1],
  [/\bprocess\.nextTick\b/, 1],
];

const PY_SIGNS: [RegExp, number][] = [
  [/^\s*(async\s+)?def\s+\w+\s*\(.*\)\s*(->.*)?:\s*$/m, 2],
  [/^\s*import\s+\w+(\s*,\s*\w+)*\s*$/m, 2],
  [/^\s*from\s+[\w.]+\s+import\b/m, 2],
  [/^\s*(if|elif|else|for|while|try|except|finally|with|class)\b.*:\s*$/m, 2],
  [/^\s*#/m, 2],
  [/\blambda\b[^:\n]*:/, 2],
  [/\b(None|True|False)\b/, 2],
  [/\bf(["'])[^"'\n]*\{[^}]*\}/, 2],
  [/\bprint\s*\(/, 1],
  [/\basyncio\.\w+/, 1],
  [/\bawait\s+\w+\s*$/m, 1],
];

export function guessLang(source: string): Lang {
  const score = (signs: [RegExp, number][]) => signs.reduce((n, [re, weight]) => n + (re.test(source) ? weight : 0), 0);
  return score(JS_SIGNS) > score(PY_SIGNS) ? 'js' : 'py';
}
