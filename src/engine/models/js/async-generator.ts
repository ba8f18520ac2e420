/**
 * JS async generator objects under the js model: the request queue of ECMA-262 §27.6.3
 * (ES2023 text, as Node 20 runs it) over the shared GeneratorDriver (runtime/generator.ts).
 *
 *  - next / return / throw make a %Promise% capability and enqueue a request
 *    (AsyncGeneratorEnqueue); a suspended generator resumes at once and runs synchronously
 *    to its first await, yield or end — requests made while it runs just queue up.
 *  - A yield settles the front request with `{ value, done: false }`
 *    (AsyncGeneratorCompleteStep) and, if more requests are queued, the body goes on
 *    without suspending. The yielded operand was already awaited in the body (the JS
 *    front-end lowers `yield v` to `yield await v` in async generators).
 *  - A return() that reaches a suspended yield first awaits its value — a rejection is
 *    thrown at the yield instead (AsyncGeneratorUnwrapYieldResumption) — then goes through
 *    the body as a GeneratorReturn (runtime/generator.ts): finally blocks run and may yield.
 *  - When the body ends the generator is completed; queued requests are answered in order
 *    (AsyncGeneratorDrainQueue): next() with `{ value: undefined, done: true }`, throw()
 *    with a rejection, return(v) by awaiting v (AsyncGeneratorAwaitReturn: one tick for a
 *    native promise, settled through a reaction). A return() or throw() on an unstarted
 *    generator completes it without running the body.
 *
 * Each await in the body is a real suspension of the generator's own invocation (an
 * `awaited` event, then `resumed` when its reaction runs), as for async functions
 * (async-function.ts); so is a yield with no request waiting (`awaited` with what
 * `yield <value>`), and the request that resumes it emits `resumed`.
 */
import type { Value } from '../../runtime/values';
import { Thrown } from '../../runtime/thrown';
import { GeneratorReturn, type GeneratorDriver, type GenStep, type ResumeMode } from '../../runtime/generator';
import { iterResultObject } from '../../runtime/js/async-iteration';
import type { JsAsyncGeneratorQueue, JsPromiseOps } from '../model';
import { awaitValue } from './async-function';
import { describeValue } from './host';
import type { PromiseHost, PromiseRecord, Reactor } from './promise';

type State = 'suspendedStart' | 'suspendedYield' | 'executing' | 'awaiting-return' | 'completed';
interface Completion {
  mode: ResumeMode;
  value: Value;
}
interface Request {
  completion: Completion;
  capability: ReturnType<JsPromiseOps['capability']>;
}
type Stepper = Generator<unknown, GenStep, unknown>;

class AsyncGeneratorQueue implements JsAsyncGeneratorQueue, Reactor {
  private state: State = 'suspendedStart';
  private readonly queue: Request[] = [];
  /** The resumption in progress while the body is suspended at an await. */
  private stepper: Stepper | null = null;
  private started = false;
  readonly id: number;
  private readonly name: string;

  constructor(
    private readonly host: PromiseHost,
    private readonly P: JsPromiseOps,
    private readonly driver: GeneratorDriver,
  ) {
    const r = host.realm.rec;
    this.id = r.newId();
    this.name = `${driver.info.name || '<anonymous>'}()`;
    if (r.on)
      r.emit({ type: 'invocation', id: this.id, kind: 'async-call', name: this.name, parent: r.current, loc: driver.info.callSite });
  }

  label(): string {
    return `resume ${this.name}`;
  }

  request(mode: ResumeMode, value: Value): Value {
    const capability = this.P.capability();
    const state = this.state;
    if (mode === 'next' && state === 'completed') {
      capability.resolve(iterResultObject(this.host.realm, undefined, true));
      return capability.promise;
    }
    if (mode === 'throw') {
      if (state === 'suspendedStart') this.state = 'completed';
      if (this.state === 'completed') {
        capability.reject(value);
        return capability.promise;
      }
    }
    const completion: Completion = { mode, value };
    this.queue.push({ completion, capability });
    if (mode === 'return' && (state === 'suspendedStart' || state === 'completed')) {
      this.state = 'awaiting-return';
      this.awaitReturn();
    } else if (state === 'suspendedYield' || (state === 'suspendedStart' && mode === 'next')) {
      this.resume(completion);
    }
    return capability.promise;
  }

  /** AsyncGeneratorResume: the body runs until it awaits, yields or ends. */
  private resume(completion: Completion): void {
    this.state = 'executing';
    const r = this.host.realm.rec;
    if (r.on) r.emit(this.started ? { type: 'resumed', id: this.id } : { type: 'started', id: this.id, loc: this.driver.info.callSite });
    this.started = true;
    const d = this.driver;
    const stepper: Stepper =
      completion.mode === 'return'
        ? this.unwrapReturn(completion.value)
        : d.resumeAsync(completion.mode, completion.mode === 'throw' ? new Thrown(completion.value) : completion.value);
    this.stepper = stepper;
    this.run(() => stepper.next());
  }

