/**
 * Private names and private elements (ECMA-262 §6.2.12 Private Names, §7.3.26–7.3.32
 * PrivateElementFind / PrivateFieldAdd / PrivateMethodOrAccessorAdd / PrivateGet /
 * PrivateSet), with V8's messages.
 *
 * Each evaluation of a class body makes one PrivateKey per `#name` it declares; the key is
 * a value of its class scope (interp/classes-js.ts), so `obj.#x` evaluates it like a name.
 * An object's private elements live in a side table (JsCtx.privates), never among its
 * properties: no reflection (Object.keys, getOwnPropertyNames, console.log, JSON) and no
 * freezing reaches them, as in the spec.
 */
import { HeapObject, type Callable, type Value } from '../values';
import type { JsCtx } from './context';

/** What a private name was declared as in its class. */
export type PrivateKind = 'field' | 'method' | 'accessor';

/** A Private Name: `#x` of one evaluation of one class body. */
export class PrivateKey extends HeapObject {
  kind: PrivateKind = 'field';
  isStatic = false;
  /** The class whose body declared it (brand-check messages name it). */
  className = '';
  /** Methods and accessors: the functions, shared by every object that gets the brand. */
  method?: Callable;
  getter?: Callable;
  setter?: Callable;
  constructor(readonly description: string) {
    super();
  }
  get typeName(): string {
    return 'private name';
  }
}

type Holder = object;

function elementsOf(ctx: JsCtx, obj: Value): Map<unknown, Value> | undefined {
  return typeof obj === 'object' && obj !== null ? ctx.privates.get(obj) : undefined;
}

function has(ctx: JsCtx, obj: Value, key: PrivateKey): boolean {
  return elementsOf(ctx, obj)?.has(key) ?? false;
}

function missing(ctx: JsCtx, key: PrivateKey, verb: 'read' | 'write'): never {
  if (key.kind === 'field') {
    throw ctx.typeError(
      verb === 'read'
        ? `Cannot read private member ${key.description} from an object whose class did not declare it`
        : `Cannot write private member ${key.description} to an object whose class did not declare it`,
    );
  }
  // Methods and accessors are found through the class brand (V8: a brand check).
  throw ctx.typeError(key.isStatic ? `Receiver must be class ${key.className}` : `Receiver must be an instance of class ${key.className}`);
}

function nullish(ctx: JsCtx, obj: Value, key: PrivateKey, verb: 'read' | 'write'): void {
  if (obj === undefined || obj === null) {
    throw ctx.typeError(
      verb === 'read'
        ? `Cannot read properties of ${String(obj)} (reading '${key.description}')`
        : `Cannot set properties of ${String(obj)} (setting '${key.description}')`,
    );
  }
}

/** PrivateGet (§7.3.31): `obj.#x`. */
export function privateGet(ctx: JsCtx, obj: Value, key: PrivateKey): Value {
  nullish(ctx, obj, key, 'read');
  if (!has(ctx, obj, key)) missing(ctx, key, 'read');
  if (key.kind === 'field') return elementsOf(ctx, obj)!.get(key);
  if (key.kind === 'method') return key.method;
  if (!key.getter) throw ctx.typeError(`'${key.description}' was defined without a getter`);
  return ctx.call(key.getter, obj, []);
}

/** PrivateSet (§7.3.32): `obj.#x = v`. */
export function privateSet(ctx: JsCtx, obj: Value, key: PrivateKey, value: Value): void {
  nullish(ctx, obj, key, 'write');
  if (!has(ctx, obj, key)) missing(ctx, key, 'write');
  if (key.kind === 'field') {
    elementsOf(ctx, obj)!.set(key, value);
    return;
  }
  if (key.kind === 'method') throw ctx.typeError(`Private method '${key.description}' is not writable`);
  if (!key.setter) throw ctx.typeError(`'${key.description}' was defined without a setter`);
  ctx.call(key.setter, obj, [value]);
}

/** `#x in obj` (§13.10.1 step 4): a TypeError when obj is not an object. */
export function privateIn(ctx: JsCtx, key: PrivateKey, obj: Value): boolean {
  if (typeof obj !== 'object' || obj === null) {
    throw ctx.typeError(`Cannot use 'in' operator to search for '${key.description}' in ${ctx.realm.js.display(obj)}`);
  }
  return has(ctx, obj, key);
}

function holder(ctx: JsCtx, obj: Value): Map<unknown, Value> {
  const o = obj as Holder;
  let m = ctx.privates.get(o);
  if (!m) ctx.privates.set(o, (m = new Map()));
  return m;
}

/** PrivateFieldAdd (§7.3.28): a field initialised on a new instance (or on the class, static). */
export function privateFieldAdd(ctx: JsCtx, obj: Value, key: PrivateKey, value: Value): void {
  const m = holder(ctx, obj);
  if (m.has(key)) throw ctx.typeError(`Cannot initialize ${key.description} twice on the same object`);
  m.set(key, value);
}

/** PrivateMethodOrAccessorAdd (§7.3.29) for all of a class's private methods at once: the brand. */
export function privateBrandAdd(ctx: JsCtx, obj: Value, keys: readonly PrivateKey[], className: string): void {
  if (keys.length === 0) return;
  const m = holder(ctx, obj);
  if (m.has(keys[0]!)) throw ctx.typeError(`Cannot initialize private methods of class ${className} twice on the same object`);
  for (const k of keys) m.set(k, undefined);
}
