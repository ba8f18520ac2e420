/**
 * Instruments a JavaScript program for the Node lane-trace oracle (node-trace-oracle.ts).
 *
 * Every async function of the program (not of the prelude; not async generators) and the
 * module body when it has a top-level await get synchronous probe calls — no added
 * promise, no added await, so the program's ticks are exactly the original's:
 *
 *  - body entry: `const $lane$ = $lanes.s(NAME)` (start; NAME as ES NamedEvaluation gives it);
 *  - `await X` → `$lanes.r($lane$, await $lanes.a($lane$, X))`: `a` runs after X is
 *    evaluated and returns X itself (suspend), `r` runs first in the continuation (resume);
 *  - a rejected await continues in a `catch` / `finally` block of the same body, or ends the
 *    body: each of those starts with `$lanes.p($lane$)` (resume, if it is suspended);
 *  - completion: the body is wrapped in `try { … } catch ($e$) { $lanes.x($lane$); throw $e$; }
 *    finally { $lanes.f($lane$); }` (raise / return). The module body cannot be wrapped as a
 *    whole (its declarations must stay top-level): each top-level statement that declares
 *    nothing lexical is wrapped instead, a `let`/`const` evaluates each initializer in a
 *    wrapped assignment to a temporary, and `$lanes.f($lane$)` ends the module;
 *  - `for await (… of X)`: X goes through `$lanes.it($lane$, X)`, an iterable that hands out
 *    the real iterator's results unchanged and records the suspension at each `next()` and
 *    `return()` the loop awaits; the body and the statement after the loop start with
 *    `$lanes.p($lane$)`.
 *
 * The probes themselves live in node-trace-hook.cjs.
 */
import { parse } from 'acorn';

// acorn's node shape, loosely: every node has type/start/end and child nodes in its fields.
type Node = { type: string; start: number; end: number; [k: string]: unknown };

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && typeof (v as Node).type === 'string';

function children(n: Node): Node[] {
  const out: Node[] = [];
  for (const k in n) {
    if (k === 'type' || k === 'start' || k === 'end' || k === 'loc' || k === 'range') continue;
    const v = n[k];
    if (Array.isArray(v)) for (const x of v) isNode(x) && out.push(x);
    else if (isNode(v)) out.push(v);
  }
  out.sort((a, b) => a.start - b.start);
  // A shorthand property `{ x }` has the same node range as key and value: emit it once.
  return out.filter((c, i) => c.start >= (out[i - 1]?.end ?? -Infinity));
}

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

function propertyKeyName(key: Node, computed: boolean): string | undefined {
  if (key.type === 'Identifier' && !computed) return key.name as string;
  if (key.type === 'PrivateIdentifier') return `#${key.name as string}`;
  if (key.type === 'Literal') return String(key.value);
  return undefined;
}

/** The name ES gives a function (its `name` property): its own id, else NamedEvaluation by its context. */
function functionName(fn: Node, parent: Node | undefined): string {
  const id = fn.id as Node | null | undefined;
  if (id) return id.name as string;
  if (!parent) return '<anonymous>';
  switch (parent.type) {
    case 'VariableDeclarator':
      if (parent.init === fn && (parent.id as Node).type === 'Identifier') return (parent.id as Node).name as string;
      break;
    case 'AssignmentExpression':
      if (
        parent.right === fn &&
        (parent.left as Node).type === 'Identifier' &&
        ['=', '&&=', '||=', '??='].includes(parent.operator as string)
      )
        return (parent.left as Node).name as string;
      break;
    case 'AssignmentPattern':
      if (parent.right === fn && (parent.left as Node).type === 'Identifier') return (parent.left as Node).name as string;
      break;
    case 'Property':
    case 'MethodDefinition':
    case 'PropertyDefinition':
      if (parent.value === fn) return propertyKeyName(parent.key as Node, parent.computed as boolean) ?? '<anonymous>';
      break;
    case 'ExportDefaultDeclaration':
      return 'default';
  }
  return '<anonymous>';
}

function hasTopLevelAwait(n: Node): boolean {
  if (n.type === 'AwaitExpression') return true;
  if (n.type === 'ForOfStatement' && n.await) return true;
  if (FUNCTION_TYPES.has(n.type)) return false;
  if (n.type === 'PropertyDefinition' || n.type === 'StaticBlock') return false;
  return children(n).some(hasTopLevelAwait);
}

const LEXICAL = new Set([
  'ImportDeclaration',
  'ExportNamedDeclaration',
  'ExportDefaultDeclaration',
  'ExportAllDeclaration',
  'FunctionDeclaration',
  'ClassDeclaration',
]);

/** Whether wrapping a top-level statement in a block would change what it declares. */
function declaresLexically(s: Node): boolean {
  if (LEXICAL.has(s.type)) return true;
  return s.type === 'VariableDeclaration' && s.kind !== 'var';
}

const RAISE = (body: string) => `try {${body}} catch ($e$) { $lanes.x($lane$); throw $e$; }`;

