/**
 * JsOps called directly, on Python values and with `displayLang: 'py'` — the rules this
 * runtime chose for foreign values (documented in src/engine/runtime/js/convert.ts and
 * inspect.ts), plus host-level properties of the API (no Node parity to compare with).
 */
import { describe, expect, it } from 'vitest';
import { Realm, Budget } from '../../../src/engine/runtime/realm';
import { Recorder } from '../../../src/engine/events/recorder';
import { installPython } from '../../../src/engine/runtime/python/index';
import { installJs, jsContext, defineNativeClass, MATH_RANDOM_SEED } from '../../../src/engine/runtime/js/index';
import { createInterp } from '../../../src/engine/interp/index';
import { isThrown } from '../../../src/engine/runtime/thrown';
import { JSObject, None, PyClass, PyFloat, PyInstance, type Value } from '../../../src/engine/runtime/values';
import type { Lang } from '../../../src/engine/ir/nodes';

function makeRealm(displayLang: Lang) {
  const realm = new Realm({ modelName: 'js', displayLang, rec: new Recorder(false), budget: new Budget(1e9) });
  realm.py = installPython(realm);
  realm.js = installJs(realm);
  realm.interp = createInterp(realm);
  return realm;
}

function thrownSummary(realm: Realm, f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (isThrown(e)) return realm.ops(e.value instanceof PyInstance ? 'py' : 'js').errorSummary(e.value);
    throw e;
  }
  throw new Error('nothing was thrown');
}

describe('shared primitives follow the snippet language when printed', () => {
  it('booleans print True/False for a Python snippet, true/false for a JS one', () => {
    const py = makeRealm('py');
    const js = makeRealm('js');
    expect(py.js.display(true)).toBe('True');
    expect(py.js.display([true, false, null])).toBe('[ True, False, null ]');
    expect(js.js.display(true)).toBe('true');
    expect(js.js.display([true, false])).toBe('[ true, false ]');
    // ToString is a language operation, not printing: `${true}` is 'true' in JS code.
    expect(py.js.toString(true)).toBe('true');
  });
});

describe('Python values seen from JS code', () => {
  const realm = makeRealm('js');
  const js = realm.js;
  const valueError = () => realm.py.newError('ValueError', 'bad input').value;

  it('None is a foreign object: printed as None, falsy, concatenated as its str()', () => {
    expect(js.display(None)).toBe('None');
    expect(js.display([None])).toBe('[ None ]');
    expect(js.truthy(None)).toBe(false);
    expect(js.binary('+', None, 1)).toBe('None1');
    expect(js.compare('==', None, null)).toBe(false);
    expect(js.unary('typeof', None)).toBe('object');
  });

  it('PyFloat unboxes to a number', () => {
    const f = new PyFloat(1.5);
    expect(js.binary('+', f, 1)).toBe(2.5);
    expect(js.binary('*', f, new PyFloat(2))).toBe(3);
    expect(js.compare('===', f, 1.5)).toBe(true);
    expect(js.compare('<', f, 2)).toBe(true);
    expect(js.toString(new PyFloat(1))).toBe('1');
    expect(js.display(new PyFloat(2))).toBe('2');
    expect(js.unary('typeof', f)).toBe('number');
    expect(js.getAttr(f, 'toFixed') !== undefined).toBe(true);
  });

  it('a Python exception converts to its str(), as the twin\'s f"{e}" / str(e); uncaught, it is summarised `Type: message`', () => {
    const e = valueError();
    expect(js.toString(e)).toBe('bad input');
    expect(js.templatePart(e)).toBe('bad input');
    expect(js.errorSummary(e)).toBe('ValueError: bad input');
    // console.log(e) of a Python exception shows what Python's print(e) shows: str(e).
    expect(js.display(e)).toBe('bad input');
    const cls = realm.py.getAttr(e, '__class__');
    expect(cls).toBeInstanceOf(PyClass);
    expect(js.instanceOf(e, cls)).toBe(true);
    expect(js.unary('typeof', cls)).toBe('function');
  });

  it('attribute access on Python values goes to Python', () => {
    expect(thrownSummary(realm, () => js.getAttr(None, 'then'))).toBe("AttributeError: 'NoneType' object has no attribute 'then'");
  });

  it('Python containers iterate through Python and print as their repr', () => {
    const t = realm.py.makeTuple([1, 'a']);
    expect([...js.iterate(t)]).toEqual([1, 'a']);
    expect(js.getItem(t, 1)).toBe('a');
    const d = realm.py.makeDict([['k', 1]]);
    expect(js.display(d)).toBe("{'k': 1}");
    expect(js.getItem(d, 'k')).toBe(1);
    expect(js.display([t])).toBe("[ (1, 'a') ]");
  });
});

