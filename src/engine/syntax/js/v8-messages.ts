/**
 * acorn's syntax errors in V8's words. acorn parses (it is the real parser), but a student
 * compares what the playground says with what `node file.js` printed, and acorn's wording
 * differs from V8's for nearly every error a beginner makes: `Unexpected token` where Node
 * names the token (`Unexpected identifier 'b'`, `Unexpected end of input`), `Assigning to
 * rvalue` for `Invalid left-hand side in assignment`, and `await` in a function that is not
 * async, which acorn reports at the token after `await` and Node as "await is only valid in
 * async functions and the top level bodies of modules" at the `await` (issue 10, "bad input
 * gets a clear message"). Each wording below was read from Node 20's output for the same
 * program (tests/syntax/js-v8-messages.test.ts lists them). A message this file does not know
 * stays acorn's.
 */
import { tokenizer, tokTypes as tt, type Token as AcornToken } from 'acorn';

/** acorn's token with its value (a name's text, a literal's value), which its typings leave out. */
type Token = AcornToken & { value?: unknown };

export interface AcornFailure {
  /** acorn's message without its ` (line:col)`. */
  message: string;
  /** Its offset in the source, and its 1-based line and 0-based column. */
  pos: number;
  line: number;
  col: number;
}

export interface V8Failure {
  message: string;
  line: number;
  col: number;
}

/** acorn's messages whose V8 wording is one fixed text, at acorn's position. */
const FIXED: Record<string, string> = {
  'Assigning to rvalue': 'Invalid left-hand side in assignment',
  'Optional chaining cannot appear in left-hand side': 'Invalid left-hand side in assignment',
  'Unsyntactic break': 'Illegal break statement',
  'Unsyntactic continue': 'Illegal continue statement: no surrounding iteration statement',
  'Argument name clash': 'Duplicate parameter name not allowed in this context',
  'getter should have no params': 'Getter must not have any formal parameters.',
  'setter should have exactly one param': 'Setter must have exactly one formal parameter.',
  "'with' in strict mode": 'Strict mode code may not include a with statement',
  'Unterminated string constant': 'Invalid or unexpected token',
  'Identifier directly after number': 'Invalid or unexpected token',
  "Cannot use keyword 'await' outside an async function": 'Unexpected reserved word',
  "'return' outside of function": 'Illegal return statement',
};

/** Regular expression errors: V8 places them at the literal's opening `/`, acorn one character in. */
const REGEXP: Record<string, string> = {
  'Unterminated regular expression': 'Invalid regular expression: missing /',
  'Invalid regular expression flag': 'Invalid regular expression flags',
};

/** The tokens of `source` that start before `pos`, and the one at or after it (EOF at the end). */
function tokensUpTo(source: string, pos: number, sourceType: 'module' | 'script'): { before: Token[]; at: Token | undefined } {
  const before: Token[] = [];
  try {
    for (const tok of tokenizer(source, { ecmaVersion: 'latest', sourceType, locations: true, allowHashBang: true })) {
      if (tok.start >= pos) return { before, at: tok };
      before.push(tok);
    }
    return { before, at: undefined };
  } catch {
    // The text fails to tokenize at or after the error: what came before is still known.
    return { before, at: undefined };
  }
}

/** V8's "Unexpected …" for a token (ParserBase::ReportUnexpectedTokenAt). */
function unexpected(tok: Token | undefined, strict: boolean): string {
  if (tok === undefined || tok.type === tt.eof) return 'Unexpected end of input';
  const t = tok.type;
  if (t === tt.name) {
    const name = String(tok.value);
    if (strict && STRICT_RESERVED.has(name)) return 'Unexpected strict mode reserved word';
    return `Unexpected identifier '${name}'`;
  }
  if (t === tt.num) return 'Unexpected number';
  if (t === tt.string) return 'Unexpected string';
  if (t === tt.template || t === tt.backQuote || t === tt.dollarBraceL) return 'Unexpected template string';
  if (t === tt.privateId) return `Unexpected identifier '#${String(tok.value)}'`;
  if (t === tt.regexp) return 'Unexpected regular expression';
  return `Unexpected token '${t.keyword ?? t.label}'`;
}

const STRICT_RESERVED = new Set(['implements', 'interface', 'let', 'package', 'private', 'protected', 'public', 'static', 'yield']);

