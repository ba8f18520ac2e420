// Private class members: fields, methods, accessors, statics, `#x in obj`.
class Counter {
  #count = 0;
  static #instances = 0;
  #log = [];
  constructor(start = 0) {
    this.#count = start;
    Counter.#instances++;
  }
  #record(what) {
    this.#log.push(what);
  }
  get #doubled() {
    return this.#count * 2;
  }
  set #value(v) {
    this.#record(`set ${v}`);
    this.#count = v;
  }
  increment() {
    this.#count++;
    this.#record('inc');
    return this;
  }
  reset() {
    this.#value = 0;
    return this;
  }
  get summary() {
    return `${this.#count} (x2 = ${this.#doubled}) log=${this.#log.join(',')}`;
  }
  static get instances() {
    return Counter.#instances;
  }
  static isCounter(o) {
    return #count in o;
  }
  equals(other) {
    return #count in other && other.#count === this.#count;
  }
}
const a = new Counter(5).increment().increment();
const b = new Counter().increment().reset();
console.log(a.summary, '|', b.summary, '|', Counter.instances);
console.log(a, Object.keys(a), JSON.stringify(a), Object.getOwnPropertyNames(a));
console.log(Counter.isCounter(a), Counter.isCounter({}), a.equals(new Counter(7)), a.equals({}));
console.log(a.count, a['#count'], '#count' in a);
// Subclasses: private names are per class; a subclass instance carries the parent's.
class Named extends Counter {
  #name;
  constructor(name) {
    super(1);
    this.#name = name;
  }
  describe() {
    return `${this.#name}: ${this.summary}`;
  }
}
const n = new Named('n1');
console.log(n.increment().describe(), Counter.isCounter(n), n);
// Each class evaluation makes new private names.
const makeBox = () =>
  class Box {
    #v = 1;
    static read(o) {
      return o.#v;
    }
  };
const Box1 = makeBox();
const Box2 = makeBox();
try {
  Box1.read(new Box2());
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
console.log(Box1.read(new Box1()));
// Arrow functions and callbacks inside methods see the private names.
class Account {
  #balance = 100;
  async withdrawLater(amount) {
    await null;
    if (amount > this.#balance) throw new RangeError(`insufficient: ${this.#balance} < ${amount}`);
    this.#balance -= amount;
    return [10, 20].map((x) => x + this.#balance);
  }
}
const acct = new Account();
console.log(await acct.withdrawLater(30));
await acct.withdrawLater(500);
