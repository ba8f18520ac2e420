/**
 * How V8 spells an expression in `X is not a function` and `X is not iterable`: its
 * CallPrinter (src/ast/prettyprinter.cc), which prints the expression the error is about from
 * the parser's AST, as the parser left it. So what V8's parser folds, V8 prints folded: numeric
 * operations on two number literals (`(2 * 3).f()` is `6.f`), `-`/`+`/`~` of a number literal,
 * `!` of any literal (`!0` is `true`). What it cannot spell is `(intermediate value)`: in
 * every position that CallPrinter visits without printing (an object literal's values, a
 * conditional's three parts, a function, a `new`), the words once each.
 */
import type { Expr } from '../ir/nodes';

/**
 * Callee texts already spelled, per IR node. Every call in a chain `f()()()…` spells its
 * whole callee, so without this a chain N deep costs O(N²) to compile (issue 10: 3,000
 * calls took a fifth of a second per run); with it each level appends to the text of the
 * level below, which the host keeps as a rope rather than a copy.
 */
const spelled = new WeakMap<Expr, string>();

const INTERMEDIATE = '(intermediate value)';

/** V8's text for `x` (CallPrinter's Find(x, true): the expression, or "(intermediate value)"). */
export function calleeText(x: Expr): string {
  let text = spelled.get(x);
  if (text === undefined) {
    text = spell(x);
    spelled.set(x, text);
  }
  return text;
}

/** A literal V8's parser has made of `x` (Parser::BuildUnaryExpression, ShortcutNumericLiteralBinaryExpression). */
type Folded = { value: number | string | boolean | null } | undefined;

function folded(x: Expr): Folded {
  switch (x.kind) {
    case 'Num':
      return x.big === undefined ? { value: x.value } : undefined;
    case 'Str':
      return { value: x.value };
    case 'Bool':
      return { value: x.value };
    case 'Null':
      return { value: null };
    case 'Unary': {
      const inner = folded(x.operand);
      if (inner === undefined) return undefined;
      if (x.op === 'not') return { value: !inner.value };
      if (typeof inner.value !== 'number') return undefined;
      if (x.op === '-') return { value: -inner.value };
      if (x.op === '+') return inner;
      if (x.op === '~') return { value: ~inner.value };
      return undefined;
    }
    case 'BinOp': {
      const l = folded(x.left);
      const r = folded(x.right);
      if (typeof l?.value !== 'number' || typeof r?.value !== 'number') return undefined;
      const a = l.value;
      const b = r.value;
      switch (x.op) {
        case '+':
          return { value: a + b };
        case '-':
          return { value: a - b };
        case '*':
          return { value: a * b };
        case '/':
          return { value: a / b };
        case '%':
          return { value: a % b };
        case '**':
          return { value: a ** b };
        case '<<':
          return { value: a << b };
        case '>>':
          return { value: a >> b };
        case '>>>':
          return { value: a >>> b };
        case '&':
          return { value: a & b };
        case '|':
          return { value: a | b };
        case '^':
          return { value: a ^ b };
        default:
          return undefined;
      }
    }
    default:
      return undefined;
  }
}

/** Whether V8's parser makes a literal of `x` (`-1`, `2 * 3`, `!0`). */
export function isFoldedLiteral(x: Expr): boolean {
  return folded(x) !== undefined;
}

/** CallPrinter::PrintLiteral: strings in double quotes, unescaped. */
function literalText(v: number | string | boolean | null): string {
  return typeof v === 'string' ? `"${v}"` : String(v);
}

const UNARY: Record<string, string> = { not: '!', '-': '-', '+': '+', '~': '~', typeof: 'typeof ', void: 'void ', delete: 'delete ' };

