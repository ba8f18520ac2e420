/**
 * A minimal `typing` module: the names type hints use import and subscript without error
 * (`List[int]`, `Optional[str]`, `Dict[str, Any]`, `ClassVar[int]`, `Callable[..., Awaitable[T]]`),
 * `TypeVar`, `cast`, `TYPE_CHECKING`, and `Generic` / `Protocol` as empty base classes.
 *
 * Function annotations are never evaluated (CPython 3.14 evaluates them lazily, only on
 * request), and class annotations are evaluated with a fallback to their source text
 * (interp/classes-py.ts), so these objects only have to exist and be subscriptable; their
 * reprs follow typing's (`typing.List[int]`, `~T`). No runtime checking is modelled.
 */
import { None, PyInstance, PyModule, PyTuple, type Value } from '../values';
import { defineBuiltinClass, pyNative } from './classes';
import { pyRepr } from './formatting';
import type { PyRuntime } from './state';
import { positional } from './args';
import { dictSet, newDict } from './equality';
import { toArray } from './iteration';
import { checkFieldNames, namedTupleFromClassBody } from './namedtuple';
import { isPyException } from './exceptions';
import { typeName } from './types';

const SPECIAL = [
  'Any',
  'Optional',
  'Union',
  'List',
  'Dict',
  'Set',
  'FrozenSet',
  'Tuple',
  'Type',
  'Callable',
  'Awaitable',
  'Coroutine',
  'AsyncIterator',
  'AsyncIterable',
  'AsyncGenerator',
  'Iterator',
  'Iterable',
  'Generator',
  'Sequence',
  'Mapping',
  'MutableMapping',
  'MutableSequence',
  'Deque',
  'DefaultDict',
  'Counter',
  'ClassVar',
  'Final',
  'Literal',
  'Annotated',
  'NoReturn',
  'Never',
  'Self',
  'LiteralString',
  'TypeAlias',
  'Hashable',
  'Sized',
];

/** `n, t = p` for one (name, type) pair of NamedTuple('P', [...]), with CPython's unpacking errors. */
function fieldPair(rt: PyRuntime, p: Value): [Value, Value] {
  let items: Value[];
  try {
    items = toArray(rt, p);
  } catch (e) {
    if (isPyException(rt, e, 'TypeError')) throw rt.error('TypeError', `cannot unpack non-iterable ${typeName(rt, p)} object`);
    throw e;
  }
  if (items.length < 2) throw rt.error('ValueError', `not enough values to unpack (expected 2, got ${items.length})`);
  if (items.length > 2) {
    const known = Array.isArray(p) || p instanceof PyTuple || typeof p === 'string';
    throw rt.error('ValueError', `too many values to unpack (expected 2${known ? `, got ${items.length}` : ''})`);
  }
  return [items[0], items[1]];
}

export function installTyping(rt: PyRuntime): PyModule {
  const m = new PyModule('typing');
  m.dict.set('__name__', 'typing');
  const formClass = defineBuiltinClass(rt.realm, '_SpecialForm', [rt.cls('object')], { module: 'typing', register: false });
  const names = new WeakMap<PyInstance, string>();
  const form = (text: string): PyInstance => {
    const o = new PyInstance(formClass);
    names.set(o, text);
    return o;
  };
  const show = (v: Value): string => {
    if (v instanceof PyInstance && names.has(v)) return names.get(v)!;
    if (v === None) return 'None';
    return (v as { typeName?: string }).typeName === 'type' ? ((v as unknown as { name: string }).name ?? pyRepr(rt, v)) : pyRepr(rt, v);
  };
  formClass.dict.set(
    '__repr__',
    pyNative('__repr__', (self) => names.get(self as PyInstance) ?? 'typing.?'),
  );
  formClass.dict.set(
    '__getitem__',
    pyNative('__getitem__', (self, a) => {
      const key = a.positional[0]!;
      const args = key instanceof PyTuple ? key.items : [key];
      const head = names.get(self as PyInstance);
      // Since 3.14 Optional[X] and Union[...] are types.UnionType: `X | None`, `int | str`.
      if (head === 'typing.Optional') return form(`${show(args[0])} | None`);
      if (head === 'typing.Union') return form(args.map(show).join(' | '));
      return form(`${head}[${args.map(show).join(', ')}]`);
    }),
  );
  formClass.dict.set(
    '__call__',
    pyNative('__call__', (self) => {
      throw rt.error('TypeError', `Cannot instantiate ${names.get(self as PyInstance)}`);
    }),
  );
  for (const n of SPECIAL) m.dict.set(n, form(`typing.${n}`));
  m.dict.set(
    'TypeVar',
    pyNative('TypeVar', (_s, a) => form(`~${String(a.positional[0])}`)),
  );
  m.dict.set(
    'NewType',
    pyNative('NewType', (_s, a) => a.positional[1] ?? None),
  );
  m.dict.set(
    'cast',
    pyNative('cast', (_s, a) => a.positional[1] ?? None),
  );
  m.dict.set('TYPE_CHECKING', false);
  // NamedTuple: a class statement deriving from it makes a namedtuple (namedtuple.ts); called,
  // NamedTuple('P', [('x', int), ...]) makes one from (name, type) pairs.
  const namedTuple = defineBuiltinClass(rt.realm, 'NamedTuple', [rt.cls('object')], {
    module: 'typing',
    register: false,
    construct: (_c, a) => {
      const [typename, pairs] = positional(rt, 'NamedTuple', a, 1, 2);
      if (typeof typename !== 'string') throw rt.error('TypeError', `NamedTuple() argument 1 must be str, not ${typeName(rt, typename)}`);
      const ns = new Map<string, Value>();
      const ann = newDict(rt, []);
      // typing._make_nmtuple: `[n for n, t in fields]`, then collections.namedtuple's checks
      // of `map(str, names)`, before the annotations dict (which would merge a repeated name).
      const fields = (pairs === undefined ? [] : toArray(rt, pairs)).map((p) => fieldPair(rt, p));
      const names = fields.map(([k]) => rt.realm.py.display(k));
      checkFieldNames(rt, typename, names);
      fields.forEach(([, v], i) => dictSet(rt, ann, names[i]!, v));
      for (const [k, v] of a.keywords ?? []) dictSet(rt, ann, k, v);
      ns.set('__annotations__', ann);
      return namedTupleFromClassBody(rt, typename, ns);
    },
  });
  rt.classBuilders.set(namedTuple, (name, ns) => namedTupleFromClassBody(rt, name, ns));
  m.dict.set('NamedTuple', namedTuple);
  for (const base of ['Generic', 'Protocol']) {
    m.dict.set(base, defineBuiltinClass(rt.realm, base, [rt.cls('object')], { module: 'typing', register: false }));
  }
  return m;
}
