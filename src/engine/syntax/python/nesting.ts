/**
 * CPython's tokenizer limits on nesting, checked on the raw text before Lezer parses it:
 * more than 200 open brackets (`MAXLEVEL`) is `too many nested parentheses`, more than 100
 * indentation levels (`MAXINDENT`) is `IndentationError: too many levels of indentation`
 * (Parser/tokenizer.c). Besides naming the error as CPython does, the check keeps text of
 * any depth from reaching the parser and the lowering, which recurse once per level and
 * would exhaust the host stack instead (issue 10).
 */
import { syntaxError, type EngineError } from '../../errors';

const MAX_BRACKETS = 200;
const MAX_INDENT = 100;

export function checkNesting(text: string): EngineError | null {
  let depth = 0;
  const indents: number[] = [0];
  let line = 1;
  let lineStart = 0;
  let atLineStart = true;
  const pos = (i: number) => ({ line, col: i - lineStart });
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (atLineStart) {
      atLineStart = false;
      // Indentation counts only on a logical line's first physical line with code on it.
      let col = 0;
      let j = i;
      for (; j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\f'); j++) {
        col = text[j] === '\t' ? col + 8 - (col % 8) : text[j] === '\f' ? 0 : col + 1;
      }
      const next = text[j];
      if (depth === 0 && next !== undefined && next !== '\n' && next !== '\r' && next !== '#' && next !== '\\') {
        if (col > (indents[indents.length - 1] ?? 0)) {
          if (indents.length >= MAX_INDENT) return syntaxError('too many levels of indentation', pos(j), 'IndentationError');
          indents.push(col);
        } else {
          while (indents.length > 1 && col < (indents[indents.length - 1] ?? 0)) indents.pop();
        }
      }
      i = j - 1;
      continue;
    }
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
      atLineStart = true;
    } else if (c === '#') {
      while (i + 1 < text.length && text[i + 1] !== '\n' && text[i + 1] !== '\r') i++;
    } else if (c === '\\' && (text[i + 1] === '\n' || text[i + 1] === '\r')) {
      // An explicit line join: the next physical line continues this logical line.
      i += text[i + 1] === '\r' && text[i + 2] === '\n' ? 2 : 1;
      line++;
      lineStart = i + 1;
    } else if (c === '"' || c === "'") {
      i = skipString(
        text,
        i,
        () => {
          line++;
        },
        (start) => (lineStart = start),
      );
    } else if (c === '(' || c === '[' || c === '{') {
      if (++depth > MAX_BRACKETS) return syntaxError('too many nested parentheses', pos(i));
    } else if (c === ')' || c === ']' || c === '}') {
      if (depth > 0) depth--;
    }
  }
  return null;
}

/** The index of a string literal's last character (its closing quote, or where an unterminated one stops). */
function skipString(text: string, start: number, newline: () => void, lineAt: (offset: number) => void): number {
  const q = text[start] as string;
  const long = text[start + 1] === q && text[start + 2] === q;
  let i = start + (long ? 3 : 1);
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      if (text[i + 1] === '\n') {
        newline();
        lineAt(i + 2);
      }
      i++;
    } else if (c === '\n') {
      if (!long) return i - 1;
      newline();
      lineAt(i + 1);
    } else if (c === q && (!long || (text[i + 1] === q && text[i + 2] === q))) {
      return long ? i + 2 : i;
    }
  }
  return i;
}
