/**
 * A minimal Realm for driving the js model without the interpreter or the JS runtime:
 * JS objects with prototype chains, native functions only, Error objects with
 * name/message. Async bodies are hand-written TS generators that `yield*` the model's
 * awaitValue, exactly as compiled bodies do. Enough to test scheduling order, nothing more.
 */
import { Budget, Realm, type Interp, type JsOps, type PyOps } from '../../../src/engine/runtime/realm';
import { Recorder } from '../../../src/engine/events/recorder';
import { Thrown } from '../../../src/engine/runtime/thrown';
import { JSObject, NativeFunction, type CallArgs, type PropSlot, type Value } from '../../../src/engine/runtime/values';
import { JsModel } from '../../../src/engine/models/js/index';
import type { BodyGenerator, LoadedProgram } from '../../../src/engine/models/model';
import { isPromise, promiseRecordOf } from '../../../src/engine/models/js/promise';

export function makeRealm(opts: { record?: boolean; budget?: number } = {}): Realm {
  const realm = new Realm({
    modelName: 'js',
    displayLang: 'js',
    rec: new Recorder(opts.record ?? false),
    budget: new Budget(opts.budget ?? 1_000_000),
  });
  const ObjectPrototype = new JSObject(null);
  const FunctionPrototype = new JSObject(ObjectPrototype);
  const ArrayPrototype = new JSObject(ObjectPrototype);
  const ErrorPrototype = new JSObject(ObjectPrototype);
  const get = (obj: Value, key: string): Value => {
    let o: JSObject | null = obj instanceof JSObject ? obj : null;
    if (obj instanceof NativeFunction) {
      const s = obj.props.get(key);
      if (s && 'value' in s) return s.value;
      if (key === 'name') return obj.name;
      o = FunctionPrototype;
    }
    if (Array.isArray(obj)) {
      if (key === 'length') return obj.length;
      return /^\d+$/.test(key) ? obj[Number(key)] : undefined;
    }
    for (; o; o = o.proto) {
      const s = o.props.get(key);
      if (s) {
        if ('value' in s) return s.value;
        return s.get ? realm.interp.call(s.get, obj, { positional: [] }, 'js') : undefined;
      }
    }
    if (obj === undefined || obj === null) throw js.newError('TypeError', `Cannot read properties of ${obj} (reading '${key}')`);
    return undefined;
  };
  const newError = (type: string, message: string): Thrown => {
    const e = new JSObject(ErrorPrototype);
    e.props.set('name', { value: type });
    e.props.set('message', { value: message });
    return new Thrown(e);
  };
  const repr = (v: Value): string => {
    if (typeof v === 'string') return `'${v}'`;
    if (Array.isArray(v)) return `[ ${v.map(repr).join(', ')} ]`;
    if (isPromise(v)) return `Promise { ${['<pending>', repr(promiseRecordOf(v)!.result), '<rejected>'][promiseRecordOf(v)!.state]} }`;
    if (v instanceof JSObject) return '{...}';
    return String(v);
  };
  const js = {
    lang: 'js',
    intrinsics: { ObjectPrototype, FunctionPrototype, ArrayPrototype, ErrorPrototype },
    getAttr: (obj: Value, key: string) => get(obj, key),
    defineProperty: (obj: Value, key: string, slot: PropSlot) => {
      (obj as JSObject | NativeFunction).props.set(key, slot);
    },
    newObject: () => new JSObject(ObjectPrototype),
    // Static inheritance between built-in classes (CustomEvent extends Event): not modelled here.
    setPrototypeOf: () => undefined,
    newError,
    errorSummary: (e: Value) => (e instanceof JSObject ? `${String(get(e, 'name'))}: ${String(get(e, 'message'))}` : `Uncaught ${repr(e)}`),
    repr,
    display: (v: Value) => (typeof v === 'string' ? v : repr(v)),
    toString: (v: Value) => String(v),
    unary: (_op: string, v: Value) => Number(v),
    iterate: (v: Value) => {
      if (!Array.isArray(v)) throw newError('TypeError', 'object is not iterable');
      return v;
    },
  } as unknown as JsOps;
  realm.js = js;
  realm.py = { lang: 'py', repr: (v: Value) => String(v), errorSummary: () => 'py' } as unknown as PyOps;
  const call = (fn: Value, thisArg: Value, args: CallArgs): Value => {
    if (!(fn instanceof NativeFunction)) throw newError('TypeError', `${repr(fn)} is not a function`);
    if (++realm.budget.used > realm.budget.limit) realm.budget.exceeded(undefined);
    return fn.impl(thisArg, args, realm);
  };
  realm.interp = {
    call,
    construct: (fn: Value, args: CallArgs) => {
      if (!(fn instanceof NativeFunction) || !fn.construct) throw newError('TypeError', 'not a constructor');
      return fn.construct(args, fn, realm);
    },
    isCallable: (v: Value) => v instanceof NativeFunction,
  } as unknown as Interp;
  return realm;
}

