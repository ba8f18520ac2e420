/**
 * RegExp, RegExp.prototype and the String methods that take a pattern (ECMA-262 §22.2,
 * §22.1.3 match / matchAll / replace / replaceAll / search / split).
 *
 * Matching runs on the host's regular-expression engine: a RegExp object carries a host
 * RegExp compiled from the same source and flags (internals.ts RegExpData), and each
 * operation calls the host's own method, whose algorithm is the spec's (RegExpBuiltinExec,
 * @@match, @@replace with `$1`/`$<name>` substitutions, @@split, AdvanceStringIndex for
 * empty matches under /u). The object's own `lastIndex` property is copied into the host
 * RegExp before the call and back after it, so /g and /y programs see the spec's values.
 * Results are converted to engine values: match arrays get `index`, `input`, `groups`
 * (a null-prototype object, or undefined) and, with /d, `indices`.
 *
 * Budget: each host call is charged steps proportional to its input (the string's length)
 * before it runs, so a loop of matches over long strings exhausts the step budget as other
 * work does. A single host call cannot be interrupted: a catastrophically backtracking
 * pattern (`/(a+)+$/` on 'aaaa…b') runs to its end inside one step, and only the worker's
 * cancel (which terminates the worker) stops it; the events recorded before the call are
 * handed to the page first, so they outlive the worker. Documented in README.md.
 *
 * Simplification: the String methods recognise a RegExp by its internal slot rather than
 * looking up @@match / @@replace / @@split / @@search on the argument, so a user subclass
 * overriding `exec` or those symbols is not consulted.
 */
import { JSObject, type PropSlot, type Value } from '../../values';
import { type JsCtx, TO_STRING_TAG_KEY } from '../context';
import { toLength, toStr, toUint32 } from '../convert';
import { IteratorData, RegExpData } from '../internals';
import { defineNativeClass, spec } from '../natives';
import { getValue, setValue } from '../properties';
import { replaceWithin, talliedCallback } from './substitution';
import { MAX_ARRAY_LENGTH, walkFits } from '../../limits';

export function isRegExp(v: Value): v is JSObject {
  return v instanceof JSObject && v.internal instanceof RegExpData;
}

/** The host RegExp of a RegExp object. */
function hostOf(v: JSObject): RegExp {
  return (v.internal as RegExpData).host;
}

/**
 * Compile `source`/`flags` on the host, turning the host's SyntaxError into the program's
 * (same message: the host is V8 under Node and in Chromium).
 */
export function compileRegExp(ctx: JsCtx, source: string, flags: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (e) {
    if (e instanceof SyntaxError) throw ctx.error('SyntaxError', e.message);
    throw e;
  }
}

/** A new RegExp object (§22.2.3.1 RegExpAlloc + RegExpInitialize): `lastIndex` starts at 0. */
export function newRegExp(ctx: JsCtx, host: RegExp, proto: JSObject = ctx.intr.RegExpPrototype): JSObject {
  const o = new JSObject(proto, new RegExpData(host));
  // §22.2.6.13: lastIndex is { [[Writable]]: true, [[Enumerable]]: false, [[Configurable]]: false }.
  o.props.set('lastIndex', { value: 0, writable: true, enumerable: false, configurable: false });
  return o;
}

/**
 * `split`, its result within the array cap: the host is asked for one part more than the cap
 * allows, so it never makes more, and a result past the cap is V8's `Invalid array length`.
 */
export function splitWithin(ctx: JsCtx, limit: number | undefined, split: (max: number) => string[]): string[] {
  const parts = split(limit === undefined ? MAX_ARRAY_LENGTH + 1 : Math.min(limit, MAX_ARRAY_LENGTH + 1));
  if (parts.length > MAX_ARRAY_LENGTH) throw ctx.rangeError('Invalid array length');
  walkFits(ctx.realm.budget, parts.length);
  return parts;
}

