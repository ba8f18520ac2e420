/**
 * String literals and implicit concatenation (Language Reference §2.4.2):
 * adjacent literals `"a" 'b'` are one literal; when any piece is an f-string the whole
 * run becomes one Template whose literal pieces are merged into its quasis.
 */
import type { Expr, Template, TemplatePart } from '../../ir/nodes';
import { syntaxError, unsupported } from '../../errors';
import { kids, type SyntaxNode } from './cursor';
import type { PyContext } from './context';
import { decodeEscapes, stringPrefix } from './literals';
import { lowerFormatString } from './fstrings';

/** The decoded value of one plain (non-f) String node. */
export function plainStringValue(cx: PyContext, node: SyntaxNode): string {
  const text = cx.src.textOf(node);
  const p = stringPrefix(text);
  if (p.bytes) throw unsupported('bytes literals', cx.src.pos(node.from));
  if (!text.endsWith(p.quote) || text.length < p.openLen + p.quote.length) {
    throw syntaxError('unterminated string literal', cx.src.pos(node.from));
  }
  const body = text.slice(p.openLen, text.length - p.quote.length);
  if (p.raw) return body;
  const bodyStart = node.from + p.openLen;
  return decodeEscapes(
    body,
    (i) => cx.src.pos(bodyStart + i),
    (message, i) => cx.warn(message, cx.src.pos(bodyStart + i)),
  );
}

/** String, FormatString or ContinuedString → Str or Template. */
export function lowerStringNode(cx: PyContext, node: SyntaxNode): Expr {
  const loc = cx.src.loc(node);
  const pieces = node.name === 'ContinuedString' ? kids(node) : [node];
  const quasis: string[] = [''];
  const parts: TemplatePart[] = [];
  let isTemplate = false;
  for (const piece of pieces) {
    if (piece.name === 'String') {
      quasis[quasis.length - 1] += plainStringValue(cx, piece);
    } else if (piece.name === 'FormatString') {
      isTemplate = true;
      appendTemplate(quasis, parts, lowerFormatString(cx, piece));
    } else {
      throw syntaxError('invalid syntax', cx.src.pos(piece.from));
    }
  }
  if (!isTemplate) return { kind: 'Str', value: quasis[0]!, loc };
  const template: Template = { kind: 'Template', quasis, parts, loc };
  return template;
}

function appendTemplate(quasis: string[], parts: TemplatePart[], t: Template): void {
  quasis[quasis.length - 1] += t.quasis[0]!;
  for (let i = 0; i < t.parts.length; i++) {
    parts.push(t.parts[i]!);
    quasis.push(t.quasis[i + 1]!);
  }
}
