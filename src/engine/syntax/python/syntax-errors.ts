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
 *   - indentation → `unexpected indent`, `unindent does not match any outer indentation level`,
 *     `inconsistent use of tabs and spaces in indentation` (TabError);
 *   - a character no token may contain → `invalid character '😀' (U+1F600)`;
 *   - a backslash not directly before a line break → `unexpected character after line
 *     continuation character`, or `unexpected EOF while parsing` when nothing follows it.
 * Two error nodes are legitimate Python and are skipped: the bare `yield` (the grammar
 * wants a value) and the float `1.` (the grammar's Number needs a digit after the dot).
 */
import type { EngineError } from '../../errors';
import { syntaxError, unsupported } from '../../errors';
import { kids, nameOf, walkTree, type SourceText, type SyntaxNode } from './cursor';
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
  'ArgList',
  'ParenthesizedExpression',
  'TupleExpression',
  'ArrayExpression',
  'SetExpression',
  'DictionaryExpression',
  'ComprehensionExpression',
  'ArrayComprehensionExpression',
  'SetComprehensionExpression',
  'DictionaryComprehensionExpression',
  'ParamList',
  'MemberExpression',
]);

const CLOSER: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

export function findSyntaxError(top: SyntaxNode, src: SourceText): EngineError | null {
  const errorNode = firstErrorNode(top, src);
  const fromTree: Candidate | null = errorNode ? { offset: errorNode.from, error: describeSafely(errorNode, src) } : null;
  const indent = checkIndentation(top, src);
  const character = rejectedCharacter(top, src);
  if (character && (!fromTree || character.offset <= fromTree.offset) && (!indent || character.offset <= indent.offset)) {
    return character.error;
  }
  const { strings, brackets } = scanTokens(top, src);
  const line = (c: Candidate): number => src.pos(c.offset).line;

  // The parser's own error: whichever comes first; on one line an indentation problem
  // explains Lezer's repair better than the repair does.
  let parserError = fromTree;
  if (indent && (!parserError || indent.offset < parserError.offset || line(indent) === line(parserError))) {
    parserError = indent;
  }
  // CPython's tokenizer fails on an unterminated string as soon as it reaches it.
  if (strings && (!parserError || strings.offset <= parserError.offset)) return strings.error;
  // Inside brackets newlines are ignored, so a failure on a later line than the innermost
  // open bracket is reported as that bracket never being closed (Parser/pegen.c
  // `_PyPegen_set_syntax_error`); with no parser error the parser met EOF inside it.
  const limit = parserError ? parserError.offset : Infinity;
  const open = brackets.filter((b) => b.offset < limit);
  const innermost = open[open.length - 1];
  const atEof = parserError !== null && parserError.offset >= src.text.trimEnd().length;
  // A closer that does not match the open bracket is reported as that, on any line.
  if (parserError?.error.bare.startsWith('closing parenthesis')) return parserError.error;
  if (innermost && (!parserError || atEof || line(parserError) > line(innermost))) return innermost.error;
  if (parserError) {
    // A generic "invalid syntax" is replaced by a tokenizer error found later in the file
    // (`_PyPegen_tokenize_full_source_to_check_for_errors`).
    if (strings && parserError.error.bare === 'invalid syntax') return strings.error;
    return parserError.error;
  }
  return strings?.error ?? null;
}

function isBenignError(node: SyntaxNode, src: SourceText): boolean {
  const parent = node.parent;
  const prev = node.prevSibling;
  if (!parent || !prev) return false;
  // Names read through nameOf: a sibling may be of the type Lezer's recovery leaves missing.
  // `lambda a, /, b: a`: the grammar's lambda parameters lack the PEP 570 marker.
  if (nameOf(parent) === 'ParamList' && node.to === node.from + 1 && node.firstChild === null) {
    return nameOf(parent.parent) === 'LambdaExpression' && isSlash(node) && src.slice(node.from, node.to) === '/';
  }
  // Bare `yield`: the grammar requires an operand.
  if (nameOf(prev) === 'yield' && node.from === node.to) return true;
  // `1.`: Number `.` <missing PropertyName>.
  if (nameOf(parent) === 'MemberExpression' && nameOf(prev) === '.' && node.from === node.to) {
    const object = parent.firstChild;
    return nameOf(object) === 'Number' && object!.to === prev.from;
  }
  return false;
}

