// What `yield*` and `for await` read of the iterators they drive, seen through getters, and the
// lengths and names of the functions the promise machinery hands to a `then` a program replaced.
// Each getter runs once per read the spec makes (ECMA-262 §15.5.5 yield*, §7.4.3 GetIterator).
const log = [];
const say = (line) => console.log(`${line}: ${log.splice(0).join(', ')}`);

// A sync generator forwarding return(): a result not done is yielded as it is (done read once).
function syncInner() {
  let n = 0;
  return {
    [Symbol.iterator]() {
      return {
        next: () => ({ value: 'first', done: false }),
        return(arg) {
          n++;
          log.push(`return(${arg})`);
          return {
            get value() { log.push(`value ${n}`); return `v${n}`; },
            get done() { log.push(`done ${n}`); return n > 1; },
          };
        },
      };
    },
  };
}
function* syncOuter() {
  yield* syncInner();
}
const s = syncOuter();
s.next();
const r1 = s.return('a');
say('sync return, not done');
console.log(r1.value, r1.done);
say('reading the yielded result');
console.log(JSON.stringify(s.return('b')));
say('sync return, done');

// The same through an async generator over an async iterator whose return() is a thenable.
const asyncInner = {
  [Symbol.asyncIterator]() {
    let n = 0;
    return {
      next: () => ({ value: 'first', done: false }),
      return(arg) {
        n++;
        log.push(`return(${arg})`);
        return {
          then(resolve) {
            log.push(`then ${n}`);
            resolve({
              get value() { log.push(`value ${n}`); return `v${n}`; },
              get done() { log.push(`done ${n}`); return n > 1; },
            });
          },
        };
      },
    };
  },
};
async function* asyncOuter() {
  yield* asyncInner;
}

// A sync iterable under `yield*` in an async generator and under `for await`: each
// [Symbol.iterator] getter runs once, after the [Symbol.asyncIterator] one.
function syncIterable(tag) {
  return {
    get [Symbol.asyncIterator]() {
      log.push(`${tag} get asyncIterator`);
      return undefined;
    },
    get [Symbol.iterator]() {
      log.push(`${tag} get iterator`);
      return function* () {
        yield 1;
        yield Promise.resolve(2);
      };
    },
  };
}
async function* delegating() {
  return yield* syncIterable('yield*');
}

async function main() {
  const a = asyncOuter();
  await a.next();
  console.log(JSON.stringify(await a.return('a')));
  say('async return, not done');
  console.log(JSON.stringify(await a.return('b')));
  say('async return, done');

  for await (const x of delegating()) log.push(`got ${x}`);
  say('yield* over a sync iterable');
  for await (const x of syncIterable('for await')) log.push(`got ${x}`);
  say('for await over a sync iterable');

  // The functions a replaced `then` receives: resolving functions, combinator elements,
  // a subclass's executor, and finally's two functions.
  const then = Promise.prototype.then;
  const describe = (f) => `${typeof f} length ${f.length} name ${JSON.stringify(f.name)} own ${Object.getOwnPropertyNames(f).join('/')}`;
  new Promise((resolve, reject) => log.push(`executor: ${describe(resolve)}; ${describe(reject)}`));
  say('new Promise');
  class Sub extends Promise {
    constructor(executor) {
      log.push(`Sub executor: ${describe(executor)}`);
      super(executor);
    }
  }
  Sub.resolve(1);
  say('a subclass');
  const p = Promise.resolve(1);
  p.then = function (onFulfilled, onRejected) {
    log.push(`${describe(onFulfilled)}; ${describe(onRejected)}`);
    return then.call(this, onFulfilled, onRejected);
  };
  for (const kind of ['all', 'allSettled', 'any', 'race']) {
    Promise[kind]([p]);
    say(`Promise.${kind}`);
  }
  Promise.prototype.then = function (onFulfilled, onRejected) {
    if (onFulfilled) log.push(`${describe(onFulfilled)}; ${describe(onRejected)}`);
    return then.call(this, onFulfilled, onRejected);
  };
  Promise.resolve(1).finally(function cleanup() {});
  Promise.prototype.then = then;
  say('finally');
}
main();
