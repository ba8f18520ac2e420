/**
 * Node, text and position helpers shared by every Python lowering file.
 *
 * `@lezer/python` produces a concrete syntax tree whose compound nodes are mostly
 * flat token sequences (a ParamList is `( name , name = test , * name )`), so the
 * lowering code works on arrays of children and splits them on `,` / `:` / `=`.
 * Comments may appear between any two tokens (they are a skip rule in the grammar),
 * so `kids()` drops them once here.
 *
 * Positions: line starts are computed once per parse and looked up by binary search,
 * so lowering a 1,000-line file never rescans the source per node.
 */
import type { NodeType, SyntaxNode, Tree, TreeCursor } from '@lezer/common';
import type { Loc } from '../../ir/nodes';
import type { SourcePos } from '../../errors';

export type { SyntaxNode };

export class SourceText {
  readonly text: string;
  private readonly lineStarts: number[];

  constructor(text: string) {
    this.text = text;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) starts.push(i + 1);
    }
    this.lineStarts = starts;
  }

  /** 1-based line, 0-based column of a character offset. */
  pos(offset: number): SourcePos {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - starts[lo]! };
  }

  /** Offset of the first character of a 1-based line. */
  lineStart(line: number): number {
    return this.lineStarts[line - 1] ?? this.text.length;
  }

  locOf(from: number, to: number): Loc {
    const a = this.pos(from);
    const b = this.pos(to);
    return { line: a.line, col: a.col, endLine: b.line, endCol: b.col };
  }

  loc(node: SyntaxNode): Loc {
    return this.locOf(node.from, node.to);
  }

  slice(from: number, to: number): string {
    return this.text.slice(from, to);
  }

  textOf(node: SyntaxNode): string {
    return this.text.slice(node.from, node.to);
  }

  /** True when only spaces/tabs separate the start of the node's line from the node. */
  startsLine(offset: number): boolean {
    const lineStart = this.lineStart(this.pos(offset).line);
    for (let i = lineStart; i < offset; i++) {
      const c = this.text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 12) return false;
    }
    return true;
  }
}

/** The children of a node, in order, without comments. */
export function kids(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.name !== 'Comment') out.push(c);
  }
  return out;
}

/** Split a flat child list on a separator token name (`,` by default); empty groups are kept. */
export function splitOn(nodes: SyntaxNode[], sep = ','): SyntaxNode[][] {
  const groups: SyntaxNode[][] = [[]];
  for (const n of nodes) {
    if (n.name === sep) groups.push([]);
    else groups[groups.length - 1]!.push(n);
  }
  return groups;
}

/** Bracket tokens that delimit a bracketed child list (dropped before splitting on commas). */
export function stripBrackets(nodes: SyntaxNode[]): SyntaxNode[] {
  let start = 0;
  let end = nodes.length;
  if (end > 0 && (nodes[0]!.name === '(' || nodes[0]!.name === '[' || nodes[0]!.name === '{')) start = 1;
  if (end > start && (nodes[end - 1]!.name === ')' || nodes[end - 1]!.name === ']' || nodes[end - 1]!.name === '}')) end--;
  return nodes.slice(start, end);
}

/**
 * Lezer's `cursor().iterate(enter)`: every node under `from` in document order, children
 * skipped where `enter` returns false, anonymous nodes passed through without `enter`. A
 * node whose type the grammar's node set lacks is skipped with its children: Lezer 1.x
 * can build one while it recovers from errors in a very long input (a fuzzed program
 * with a 100,000-character line and 3,000 open parentheses), and its own `iterate` then
 * throws a TypeError reading that missing type (issue 10).
 */
export function walkTree(from: SyntaxNode | Tree, enter: (node: TreeCursor) => boolean | void): void {
  const c = from.cursor();
  let depth = 0;
  for (;;) {
    const type = c.type as NodeType | undefined;
    if (type !== undefined && (type.isAnonymous || enter(c) !== false) && c.firstChild()) {
      depth++;
      continue;
    }
    for (;;) {
      if (depth === 0) return;
      if (c.nextSibling()) break;
      c.parent();
      depth--;
    }
  }
}

/**
 * A node's type name, or undefined for a node of the missing type that Lezer's error recovery
 * can build in a very long input (see walkTree): reading `name` of one throws. A fuzzed program
 * (a 20,000-character name, an unclosed call, 3,000 chained calls) put one beside an error
 * node, as its sibling (issue 10).
 */
export function nameOf(node: SyntaxNode | null | undefined): string | undefined {
  return node && (node.type as NodeType | undefined) !== undefined ? node.name : undefined;
}
