// Class static blocks (ES2022): run once, in source order among the static fields, with this = the class,
// super = the parent, their own var scope, and access to the class's private names.
class Base { static greet() { return 'base'; } static tag = 'B'; }
let log = [];
class Config extends Base {
  static a = (log.push('field a'), 1);
  static { log.push('block 1 a=' + this.a + ' b=' + this.b); var local = 5; this.fromBlock = super.greet() + local; }
  static b = (log.push('field b'), 2);
  static #secret = 42;
  static { log.push('block 2 secret=' + Config.#secret + ' b=' + this.b); getSecret = () => Config.#secret; }
  static {}
}
var getSecret;
console.log(log, Config.fromBlock, getSecret(), typeof local, Object.keys(Config));
try {
  class Bad { static { throw new Error('from static block'); } }
} catch (e) { console.log(e.message); }
const C2 = class Named { static { console.log('this is', this.name, this === Named); } };
class Reg { static items = []; static { for (const x of [1, 2, 3]) this.items.push(x * 2); } }
console.log(Reg.items);
class Outer { static inner = class { static { console.log('inner block', this.name); } }; }
let captured;
class Priv { #v = 'pv'; static { captured = (o) => o.#v; } }
console.log(captured(new Priv()));
class Counter {
  #count = 0; static instances = 0; static #secret = 'hidden';
  static { Counter.instances = 10; }
  constructor() { Counter.instances++; }
  get value() { return this.#count; }
  inc() { this.#count++; return this; }
  #priv() { return 'p'; }
  callPriv() { return this.#priv(); }
  static reveal() { return Counter.#secret; }
  static isCounter(o) { return #count in o; }
  toString() { return `Counter(${this.#count})`; }
}
const c = new Counter().inc().inc();
console.log(c.value, Counter.instances, c.callPriv(), Counter.reveal(), Counter.isCounter(c), Counter.isCounter({}));
