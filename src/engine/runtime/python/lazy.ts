/**
 * The lazy iterator types: map, filter, zip, enumerate, reversed. Each pulls from its
 * source on demand (so a mapped function runs when the item is consumed, as in CPython).
 */
import type { Realm } from '../realm';
import { type PyClass, PyInstance, PyTuple, type CallArgs, type Value } from '../values';
import { intArg, positional } from './args';
import { lookupMro } from './classes';
import { call, callDunder } from './calls';
import { stepOf, toArray } from './iteration';
import { DONE, PyIterator, PyRange, type NextResult } from './objects';
import { truthy } from './operators';
import { pyRuntime } from './state';
import { None } from '../values';
import { typeName } from './types';
import { pyLen } from './items';
import { reversedRange } from './range';

type Construct = (cls: PyClass, args: CallArgs, realm: Realm) => Value;

export const lazyConstructors: Record<string, Construct> = {
  map: (_cls, args, realm) => {
    const rt = pyRuntime(realm);
    const p = positional(rt, 'map', args, 2, Infinity);
    const fn = p[0];
    const steps = p.slice(1).map((it) => stepOf(rt, it));
    return new PyIterator('map', () => {
      const vals: Value[] = [];
      for (const s of steps) {
        const v = s();
        if (v === DONE) return DONE;
        vals.push(v);
      }
      return call(rt, fn, vals);
    });
  },
  filter: (_cls, args, realm) => {
    const rt = pyRuntime(realm);
    const [fn, it] = positional(rt, 'filter', args, 2, 2);
    const step = stepOf(rt, it);
    return new PyIterator('filter', () => {
      for (let v = step(); v !== DONE; v = step()) {
        if (fn === None ? truthy(rt, v) : truthy(rt, call(rt, fn, [v]))) return v;
      }
      return DONE;
    });
  },
  zip: (_cls, args, realm) => {
    const rt = pyRuntime(realm);
    const strict = args.keywords?.get('strict');
    positional(rt, 'zip', args, 0, Infinity, ['strict']);
    const steps = args.positional.map((it) => stepOf(rt, it));
    let done = false;
    return new PyIterator('zip', () => {
      if (done || steps.length === 0) return DONE;
      const vals: Value[] = [];
      for (const [i, step] of steps.entries()) {
        const v = step();
        if (v === DONE) {
          done = true;
          if (strict === true && i > 0) {
            throw rt.error('ValueError', `zip() argument ${i + 1} is shorter than argument${i > 1 ? 's 1-' + i : ' 1'}`);
          }
          return DONE;
        }
        vals.push(v);
      }
      return new PyTuple(vals);
    });
  },
  enumerate: (_cls, args, realm) => {
    const rt = pyRuntime(realm);
    const p = positional(rt, 'enumerate', args, 1, 2, ['start']);
    const startV = p[1] ?? args.keywords?.get('start');
    let i = startV === undefined ? 0 : intArg(rt, startV);
    const step = stepOf(rt, p[0]);
    return new PyIterator('enumerate', () => {
      const v = step();
      return v === DONE ? DONE : new PyTuple([i++, v]);
    });
  },
  reversed: (_cls, args, realm) => {
    const rt = pyRuntime(realm);
    const [seq] = positional(rt, 'reversed', args, 1, 1);
    if (seq instanceof PyInstance && lookupMro(seq.cls, '__reversed__') !== undefined) {
      return callDunder(rt, seq, '__reversed__', [])!;
    }
    if (seq instanceof PyRange) return reversedRange(seq);
    let items: readonly Value[];
    if (Array.isArray(seq)) items = seq;
    else if (seq instanceof PyTuple || typeof seq === 'string') items = toArray(rt, seq);
    else if (seq instanceof PyInstance && lookupMro(seq.cls, '__getitem__') !== undefined) {
      const n = pyLen(rt, seq);
      let i = n - 1;
      return new PyIterator('reversed', () => (i >= 0 ? callDunder(rt, seq, '__getitem__', [i--])! : DONE));
    } else throw rt.error('TypeError', `'${typeName(rt, seq)}' object is not reversible`);
    let i = items.length - 1;
    const kind = Array.isArray(seq) ? 'list_reverseiterator' : 'reversed';
    return new PyIterator(kind, (): NextResult => {
      if (i >= items.length) i = items.length - 1;
      return i >= 0 ? items[i--] : DONE;
    });
  },
};
