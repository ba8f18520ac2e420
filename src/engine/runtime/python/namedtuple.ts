/**
 * `collections.namedtuple` (Lib/collections/__init__.py): a tuple subclass whose fields are
 * also attributes.
 *
 * An instance is the engine's ordinary tuple (PyTuple) with its class recorded in
 * `PyRuntime.tupleTypes` (as dict subclasses are in `dictTypes`), so indexing, unpacking,
 * `len`, iteration, comparison and hashing are the tuple's own, and `==` with a plain tuple
 * of the same items holds, as in CPython. `typeOf` answers the class, so a field is a
 * descriptor found on it (CPython's `_tuplegetter`), and a class statement may derive from
 * it and add methods or its own `__repr__`.
 *
 * What the generated class has: `__new__` with the field names as parameters (and
 * `defaults` for the rightmost), `__repr__` `Point(x=1, y=2)`, `_make`, `_replace`,
 * `_asdict`, `_fields`, `_field_defaults`, `__match_args__`, and `rename=True`; the messages of
 * a bad field name are CPython's.
 */
import { None, type PyClass, PyDict, PyTuple, type CallArgs, type Value } from '../values';
import { keyword, positional } from './args';
import { defineBuiltinClass, pyNative } from './classes';
import { newDict } from './equality';
import { NativeGetSet, PyClassMethod } from './objects';
import { pyRepr } from './formatting';
import { toArray } from './iteration';
import type { PyRuntime } from './state';
import { typeName } from './types';
import { unexpectedKeyword } from './suggestions';

const KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(
    ' ',
  ),
);
const IDENTIFIER = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_]*$/u;

/** `cls.__new__`'s argument binding: the fields by position or by name, defaults on the right. */
function bindFields(rt: PyRuntime, cls: PyClass, fields: readonly string[], defaults: readonly Value[], a: CallArgs): Value[] {
  const n = fields.length;
  const given = a.positional;
  if (given.length > n) {
    throw rt.error('TypeError', `${cls.name}.__new__() takes ${n + 1} positional arguments but ${given.length + 1} were given`);
  }
  const values: (Value | undefined)[] = fields.map((_, i) => given[i]);
  for (const [k, v] of a.keywords ?? []) {
    const i = fields.indexOf(k);
    if (i < 0) throw rt.error('TypeError', `${cls.name}.__new__() ${unexpectedKeyword(k, fields)}`);
    if (values[i] !== undefined) throw rt.error('TypeError', `${cls.name}.__new__() got multiple values for argument '${k}'`);
    values[i] = v;
  }
  const firstDefault = n - defaults.length;
  const missing: string[] = [];
  values.forEach((v, i) => {
    if (v !== undefined) return;
    if (i >= firstDefault) values[i] = defaults[i - firstDefault];
    else missing.push(`'${fields[i]}'`);
  });
  if (missing.length > 0) {
    const list =
      missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')}${missing.length > 2 ? ',' : ''} and ${missing.at(-1)}`;
    throw rt.error(
      'TypeError',
      `${cls.name}.__new__() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${list}`,
    );
  }
  return values as Value[];
}

/** The field names: a string split on commas and spaces, or a sequence of strings; then the checks. */
function fieldNames(rt: PyRuntime, typename: string, spec: Value, rename: boolean): string[] {
  const names =
    typeof spec === 'string' ? spec.replace(/,/g, ' ').split(/\s+/).filter(Boolean) : toArray(rt, spec).map((v) => rt.realm.py.display(v));
  if (rename) {
    const seen = new Set<string>();
    names.forEach((name, i) => {
      if (!IDENTIFIER.test(name) || KEYWORDS.has(name) || name.startsWith('_') || seen.has(name)) names[i] = `_${i}`;
      seen.add(names[i]!);
    });
  }
  checkFieldNames(rt, typename, names, rename);
  return names;
}

/** collections.namedtuple's checks of the type name and the field names, in its order. */
export function checkFieldNames(rt: PyRuntime, typename: string, names: readonly string[], rename = false): void {
  for (const name of [typename, ...names]) {
    if (!IDENTIFIER.test(name)) throw rt.error('ValueError', `Type names and field names must be valid identifiers: ${pyRepr(rt, name)}`);
    if (KEYWORDS.has(name)) throw rt.error('ValueError', `Type names and field names cannot be a keyword: ${pyRepr(rt, name)}`);
  }
  const seen = new Set<string>();
  for (const name of names) {
    if (name.startsWith('_') && !rename) throw rt.error('ValueError', `Field names cannot start with an underscore: ${pyRepr(rt, name)}`);
    if (seen.has(name)) throw rt.error('ValueError', `Encountered duplicate field name: ${pyRepr(rt, name)}`);
    seen.add(name);
  }
}

export function namedtupleFunction(rt: PyRuntime) {
  const realm = rt.realm;
  return pyNative('namedtuple', (_self, a) => {
    const [typenameArg, spec] = positional(rt, 'namedtuple', a, 0, 2, ['typename', 'field_names', 'rename', 'defaults', 'module']);
    const typename = typenameArg ?? keyword(a, 'typename');
    const fieldsArg = spec ?? keyword(a, 'field_names');
    if (typename === undefined || fieldsArg === undefined) {
      throw rt.error('TypeError', "namedtuple() missing required argument: 'typename' or 'field_names'");
    }
    const name = rt.realm.py.display(typename);
    const rename = realm.py.truthy(keyword(a, 'rename') ?? false);
    const fields = fieldNames(rt, name, fieldsArg, rename);
    const defaultsArg = keyword(a, 'defaults');
    const defaults = defaultsArg === undefined || defaultsArg === None ? [] : toArray(rt, defaultsArg);
    if (defaults.length > fields.length) throw rt.error('TypeError', 'Got more default values than field names');
    const moduleArg = keyword(a, 'module');
    return namedtupleClass(
      rt,
      name,
      fields,
      defaults,
      moduleArg === undefined || moduleArg === None ? '__main__' : realm.py.display(moduleArg),
    );
  });
}

