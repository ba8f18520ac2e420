/**
 * `__slots__` (Objects/typeobject.c type_new_descriptors): each name a member descriptor on
 * the class, and instances of a class whose every class has slots (without `'__dict__'`) have
 * no `__dict__`, so assigning any other attribute is an AttributeError. The values are kept
 * apart from the instance's attributes, as CPython keeps them out of `__dict__`.
 *
 * Not modelled: `__weakref__` is accepted and ignored.
 */
import type { Pos } from '../../events/types';
import { mangledName } from '../../ir/private-names';
import { type PyClass, PyInstance, type Value } from '../values';
import { NativeGetSet } from './objects';
import { toArray } from './iteration';
import type { PyRuntime } from './state';
import { typeName } from './types';

/** Each instance's slot values, apart from its `__dict__` (as CPython keeps them). */
const values = new WeakMap<PyInstance, Map<string, Value>>();

/** The descriptor of one slot (CPython's member_descriptor). */
export class SlotMember extends NativeGetSet {
  constructor(
    name: string,
    readonly owner: PyClass,
    private readonly rt: PyRuntime,
  ) {
    super(
      name,
      (self) => {
        const v = self instanceof PyInstance ? values.get(self)?.get(name) : undefined;
        if (v === undefined) throw rt.error('AttributeError', `'${typeName(rt, self)}' object has no attribute '${name}'`);
        return v;
      },
      (self, v) => {
        const own = this.ownValues(self);
        own.set(name, v);
      },
    );
  }

  private ownValues(self: Value): Map<string, Value> {
    if (!(self instanceof PyInstance) || !self.cls.mro.includes(this.owner)) {
      const rt = this.rt;
      throw rt.error(
        'TypeError',
        `descriptor '${this.name}' for '${this.owner.name}' objects doesn't apply to a '${typeName(rt, self)}' object`,
      );
    }
    let own = values.get(self);
    if (own === undefined) values.set(self, (own = new Map()));
    return own;
  }

  /** `del obj.name`: false when the slot holds nothing. */
  delete(self: Value): boolean {
    return this.ownValues(self).delete(this.name);
  }

  override get typeName(): string {
    return 'member_descriptor';
  }
}

/**
 * A class statement's `__slots__`: the member descriptors, and whether the class's instances
 * have no `__dict__` (rt.dictlessClasses).
 */
export function installSlots(rt: PyRuntime, cls: PyClass, bases: PyClass[], slots: Value, namespace: Map<string, Value>, loc?: Pos): void {
  const items = typeof slots === 'string' ? [slots] : toArray(rt, slots, loc);
  let hasDict = false;
  const seen = new Set<string>();
  for (const item of items) {
    if (typeof item !== 'string') throw rt.error('TypeError', `__slots__ items must be strings, not '${typeName(rt, item)}'`);
    if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(item)) throw rt.error('TypeError', '__slots__ must be identifiers');
    if (item === '__dict__') {
      if (hasDict) throw rt.error('TypeError', '__dict__ slot disallowed: we already got one');
      hasDict = true;
      continue;
    }
    if (item === '__weakref__') continue;
    // A private slot name is mangled, as `self.__x` in the class's methods is (syntax/python/mangle.ts).
    const name = mangledName(cls.name, item);
    if (seen.has(name)) continue;
    seen.add(name);
    if (namespace.has(name)) throw rt.error('ValueError', `'${name}' in __slots__ conflicts with class variable`);
    cls.dict.set(name, new SlotMember(name, cls, rt));
  }
  const object = rt.cls('object');
  if (!hasDict && bases.every((b) => b === object || rt.dictlessClasses.has(b))) rt.dictlessClasses.add(cls);
}
