/**
 * Promise.all / allSettled / any / race (ECMA-262 §27.2.4.1–5), docs/semantics.md §1.7:
 *  - each reads `C.resolve` once (GetPromiseResolve), then for every element in iteration
 *    order calls `C.resolve(element)` and `.then(...)` on the result — so settled native
 *    inputs get their handlers in input order at tick 1 and awaiting the combined promise
 *    costs 2 ticks; `all([])` is already fulfilled (1 tick); a thenable element adds 1;
 *  - the element functions share an [[AlreadyCalled]] flag each and a remaining counter
 *    that starts at 1 and is decremented once more after the loop;
 *  - `any` rejects with an AggregateError "All promises were rejected" whose `errors` are
 *    in input order; `race` settles with whichever handler runs first.
 * An abrupt completion while iterating rejects the result (IfAbruptRejectPromise).
 */
import { Thrown } from '../../runtime/thrown';
import { JSObject, type NativeFunction, type Value } from '../../runtime/values';
import { PromiseRecord, performThen, type PromiseHost, type Reactor } from './promise';
import { NativeCapability, capabilityFor, type Capability } from './promise-capability';
import { call, defineData, defineMethod, get, internalFn, invoke, isCallable, jsError } from './host';
import { tick, type Realm } from '../../runtime/realm';

type Kind = 'all' | 'allSettled' | 'any' | 'race';

export function installCombinators(host: PromiseHost, ctor: NativeFunction): void {
  for (const kind of ['all', 'allSettled', 'any', 'race'] as const) {
    defineMethod(host.realm, ctor, kind, (self, args) => combinator(host, kind, self, args[0]), 1);
  }
}

function combinator(host: PromiseHost, kind: Kind, C: Value, iterable: Value): Value {
  const realm = host.realm;
  const cap = capabilityFor(host, C, `Promise.${kind}`);
  try {
    const promiseResolve = get(realm, C, 'resolve');
    if (!isCallable(realm, promiseResolve)) throw jsError(realm, 'TypeError', 'Promise resolve or reject function is not callable');
    // Each item a step: a native iterator runs no statement that would count one
    // (runtime/js/iteration.ts iterateCounted).
    const items = countedItems(realm, iterable);
    if (kind === 'race') {
      for (const item of items) {
        const next = call(realm, promiseResolve, C, [item]);
        invoke(realm, next, 'then', [cap.resolveFn(), cap.rejectFn()]);
      }
    } else {
      performJoin(host, kind, cap, C, promiseResolve, items);
    }
  } catch (e) {
    if (!(e instanceof Thrown)) throw e;
    cap.reject(e.value);
  }
  return cap.promise;
}

/** The remaining-elements bookkeeping one PerformPromiseAll / AllSettled / Any shares. */
class Join {
  readonly values: Value[] = [];
  /** Starts at 1, decremented once more after the loop (§27.2.4.1.2 step 8.d). */
  remaining = 1;
  constructor(
    readonly host: PromiseHost,
    readonly kind: Exclude<Kind, 'race'>,
    readonly cap: Capability,
  ) {}
  /** An element function's body after its [[AlreadyCalled]] check. */
  element(index: number, x: Value, rejected: boolean): void {
    const kind = this.kind;
    this.values[index] =
      kind === 'allSettled'
        ? rejected
          ? settledRecord(this.host, 'rejected', 'reason', x)
          : settledRecord(this.host, 'fulfilled', 'value', x)
        : x;
    if (--this.remaining === 0) this.finish();
  }
  finish(): void {
    if (this.kind === 'any') this.cap.reject(aggregateError(this.host, this.values));
    else this.cap.resolve(this.values);
  }
}

/**
 * `nextPromise.then(onFulfilled, onRejected)` of one element, when nothing in it can be
 * observed: %Promise%'s own `then` on a native promise of %Promise%, handlers that are the
 * element and resolving functions (internal, never exposed). Then the handlers are this one
 * reaction, and the derived promise `then` would make is not made: nobody can reach it, and
 * it is only ever fulfilled with undefined (issue 10: three functions, a derived promise and a
 * capability per element). The reaction job runs in the same tick; the steps the two calls
 * would have counted are counted.
 */
class JoinElement implements Reactor {
  readonly id = 0;
  constructor(
    private readonly join: Join,
    private readonly index: number,
  ) {}
  label(): string {
    return '';
  }
  react(rejected: boolean, argument: Value): void {
    const budget = this.join.host.realm.budget;
    tick(budget, undefined);
    const { kind, cap } = this.join;
    if (kind === 'all' && rejected) cap.reject(argument);
    else if (kind === 'any' && !rejected) cap.resolve(argument);
    else this.join.element(this.index, argument, rejected);
  }
}

