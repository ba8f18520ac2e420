/**
 * Static facts about IR subtrees the compiler needs before it emits closures:
 *  - does a statement/expression contain `await` or `yield` (a suspension point: then it
 *    compiles in generator mode)?
 *  - does a block contain a closure (then its let/const need their own environment,
 *    and loops need a fresh binding per iteration; otherwise slots are flattened into
 *    the enclosing environment, which is observably the same and much cheaper)?
 *  - which names a pattern binds.
 * Walks never enter nested function bodies. Results are cached per node.
 */
import type { MatchPattern, Pattern } from '../ir/nodes';

type AnyNode = { kind?: string; [k: string]: unknown };

/** Visit the direct IR children of a node (objects with `kind`, inside fields and arrays). */
export function forEachChild(node: object, visit: (child: AnyNode) => boolean | void): boolean {
  for (const key in node) {
    if (key === 'loc') continue;
    const v = (node as Record<string, unknown>)[key];
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (const item of v) {
        if (item === null || typeof item !== 'object') continue;
        if (visitItem(item as AnyNode, visit)) return true;
      }
    } else if (visitItem(v as AnyNode, visit)) return true;
  }
  return false;
}

function visitItem(item: AnyNode, visit: (child: AnyNode) => boolean | void): boolean {
  if (typeof item.kind === 'string') return visit(item) === true;
  // Non-node records (declarations, handlers, args, props, cases, comprehension fors):
  // their fields are nodes.
  return forEachChild(item, visit);
}

const awaitCache = new WeakMap<object, boolean>();

/**
 * `await`, `async for`, `async with` or `yield` anywhere in the subtree, outside nested
 * functions and classes: a point where the body can suspend (runtime/generator.ts).
 */
export function containsAwait(node: object): boolean {
  let r = awaitCache.get(node);
  if (r !== undefined) return r;
  const n = node as AnyNode;
  if (n.kind === 'Await' || n.kind === 'Yield') r = true;
  else if (n.kind === 'ForOf' && n.isAsync === true) r = true;
  else if (n.kind === 'With' && n.isAsync === true) r = true;
  else if (n.kind === 'Comprehension' && (n.generators as { isAsync: boolean }[]).some((g) => g.isAsync)) r = true;
  else if (n.kind === 'FunctionDef' || n.kind === 'ClassDef') r = false;
  else r = forEachChild(node, (c) => containsAwait(c));
  awaitCache.set(node, r);
  return r;
}

export function anyAwait(nodes: readonly object[]): boolean {
  for (const n of nodes) if (containsAwait(n)) return true;
  return false;
}

const callCache = new WeakMap<object, boolean>();

/**
 * A call the trampolined form of a sync body (interp/trampoline.ts) can turn into a call
 * request: a `Call` anywhere in the subtree, outside nested functions and classes, outside a
 * generator expression (its body runs when a consumer pulls it, not here) and outside an
 * optional chain (`a?.b()`: the generator form has no short-circuit for it, so the chain stays
 * a plain closure whose calls recurse on the host stack).
 */
export function containsCall(node: object): boolean {
  let r = callCache.get(node);
  if (r !== undefined) return r;
  const n = node as AnyNode;
  if (n.kind === 'FunctionDef' || n.kind === 'ClassDef') r = false;
  else if (n.chainEnd === true || n.optional === true) r = false;
  else if (n.kind === 'Comprehension' && n.type === 'generator') r = false;
  else if (n.kind === 'Call') r = true;
  else r = forEachChild(node, (c) => containsCall(c));
  callCache.set(node, r);
  return r;
}

const closureCache = new WeakMap<object, boolean>();

/** A function, lambda or class anywhere in the subtree (something that can capture a binding). */
export function containsClosure(node: object): boolean {
  let r = closureCache.get(node);
  if (r !== undefined) return r;
  const n = node as AnyNode;
  if (n.kind === 'FunctionDef' || n.kind === 'ClassDef') r = true;
  else r = forEachChild(node, (c) => containsClosure(c));
  closureCache.set(node, r);
  return r;
}

/**
 * A function, lambda or class in the subtree that mentions one of `names`: any string equal
 * to one, anywhere inside it (an identifier, a property name, a string literal...), which is
 * more than the references to the binding, never fewer, whatever node kinds carry a name.
 * Only such a closure can tell one loop iteration's binding from another's, so a loop whose
 * closures mention none of its head's names needs no environment of its own (issue 10: a
 * 10-million-link `p = p.then((x) => x + 1)` loop copied its environment at every link, and
 * every link's arrow kept its copy alive).
 */
export function closureMentions(node: object, names: readonly string[]): boolean {
  if (names.length === 0 || !containsClosure(node)) return false;
  const n = node as AnyNode;
  if (n.kind === 'FunctionDef' || n.kind === 'ClassDef') return mentions(node, names);
  return forEachChild(node, (c) => closureMentions(c, names));
}

function mentions(node: object, names: readonly string[]): boolean {
  for (const key in node) {
    if (key === 'loc') continue;
    const v = (node as Record<string, unknown>)[key];
    if (typeof v === 'string') {
      if (names.includes(v)) return true;
    } else if (Array.isArray(v)) {
      for (const item of v as unknown[]) {
        if (typeof item === 'string' ? names.includes(item) : item !== null && typeof item === 'object' && mentions(item, names))
          return true;
      }
    } else if (v !== null && typeof v === 'object' && mentions(v, names)) return true;
  }
  return false;
}

export function anyClosure(nodes: readonly object[]): boolean {
  for (const n of nodes) if (containsClosure(n)) return true;
  return false;
}

/** The names a binding pattern binds, in source order. */
export function patternNames(p: Pattern | null | undefined, out: string[] = []): string[] {
  if (!p) return out;
  switch (p.kind) {
    case 'Name':
      out.push(p.id);
      break;
    case 'ArrayPattern':
      for (const el of p.elements) patternNames(el, out);
      break;
    case 'ObjectPattern':
      for (const prop of p.props) patternNames(prop.value, out);
      patternNames(p.rest, out);
      break;
    case 'DefaultPattern':
    case 'RestPattern':
      patternNames(p.target, out);
      break;
    default:
      break; // Member / Index targets bind nothing
  }
  return out;
}

/** The names a `match` case pattern binds, in source order (captures, stars, `**rest`, `as`). */
export function matchPatternNames(p: MatchPattern, out: string[] = []): string[] {
  switch (p.kind) {
    case 'MatchAs':
      if (p.pattern) matchPatternNames(p.pattern, out);
      if (p.name !== undefined) out.push(p.name);
      break;
    case 'MatchStar':
      if (p.name !== undefined) out.push(p.name);
      break;
    case 'MatchSequence':
      for (const q of p.patterns) matchPatternNames(q, out);
      break;
    case 'MatchMapping':
      for (const q of p.patterns) matchPatternNames(q, out);
      if (p.rest !== undefined) out.push(p.rest);
      break;
    case 'MatchClass':
      for (const q of [...p.patterns, ...p.kwdPatterns]) matchPatternNames(q, out);
      break;
    case 'MatchOr':
      // Every alternative binds the same names (checked by the front-end).
      if (p.patterns[0]) matchPatternNames(p.patterns[0], out);
      break;
    default:
      break;
  }
  return out;
}