describe('JsOps API', () => {
  it('errorSummary: Error objects as `name: message`, other values as String(v)', () => {
    const realm = makeRealm('js');
    const js = realm.js;
    expect(js.errorSummary(js.newError('TypeError', 'x is not a function').value)).toBe('TypeError: x is not a function');
    expect(js.errorSummary(js.newError('RangeError', '').value)).toBe('RangeError');
    expect(js.errorSummary(42)).toBe('42');
    expect(js.errorSummary(js.newObject())).toBe('[object Object]');
  });

  it('defineNativeClass builds a constructor with prototype methods, statics and subclassing', () => {
    const realm = makeRealm('js');
    const ctx = jsContext(realm);
    const Box = defineNativeClass(ctx, {
      name: 'Box',
      length: 1,
      construct: ([v], proto) => new JSObject(proto, { v }),
      methods: { get: [0, (self) => ((self as JSObject).internal as { v: Value }).v] },
      statics: { of: [1, (_s, [v]) => realm.interp.construct(Box, { positional: [v] }, 'js')] },
      global: true,
    });
    const b = realm.interp.construct(Box, { positional: [7] }, 'js');
    expect(realm.js.display(b)).toBe('Box {}');
    expect(realm.interp.call(realm.js.getAttr(b, 'get'), b, { positional: [] }, 'js')).toBe(7);
    expect(realm.js.instanceOf(b, Box)).toBe(true);
    expect(realm.builtins.js.get('Box')).toBe(Box);
    expect(realm.js.display(Box)).toBe('[Function: Box]');
    expect(thrownSummary(realm, () => realm.interp.call(Box, undefined, { positional: [] }, 'js'))).toBe(
      "TypeError: Constructor Box requires 'new'",
    );
  });

  it('Math.random is the same sequence in every run (fixed seed)', () => {
    const seq = () => {
      const realm = makeRealm('js');
      const M = realm.builtins.js.get('Math');
      const random = realm.js.getAttr(M, 'random');
      return [0, 1, 2].map(() => realm.interp.call(random, M, { positional: [] }, 'js') as number);
    };
    const a = seq();
    expect(a).toEqual(seq());
    expect(new Set(a).size).toBe(3);
    for (const x of a) expect(x >= 0 && x < 1).toBe(true);
    expect(MATH_RANDOM_SEED).toBeTypeOf('number');
  });

  it('Date.now follows the virtual clock', () => {
    const realm = makeRealm('js');
    const D = realm.builtins.js.get('Date');
    const now = () => realm.interp.call(realm.js.getAttr(D, 'now'), D, { positional: [] }, 'js') as number;
    const t0 = now();
    realm.rec.time = 250;
    expect(now() - t0).toBe(250);
  });

  it('console.error and console.warn go to stderr, not stdout', () => {
    const realm = makeRealm('js');
    const c = realm.builtins.js.get('console');
    realm.interp.call(realm.js.getAttr(c, 'error'), c, { positional: ['oops', 1] }, 'js');
    realm.interp.call(realm.js.getAttr(c, 'log'), c, { positional: ['out'] }, 'js');
    expect(realm.stderr).toEqual(['oops 1']);
    expect(realm.stdout).toEqual(['out']);
  });
});