/** The class `namedtuple(name, fields, defaults=..., module=...)` makes (also typing.NamedTuple's). */
export function namedtupleClass(rt: PyRuntime, name: string, fields: string[], defaults: Value[], module: string): PyClass {
  {
    const realm = rt.realm;
    const tuple = rt.cls('tuple');

    const items = (self: Value): readonly Value[] => {
      if (!(self instanceof PyTuple))
        throw rt.error('TypeError', `descriptor requires a '${name}' object but received a '${typeName(rt, self)}'`);
      return self.items;
    };
    const make = (cls: PyClass, values: Value[]): PyTuple => {
      const t = new PyTuple(values);
      rt.tupleTypes.set(t, cls);
      return t;
    };
    const cls: PyClass = defineBuiltinClass(realm, name, [tuple], {
      module,
      register: false,
      construct: (c, args) => make(c, bindFields(rt, c, fields, defaults, args)),
      methods: {
        __repr__: (self) => {
          const it = items(self);
          const cname = typeName(rt, self);
          return `${cname}(${fields.map((f, i) => `${f}=${pyRepr(rt, it[i])}`).join(', ')})`;
        },
        _asdict: (self) => {
          const it = items(self);
          return newDict(
            rt,
            fields.map((f, i) => [f, it[i]] as [Value, Value]),
          );
        },
        _replace: (self, args) => {
          positional(rt, '_replace', args, 0, 0, fields);
          const values = [...items(self)];
          for (const [k, v] of args.keywords ?? []) {
            const i = fields.indexOf(k);
            if (i < 0) throw rt.error('ValueError', `Got unexpected field names: [${pyRepr(rt, k)}]`);
            values[i] = v;
          }
          return make(rt.tupleTypes.get(self as PyTuple) ?? cls, values);
        },
        __getnewargs__: (self) => new PyTuple([...items(self)]),
      },
      attrs: {
        _fields: new PyTuple(fields),
        __match_args__: new PyTuple(fields),
        __slots__: new PyTuple([]),
      },
    });
    cls.dict.set(
      '_field_defaults',
      newDict(
        rt,
        defaults.map((d, i) => [fields[fields.length - defaults.length + i]!, d] as [Value, Value]),
      ),
    );
    cls.dict.set(
      '_make',
      new PyClassMethod(
        pyNative('_make', (c, args) => {
          const values = toArray(rt, positional(rt, '_make', args, 1, 1)[0]);
          if (values.length !== fields.length) throw rt.error('TypeError', `Expected ${fields.length} arguments, got ${values.length}`);
          return make(c as PyClass, values);
        }),
      ),
    );
    // The fields: `_tuplegetter(index, doc)`, read-only like CPython's.
    fields.forEach((f, i) => {
      cls.dict.set(
        f,
        new NativeGetSet(
          f,
          (self) => (self instanceof PyTuple ? self.items[i]! : new NativeGetSet(f, () => None)),
          () => {
            throw rt.error('AttributeError', "can't set attribute");
          },
        ),
      );
    });
    return cls;
  }
}

/**
 * `class P(typing.NamedTuple): x: int; y: int = 0` (typing.py NamedTupleMeta): the namedtuple
 * of the annotated names, in order, their values the defaults; the class body's other names
 * (methods, docstring) are set on it.
 */
export function namedTupleFromClassBody(rt: PyRuntime, name: string, ns: Map<string, Value>): PyClass {
  const ann = ns.get('__annotations__');
  const fields: string[] = [];
  const defaults: Value[] = [];
  if (ann instanceof PyDict) {
    for (const e of ann.entries.values()) {
      const field = e.key as string;
      const dflt = ns.get(field);
      if (dflt !== undefined) defaults.push(dflt);
      else if (defaults.length > 0) {
        const prev = fields.filter((f) => ns.has(f)).at(-1);
        throw rt.error(
          'TypeError',
          `Non-default namedtuple field ${field} cannot follow default field${defaults.length > 1 ? 's' : ''} ${prev}`,
        );
      }
      fields.push(field);
    }
  }
  for (const f of fields) {
    if (f.startsWith('_')) throw rt.error('ValueError', `Field names cannot start with an underscore: ${pyRepr(rt, f)}`);
  }
  const module = ns.get('__module__');
  const cls = namedtupleClass(rt, name, fields, defaults, typeof module === 'string' ? module : '__main__');
  for (const [k, v] of ns) {
    if (fields.includes(k) || k === '__module__' || k === '__qualname__') continue;
    if (['_make', '_fields', '_field_defaults', '_replace', '_asdict', '__new__', '__init__', '__slots__', '__getnewargs__'].includes(k))
      throw rt.error('AttributeError', `Cannot overwrite NamedTuple attribute ${k}`);
    cls.dict.set(k, v);
  }
  const q = ns.get('__qualname__');
  if (typeof q === 'string') cls.qualname = q;
  return cls;
}
