/**
 * Syntax errors in CPython's words.
 *
 * `@lezer/python` never fails: it repairs the tree and marks the repair with error
 * nodes (`⚠`). It also accepts some programs CPython's tokenizer rejects (an unterminated
 * string just ends at the newline; a dedent to an unknown column just closes the block).
 * This pass collects the first problem of each family and reports the one that comes
 * first in the source, with CPython 3.14's message (Parser/pegen_errors.c,
 * Parser/tokenizer, Lib/test/test_syntax.py):
 *   - error nodes → `expected ':'`, `invalid syntax. Perhaps you forgot a comma?`,
 *     `unmatched ')'`, `expected an indented block after 'if' statement on line N`,
 *     or `invalid syntax`;
 *   - brackets whose closing token is missing → `'(' was never closed`;
 *   - strings missing their closing quote → `unterminated string literal (detected at line N)`;
 *   - indentation → `unexpected indent`, `unindent does not match any outer indentation level`.
 * Two error nodes are legitimate Python and are skipped: the bare `yield` (the grammar
 * wants a value) and the float `1.` (the grammar's Number needs a digit after the dot).
 */
import type { EngineError } from '../../errors';
import { syntaxError } from '../../errors';
import { kids, type SourceText, type SyntaxNode } from './cursor';
import { stringPrefix } from './literals';

interface Candidate {
  offset: number;
  error: EngineError;
}

const COMPOUND_HEADERS: Record<string, string> = {
  IfStatement: 'if',
  WhileStatement: 'while',
  ForStatement: 'for',
  TryStatement: 'try',
  WithStatement: 'with',
  FunctionDefinition: 'function definition',
  ClassDefinition: 'class definition',
};

const BRACKETED = new Set([
  'ArgList', 'ParenthesizedExpression', 'TupleExpression', 'ArrayExpression', 'SetExpression',
  'DictionaryExpression', 'ComprehensionExpression', 'ArrayComprehensionExpression',
  'SetComprehensionExpression', 'DictionaryComprehensionExpression', 'ParamList', 'MemberExpression',
]);

const CLOSER: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

export function findSyntaxError(top: SyntaxNode, src: SourceText): EngineError | null {
  const found: Candidate[] = [];
  const errorNode = firstErrorNode(top);
  if (errorNode) found.push({ offset: errorNode.from, error: describeErrorNode(errorNode, src) });
  const scan = scanTokens(top, src);
  if (scan) found.push(scan);
  const indent = checkIndentation(top, src);
  if (indent) found.push(indent);
  if (found.length === 0) return null;
  found.sort((a, b) => a.offset - b.offset);
  return found[0]!.error;
}

function isBenignError(node: SyntaxNode): boolean {
  const parent = node.parent;
  const prev = node.prevSibling;
  if (!parent || !prev) return false;
  // Bare `yield`: the grammar requires an operand.
  if (prev.name === 'yield' && node.from === node.to) return true;
  // `1.`: Number `.` <missing PropertyName>.
  if (parent.name === 'MemberExpression' && prev.name === '.' && node.from === node.to) {
    const object = parent.firstChild;
    return object?.name === 'Number' && object.to === prev.from;
  }
  return false;
}

function firstErrorNode(top: SyntaxNode): SyntaxNode | null {
  const cursor = top.cursor();
  let result: SyntaxNode | null = null;
  cursor.iterate((ref) => {
    if (result) return false;
    if (ref.type.isError) {
      const node = ref.node;
      if (!isBenignError(node)) result = node;
      return false;
    }
    return true;
  });
  return result;
}