/**
 * `source`: the module text as Node runs it (prelude + program); functions that begin
 * before `programStart` belong to the prelude and are not traced.
 */
export function instrumentForTrace(source: string, programStart = 0, mode: 'module' | 'commonjs' = 'module'): string {
  // A CommonJS script is a function body to Node (a top-level `return` is allowed, `await` is not).
  const options =
    mode === 'module'
      ? ({ ecmaVersion: 'latest', sourceType: 'module', allowAwaitOutsideFunction: true } as const)
      : ({ ecmaVersion: 'latest', sourceType: 'script', allowReturnOutsideFunction: true } as const);
  const program = parse(source, options) as unknown as Node;

  /** `traced`: the innermost function (or the module) is traced, so `$lane$` is its own. */
  function emit(n: Node, traced: boolean, parent: Node | undefined): string {
    if (FUNCTION_TYPES.has(n.type)) return emitFunction(n, parent);
    let text = '';
    let at = n.start;
    for (const c of children(n)) {
      text += source.slice(at, c.start) + emit(c, traced, n);
      at = c.end;
    }
    text += source.slice(at, n.end);
    if (!traced) return text;
    switch (n.type) {
      case 'AwaitExpression':
        return `$lanes.r($lane$, await $lanes.a($lane$, ${emit(n.argument as Node, true, n)}))`;
      case 'BlockStatement':
        // A catch or finally block can be where a rejected await continues.
        if (parent && (parent.type === 'CatchClause' || (parent.type === 'TryStatement' && parent.finalizer === n)))
          return `{ $lanes.p($lane$); ${text.slice(1)}`;
        return text;
      case 'ForOfStatement':
        if (n.await) {
          const left = n.left as Node;
          const body = n.body as Node;
          const bodyText = emit(body, true, n);
          const probed = body.type === 'BlockStatement' ? `{ $lanes.p($lane$); ${bodyText.slice(1)}` : `{ $lanes.p($lane$); ${bodyText} }`;
          const head = `${source.slice(n.start, left.start)}${emit(left, true, n)} of $lanes.it($lane$, ${emit(n.right as Node, true, n)}))`;
          return `{ ${head} ${probed} $lanes.p($lane$); }`;
        }
        return text;
    }
    return text;
  }

  function emitFunction(fn: Node, parent: Node | undefined): string {
    const traced = fn.async === true && fn.generator !== true && fn.start >= programStart;
    const body = fn.body as Node;
    let text = '';
    let at = fn.start;
    for (const c of children(fn)) {
      if (c === body) break;
      text += source.slice(at, c.start) + emit(c, traced, fn);
      at = c.end;
    }
    if (!traced) return text + source.slice(at, body.start) + emit(body, false, fn) + source.slice(body.end, fn.end);
    const name = JSON.stringify(functionName(fn, parent));
    if (body.type === 'BlockStatement') {
      const inner = emit(body, true, fn).slice(1, -1);
      return `${text}${source.slice(at, body.start)}{ const $lane$ = $lanes.s(${name}); ${RAISE(inner)} finally { $lanes.f($lane$); } }`;
    }
    // An expression-bodied arrow (its body may sit in parentheses): a block that returns it.
    const arrow = source.indexOf('=>', at);
    const inner = ` return (${emit(body, true, fn)}); `;
    return `${text}${source.slice(at, arrow + 2)} { const $lane$ = $lanes.s(${name}); ${RAISE(inner)} finally { $lanes.f($lane$); } }`;
  }

  const body = program.body as Node[];
  const moduleTraced = body.some(hasTopLevelAwait);
  if (!moduleTraced) return emit(program, false, undefined);
  let out = 'const $lane$ = $lanes.s("<module>");';
  let at = 0;
  let temps = 0;
  /**
   * `const a = X, b = Y;` → each initializer evaluated inside a try into a temporary, then
   * the declaration binds it: the bindings stay top-level (same TDZ: they are declared
   * later in the same scope either way) and an exception escaping an initializer is the
   * module's raise at the moment it happens.
   */
  const splitDeclaration = (d: Node): string =>
    (d.declarations as Node[])
      .map((decl) => {
        const id = source.slice((decl.id as Node).start, (decl.id as Node).end);
        if (!decl.init) return `${d.kind as string} ${id};`;
        const tmp = `$lanes_tmp${++temps}$`;
        return `let ${tmp}; ${RAISE(` ${tmp} = ${emit(decl.init as Node, true, decl)}; `)} ${d.kind as string} ${id} = ${tmp};`;
      })
      .join(' ');
  for (const s of body) {
    out += source.slice(at, s.start);
    if (s.type === 'VariableDeclaration' && s.kind !== 'var') out += splitDeclaration(s);
    else {
      const text = emit(s, true, program);
      out += declaresLexically(s) ? text : RAISE(` ${text} `);
    }
    at = s.end;
  }
  return `${out}${source.slice(at)}\n$lanes.f($lane$);\n`;
}