function spell(x: Expr): string {
  const f = folded(x);
  if (f !== undefined) return literalText(f.value);
  switch (x.kind) {
    case 'Name':
      return x.id;
    case 'Member':
      return `${calleeText(x.object)}${x.optional ? '?.' : '.'}${x.property}`;
    case 'Index': {
      const i = x.index;
      // V8 prints a string-literal key that is not an array index as a property name: o['k'] → o.k.
      if (i.kind === 'Str' && !/^(0|[1-9]\d*)$/.test(i.value)) return `${calleeText(x.object)}${x.optional ? '?.' : '.'}${i.value}`;
      return `${calleeText(x.object)}[${calleeText(i)}]`;
    }
    case 'Call':
      return `${calleeText(x.callee)}(...)`;
    case 'This':
      return 'this';
    case 'PrivateName':
      return x.name; // V8 prints `o[#x] is not a function`
    case 'SuperMember':
      return `super.${x.property}`;
    case 'Undefined':
      return 'undefined';
    case 'RegExp':
      // The flags in V8's flag-list order (RegExpFlags: d g i l m s u v y), whatever the source's.
      return `/${x.pattern}/${[...'dgilmsuvy'].filter((c) => x.flags.includes(c)).join('')}`;
    case 'Template':
      // A template with substitutions prints only them; without any it is a string literal.
      return x.parts.length === 0 ? literalText(x.quasis.join('')) : x.parts.map((p) => calleeText(p.expr)).join('');
    case 'List':
      return `[${x.elements.map((el, i) => (x.holes?.includes(i) ? INTERMEDIATE : calleeText(el))).join(',')}]`;
    case 'Spread':
      return `(...${calleeText(x.value)})`;
    case 'Object':
      return `{${x.props.map(() => INTERMEDIATE).join('')}}`;
    case 'Cond':
      return INTERMEDIATE.repeat(3);
    case 'Unary':
      return `(${UNARY[x.op] ?? x.op}${calleeText(x.operand)})`;
    case 'BinOp':
      return `(${naryText(x, x.op)})`;
    case 'Logical':
      return `(${naryText(x, x.op === 'and' ? '&&' : x.op === 'or' ? '||' : '??')})`;
    case 'Compare':
      return x.ops.length === 1 ? `(${calleeText(x.left)} ${x.ops[0]} ${calleeText(x.comparators[0]!)})` : INTERMEDIATE;
    case 'Sequence':
      return `(${x.exprs.map(calleeText).join(' , ')})`;
    case 'AssignExpr':
      // VisitAssignment prints only its target.
      return x.target.kind === 'Name' || x.target.kind === 'Member' || x.target.kind === 'Index' ? calleeText(x.target) : INTERMEDIATE;
    case 'Update':
      return x.target.kind === 'Name' || x.target.kind === 'Member' || x.target.kind === 'Index'
        ? `(${x.prefix ? x.op : ''}${calleeText(x.target)}${x.prefix ? '' : x.op})`
        : INTERMEDIATE;
    default:
      return INTERMEDIATE;
  }
}

/**
 * A chain of one operator down the left side (`a + b + c`) is one NaryOperation in V8's AST,
 * printed flat (`(a + b + c)`); a different operator nests (`(a + (b * c))`). A folded
 * left part (`1 + 2 + a`, which the parser made `3 + a`) ends the chain.
 */
function naryText(x: Expr & { left: Expr; right: Expr }, op: string): string {
  const left = x.left;
  const sameOp =
    folded(left) === undefined &&
    ((left.kind === 'BinOp' && x.kind === 'BinOp' && left.op === x.op) ||
      (left.kind === 'Logical' && x.kind === 'Logical' && left.op === x.op));
  const leftText = sameOp ? naryText(left as Expr & { left: Expr; right: Expr }, op) : calleeText(left);
  return `${leftText} ${op} ${calleeText(x.right)}`;
}

/**
 * The callee text a call keeps for its not-callable message. JS calls always keep V8's. A
 * Python call keeps one only under `js`, where a Python snippet reads its asyncio names from
 * shims/asyncio.js (a JS object): a name the shim lacks (`asyncio.wait_for`, a task's
 * `.cancel`) reads `undefined` there, and Node running the line-by-line twin says
 * `TypeError: asyncio.wait_for is not a function`, naming the construct, where Python's
 * wording would say only `'undefined' object is not callable` (issue 10). Only a plain
 * dotted name is kept: that is what the twin writes the same way.
 */
export function keptCalleeText(x: Expr, lang: 'py' | 'js', model: string): string | undefined {
  if (lang === 'js') return calleeText(x);
  if (model !== 'js') return undefined;
  let at: Expr = x;
  while (at.kind === 'Member') at = at.object;
  return at.kind === 'Name' ? calleeText(x) : undefined;
}
