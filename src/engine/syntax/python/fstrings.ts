/**
 * f-strings (PEP 498, PEP 701) → Template.
 *
 * Lezer gives a FormatString node whose children are the replacement fields (plus
 * `Escape` tokens, ignored here); the literal text between fields is taken from the
 * source and decoded: `{{`/`}}` are literal braces, a lone `}` is CPython's
 * "f-string: single '}' is not allowed", then backslash escapes unless the string is raw.
 *
 * A replacement field `{expr=!c:spec}`:
 *  - `=` (self-documenting, Python 3.8) keeps the source text from after `{` up to the
 *    conversion/spec/closing brace, whitespace included, in `selfDoc`; with neither a
 *    conversion nor a spec CPython then formats with `!r` (Python/compile.c,
 *    "f-string debugging"), so the front-end writes `conversion: 'r'` explicitly;
 *  - the spec is itself a Template (it may hold nested fields, `{x:{w}.{p}f}`).
 */
import type { Expr, Template, TemplatePart } from '../../ir/nodes';
import { syntaxError } from '../../errors';
import { kids, type SyntaxNode } from './cursor';
import type { PyContext } from './context';
import { decodeEscapes, stringPrefix } from './literals';
import { lowerExprList } from './expressions';

export function lowerFormatString(cx: PyContext, node: SyntaxNode): Template {
  const text = cx.src.textOf(node);
  const p = stringPrefix(text);
  if (!text.endsWith(p.quote) || text.length < p.openLen + p.quote.length) {
    throw syntaxError('unterminated f-string literal', cx.src.pos(node.from));
  }
  const bodyFrom = node.from + p.openLen;
  const bodyTo = node.to - p.quote.length;
  const fields = kids(node).filter((k) => k.name === 'FormatReplacement');
  return buildTemplate(cx, fields, bodyFrom, bodyTo, p.raw, node);
}

function buildTemplate(cx: PyContext, fields: SyntaxNode[], from: number, to: number, raw: boolean, node: SyntaxNode): Template {
  const quasis: string[] = [];
  const parts: TemplatePart[] = [];
  let cursor = from;
  for (const field of fields) {
    quasis.push(literalText(cx, cursor, field.from, raw));
    parts.push(lowerField(cx, field, raw));
    cursor = field.to;
  }
  quasis.push(literalText(cx, cursor, to, raw));
  return { kind: 'Template', quasis, parts, loc: cx.src.loc(node) };
}

/** Literal text between fields: brace escapes, then backslash escapes. */
function literalText(cx: PyContext, from: number, to: number, raw: boolean): string {
  const text = cx.src.slice(from, to);
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '{' && ch !== '}') continue;
    if (text[i + 1] !== ch) {
      // The tokenizer only ever leaves a lone `}` in literal text (a lone `{` starts a field).
      throw syntaxError(`f-string: single '${ch}' is not allowed`, cx.src.pos(from + i));
    }
    out += decodePiece(cx, text.slice(start, i), from + start, raw) + ch;
    i++;
    start = i + 1;
  }
  return out + decodePiece(cx, text.slice(start), from + start, raw);
}

function decodePiece(cx: PyContext, piece: string, offset: number, raw: boolean): string {
  return raw
    ? piece
    : decodeEscapes(
        piece,
        (i) => cx.src.pos(offset + i),
        (message, i) => cx.warn(message, cx.src.pos(offset + i)),
      );
}

function lowerField(cx: PyContext, field: SyntaxNode, raw: boolean): TemplatePart {
  const children = kids(field);
  const loc = cx.src.loc(field);
  let exprEnd = children.length;
  let selfDoc: string | undefined;
  let conversion: TemplatePart['conversion'];
  let formatSpec: Template | undefined;
  for (let i = 1; i < children.length; i++) {
    const c = children[i]!;
    if (c.name === 'FormatSelfDoc' || c.name === 'FormatConversion' || c.name === 'FormatSpec' || c.name === '}') {
      exprEnd = Math.min(exprEnd, i);
    }
    if (c.name === 'FormatSelfDoc') {
      const next = children[i + 1];
      selfDoc = cx.src.slice(children[0]!.to, next ? next.from : c.to);
    } else if (c.name === 'FormatConversion') {
      const letter = cx.src.textOf(c).slice(1);
      if (letter !== 'r' && letter !== 's' && letter !== 'a') {
        throw syntaxError(`f-string: invalid conversion character '${letter}': expected 's', 'r', or 'a'`, cx.src.pos(c.from + 1));
      }
      conversion = letter;
    } else if (c.name === 'FormatSpec') {
      const specKids = kids(c).filter((k) => k.name === 'FormatReplacement');
      formatSpec = buildTemplate(cx, specKids, c.from + 1, c.to, raw, c);
    }
  }
  const exprNodes = children.slice(1, exprEnd);
  if (exprNodes.length === 0) {
    throw syntaxError("f-string: valid expression required before '}'", cx.src.pos(field.from + 1));
  }
  const expr: Expr = lowerExprList(cx, exprNodes);
  const part: TemplatePart = { expr, loc };
  if (selfDoc !== undefined) {
    part.selfDoc = selfDoc;
    if (!conversion && !formatSpec) conversion = 'r';
  }
  if (conversion) part.conversion = conversion;
  if (formatSpec) part.formatSpec = formatSpec;
  return part;
}