/**
 * describeErrorNode, or CPython's plain `invalid syntax` at the node when the nodes around it
 * cannot be read: in a very long input Lezer's error recovery can leave a node of a type its
 * node set lacks (cursor.ts walkTree, nameOf), and reading its name throws a TypeError. A
 * fuzzed program (a 20,000-character name, an unclosed call, 3,000 chained calls; seed 31001,
 * input 73,798) met one beside its error node (issue 10). The brackets and indentation are
 * still looked at below, so such a program says "'(' was never closed" as CPython does.
 */
function describeSafely(node: SyntaxNode, src: SourceText): EngineError {
  try {
    return describeErrorNode(node, src);
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    return syntaxError('invalid syntax', src.pos(node.from));
  }
}

function isSlash(node: SyntaxNode): boolean {
  const prev = node.prevSibling;
  const next = node.nextSibling;
  return nameOf(prev) === ',' && (!next || nameOf(next) === ',') && node.to - node.from === 1;
}

function firstErrorNode(top: SyntaxNode, src: SourceText): SyntaxNode | null {
  let result: SyntaxNode | null = null;
  walkTree(top, (ref) => {
    if (result) return false;
    if (ref.type.isError) {
      const node = ref.node;
      if (!isBenignError(node, src)) result = node;
      return false;
    }
    return true;
  });
  return result;
}

