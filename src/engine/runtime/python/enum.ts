/**
 * The `enum` module (Lib/enum.py, CPython 3.14) for what state machines and status codes
 * use: `Enum`, `IntEnum`, `StrEnum`, `auto()`, `@unique`.
 *
 * There are no metaclasses in the engine, so EnumType's work is done by a class-creation
 * hook (PyRuntime.classCreatedHooks): for a subclass of Enum, every plain attribute of
 * the class body (not a dunder or _sunder_, not a function or descriptor) becomes a
 * member — an instance of the class with `name`/`value` (and `_name_`/`_value_`); a second
 * name for an existing value is an alias of the first member. The members are recorded in
 * `rt.enumMembers`, which iteration, len(), `Color['RED']`, `in` and the class repr
 * (`<enum 'Color'>`) consult; `Color(1)` looks a member up by value (Enum.__new__).
 *
 * Members: repr `<Color.RED: 1>`, str `Color.RED`; identity equality and identity dict keys
 * (CPython hashes the name, which only shows in `hash(member)`).
 * IntEnum / StrEnum members compare, hash, print and format as their int / str value
 * (since 3.11 their str() is the value) and take part in arithmetic / concatenation.
 * `auto()` gives 1, 2, ... (last int value + 1); under StrEnum the lower-cased name.
 */
import { FunctionValue, PyClass, PyInstance, PyModule, type Value } from '../values';
import { pyNative, defineBuiltinClass } from './classes';
import { hashOf, pyEquals } from './equality';
import { pyRepr, pyStr } from './formatting';
import { binary } from './operators';
import { compare } from './comparisons';
import { formatValue } from './formatspec';
import { PyClassMethod, PyProperty, PyStaticMethod, NotImplemented } from './objects';
import type { PyRuntime } from './state';
import { isPyException } from './exceptions';