/** PerformPromiseAll / AllSettled / Any. */
function performJoin(
  host: PromiseHost,
  kind: Exclude<Kind, 'race'>,
  cap: Capability,
  C: Value,
  promiseResolve: Value,
  items: Iterable<Value>,
): void {
  const realm = host.realm;
  const join = new Join(host, kind, cap);
  const values = join.values;
  // The element reaction can stand for the two handlers only with %Promise%'s own resolve
  // functions (a NativeCapability): a subclass's are user code.
  const nativeCap = C === host.promiseCtor && cap instanceof NativeCapability;
  let index = 0;
  for (const item of items) {
    values.push(undefined);
    const next = call(realm, promiseResolve, C, [item]);
    const i = index++;
    join.remaining++;
    if (nativeCap && isIntrinsicThen(host, next)) {
      const budget = realm.budget;
      tick(budget, undefined);
      performThen(host, next as PromiseRecord, new JoinElement(join, i));
      continue;
    }
    const element = (rejected: boolean): NativeFunction => {
      let alreadyCalled = false;
      // A resolve or reject element function takes one argument (§27.2.4.1.3, §27.2.4.2.2, §27.2.4.3.2).
      return internalFn(
        '',
        (_self, args) => {
          if (alreadyCalled) return undefined;
          alreadyCalled = true;
          join.element(i, args[0], rejected);
          return undefined;
        },
        1,
      );
    };
    if (kind === 'all') {
      invoke(realm, next, 'then', [element(false), cap.rejectFn()]);
    } else if (kind === 'allSettled') {
      invoke(realm, next, 'then', [element(false), element(true)]);
    } else {
      invoke(realm, next, 'then', [cap.resolveFn(), element(true)]);
    }
  }
  if (--join.remaining === 0) join.finish();
}

/**
 * `Get(next, "then")` would be %Promise.prototype.then% without running anything, and `then`
 * would take %Promise% as the species: a native promise of %Promise.prototype% with no own
 * `then` or `constructor`, whose prototype's `then` is the intrinsic one.
 */
function isIntrinsicThen(host: PromiseHost, next: Value): boolean {
  if (!(next instanceof PromiseRecord) || next.proto !== host.promiseProto) return false;
  const own = next.propMap;
  if (own !== undefined && (own.has('then') || own.has('constructor'))) return false;
  // Data properties only: an accessor would be a call to user code.
  const protoProps = host.promiseProto.propMap;
  const then = protoProps?.get('then');
  const ctor = protoProps?.get('constructor');
  return (
    then !== undefined &&
    'value' in then &&
    then.value === host.promiseThen &&
    ctor !== undefined &&
    'value' in ctor &&
    ctor.value === host.promiseCtor
  );
}

function settledRecord(host: PromiseHost, status: string, key: string, x: Value): Value {
  const obj = host.realm.js.newObject();
  defineData(host.realm, obj, 'status', status);
  defineData(host.realm, obj, key, x);
  return obj;
}

/** `new AggregateError(errors, "All promises were rejected")`. */
function aggregateError(host: PromiseHost, errors: Value[]): Value {
  const realm = host.realm;
  const message = 'All promises were rejected';
  const ctor = realm.builtins.js.get('AggregateError');
  const viaCtor = ctor !== undefined && isCallable(realm, ctor);
  const err = viaCtor
    ? realm.interp.construct(ctor, { positional: [errors, message] }, 'js')
    : realm.js.newError('AggregateError', message).value;
  if (!(err instanceof JSObject)) return err;
  if (!viaCtor) realm.js.defineProperty(err, 'errors', { value: errors, writable: true, enumerable: false, configurable: true }, false);
  // V8 makes this error inside the builtin's reject step, with no JavaScript frame on the
  // stack: its `stack` is the header alone, which util.inspect prints in brackets
  // (`[AggregateError: All promises were rejected] { [errors]: [...] }`).
  err.props.set('stack', { value: `AggregateError: ${message}`, writable: true, enumerable: false, configurable: true });
  return err;
}

function* countedItems(realm: Realm, iterable: Value): Generator<Value, void, undefined> {
  for (const x of realm.js.iterate(iterable)) {
    tick(realm.budget, undefined);
    yield x;
  }
}