/** A test session: a realm, the model, and JS-like helpers. */
export class Session {
  readonly realm: Realm;
  readonly model: JsModel;
  constructor(opts: { record?: boolean; budget?: number } = {}) {
    this.realm = makeRealm(opts);
    this.model = new JsModel(this.realm);
    this.realm.model = this.model;
  }
  get out(): string[] {
    return this.realm.stdout;
  }
  log = (s: string): void => this.realm.print(s);
  global(name: string): Value {
    return this.realm.builtins.js.get(name);
  }
  get Promise(): NativeFunction {
    return this.global('Promise') as NativeFunction;
  }
  fn(impl: (...args: Value[]) => Value, name = ''): NativeFunction {
    return new NativeFunction(name, (_self, a) => impl(...a.positional), 'js');
  }
  /** `obj.name(...args)` */
  invoke(obj: Value, name: string, ...args: Value[]): Value {
    const f = this.realm.js.getAttr(obj, name);
    return this.realm.interp.call(f, obj, { positional: args }, 'js');
  }
  call(name: string, ...args: Value[]): Value {
    return this.realm.interp.call(this.global(name), undefined, { positional: args }, 'js');
  }
  newPromise(executor: (resolve: (v?: Value) => void, reject: (v?: Value) => void) => void): Value {
    return this.realm.interp.construct(
      this.Promise,
      {
        positional: [
          this.fn((res, rej) => {
            executor(
              (v) => this.realm.interp.call(res, undefined, { positional: [v] }, 'js'),
              (v) => this.realm.interp.call(rej, undefined, { positional: [v] }, 'js'),
            );
            return undefined;
          }),
        ],
      },
      'js',
    );
  }
  resolved(v: Value): Value {
    return this.invoke(this.Promise, 'resolve', v);
  }
  rejected(v: Value): Value {
    return this.invoke(this.Promise, 'reject', v);
  }
  error(msg: string, type = 'Error'): Value {
    return this.realm.js.newError(type, msg).value;
  }
  then(p: Value, f: (v: Value) => Value, r?: (v: Value) => Value): Value {
    return this.invoke(p, 'then', this.fn(f), r ? this.fn(r) : undefined);
  }
  /** An async function: calling it runs `body` through the model's callAsync. */
  async(name: string, body: (...args: Value[]) => BodyGenerator): (...args: Value[]) => Value {
    return (...args) => this.model.callAsync(body(...args), { name, qualname: name });
  }
  await(v: Value): Generator<unknown, Value, unknown> {
    return this.model.awaitValue(v, undefined);
  }
  /** A clock: a then-chain of `n` links counting ticks (docs/semantics.md "Units"). */
  clock(n = 12): { n: number } {
    const c = { n: 0 };
    let p = this.resolved(undefined);
    for (let i = 0; i < n; i++) p = this.then(p, () => (c.n++, undefined));
    return c;
  }
  /** Run a module body (sync function, or a generator for top-level await) to the end. */
  run(body: (() => void) | (() => BodyGenerator), tla = false): void {
    const program = { hasTopLevelAwait: tla } as LoadedProgram['program'];
    const module = tla
      ? { runSync: () => undefined, runAsync: body as () => BodyGenerator }
      : {
          runSync: () => {
            body();
            return undefined;
          },
          runAsync: () => {
            throw new Error('not async');
          },
        };
    this.model.start({ program, module });
    while (!this.model.runUntil(this.realm.budget.used + 100)) {
      /* slices */
    }
  }
  get outcome() {
    return this.model.finish();
  }
}