function describeErrorNode(node: SyntaxNode, src: SourceText): EngineError {
  const parent = node.parent;
  const prev = node.prevSibling;
  const text = src.slice(node.from, node.to);
  const firstChar = text.trimStart()[0];
  const pos = src.pos(node.from);

  if (firstChar === ')' || firstChar === ']' || firstChar === '}') {
    return syntaxError(`unmatched '${firstChar}'`, src.pos(node.from + text.indexOf(firstChar)));
  }
  if (parent && parent.name in COMPOUND_HEADERS && !node.prevSibling?.name.startsWith('Body')) {
    const restOfLine = src.slice(node.from, lineEnd(src, node.from)).trim();
    if (restOfLine === '' || restOfLine.startsWith('#')) {
      return syntaxError("expected ':'", pos);
    }
  }
  if (parent?.name === 'Body' && prev?.name === ':' && !src.slice(prev.to, node.from).includes('\n') === false) {
    const header = parent.parent;
    const what = header ? COMPOUND_HEADERS[header.name] : undefined;
    if (what && header) {
      const line = src.pos(header.from).line;
      const label = what.includes('definition') ? what : `'${what}' statement`;
      return syntaxError(`expected an indented block after ${label} on line ${line}`, pos);
    }
  }
  if (parent && BRACKETED.has(parent.name) && prev && isExpressionNode(prev) && firstChar && /[\w"'([{]/.test(firstChar)) {
    return syntaxError('invalid syntax. Perhaps you forgot a comma?', src.pos(prev.from));
  }
  if (node.from === node.to) {
    // An empty repair node: blame the next token, as CPython does.
    return syntaxError('invalid syntax', src.pos(skipSpaces(src, node.from)));
  }
  return syntaxError('invalid syntax', src.pos(node.from + (text.length - text.trimStart().length)));
}

function isExpressionNode(node: SyntaxNode): boolean {
  return /Expression$|^(VariableName|Number|String|FormatString|ContinuedString|Boolean|None)$/.test(node.name);
}

function lineEnd(src: SourceText, offset: number): number {
  const nl = src.text.indexOf('\n', offset);
  return nl < 0 ? src.text.length : nl;
}

function skipSpaces(src: SourceText, offset: number): number {
  let i = offset;
  while (i < src.text.length && (src.text[i] === ' ' || src.text[i] === '\t')) i++;
  return i;
}

/** Unterminated strings and never-closed brackets, in one walk. */
function scanTokens(top: SyntaxNode, src: SourceText): Candidate | null {
  let best: Candidate | null = null;
  const consider = (c: Candidate): void => {
    if (!best || c.offset < best.offset) best = c;
  };
  const cursor = top.cursor();
  cursor.iterate((ref) => {
    if (best && ref.from > best.offset) return false;
    const name = ref.name;
    if (name === 'String' || name === 'FormatString') {
      const text = src.slice(ref.from, ref.to);
      const p = stringPrefix(text);
      if (text.length < p.openLen + p.quote.length || !text.endsWith(p.quote)) {
        const pos = src.pos(ref.from);
        const long = p.quote.length === 3;
        const detected = long ? src.pos(src.text.length).line : pos.line;
        const what = long ? 'unterminated triple-quoted string literal' : 'unterminated string literal';
        const fWhat = name === 'FormatString' ? what.replace('string', 'f-string') : what;
        consider({ offset: ref.from, error: syntaxError(`${fWhat} (detected at line ${detected})`, pos) });
        return false;
      }
    }
    if (BRACKETED.has(name) || name === 'FormatReplacement') {
      const children = kids(ref.node);
      const open = children.find((c) => c.name === '(' || c.name === '[' || c.name === '{');
      if (open && name !== 'FormatReplacement') {
        const closer = CLOSER[src.slice(open.from, open.to)]!;
        const last = children[children.length - 1];
        if (!last || last.name !== closer || last.from === last.to) {
          consider({ offset: open.from, error: syntaxError(`'${src.slice(open.from, open.to)}' was never closed`, src.pos(open.from)) });
        }
      }
    }
    return true;
  });
  return best;
}

/** Width of leading whitespace as CPython's tokenizer counts it (tabs to multiples of 8). */
function indentWidth(src: SourceText, offset: number): number {
  const lineStart = src.lineStart(src.pos(offset).line);
  let width = 0;
  for (let i = lineStart; i < offset; i++) {
    width = src.text[i] === '\t' ? width + 8 - (width % 8) : width + 1;
  }
  return width;
}

/**
 * Replays CPython's tokenizer indentation stack over the statements Lezer found: a
 * statement that starts a line deeper than the current level is an unexpected indent
 * unless it opens a block; one that dedents to a level that was never pushed is an
 * unindent mismatch.
 */
function checkIndentation(top: SyntaxNode, src: SourceText): Candidate | null {
  let stack: number[] = [0];
  let result: Candidate | null = null;

  const visitStatements = (nodes: SyntaxNode[], blockStack: number[], opensBlock: boolean): void => {
    let first = opensBlock;
    for (const node of nodes) {
      if (result) return;
      if (node.type.isError || node.name === ':') continue;
      if (src.startsLine(node.from)) {
        const width = indentWidth(src, node.from);
        const pos = src.pos(node.from);
        if (first) {
          if (width > blockStack[blockStack.length - 1]!) {
            blockStack = [...blockStack, width];
            stack = blockStack;
          }
        } else if (width > stack[stack.length - 1]!) {
          result = { offset: node.from, error: syntaxError('unexpected indent', pos) };
          return;
        } else {
          const popped = stack.slice();
          while (popped.length > 1 && width < popped[popped.length - 1]!) popped.pop();
          if (popped[popped.length - 1] !== width) {
            result = { offset: node.from, error: syntaxError('unindent does not match any outer indentation level', pos) };
            return;
          }
          stack = popped;
        }
      }
      first = false;
      visitNested(node, blockStack);
    }
  };

  const visitNested = (node: SyntaxNode, blockStack: number[]): void => {
    for (const child of kids(node)) {
      if (result) return;
      if (child.name === 'Body' || child.name === 'MatchBody') {
        visitStatements(kids(child), blockStack, true);
      } else if (child.name === 'MatchClause' || child.name === 'StatementGroup' || child.name in COMPOUND_HEADERS ||
        child.name === 'DecoratedStatement') {
        visitNested(child, blockStack);
      }
    }
  };

  visitStatements(kids(top), [0], false);
  return result;
}
