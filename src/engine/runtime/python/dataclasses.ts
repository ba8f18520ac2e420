/**
 * The `dataclasses` module (Lib/dataclasses.py, CPython 3.14), for the common uses:
 * `@dataclass` / `@dataclass(eq=, order=, frozen=, repr=, init=, unsafe_hash=)`,
 * `@dataclass(kw_only=, slots=)`, `field(default=, default_factory=, init=, repr=, compare=,
 * hash=, kw_only=)`, `KW_ONLY`, `fields`, `asdict`, `astuple`, `replace`, `is_dataclass`,
 * `FrozenInstanceError`, `MISSING`.
 *
 * Fields come from the class's `__annotations__` (collected by the front-end, see
 * ClassDef.annotations) after those of dataclass bases, `ClassVar` annotations excluded.
 * The generated methods behave as the ones dataclasses.py writes with exec():
 *  - `__init__(self, a, b=default, c=<factory>, *, d)`: keyword-only fields (kw_only, or
 *    after a `_: KW_ONLY` annotation) after the others, and CPython's argument errors,
 *    qualified by `Class.__init__()`; then `__post_init__` if the class has one;
 *  - `__repr__`: `QualName(a=repr(a), ...)` over the repr=True fields;
 *  - `__eq__` / order methods: compare field tuples when `other.__class__ is self.__class__`,
 *    else NotImplemented;
 *  - `__hash__`: hash of the field tuple when eq and frozen; set to None when eq and not
 *    frozen (instances unhashable); untouched otherwise (the `_hash_action` table);
 *  - frozen: `__setattr__` / `__delattr__` raise FrozenInstanceError for the fields;
 *  - slots: `__slots__` of the field names (slots.ts), so instances have no `__dict__`
 *    (CPython makes a new class; this one is changed in place).
 * Not modelled: InitVar, match_args=False, weakref_slot.
 */
import { None, PyClass, PyDict, PyInstance, PyTuple, type CallArgs, type Value } from '../values';
import { Thrown } from '../thrown';
import { getAttr, genericSetAttr, delAttr } from './attributes';
import { call, callArgs } from './calls';
import { addMembers, defineBuiltinClass, defineExceptionClass, invalidateLookups, isSubclass, lookupMro, pyNative } from './classes';
import { compare } from './comparisons';
import { hashOf, newDict, pyEquals } from './equality';
import { guarded, pyRepr } from './formatting';
import { NotImplemented } from './objects';
import type { PyRuntime } from './state';
import { typeName } from './types';
import { installSlots } from './slots';
import { PyModule } from '../values';
import { unexpectedKeyword } from './suggestions';

/** A dataclasses.Field: what `field()` returns and `fields()` lists. */
interface FieldSpec {
  name: string;
  type: Value;
  default: Value | undefined;
  factory: Value | undefined;
  init: boolean;
  repr: boolean;
  compare: boolean;
  hash: Value;
  /** Keyword-only in `__init__`; undefined until the class decides (field(kw_only=MISSING)). */
  kwOnly: boolean | undefined;
}

const MISSING_NAME = 'MISSING';