/** Tokens after which a `(` opens a call's arguments (not a grouping or a condition). */
function opensCall(prev: Token | undefined): boolean {
  if (prev === undefined) return false;
  const t = prev.type;
  return t === tt.name || t === tt.parenR || t === tt.bracketR || t === tt._super || t === tt._import || t === tt.template;
}

/** The bracket left open at the end of `tokens`, and the token before it. */
function openBracket(tokens: readonly Token[]): { open: Token; prev: Token | undefined } | undefined {
  const stack: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.type;
    if (t === tt.parenL || t === tt.bracketL || t === tt.braceL || t === tt.dollarBraceL) stack.push(i);
    else if (t === tt.parenR || t === tt.bracketR || t === tt.braceR) stack.pop();
  }
  const i = stack.at(-1);
  return i === undefined ? undefined : { open: tokens[i]!, prev: tokens[i - 1] };
}

function at(tok: Token, message: string): V8Failure {
  return { message, line: tok.loc!.start.line, col: tok.loc!.start.column };
}

/** acorn's failure as V8 reports it (its message and position), or acorn's own when V8's is not known here. */
export function inV8Words(f: AcornFailure, source: string, sourceType: 'module' | 'script', strict: boolean): V8Failure {
  const same = { message: f.message, line: f.line, col: f.col };
  const fixed = FIXED[f.message];
  if (fixed !== undefined) return { ...same, message: fixed };
  const regexp = REGEXP[f.message];
  if (regexp !== undefined) {
    const slash = source.lastIndexOf('/', f.pos - 1);
    const back = slash >= 0 && !source.slice(slash, f.pos).includes('\n') ? f.pos - slash : 0;
    return { message: regexp, line: f.line, col: Math.max(0, f.col - back) };
  }
  if (f.message === 'Unterminated template') {
    // V8 reads to the end of the text before it gives up.
    const lines = source.split(/\r\n|[\n\r\u2028\u2029]/);
    return { message: 'Unexpected end of input', line: lines.length, col: lines.at(-1)!.length };
  }
  if (f.message === 'Invalid number' && /^0[0-9]/.test(source.slice(f.pos))) {
    const octal = /^0[0-7]+(?![0-9])/.test(source.slice(f.pos));
    return {
      ...same,
      message: octal ? 'Octal literals are not allowed in strict mode.' : 'Decimals with leading zeros are not allowed in strict mode.',
    };
  }
  if (f.message === 'Shorthand property assignments are valid only in destructuring patterns') {
    // At the property's name, before its `=`.
    const prev = tokensUpTo(source, f.pos, sourceType).before.at(-1);
    return prev?.type === tt.name
      ? at(prev, 'Invalid shorthand property initializer')
      : { ...same, message: 'Invalid shorthand property initializer' };
  }
  if (f.message === "'import' and 'export' may appear only with 'sourceType: module'") {
    const isImport = source.startsWith('import', f.pos);
    return { ...same, message: isImport ? 'Cannot use import statement outside a module' : "Unexpected token 'export'" };
  }
  if (f.message === 'Unexpected token' || f.message.startsWith('Unexpected keyword')) {
    const { before, at: tok } = tokensUpTo(source, f.pos, sourceType);
    const prev = before.at(-1);
    // `await` where it is not an operator: a name in a script, followed by its operand.
    if (prev !== undefined && prev.type === tt.name && prev.value === 'await' && sourceType === 'script') {
      return at(prev, 'await is only valid in async functions and the top level bodies of modules');
    }
    // `const x;`: V8 asks for the initializer, at the name.
    const beforePrev = before.at(-2);
    if (prev?.type === tt.name && beforePrev?.type === tt._const && tok?.type !== tt.eq) {
      return at(prev, 'Missing initializer in const declaration');
    }
    // Inside a call's arguments, anything but `,` or `)` after an argument (V8 places it at
    // the argument's last token).
    const open = openBracket(before);
    if (open && open.open.type === tt.parenL && opensCall(open.prev) && prev !== undefined && prev !== open.open) {
      if (tok === undefined || (tok.type !== tt.comma && tok.type !== tt.parenR)) return at(prev, 'missing ) after argument list');
    }
    const message = unexpected(tok, strict);
    return tok === undefined || tok.type === tt.eof ? { ...same, message } : at(tok, message);
  }
  return same;
}