function describeErrorNode(node: SyntaxNode, src: SourceText): EngineError {
  const parent = node.parent;
  const prev = node.prevSibling;
  // Empty repair nodes stand before the token CPython blames.
  const at = skipSpaces(src, node.from);
  const firstChar = src.text[at];
  const pos = src.pos(at);
  const restOfLine = src.slice(node.from, lineEnd(src, node.from)).trim();
  const atLineEnd = restOfLine === '' || restOfLine.startsWith('#');

  // The grammar's mapping patterns take no dotted names (value patterns) as keys.
  if (parent?.name === 'MappingPattern' && prev?.name === 'VariableName' && firstChar === '.') {
    return unsupported('a dotted name as a mapping pattern key', src.pos(prev.from));
  }
  // The grammar's match subject is one expression: `match a, b:` (a tuple) and `match *a, b:`
  // are valid Python it cannot read; CPython's `match (a, b):` reads the same.
  if (parent?.name === 'MatchStatement' && firstChar === ',') {
    return unsupported('an unparenthesised tuple as the match subject (write match (a, b):)', src.pos(at));
  }
  // Nor does it concatenate adjacent string literals in a case pattern (`case "a" "b":`).
  if (parent?.name === 'MatchClause' && prev?.name === 'LiteralPattern' && (firstChar === '"' || firstChar === "'")) {
    return unsupported('adjacent string literals in a case pattern', src.pos(prev.from));
  }
  // PEP 614 relaxed decorators to any expression; the grammar still wants `@dotted.name(args)`.
  if (parent?.name === 'Decorator' && !atLineEnd) {
    return unsupported('decorators other than a dotted name with optional call arguments', src.pos(node.from));
  }
  // `f"{}"` and `f"{x"`: a replacement field with no expression, or not closed.
  if (parent?.name === 'FormatReplacement' && prev?.name === '{' && firstChar === '}') {
    return syntaxError("f-string: valid expression required before '}'", pos);
  }
  if (parent?.name === 'FormatReplacement' && prev && isExpressionNode(prev) && (firstChar === '"' || firstChar === "'")) {
    return syntaxError("f-string: expecting '}'", pos);
  }
  // `{"a": }`: a dictionary key's colon with no value after it.
  if ((parent?.name === 'DictionaryExpression' || parent?.name === 'DictionaryComprehensionExpression') && prev?.name === ':') {
    if (firstChar === '}' || firstChar === ',') return syntaxError("expression expected after dictionary key and ':'", src.pos(prev.from));
  }
  if (firstChar === ')' || firstChar === ']' || firstChar === '}') {
    // A closer is the repair's own container's closing bracket, the wrong one for it
    // (`[1, 2)`), or unmatched.
    const opener = parent && BRACKETED.has(parent.name) ? parent.firstChild : null;
    const open = opener ? src.slice(opener.from, opener.to) : '';
    if (!opener || !(open in CLOSER)) return syntaxError(`unmatched '${firstChar}'`, pos);
    if (CLOSER[open] !== firstChar) {
      const openLine = src.pos(opener.from).line;
      const where = openLine === pos.line ? '' : ` on line ${openLine}`;
      return syntaxError(`closing parenthesis '${firstChar}' does not match opening parenthesis '${open}'${where}`, pos);
    }
  }
  // `1st`, `0x1g`: a number running into a name (the tokenizer's error, at the number's last character).
  const numberEnd = /(?:^|[^\w.])(0[xX][\w]*|0[oO][\w]*|0[bB][\w]*|\d[\d_]*(?:\.[\d_]*)?(?:[eE][+-]?[\d_]*)?|\.\d[\d_]*)$/.exec(
    src.slice(0, at),
  );
  if (
    numberEnd &&
    firstChar !== undefined &&
    IDENT_CONTINUE.test(firstChar) &&
    !/^(?:if|else|and|or|not|in|is|for)\b/.test(src.text.slice(at))
  ) {
    const kind = /^0[xX]/.test(numberEnd[1]!)
      ? 'hexadecimal'
      : /^0[oO]/.test(numberEnd[1]!)
        ? 'octal'
        : /^0[bB]/.test(numberEnd[1]!)
          ? 'binary'
          : 'decimal';
    return syntaxError(`invalid ${kind} literal`, src.pos(at - 1));
  }
  // `if x = 1:`: an assignment where the header wants a condition.
  if (
    firstChar === '=' &&
    src.text[at + 1] !== '=' &&
    (parent?.name === 'IfStatement' || parent?.name === 'WhileStatement') &&
    prev &&
    isExpressionNode(prev)
  ) {
    return syntaxError("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", src.pos(prev.from));
  }
  // `x = 1 if y`: a conditional expression without its `else`.
  if (parent?.name === 'ConditionalExpression' && !kids(parent).some((k) => k.name === 'else')) {
    return syntaxError("expected 'else' after 'if' expression", src.pos(parent.from));
  }
  // `def f:` / `def f x():`: the parameter list's `(` missing after the name.
  if (parent?.name === 'FunctionDefinition' && prev?.name === 'VariableName' && prev.prevSibling?.name === 'def' && firstChar !== '(') {
    return syntaxError("expected '('", pos);
  }
  // `else if x:`: anything but the colon after `else`.
  if (prev?.name === 'else' && firstChar !== ':') return syntaxError("expected ':'", pos);
  // `elif` after an `else` block.
  if (src.slice(at, at + 4) === 'elif' && !IDENT_CONTINUE.test(src.text[at + 4] ?? '')) {
    const before = node.prevSibling;
    if (before?.name === 'IfStatement' && kids(before).some((k) => k.name === 'else')) {
      return syntaxError("'elif' block follows an 'else' block", pos);
    }
  }
  if (parent?.name === 'FormatReplacement' && firstChar === '!') {
    const letter = src.text[at + 1] ?? '';
    return syntaxError(`f-string: invalid conversion character '${letter}': expected 's', 'r', or 'a'`, src.pos(at + 1));
  }
  // `if x` / `def f()` with the colon missing: the repair sits where the Body should start.
  const header = parent?.name === 'Body' ? parent.parent : parent;
  const headerKind = header ? COMPOUND_HEADERS[header.name] : undefined;
  const before = parent?.name === 'Body' && !prev ? parent.prevSibling : prev;
  if (headerKind && atLineEnd && (parent?.name !== 'Body' || !prev) && before && completesHeader(before)) {
    return syntaxError("expected ':'", src.pos(node.from));
  }
  // `if x:` followed by a line that is not indented.
  if (headerKind && header && parent?.name === 'Body' && prev?.name === ':' && src.slice(prev.to, node.from).includes('\n')) {
    const label = headerKind.includes('definition') ? headerKind : `'${headerKind}' statement`;
    return syntaxError(`expected an indented block after ${label} on line ${src.pos(header.from).line}`, pos, 'IndentationError');
  }
  if (
    parent?.name === 'TryStatement' &&
    prev?.name === 'VariableName' &&
    prev.prevSibling?.name === ',' &&
    src.slice(node.from, node.to).trim().startsWith('as')
  ) {
    const firstType = prev.prevSibling.prevSibling;
    return syntaxError("multiple exception types must be parenthesized when using 'as'", src.pos(firstType?.from ?? prev.from));
  }
  if (parent?.name === 'DictionaryExpression' && prev && isExpressionNode(prev) && prev.prevSibling?.name !== ':') {
    return syntaxError("':' expected after dictionary key", src.pos(prev.from));
  }
  if (parent && BRACKETED.has(parent.name) && prev && isExpressionNode(prev) && firstChar && /[\w"'([{]/.test(firstChar)) {
    return syntaxError('invalid syntax. Perhaps you forgot a comma?', src.pos(prev.from));
  }
  return syntaxError('invalid syntax', pos);
}

/** Whether a header can end with this node (`if x`, `def f()`, `try`), so only `:` is missing. */
function completesHeader(node: SyntaxNode): boolean {
  if (node.type.isError) return false;
  const keyword = /^[a-z]+$/.test(node.name);
  return !keyword || node.name === 'try' || node.name === 'else' || node.name === 'finally' || node.name === 'except';
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
/** The prefixes a Python string literal may have (Lexical analysis, "String and Bytes literals"; t-strings, PEP 750). */
const STRING_PREFIX = /^(?:[rRuUbBfFtT]|[rR][bBfFtT]|[bBfFtT][rR])?$/;

function scanTokens(top: SyntaxNode, src: SourceText): { strings: Candidate | null; brackets: Candidate[] } {
  let strings: Candidate | null = null;
  const brackets: Candidate[] = [];
  walkTree(top, (ref) => {
    const name = ref.name;
    if (name === 'String' || name === 'FormatString') {
      // Lezer's repair makes strings of what is not one: a line after an unclosed call
      // (`x = 1`, no quote: not a string token) or a name before a quote (`s'` of
      // `print('it's')`: CPython's tokenizer reads the name, then a string from the quote).
      const letters = /^[A-Za-z]*/.exec(src.slice(ref.from, ref.to))![0];
      const quote = src.text[ref.from + letters.length];
      if (quote !== '"' && quote !== "'") return true;
      const from = STRING_PREFIX.test(letters) ? ref.from : ref.from + letters.length;
      const text = src.slice(from, ref.to);
      const p = stringPrefix(text);
      if (text.length < p.openLen + p.quote.length || !text.endsWith(p.quote)) {
        const pos = src.pos(from);
        const long = p.quote.length === 3;
        const end = src.text.endsWith('\n') ? src.text.length - 1 : src.text.length;
        const detected = long ? src.pos(end).line : pos.line;
        const what = long ? 'unterminated triple-quoted string literal' : 'unterminated string literal';
        const fWhat = name === 'FormatString' ? what.replace('string', 'f-string') : what;
        strings ??= { offset: from, error: syntaxError(`${fWhat} (detected at line ${detected})`, pos) };
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
          brackets.push({
            offset: open.from,
            error: syntaxError(`'${src.slice(open.from, open.to)}' was never closed`, src.pos(open.from)),
          });
        }
      }
    }
    return true;
  });
  brackets.sort((a, b) => a.offset - b.offset);
  return { strings, brackets };
}

const IDENT_START = /[\p{XID_Start}_]/u;
const IDENT_CONTINUE = /[\p{XID_Continue}]/u;

/**
 * The first character outside strings and comments that CPython's tokenizer rejects:
 *   - a non-ASCII character that cannot be part of an identifier there (PEP 3131:
 *     XID_Start then XID_Continue). Lezer's tokenizer takes any non-ASCII letter-ish
 *     character into a name; CPython's rejects it (Parser/tokenizer.c `verify_identifier`);
 *   - a backslash that is not the last character of its line: only a line break may follow
 *     a line continuation, not even a space. A continuation with nothing after it is an
 *     unexpected end of file. Lezer repairs both into a generic error node; CPython 3.11
 *     and 3.14 report the position just after the backslash.
 */
function rejectedCharacter(top: SyntaxNode, src: SourceText): Candidate | null {
  const text = src.text;
  if (!/[\\\u0080-\u{10FFFF}]/u.test(text)) return null;
  const skipped: [number, number][] = [];
  walkTree(top, (ref) => {
    if (ref.name === 'String' || ref.name === 'FormatString' || ref.name === 'Comment') {
      skipped.push([ref.from, ref.to]);
      return false;
    }
    return true;
  });
  let range = 0;
  for (let i = 0; i < text.length;) {
    while (range < skipped.length && (skipped[range]?.[1] ?? 0) <= i) range++;
    const inside = skipped[range];
    if (inside && inside[0] <= i) {
      i = inside[1];
      continue;
    }
    const code = text.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(code);
    if (ch === '\\') {
      const stray = strayContinuation(text, i);
      if (stray) return { offset: i, error: syntaxError(stray, src.pos(i + 1)) };
    } else if (code > 0x7f) {
      // The identifier this character belongs to starts at the first word character before it.
      let start = i;
      while (start > 0 && IDENT_CONTINUE.test(text[start - 1] ?? '')) start--;
      const first = String.fromCodePoint(text.codePointAt(start) ?? 0);
      const valid = IDENT_CONTINUE.test(ch) && (start < i || IDENT_START.test(ch)) && IDENT_START.test(first);
      if (!valid) {
        const hex = code.toString(16).toUpperCase().padStart(4, '0');
        // Unicode spaces and other invisible characters are named by code point only.
        const message = /[\s\p{C}]/u.test(ch) ? `invalid non-printable character U+${hex}` : `invalid character '${ch}' (U+${hex})`;
        return { offset: i, error: syntaxError(message, src.pos(i)) };
      }
    }
    i += ch.length;
  }
  return null;
}

/** CPython's message for the backslash at `at` outside a string, or null when it continues the line. */
function strayContinuation(text: string, at: number): string | null {
  let next = at + 1;
  const after = text[next];
  if (after === undefined) return 'unexpected EOF while parsing';
  if (after !== '\n' && after !== '\r') return 'unexpected character after line continuation character';
  next += after === '\r' && text[next + 1] === '\n' ? 2 : 1;
  return next >= text.length ? 'unexpected EOF while parsing' : null;
}

/**
 * Width of leading whitespace as CPython's tokenizer counts it, twice: `col` with tabs to
 * multiples of 8 and `alt` with a tab as one column (Parser/tokenizer.c keeps both stacks;
 * indentation whose order differs between the two is a TabError).
 */
interface Indent {
  col: number;
  alt: number;
}

function indentOf(src: SourceText, offset: number): Indent {
  const lineStart = src.lineStart(src.pos(offset).line);
  let col = 0;
  let alt = 0;
  for (let i = lineStart; i < offset; i++) {
    col = src.text[i] === '\t' ? col + 8 - (col % 8) : col + 1;
    alt++;
  }
  return { col, alt };
}

const TAB_ERROR = 'inconsistent use of tabs and spaces in indentation';

/**
 * Replays CPython's tokenizer indentation stack over the statements Lezer found: a
 * statement that starts a line deeper than the current level is an unexpected indent
 * unless it opens a block; one that dedents to a level that was never pushed is an
 * unindent mismatch; a level reached with tabs counted as 8 columns but not with tabs
 * counted as 1 (or the reverse) is a TabError.
 */
function checkIndentation(top: SyntaxNode, src: SourceText): Candidate | null {
  let stack: Indent[] = [{ col: 0, alt: 0 }];
  let result: Candidate | null = null;
  const fail = (offset: number, message: string) => {
    const syntaxClass = message === TAB_ERROR ? 'TabError' : 'IndentationError';
    result = { offset, error: syntaxError(message, src.pos(offset), syntaxClass) };
  };

  const visitStatements = (nodes: SyntaxNode[], blockStack: Indent[], opensBlock: boolean): void => {
    let first = opensBlock;
    for (const node of nodes) {
      if (result) return;
      if (node.type.isError || node.name === ':') continue;
      if (src.startsLine(node.from)) {
        const here = indentOf(src, node.from);
        const outer = blockStack[blockStack.length - 1] ?? { col: 0, alt: 0 };
        const current = stack[stack.length - 1] ?? { col: 0, alt: 0 };
        if (first) {
          if (here.col > outer.col) {
            if (here.alt <= outer.alt) return fail(node.from, TAB_ERROR);
            blockStack = [...blockStack, here];
            stack = blockStack;
          }
        } else if (here.col > current.col) {
          return fail(node.from, here.alt <= current.alt ? TAB_ERROR : 'unexpected indent');
        } else {
          const popped = stack.slice();
          while (popped.length > 1 && here.col < (popped[popped.length - 1]?.col ?? 0)) popped.pop();
          const level = popped[popped.length - 1];
          if (level?.col !== here.col) return fail(node.from, 'unindent does not match any outer indentation level');
          if (level.alt !== here.alt) return fail(node.from, TAB_ERROR);
          stack = popped;
        }
      }
      first = false;
      visitNested(node, blockStack);
    }
  };

  const visitNested = (node: SyntaxNode, blockStack: Indent[]): void => {
    for (const child of kids(node)) {
      if (result) return;
      if (child.name === 'Body' || child.name === 'MatchBody') {
        visitStatements(kids(child), blockStack, true);
      } else if (
        child.name === 'MatchClause' ||
        child.name === 'StatementGroup' ||
        child.name in COMPOUND_HEADERS ||
        child.name === 'DecoratedStatement'
      ) {
        visitNested(child, blockStack);
      }
    }
  };

  visitStatements(kids(top), [{ col: 0, alt: 0 }], false);
  return result;
}