  /** AsyncGeneratorUnwrapYieldResumption for a return request: await the value at the yield. */
  private *unwrapReturn(v: Value): Stepper {
    let w: Value;
    try {
      w = yield* awaitValue(this.host, v, this.driver.info.callSite);
    } catch (e) {
      if (!(e instanceof Thrown)) throw e;
      return yield* this.driver.resumeAsync('throw', e);
    }
    return yield* this.driver.resumeAsync('throw', new GeneratorReturn(w));
  }

  react(rejected: boolean, argument: Value, by: PromiseRecord | null): void {
    const r = this.host.realm.rec;
    if (r.on) r.resumed(this.id, by?.id || undefined);
    const stepper = this.stepper!;
    this.run(() => (rejected ? stepper.throw(new Thrown(argument)) : stepper.next(argument)));
  }

  /** One stretch of the body, with this generator as the awaiting driver. */
  private run(step: () => IteratorResult<unknown, GenStep>): void {
    const host = this.host;
    const r = host.realm.rec;
    const prev = r.current;
    const prevDriver = host.driver;
    r.current = this.id;
    host.driver = this;
    let res: IteratorResult<unknown, GenStep>;
    let thrown: Thrown | undefined;
    try {
      res = step();
    } catch (e) {
      if (e instanceof GeneratorReturn) res = { done: true, value: { done: true, value: e.value } };
      else if (e instanceof Thrown) {
        thrown = e;
        res = { done: true, value: { done: true, value: undefined } };
      } else throw e;
    } finally {
      r.current = prev;
      host.driver = prevDriver;
    }
    if (!res.done) return; // suspended at an await: react() goes on
    this.stepper = null;
    const out = res.value;
    if (thrown || out.done) {
      this.state = 'completed';
      if (r.on)
        r.emit(
          thrown
            ? { type: 'rejected', id: this.id, error: host.realm.js.errorSummary(thrown.value) }
            : { type: 'resolved', id: this.id, value: describeValue(host.realm, out.value) },
        );
      this.completeStep(thrown ? { mode: 'throw', value: thrown.value } : { mode: 'next', value: out.value }, true);
      this.drainQueue();
      return;
    }
    // AsyncGeneratorYield.
    this.completeStep({ mode: 'next', value: out.value }, false);
    if (this.queue.length > 0) this.resume(this.queue[0]!.completion);
    else {
      // Suspended at the yield until the next request (`resumed` then).
      this.state = 'suspendedYield';
      if (r.on) r.awaited(this.id, undefined, `yield ${describeValue(host.realm, out.value)}`, undefined);
    }
  }

  /** AsyncGeneratorCompleteStep: settle the front request. */
  private completeStep(completion: Completion, done: boolean): void {
    const next = this.queue.shift()!;
    if (completion.mode === 'throw') next.capability.reject(completion.value);
    else next.capability.resolve(iterResultObject(this.host.realm, completion.value, done));
  }

  /** AsyncGeneratorDrainQueue (the generator is completed). */
  private drainQueue(): void {
    while (this.queue.length > 0) {
      const completion = this.queue[0]!.completion;
      if (completion.mode === 'return') {
        this.state = 'awaiting-return';
        this.awaitReturn();
        return;
      }
      this.completeStep(completion.mode === 'throw' ? completion : { mode: 'next', value: undefined }, true);
    }
  }

  /** AsyncGeneratorAwaitReturn: settle the front return(v) request once v settles. */
  private awaitReturn(): void {
    const completion = this.queue[0]!.completion;
    let promise: Value;
    try {
      promise = this.P.resolve(completion.value);
    } catch (e) {
      if (!(e instanceof Thrown)) throw e;
      this.state = 'completed';
      this.completeStep({ mode: 'throw', value: e.value }, true);
      this.drainQueue();
      return;
    }
    const settle = (c: Completion): Value => {
      this.state = 'completed';
      this.completeStep(c, true);
      this.drainQueue();
      return undefined;
    };
    this.P.then(
      promise,
      (v) => settle({ mode: 'next', value: v }),
      (reason) => settle({ mode: 'throw', value: reason }),
    );
  }
}

export function createAsyncGeneratorQueue(host: PromiseHost, P: JsPromiseOps, driver: GeneratorDriver): JsAsyncGeneratorQueue {
  return new AsyncGeneratorQueue(host, P, driver);
}
