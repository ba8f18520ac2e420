/**
 * The Reflect namespace (ECMA-262 §28.1): the object internal methods as functions. Each
 * one first requires an object target (V8's `Reflect.<name> called on non-object`, except
 * `apply` / `construct`, whose checks are IsCallable / IsConstructor and
 * CreateListFromArrayLike), then runs the same operation as the language does — `get` /
 * `set` / `has` / `deleteProperty` the property reads, writes, `in` and `delete` of
 * properties.ts — reporting a refused change as `false` where Object.* would throw
 * (§28.1.3 defineProperty, §28.1.4 deleteProperty, §28.1.13 set, §28.1.14 setPrototypeOf).
 *
 * The engine has no Proxy, so the third argument of `construct` (a newTarget other than the
 * target) has no observable use beyond what a subclass `super()` already gives; it is
 * reported as unsupported rather than ignored.
 */
import { unsupported } from '../../../errors';
import type { PropSlot, Value } from '../../values';
import type { JsCtx, JsObj } from '../context';
import { TO_STRING_TAG_KEY } from '../context';
import { argumentList, toPropertyKey } from '../convert';
import { defineMethods } from '../natives';
import {
  deleteValue,
  findSlot,
  getFrom,
  getOwnSlot,
  getValue,
  hasProperty,
  isJsObj,
  objectTag,
  ownKeys,
  protoOf,
  setOn,
  setValue,
} from '../properties';
import { definePropertyFromDescriptor, newPlainObject, setPrototypeOf } from './object';

type Target = JsObj | Value[];

export function installReflect(ctx: JsCtx): void {
  const js = () => ctx.realm.js;
  const R = newPlainObject(ctx);
  // Object.* delegates (the prototype walk and descriptor objects are Object's own).
  const ObjectCtor = ctx.intr.ctors.get('Object')!;
  const objectMethod = (name: string, args: Value[]): Value => ctx.call(getValue(ctx, ObjectCtor, name), ObjectCtor, args);

  const target = (name: string, v: Value): Target => {
    if (isJsObj(v) || Array.isArray(v)) return v;
    throw ctx.typeError(`Reflect.${name} called on non-object`);
  };

  const argList = (v: Value): Value[] => argumentList(ctx, v);

  const extensible = (o: Target): boolean => !ctx.nonExtensible.has(o);

  defineMethods(R, {
    apply: [
      3,
      (_s, [f, thisArg, args]) => {
        if (!ctx.isCallable(f)) {
          throw ctx.typeError(
            `Function.prototype.apply was called on ${isJsObj(f) || Array.isArray(f) ? objectTag(ctx, f) : js().display(f)}, which is ${article(typeof f)} and not a function`,
          );
        }
        return ctx.call(f, thisArg, argList(args));
      },
    ],
    construct: [
      2,
      (_s, [f, args, newTarget]) => {
        const list = argList(args);
        if (newTarget !== undefined && newTarget !== f)
          throw unsupported('Reflect.construct with a newTarget other than the target', undefined);
        return ctx.realm.interp.construct(f, { positional: list }, 'js');
      },
    ],
    defineProperty: [
      3,
      (_s, [o, key, desc]) => {
        const t = target('defineProperty', o);
        const k = toPropertyKey(ctx, key);
        // ValidateAndApplyPropertyDescriptor's refusals (§10.1.6.3 steps 2 and 4), which
        // Object.defineProperty turns into a TypeError and Reflect into false.
        const existing = getOwnSlot(ctx, t, k);
        if (existing === undefined ? !extensible(t) : existing.configurable === false) {
          if (!isJsObj(desc)) throw ctx.typeError(`Property description must be an object: ${js().toString(desc)}`);
          return false;
        }
        definePropertyFromDescriptor(ctx, t, k, desc);
        return true;
      },
    ],
    deleteProperty: [2, (_s, [o, key]) => deleteValue(ctx, target('deleteProperty', o), toPropertyKey(ctx, key), undefined, false)],
    get: [
      2,
      (_s, args) => {
        const t = target('get', args[0]);
        const k = toPropertyKey(ctx, args[1]);
        return args.length > 2 && isJsObj(t) ? getFrom(ctx, t, k, args[2]) : getValue(ctx, t, k);
      },
    ],
    getOwnPropertyDescriptor: [2, (_s, [o, key]) => objectMethod('getOwnPropertyDescriptor', [target('getOwnPropertyDescriptor', o), key])],
    getPrototypeOf: [1, (_s, [o]) => objectMethod('getPrototypeOf', [target('getPrototypeOf', o)])],
    has: [2, (_s, [o, key]) => hasProperty(ctx, target('has', o), toPropertyKey(ctx, key))],
    isExtensible: [1, (_s, [o]) => extensible(target('isExtensible', o))],
    ownKeys: [
      1,
      (_s, [o]) => ownKeys(ctx, target('ownKeys', o), { enumerableOnly: false, symbols: true }).map((k) => ctx.symbolsByKey.get(k) ?? k),
    ],
    preventExtensions: [
      1,
      (_s, [o]) => {
        ctx.nonExtensible.add(target('preventExtensions', o));
        return true;
      },
    ],
    set: [
      3,
      (_s, args) => {
        const t = target('set', args[0]);
        const k = toPropertyKey(ctx, args[1]);
        const receiver = args.length > 3 ? args[3] : t;
        // OrdinarySet's false returns (§10.1.9.2): a read-only data property, an accessor
        // without a setter, or a new property on a non-extensible receiver.
        const slot: PropSlot | undefined = isJsObj(t) ? findSlot(ctx, t, k) : getOwnSlot(ctx, t, k);
        if (slot !== undefined && ('value' in slot ? slot.writable === false : slot.set === undefined)) return false;
        if (slot === undefined && (isJsObj(receiver) || Array.isArray(receiver)) && !extensible(receiver)) return false;
        if (receiver === t || !isJsObj(t)) setValue(ctx, t, k, args[2]);
        else setOn(ctx, t, k, args[2], receiver, true);
        return true;
      },
    ],
    setPrototypeOf: [
      2,
      (_s, [o, proto]) => {
        const t = target('setPrototypeOf', o);
        if (proto !== null && !isJsObj(proto))
          throw ctx.typeError(`Object prototype may only be an Object or null: ${js().display(proto)}`);
        if (isJsObj(t)) {
          if (protoOf(ctx, t) === proto) return true;
          // §10.1.2.1 OrdinarySetPrototypeOf: false for a non-extensible object or a cycle.
          if (!extensible(t)) return false;
          for (let p = proto as JsObj | null; p !== null; p = protoOf(ctx, p)) if (p === t) return false;
        }
        setPrototypeOf(ctx, t, proto);
        return true;
      },
    ],
  });
  R.props.set(TO_STRING_TAG_KEY, { value: 'Reflect', writable: false, enumerable: false });
  ctx.realm.builtins.js.set('Reflect', R);
}

/** V8's "which is a number" wording (typeof, with "an" before a vowel; null is "an object"). */
function article(type: string): string {
  if (type === 'undefined') return type;
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
