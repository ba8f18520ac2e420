/**
 * The comments of a TypeScript or JavaScript source, found by a small scanner that skips
 * strings, template literals and regular-expression literals (so `'http://x'` or `/\/\*`
 * is not mistaken for a comment).
 */
export interface Comment {
  text: string;
  /** 1-based line where the comment starts. */
  line: number;
}

// After these tokens a `/` starts a regular expression, not a division.
const REGEX_AFTER = new Set(['', '(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '+', '-', '*', '%', '<', '>', '~', '^']);
const REGEX_AFTER_WORDS = new Set([
  'return',
  'typeof',
  'case',
  'do',
  'else',
  'in',
  'of',
  'void',
  'yield',
  'await',
  'throw',
  'new',
  'delete',
]);

export function commentsOf(source: string): Comment[] {
  const out: Comment[] = [];
  let line = 1;
  let last = ''; // the previous significant token (a punctuator, or a word)
  let i = 0;
  const n = source.length;
  const advance = (to: number) => {
    for (let k = i; k < to; k++) if (source[k] === '\n') line++;
    i = to;
  };
  // Template literals nest through `${ ... }`; braces[k] counts open braces inside the k-th one.
  const templateDepth: number[] = [];
  while (i < n) {
    const c = source[i]!;
    if (c === '/' && source[i + 1] === '/') {
      const end = source.indexOf('\n', i);
      const stop = end === -1 ? n : end;
      out.push({ text: source.slice(i + 2, stop), line });
      advance(stop);
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? n : end + 2;
      out.push({ text: source.slice(i + 2, stop - 2), line });
      advance(stop);
    } else if (c === "'" || c === '"') {
      let k = i + 1;
      while (k < n && source[k] !== c && source[k] !== '\n') k += source[k] === '\\' ? 2 : 1;
      advance(k + 1);
      last = 'str';
    } else if (c === '`' || (c === '}' && templateDepth.length > 0 && templateDepth[templateDepth.length - 1] === 0)) {
      if (c === '}') templateDepth.pop();
      let k = i + 1;
      while (k < n && source[k] !== '`' && !(source[k] === '$' && source[k + 1] === '{')) k += source[k] === '\\' ? 2 : 1;
      if (source[k] === '$') {
        templateDepth.push(0);
        advance(k + 2);
        last = '{';
      } else {
        advance(k + 1);
        last = 'str';
      }
    } else if (c === '/' && (REGEX_AFTER.has(last) || REGEX_AFTER_WORDS.has(last))) {
      let k = i + 1;
      let inClass = false;
      while (k < n && source[k] !== '\n') {
        const d = source[k];
        if (d === '\\') k++;
        else if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) break;
        k++;
      }
      advance(k + 1);
      last = 'regex';
    } else if (/[A-Za-z0-9_$]/.test(c)) {
      let k = i;
      while (k < n && /[A-Za-z0-9_$]/.test(source[k]!)) k++;
      last = source.slice(i, k);
      advance(k);
    } else {
      if (!/\s/.test(c)) {
        if (templateDepth.length > 0) {
          if (c === '{') templateDepth[templateDepth.length - 1]!++;
          else if (c === '}') templateDepth[templateDepth.length - 1]!--;
        }
        last = c === ')' || c === ']' ? 'value' : c;
      }
      advance(i + 1);
    }
  }
  return out;
}
