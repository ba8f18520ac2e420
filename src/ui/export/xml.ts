/**
 * Text made safe for an XML document (the exported SVG): every snippet-supplied string —
 * function names, printed lines, awaited values, error messages, the source — goes through
 * `xmlText` before it is written, so nothing a snippet prints can become markup.
 */

/**
 * Characters XML 1.0 does not allow at all (W3C XML 1.0 §2.2 "Char"): C0 controls other than
 * tab, newline and carriage return, unpaired surrogates, U+FFFE and U+FFFF. A program may
 * print any of them; they are shown as U+FFFD so the document still parses.
 */
const NOT_XML_CHAR =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `s` as XML character data or an attribute value (quotes escaped too). */
export function xmlText(s: string): string {
  return s.replace(NOT_XML_CHAR, '\uFFFD').replace(/[&<>"']/g, (c) => ENTITY[c]!);
}