export function installRegExp(ctx: JsCtx): void {
  const proto = ctx.intr.RegExpPrototype;
  const budget = ctx.realm.budget;
  const rec = ctx.realm.rec;
  /** Before each host call: its steps, and the events so far handed to the page (Recorder `beforeBlockingCall`). */
  const charge = (s: string) => {
    budget.charge(s.length + 1);
    rec.beforeBlockingCall();
  };

  const thisRegExp = (self: Value, method: string): JSObject => {
    if (isRegExp(self)) return self;
    throw ctx.typeError(`Method RegExp.prototype.${method} called on incompatible receiver ${ctx.realm.js.display(self)}`);
  };

  const construct = (pattern: Value, flags: Value, proto0: JSObject): JSObject => {
    let source: string;
    let f: string;
    if (isRegExp(pattern)) {
      source = hostOf(pattern).source;
      f = flags === undefined ? hostOf(pattern).flags : toStr(ctx, flags);
    } else {
      source = pattern === undefined ? '' : toStr(ctx, pattern);
      f = flags === undefined ? '' : toStr(ctx, flags);
    }
    return newRegExp(ctx, compileRegExp(ctx, source, f), proto0);
  };

  defineNativeClass(ctx, {
    name: 'RegExp',
    length: 2,
    proto,
    construct: ([pattern, flags], p) => construct(pattern, flags, p),
    // §22.2.4.1 step 4: RegExp(re) without new and without flags returns re itself.
    call: (_s, [pattern, flags]) => {
      if (isRegExp(pattern) && flags === undefined) return pattern;
      return construct(pattern, flags, proto);
    },
    global: true,
    getters: {
      source: (self) => (self === proto ? '(?:)' : hostOf(thisRegExp(self, 'source')).source),
      flags: (self) => (self === proto ? '' : hostOf(thisRegExp(self, 'flags')).flags),
      global: (self) => flag(self, 'global'),
      ignoreCase: (self) => flag(self, 'ignoreCase'),
      multiline: (self) => flag(self, 'multiline'),
      dotAll: (self) => flag(self, 'dotAll'),
      unicode: (self) => flag(self, 'unicode'),
      sticky: (self) => flag(self, 'sticky'),
      hasIndices: (self) => flag(self, 'hasIndices'),
    },
    methods: {
      exec: [1, (self, [s]) => exec(thisRegExp(self, 'exec'), toStr(ctx, s))],
      test: [1, (self, [s]) => exec(thisRegExp(self, 'test'), toStr(ctx, s)) !== null],
      toString: spec(0, (self) => {
        if (isRegExp(self)) return String(hostOf(self));
        return `/${toStr(ctx, getValue(ctx, self, 'source'))}/${toStr(ctx, getValue(ctx, self, 'flags'))}`;
      }),
    },
  });

  type FlagName = 'global' | 'ignoreCase' | 'multiline' | 'dotAll' | 'unicode' | 'sticky' | 'hasIndices';
  const flag = (self: Value, name: FlagName): Value => {
    // §22.2.6.4.1 RegExpHasFlag: %RegExp.prototype% itself answers undefined.
    if (self === proto) return undefined;
    return hostOf(thisRegExp(self, name))[name];
  };

  /** Run `op` on the host RegExp with the object's lastIndex, then store the host's back. */
  const withLastIndex = <T>(re: JSObject, op: (host: RegExp) => T): T => {
    const host = hostOf(re);
    host.lastIndex = toLength(ctx, getValue(ctx, re, 'lastIndex'));
    const before = host.lastIndex;
    const r = op(host);
    if (host.lastIndex !== before || host.global || host.sticky) setValue(ctx, re, 'lastIndex', host.lastIndex);
    return r;
  };

  /** RegExpBuiltinExec (§22.2.7.2) on the host, its result converted. */
  const exec = (re: JSObject, s: string): Value => {
    charge(s);
    const m = withLastIndex(re, (host) => host.exec(s));
    return m === null ? null : matchArray(m);
  };

  /** A host match array → the engine's: elements, then index, input, groups (and indices). */
  const matchArray = (m: RegExpExecArray): Value[] => {
    const out: Value[] = Array.from(m, (x) => x);
    const extra = new Map<string, PropSlot>();
    extra.set('index', { value: m.index });
    extra.set('input', { value: m.input });
    extra.set('groups', { value: groupsObject(m.groups) });
    if (m.indices) {
      const indices: Value[] = Array.from(m.indices, (pair) => (pair === undefined ? undefined : [pair[0], pair[1]]));
      const ix = new Map<string, PropSlot>();
      ix.set('groups', { value: m.indices.groups ? groupsObject(m.indices.groups) : undefined });
      ctx.arrayProps.set(indices, ix);
      extra.set('indices', { value: indices });
    }
    ctx.arrayProps.set(out, extra);
    return out;
  };

  /** Named groups: an object with a null prototype (§22.2.7.2 step 33). */
  const groupsObject = (g: Record<string, unknown> | undefined): Value => {
    if (g === undefined) return undefined;
    const o = new JSObject(null);
    for (const [k, v] of Object.entries(g)) {
      const value = Array.isArray(v) ? [v[0] as number, v[1] as number] : (v as string | undefined);
      o.props.set(k, { value });
    }
    return o;
  };

  const tooLong = (): never => {
    throw ctx.rangeError('Invalid string length');
  };

  // The String methods that accept a RegExp. Each returns undefined when `pattern` is not a
  // RegExp, so string.ts falls back to its string-pattern algorithm.
  ctx.regexpString = {
    match(s, pattern) {
      if (!isRegExp(pattern)) return undefined;
      charge(s);
      const m = withLastIndex(pattern, (host) => s.match(host));
      if (m === null) return null;
      return hostOf(pattern).global ? Array.from(m, (x) => x) : matchArray(m as RegExpExecArray);
    },
    matchAll(s, pattern) {
      if (!isRegExp(pattern)) return undefined;
      if (!hostOf(pattern).global) throw ctx.typeError('String.prototype.matchAll called with a non-global RegExp argument');
      charge(s);
      // §22.2.6.9: the iterator works on a clone whose lastIndex is the pattern's.
      const clone = new RegExp(hostOf(pattern));
      clone.lastIndex = toLength(ctx, getValue(ctx, pattern, 'lastIndex'));
      const it = s.matchAll(clone);
      const iter: Iterator<Value> = {
        next: () => {
          // Each step of the iterator is a host match of its own.
          rec.beforeBlockingCall();
          const r = it.next();
          return r.done ? { done: true, value: undefined } : { done: false, value: matchArray(r.value) };
        },
      };
      return new JSObject(ctx.intr.RegExpStringIteratorPrototype, new IteratorData(iter, 'RegExp String Iterator'));
    },
    search(s, pattern) {
      if (!isRegExp(pattern)) return undefined;
      charge(s);
      return withLastIndex(pattern, (host) => s.search(host));
    },
    split(s, pattern, limit) {
      if (!isRegExp(pattern)) return undefined;
      charge(s);
      const lim = limit === undefined ? undefined : toUint32(ctx, limit);
      return splitWithin(ctx, lim, (max) => s.split(hostOf(pattern), max));
    },
    replace(s, pattern, replacement, all) {
      if (!isRegExp(pattern)) return undefined;
      const host = hostOf(pattern);
      if (all && !host.global) throw ctx.typeError('String.prototype.replaceAll called with a non-global RegExp argument');
      charge(s);
      if (ctx.isCallable(replacement)) {
        const fn = (...args: unknown[]): string => {
          // (match, p1..pn, offset, string[, groups]): the groups object is converted.
          const last = args[args.length - 1];
          const conv: Value[] = args.map((a) => a as Value);
          if (typeof last === 'object' && last !== null) conv[conv.length - 1] = groupsObject(last as Record<string, unknown>);
          return toStr(ctx, ctx.call(replacement, undefined, conv));
        };
        return withLastIndex(pattern, (h) => s.replace(h, talliedCallback(s, fn, tooLong)));
      }
      const rep = toStr(ctx, replacement);
      return replaceWithin(ctx.realm.budget, s, rep, host.global, (r) => withLastIndex(pattern, (h) => s.replace(h, r as string)), tooLong);
    },
  };

  const iterProto = ctx.intr.RegExpStringIteratorPrototype;
  iterProto.props.set('next', { value: ctx.nativeNext, enumerable: false });
  iterProto.props.set(TO_STRING_TAG_KEY, { value: 'RegExp String Iterator', writable: false, enumerable: false });
}
