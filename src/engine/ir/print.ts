/**
 * `printIR(node)`: a compact, location-free S-expression rendering of any IR node, used
 * by the golden tests of both front-ends (tests/syntax/golden/{py,js}/*.txt).
 *
 * Rules (chosen so a golden reads like the program):
 *  - a node is `(Kind field=value ...)`; `loc`, `lang` and `sourceText` are never printed;
 *  - fields that are undefined, false or an empty array are left out (absence means
 *    "none"), except `finalbody`, where `[]` (an empty finally block) differs from none;
 *    a `true` boolean prints as the bare field name (`isAsync`);
 *  - leaves are short: `(Name x)`, `(Num 1)`, `(Num 1.5 float)`, `(Str "a")`, `(Bool true)`,
 *    `(None)`;
 *  - a node that fits in 96 columns stays on one line; otherwise each field goes on
 *    its own line, indented by two spaces, and arrays of nodes put one item per line.
 */

type Doc = { t: 'text'; text: string } | { t: 'group'; open: string; items: Doc[]; close: string };

const WIDTH = 96;
const KEEP_EMPTY = new Set(['finalbody']);
// `sourceText` (a JS function's slice of the program) is positional like `loc`.
const SKIP = new Set(['kind', 'loc', 'lang', 'sourceText']);

function text(s: string): Doc {
  return { t: 'text', text: s };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function leaf(node: Record<string, unknown>): Doc | undefined {
  switch (node.kind) {
    case 'Name':
      return text(`(Name ${String(node.id)})`);
    case 'Str':
      return text(`(Str ${JSON.stringify(node.value)})`);
    case 'Num': {
      const big = typeof node.big === 'string' ? ` big=${node.big}` : '';
      return text(`(Num ${String(node.value)}${node.isFloat ? ' float' : ''}${big})`);
    }
    case 'Bool':
      return text(`(Bool ${String(node.value)})`);
    case 'None':
    case 'Null':
    case 'Undefined':
    case 'This':
    case 'NewTarget':
    case 'PrivateName':
      return text(`(${node.kind})`);
    default:
      return undefined;
  }
}

function toDoc(value: unknown): Doc {
  if (value === null) return text('null');
  if (typeof value === 'string') return text(JSON.stringify(value));
  if (typeof value === 'number' || typeof value === 'boolean') return text(String(value));
  if (Array.isArray(value)) return { t: 'group', open: '[', items: value.map(toDoc), close: ']' };
  if (isRecord(value)) {
    const short = leaf(value);
    if (short) return short;
    const head = typeof value.kind === 'string' ? `(${value.kind}` : '(';
    const items: Doc[] = [];
    for (const [key, v] of Object.entries(value)) {
      if (SKIP.has(key) && !(key === 'kind' && typeof value.kind !== 'string')) continue;
      if (v === undefined || v === false) continue;
      if (Array.isArray(v) && v.length === 0 && !KEEP_EMPTY.has(key)) continue;
      if (v === true) {
        items.push(text(key));
        continue;
      }
      items.push(labelled(key, toDoc(v)));
    }
    return { t: 'group', open: head, items, close: ')' };
  }
  return text(String(value));
}

function labelled(key: string, doc: Doc): Doc {
  if (doc.t === 'text') return text(`${key}=${doc.text}`);
  return { ...doc, open: `${key}=${doc.open}` };
}

function flat(doc: Doc): string {
  if (doc.t === 'text') return doc.text;
  const inner = doc.items.map(flat).join(' ');
  if (doc.open.endsWith('[') || doc.open.endsWith('(')) return `${doc.open}${inner}${doc.close}`;
  return inner ? `${doc.open} ${inner}${doc.close}` : `${doc.open}${doc.close}`;
}

function render(doc: Doc, indent: number): string {
  const one = flat(doc);
  if (doc.t === 'text' || indent + one.length <= WIDTH || doc.items.length === 0) return one;
  const pad = ' '.repeat(indent + 2);
  const lines = doc.items.map((item) => pad + render(item, indent + 2));
  return `${doc.open}\n${lines.join('\n')}${doc.close}`;
}

/** Print an IR node (or any value made of IR nodes) without locations. */
export function printIR(node: unknown): string {
  return render(toDoc(node), 0);
}