export function installEnum(rt: PyRuntime): PyModule {
  const realm = rt.realm;
  const m = new PyModule('enum');
  m.dict.set('__name__', 'enum');
  const object = rt.cls('object');
  const Enum = defineBuiltinClass(realm, 'Enum', [object], { module: 'enum', register: false });
  const IntEnum = defineBuiltinClass(realm, 'IntEnum', [Enum], { module: 'enum', register: false });
  const StrEnum = defineBuiltinClass(realm, 'StrEnum', [Enum], { module: 'enum', register: false });
  const autoClass = defineBuiltinClass(realm, 'auto', [object], { module: 'enum', register: false });
  rt.enumMembers.set(Enum, []);
  rt.enumMembers.set(IntEnum, []);
  rt.enumMembers.set(StrEnum, []);

  const valueOf = (v: Value): Value => (v instanceof PyInstance ? (v.dict.get('_value_') ?? v) : v);
  const nameOf = (v: Value): string => String((v as PyInstance).dict.get('_name_'));
  const isMember = (v: Value): v is PyInstance => v instanceof PyInstance && v.dict.has('_name_') && rt.enumMembers.has(v.cls);
  // Lib/enum.py's methods: called through the class, the instance is the first argument,
  // and without one `self` is missing (a native must not run without its member).
  const def = (cls: PyClass, name: string, impl: (self: Value, args: Value[]) => Value) =>
    cls.dict.set(
      name,
      pyNative(name, (self, a) => {
        if (self instanceof PyInstance) return impl(self, a.positional);
        const [first, ...rest] = a.positional;
        if (first instanceof PyInstance) return impl(first, rest);
        throw rt.error('TypeError', `${cls.name}.${name}() missing 1 required positional argument: 'self'`);
      }),
    );

  // Enum: repr/str/format/hash/reduce of a member, lookup by value.
  def(Enum, '__repr__', (self) => `<${(self as PyInstance).cls.name}.${nameOf(self)}: ${pyRepr(rt, valueOf(self))}>`);
  def(Enum, '__str__', (self) => `${(self as PyInstance).cls.name}.${nameOf(self)}`);
  def(Enum, '__format__', (self, [spec]) => formatValue(rt, pyStr(rt, self), typeof spec === 'string' ? spec : ''));
  Enum.dict.set(
    '__new__',
    pyNative('__new__', (_self, a) => {
      const [cls, value] = a.positional as [PyClass, Value];
      const members = rt.enumMembers.get(cls) ?? [];
      if (isMember(value) && value.cls === cls) return value;
      const hit = members.find((x) => pyEquals(rt, x.dict.get('_value_'), value));
      if (hit) return hit;
      throw rt.error('ValueError', `${pyRepr(rt, value)} is not a valid ${cls.qualname}`);
    }),
  );

  // IntEnum / StrEnum: the value's own comparisons, hash, str and operators.
  for (const mixed of [IntEnum, StrEnum]) {
    def(mixed, '__str__', (self) => pyStr(rt, valueOf(self)));
    def(mixed, '__format__', (self, [spec]) => formatValue(rt, valueOf(self), typeof spec === 'string' ? spec : ''));
    def(mixed, '__hash__', (self) => hashOf(rt, valueOf(self)));
    def(mixed, '__eq__', (self, [o]) => pyEquals(rt, valueOf(self), valueOf(o)));
    def(mixed, '__ne__', (self, [o]) => !pyEquals(rt, valueOf(self), valueOf(o)));
    for (const [dunder, op] of [
      ['__lt__', '<'],
      ['__le__', '<='],
      ['__gt__', '>'],
      ['__ge__', '>='],
    ] as const) {
      def(mixed, dunder, (self, [o]) => compare(rt, op, valueOf(self), valueOf(o)));
    }
    for (const [dunder, op, reflected] of [
      ['__add__', '+', false],
      ['__radd__', '+', true],
      ['__sub__', '-', false],
      ['__rsub__', '-', true],
      ['__mul__', '*', false],
      ['__rmul__', '*', true],
      ['__mod__', '%', false],
      ['__floordiv__', '//', false],
      ['__truediv__', '/', false],
    ] as const) {
      def(mixed, dunder, (self, [o]) => {
        // The member's own value does the arithmetic; an operand it does not support is
        // NotImplemented (int.__add__(1, 'a')), so Python tries the other side and words the
        // TypeError with the enum's type. Other errors (ZeroDivisionError) propagate.
        try {
          return reflected ? binary(rt, op, valueOf(o), valueOf(self)) : binary(rt, op, valueOf(self), valueOf(o));
        } catch (e) {
          if (isPyException(rt, e, 'TypeError')) return NotImplemented;
          throw e;
        }
      });
    }
  }
  def(IntEnum, '__int__', (self) => valueOf(self));
  def(IntEnum, '__index__', (self) => valueOf(self));

  const autoValues = new WeakSet<PyInstance>();
  autoClass.dict.set(
    '__new__',
    pyNative('__new__', () => {
      const a = new PyInstance(autoClass);
      autoValues.add(a);
      return a;
    }),
  );
  def(autoClass, '__repr__', () => 'auto(_auto_null)');

  const isDescriptor = (v: Value) =>
    v instanceof FunctionValue ||
    v instanceof PyStaticMethod ||
    v instanceof PyClassMethod ||
    v instanceof PyProperty ||
    v instanceof PyClass;

  /** EnumType.__new__'s member creation, run when a class statement makes an Enum subclass. */
  rt.classCreatedHooks.push((cls) => {
    if (!cls.mro.includes(Enum)) return;
    const inherited = cls.mro.slice(1).find((c) => (rt.enumMembers.get(c)?.length ?? 0) > 0);
    if (inherited) throw rt.error('TypeError', `<enum '${cls.name}'> cannot extend <enum '${inherited.name}'>`);
    const isStr = cls.mro.includes(StrEnum);
    const isInt = cls.mro.includes(IntEnum);
    const members: PyInstance[] = [];
    let last: Value = 0;
    for (const [name, raw] of [...cls.dict]) {
      if (/^__.*__$/.test(name) || /^_[^_].*_$/.test(name) || name.startsWith('_') || isDescriptor(raw)) continue;
      let value = raw;
      if (value instanceof PyInstance && autoValues.has(value)) {
        value = isStr
          ? name.toLowerCase()
          : typeof last === 'number' || typeof last === 'bigint'
            ? binary(rt, '+', last, 1)
            : members.length + 1;
      }
      if (isInt && !(typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')) {
        throw rt.error('ValueError', `invalid literal for int() with base 10: ${pyRepr(rt, value)}`);
      }
      if (isStr && typeof value !== 'string') throw rt.error('TypeError', `${pyRepr(rt, value)} is not a string`);
      const alias = members.find((x) => pyEquals(rt, x.dict.get('_value_'), value));
      if (alias) {
        cls.dict.set(name, alias);
        continue;
      }
      const member = new PyInstance(cls);
      member.dict.set('_name_', name);
      member.dict.set('_value_', value);
      member.dict.set('name', name);
      member.dict.set('value', value);
      cls.dict.set(name, member);
      members.push(member);
      if (isInt || isStr) rt.mixedEnumValues.set(member, value);
      if (typeof value === 'number' || typeof value === 'bigint') last = value;
    }
    rt.enumMembers.set(cls, members);
    const map = new Map<string, Value>();
    for (const [name, v] of cls.dict) if (isMember(v) || members.includes(v as PyInstance)) map.set(name, v);
    cls.dict.set('__members__', rt.realm.py.makeDict([...map].map(([k, v]) => [k, v] as [Value, Value])));
  });

  m.dict.set(
    'unique',
    pyNative('unique', (_s, a) => {
      const cls = a.positional[0] as PyClass;
      const dups: string[] = [];
      for (const [name, v] of cls.dict) {
        if (isMember(v) && nameOf(v) !== name) dups.push(`${name} -> ${nameOf(v)}`);
      }
      if (dups.length > 0) throw rt.error('ValueError', `duplicate values found in <enum '${cls.name}'>: ${dups.join(', ')}`);
      return cls;
    }),
  );
  m.dict.set('Enum', Enum);
  m.dict.set('IntEnum', IntEnum);
  m.dict.set('StrEnum', StrEnum);
  m.dict.set('auto', autoClass);
  return m;
}