export function installDataclasses(rt: PyRuntime): PyModule {
  const realm = rt.realm;
  const m = new PyModule('dataclasses');
  m.dict.set('__name__', 'dataclasses');
  const frozenError = defineExceptionClass(realm, 'FrozenInstanceError', 'AttributeError', 'dataclasses');
  const fieldClass = defineBuiltinClass(realm, 'Field', [rt.cls('object')], { module: 'dataclasses', register: false });
  const missingClass = defineBuiltinClass(realm, '_MISSING_TYPE', [rt.cls('object')], { module: 'dataclasses', register: false });
  const MISSING = new PyInstance(missingClass);
  missingClass.dict.set(
    '__repr__',
    pyNative('__repr__', () => '<dataclasses._MISSING_TYPE object>'),
  );
  const specs = new WeakMap<PyInstance, FieldSpec>();
  const classFields = new WeakMap<PyClass, FieldSpec[]>();

  const fieldObject = (f: FieldSpec): PyInstance => {
    const o = new PyInstance(fieldClass);
    specs.set(o, f);
    o.dict.set('name', f.name);
    o.dict.set('type', f.type);
    o.dict.set('default', f.default ?? MISSING);
    o.dict.set('default_factory', f.factory ?? MISSING);
    o.dict.set('init', f.init);
    o.dict.set('repr', f.repr);
    o.dict.set('compare', f.compare);
    o.dict.set('hash', f.hash);
    o.dict.set('kw_only', f.kwOnly === undefined ? MISSING : f.kwOnly);
    return o;
  };
  // dataclasses.py defines Field in Python: called through the class without an instance,
  // `Field.__repr__()` is a missing-self TypeError; an instance whose fields were never set
  // (made by `object.__new__(Field)`) fails on its first attribute, as Field.__repr__ does.
  addMembers(fieldClass, {
    pythonLevel: true,
    accepts: (v) => v instanceof PyInstance && isSubclass(v.cls, fieldClass),
    methods: {
      __repr__: (self) => {
        const f = specs.get(self as PyInstance);
        if (!f) throw rt.error('AttributeError', `'Field' object has no attribute 'name'`);
        const show = (v: Value | undefined) => (v === undefined ? 'MISSING' : pyRepr(rt, v));
        return `Field(name=${f.name ? pyRepr(rt, f.name) : 'None'},type=${pyRepr(rt, f.type)},default=${show(f.default)},default_factory=${show(f.factory)},init=${f.init ? 'True' : 'False'},repr=${f.repr ? 'True' : 'False'},hash=${pyRepr(rt, f.hash)},compare=${f.compare ? 'True' : 'False'},metadata=mappingproxy({}),kw_only=${f.kwOnly === undefined ? 'MISSING' : f.kwOnly ? 'True' : 'False'},doc=None,_field_type=_FIELD)`;
      },
    },
  });

  const kw = (a: CallArgs, name: string): Value | undefined => a.keywords?.get(name);
  const flag = (a: CallArgs, name: string, dflt: boolean): boolean => {
    const v = kw(a, name);
    return v === undefined ? dflt : rt.realm.py.truthy(v);
  };
  const given = (v: Value | undefined) => v !== undefined && v !== MISSING;

  m.dict.set(
    'field',
    pyNative('field', (_self, a) => {
      if (a.positional.length > 0)
        throw rt.error('TypeError', `field() takes 0 positional arguments but ${a.positional.length} were given`);
      const dflt = kw(a, 'default');
      const factory = kw(a, 'default_factory');
      if (given(dflt) && given(factory)) throw rt.error('ValueError', 'cannot specify both default and default_factory');
      return fieldObject({
        name: '',
        type: None,
        default: given(dflt) ? dflt : undefined,
        factory: given(factory) ? factory : undefined,
        init: flag(a, 'init', true),
        repr: flag(a, 'repr', true),
        compare: flag(a, 'compare', true),
        hash: kw(a, 'hash') ?? None,
        kwOnly: given(kw(a, 'kw_only')) ? flag(a, 'kw_only', false) : undefined,
      });
    }),
  );

  const isClassVar = (t: Value) => typeof t === 'string' && /^(typing\.)?ClassVar\b/.test(t);
  /** The `KW_ONLY` sentinel's class: a field annotated with it marks the fields after it keyword-only. */
  const kwOnlyClass = defineBuiltinClass(realm, 'KW_ONLY', [rt.cls('object')], { module: 'dataclasses', register: false });
  const isKwOnlyMarker = (t: Value) => t === kwOnlyClass || (typeof t === 'string' && /^(dataclasses\.)?KW_ONLY$/.test(t));

  /** _process_class: collect the fields, then add the methods. */
  const process = (
    cls: PyClass,
    o: { init: boolean; repr: boolean; eq: boolean; order: boolean; frozen: boolean; unsafeHash: boolean; kwOnly: boolean; slots: boolean },
  ): PyClass => {
    const all = new Map<string, FieldSpec>();
    for (let i = cls.mro.length - 1; i >= 1; i--) {
      for (const f of classFields.get(cls.mro[i]!) ?? []) all.set(f.name, f);
    }
    const ann = cls.dict.get('__annotations__');
    const own: FieldSpec[] = [];
    let kwOnlyFromHere = o.kwOnly;
    if (ann instanceof PyDict) {
      for (const e of ann.entries.values()) {
        const name = e.key as string;
        const type = e.value;
        if (isClassVar(type) || (type instanceof PyInstance && /ClassVar/.test(pyRepr(rt, type)))) continue;
        if (isKwOnlyMarker(type)) {
          kwOnlyFromHere = true;
          continue;
        }
        const attr = cls.dict.get(name);
        let f: FieldSpec;
        if (attr instanceof PyInstance && specs.has(attr)) {
          f = { ...specs.get(attr)!, name, type };
          f.kwOnly ??= kwOnlyFromHere;
          if (f.default !== undefined) cls.dict.set(name, f.default);
          else cls.dict.delete(name);
        } else {
          f = { name, type, default: attr, factory: undefined, init: true, repr: true, compare: true, hash: None, kwOnly: kwOnlyFromHere };
        }
        if (f.default !== undefined && (Array.isArray(f.default) || f.default instanceof PyDict || typeName(rt, f.default) === 'set')) {
          throw rt.error(
            'ValueError',
            `mutable default <class '${typeName(rt, f.default)}'> for field ${name} is not allowed: use default_factory`,
          );
        }
        own.push(f);
        all.set(name, f);
      }
    }
    const fields = [...all.values()];
    classFields.set(cls, fields);
    cls.dict.set(
      '__dataclass_fields__',
      newDict(
        rt,
        fields.map((f) => [f.name, fieldObject(f)] as [Value, Value]),
      ),
    );
    const qual = () => cls.qualname;
    const valuesOf = (self: Value, which: (f: FieldSpec) => boolean) =>
      new PyTuple(fields.filter(which).map((f) => getAttr(rt, self, f.name)));
    const setOwn = (self: Value, name: string, v: Value) => {
      if (o.frozen && self instanceof PyInstance) genericSetAttr(rt, self, name, v);
      else rt.realm.py.setAttr(self, name, v);
    };

    if (o.init && !cls.dict.has('__init__')) {
      // _init_fn: the keyword-only fields come after the others, whatever their order in the class.
      const params = fields.filter((f) => f.init && !f.kwOnly);
      const kwParams = fields.filter((f) => f.init && f.kwOnly);
      const named = [...params, ...kwParams];
      let seenDefault: FieldSpec | undefined;
      for (const f of params) {
        const hasDefault = f.default !== undefined || f.factory !== undefined;
        if (!hasDefault && seenDefault)
          throw rt.error('TypeError', `non-default argument '${f.name}' follows default argument '${seenDefault.name}'`);
        if (hasDefault) seenDefault ??= f;
      }
      cls.dict.set(
        '__init__',
        pyNative('__init__', (self, a) => {
          const name = `${qual()}.__init__()`;
          const pos = a.positional;
          const required = params.filter((f) => f.default === undefined && f.factory === undefined).length;
          if (pos.length > params.length) {
            const takes = required === params.length ? `${params.length + 1}` : `from ${required + 1} to ${params.length + 1}`;
            throw rt.error(
              'TypeError',
              `${name} takes ${takes} positional argument${params.length === 0 ? '' : 's'} but ${pos.length + 1} were given`,
            );
          }
          const values = new Map<string, Value>();
          params.forEach((f, i) => {
            if (i < pos.length) values.set(f.name, pos[i]);
          });
          for (const [k, v] of a.keywords ?? []) {
            const f = named.find((p) => p.name === k);
            if (!f)
              throw rt.error(
                'TypeError',
                `${name} ${unexpectedKeyword(
                  k,
                  named.map((p) => p.name),
                )}`,
              );
            if (values.has(k)) throw rt.error('TypeError', `${name} got multiple values for argument '${k}'`);
            values.set(k, v);
          }
          // As Python binds the generated signature: missing positional arguments first, then keyword-only ones.
          for (const [group, kind] of [
            [params, 'positional'],
            [kwParams, 'keyword-only'],
          ] as const) {
            const missing = group
              .filter((f) => !values.has(f.name) && f.default === undefined && f.factory === undefined)
              .map((f) => `'${f.name}'`);
            if (missing.length > 0) {
              const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
              throw rt.error(
                'TypeError',
                `${name} missing ${missing.length} required ${kind} argument${missing.length === 1 ? '' : 's'}: ${list}`,
              );
            }
          }
          for (const f of fields) {
            if (f.init && values.has(f.name)) setOwn(self, f.name, values.get(f.name));
            else if (f.factory !== undefined) setOwn(self, f.name, call(rt, f.factory, []));
            else if (f.init && f.default !== undefined) setOwn(self, f.name, f.default);
          }
          const post = lookupMro(cls, '__post_init__');
          if (post !== undefined) callArgs(rt, getAttr(rt, self, '__post_init__'), { positional: [] });
          return None;
        }),
      );
    }
    if (o.repr && !cls.dict.has('__repr__')) {
      cls.dict.set(
        '__repr__',
        pyNative('__repr__', (self) =>
          guarded(rt, self as object, '...', () => {
            const parts = fields.filter((f) => f.repr).map((f) => `${f.name}=${pyRepr(rt, getAttr(rt, self, f.name))}`);
            return `${(self as PyInstance).cls.qualname}(${parts.join(', ')})`;
          }),
        ),
      );
    }
    const sameClass = (self: Value, other: Value) => other instanceof PyInstance && self instanceof PyInstance && other.cls === self.cls;
    if (o.eq && !cls.dict.has('__eq__')) {
      cls.dict.set(
        '__eq__',
        pyNative('__eq__', (self, a) => {
          const other = a.positional[0]!;
          if (!sameClass(self, other)) return NotImplemented;
          return pyEquals(
            rt,
            valuesOf(self, (f) => f.compare),
            valuesOf(other, (f) => f.compare),
          );
        }),
      );
    }
    if (o.order) {
      for (const [dunder, op] of [
        ['__lt__', '<'],
        ['__le__', '<='],
        ['__gt__', '>'],
        ['__ge__', '>='],
      ] as const) {
        if (cls.dict.has(dunder))
          throw rt.error('TypeError', `Cannot overwrite attribute ${dunder} in class ${cls.name}. Consider using functools.total_ordering`);
        cls.dict.set(
          dunder,
          pyNative(dunder, (self, a) => {
            const other = a.positional[0]!;
            if (!sameClass(self, other)) return NotImplemented;
            return compare(
              rt,
              op,
              valuesOf(self, (f) => f.compare),
              valuesOf(other, (f) => f.compare),
            );
          }),
        );
      }
    }
    // _hash_action[(unsafe_hash, eq, frozen, has_explicit_hash)]
    const explicitHash = cls.dict.has('__hash__') && cls.dict.get('__hash__') !== None;
    const hashFn = pyNative('__hash__', (self) =>
      hashOf(
        rt,
        valuesOf(self, (f) => (f.hash === None ? f.compare : rt.realm.py.truthy(f.hash))),
      ),
    );
    if (o.unsafeHash) {
      if (explicitHash) throw rt.error('TypeError', `Cannot overwrite attribute __hash__ in class ${cls.name}`);
      cls.dict.set('__hash__', hashFn);
    } else if (o.eq && o.frozen && !explicitHash) cls.dict.set('__hash__', hashFn);
    else if (o.eq && !o.frozen && !explicitHash) cls.dict.set('__hash__', None);
    if (o.frozen) {
      const names = new Set(fields.map((f) => f.name));
      const guard = (verb: string) => (self: Value, name: Value) => {
        if ((self instanceof PyInstance && self.cls === cls) || (typeof name === 'string' && names.has(name))) {
          const err = rt.newException(frozenError, [`cannot ${verb} field ${pyRepr(rt, name)}`]);
          throw new Thrown(err);
        }
      };
      const onSet = guard('assign to');
      const onDel = guard('delete');
      cls.dict.set(
        '__setattr__',
        pyNative('__setattr__', (self, a) => {
          onSet(self, a.positional[0]);
          if (self instanceof PyInstance) genericSetAttr(rt, self, a.positional[0] as string, a.positional[1]);
          return None;
        }),
      );
      cls.dict.set(
        '__delattr__',
        pyNative('__delattr__', (self, a) => {
          onDel(self, a.positional[0]);
          delAttr(rt, self, a.positional[0] as string);
          return None;
        }),
      );
    }
    if (!cls.dict.has('__match_args__'))
      cls.dict.set('__match_args__', new PyTuple(fields.filter((f) => f.init && !f.kwOnly).map((f) => f.name)));
    if (o.slots) {
      // _add_slots: the fields become slots (their defaults live in __init__, not on the class).
      if (cls.dict.has('__slots__')) throw rt.error('TypeError', `${cls.name} already specifies __slots__`);
      const names = own.map((f) => f.name);
      for (const n of names) cls.dict.delete(n);
      const slots = new PyTuple(names);
      installSlots(rt, cls, cls.bases, slots, cls.dict);
      cls.dict.set('__slots__', slots);
    }
    invalidateLookups();
    return cls;
  };

  m.dict.set(
    'dataclass',
    pyNative('dataclass', (_self, a) => {
      const opts = {
        init: flag(a, 'init', true),
        repr: flag(a, 'repr', true),
        eq: flag(a, 'eq', true),
        order: flag(a, 'order', false),
        frozen: flag(a, 'frozen', false),
        unsafeHash: flag(a, 'unsafe_hash', false),
        kwOnly: flag(a, 'kw_only', false),
        slots: flag(a, 'slots', false),
      };
      if (opts.order && !opts.eq) throw rt.error('ValueError', 'eq must be true if order is true');
      const wrap = (cls: Value): Value => {
        if (!(cls instanceof PyClass)) throw rt.error('TypeError', `${pyRepr(rt, cls)} is not a class`);
        return process(cls, opts);
      };
      const [cls] = a.positional;
      return cls === undefined || cls === None ? pyNative('wrap', (_s, b) => wrap(b.positional[0])) : wrap(cls);
    }),
  );

  const fieldsOf = (v: Value): FieldSpec[] => {
    const cls = v instanceof PyClass ? v : v instanceof PyInstance ? v.cls : undefined;
    const f = cls && classFields.get(cls);
    if (!f) throw rt.error('TypeError', 'must be called with a dataclass type or instance');
    return f;
  };
  const isInstance = (v: Value) => v instanceof PyInstance && classFields.has(v.cls);
  /** _asdict_inner / _astuple_inner: dataclasses, lists, tuples and dicts, recursively. */
  const inner = (v: Value, asDict: boolean): Value => {
    if (isInstance(v)) {
      const fs = fieldsOf(v);
      if (asDict)
        return newDict(
          rt,
          fs.map((f) => [f.name, inner(getAttr(rt, v, f.name), asDict)] as [Value, Value]),
        );
      return new PyTuple(fs.map((f) => inner(getAttr(rt, v, f.name), asDict)));
    }
    if (Array.isArray(v)) return v.map((x) => inner(x, asDict));
    if (v instanceof PyTuple) return new PyTuple(v.items.map((x) => inner(x, asDict)));
    if (v instanceof PyDict)
      return newDict(
        rt,
        [...v.entries.values()].map((e) => [inner(e.key, asDict), inner(e.value, asDict)] as [Value, Value]),
      );
    return v;
  };
  const requireInstance = (fn: string, v: Value) => {
    if (!isInstance(v)) throw rt.error('TypeError', `${fn}() should be called on dataclass instances`);
  };
  m.dict.set(
    'fields',
    pyNative('fields', (_s, a) => new PyTuple(fieldsOf(a.positional[0]).map(fieldObject))),
  );
  m.dict.set(
    'asdict',
    pyNative('asdict', (_s, a) => (requireInstance('asdict', a.positional[0]), inner(a.positional[0], true))),
  );
  m.dict.set(
    'astuple',
    pyNative('astuple', (_s, a) => (requireInstance('astuple', a.positional[0]), inner(a.positional[0], false))),
  );
  m.dict.set(
    'is_dataclass',
    pyNative('is_dataclass', (_s, a) => {
      const v = a.positional[0]!;
      return (v instanceof PyClass && classFields.has(v)) || isInstance(v);
    }),
  );
  m.dict.set(
    'replace',
    pyNative('replace', (_s, a) => {
      const obj = a.positional[0]!;
      requireInstance('replace', obj);
      const changes = new Map(a.keywords ?? []);
      for (const f of fieldsOf(obj)) if (f.init && !changes.has(f.name)) changes.set(f.name, getAttr(rt, obj, f.name));
      return callArgs(rt, (obj as PyInstance).cls, { positional: [], keywords: changes });
    }),
  );
  m.dict.set('FrozenInstanceError', frozenError);
  m.dict.set('Field', fieldClass);
  m.dict.set('KW_ONLY', kwOnlyClass);
  m.dict.set(MISSING_NAME, MISSING);
  return m;
}
