/**
 * An instance's `__dict__` (and `vars(obj)`) as a live dict: reads see the attributes as they
 * are now, and writes — `obj.__dict__['x'] = 1`, `self.__dict__.update(kwargs)`, `del`,
 * `clear()` — change the attributes, as CPython's instance dict is the attribute storage itself.
 *
 * The attributes stay in the instance's own `Map<string, Value>` (values.ts PyInstance, the
 * storage every attribute access uses); the dict's entry map is a view of it. Dict operations
 * reach entries through `PyDict.entries` and may change an entry's `value` in place
 * (equality.ts, operators.ts), so an entry is an object whose `value` reads and writes the
 * attribute. A key that is not a str (legal in CPython, never an attribute) is kept apart.
 */
import { PyDict, type PyInstance, type Value } from '../values';

type Entry = { key: Value; value: Value };

function liveEntry(attrs: Map<string, Value>, name: string): Entry {
  // What the entry held when last read or written: `pop` reads it after deleting the key.
  let last: Value = attrs.get(name)!;
  return {
    key: name,
    get value() {
      if (attrs.has(name)) last = attrs.get(name)!;
      return last;
    },
    set value(v: Value) {
      last = v;
      attrs.set(name, v);
    },
  };
}

class AttributeEntries extends Map<unknown, Entry> {
  /** Keys that are not str: stored here, never seen as attributes. */
  private readonly others = new Map<unknown, Entry>();

  constructor(private readonly attrs: Map<string, Value>) {
    super();
  }

  override get size(): number {
    return this.attrs.size + this.others.size;
  }
  override get(k: unknown): Entry | undefined {
    if (typeof k === 'string') return this.attrs.has(k) ? liveEntry(this.attrs, k) : undefined;
    return this.others.get(k);
  }
  override has(k: unknown): boolean {
    return typeof k === 'string' ? this.attrs.has(k) : this.others.has(k);
  }
  override set(k: unknown, e: Entry): this {
    if (typeof k === 'string') this.attrs.set(k, e.value);
    else this.others.set(k, e);
    return this;
  }
  override delete(k: unknown): boolean {
    return typeof k === 'string' ? this.attrs.delete(k) : this.others.delete(k);
  }
  override clear(): void {
    this.attrs.clear();
    this.others.clear();
  }
  override *entries(): MapIterator<[unknown, Entry]> {
    for (const k of [...this.attrs.keys()]) if (this.attrs.has(k)) yield [k, liveEntry(this.attrs, k)];
    yield* this.others.entries();
  }
  override *keys(): MapIterator<unknown> {
    for (const [k] of this.entries()) yield k;
  }
  override *values(): MapIterator<Entry> {
    for (const [, e] of this.entries()) yield e;
  }
  override [Symbol.iterator](): MapIterator<[unknown, Entry]> {
    return this.entries();
  }
  override forEach(f: (e: Entry, k: unknown, m: Map<unknown, Entry>) => void): void {
    for (const [k, e] of this.entries()) f(e, k, this);
  }
}

/** The dict whose entries are `obj`'s attributes. */
class InstanceDict extends PyDict {
  override readonly entries: Map<unknown, Entry>;
  constructor(attrs: Map<string, Value>) {
    super();
    this.entries = new AttributeEntries(attrs);
  }
}

const dicts = new WeakMap<PyInstance, PyDict>();

/** `obj.__dict__`: the same live dict every time, as in CPython. */
export function instanceDict(obj: PyInstance): PyDict {
  let d = dicts.get(obj);
  if (d === undefined) dicts.set(obj, (d = new InstanceDict(obj.dict)));
  return d;
}
